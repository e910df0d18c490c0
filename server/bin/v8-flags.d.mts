/** See v8-flags.mjs. */
export function setV8Flags(): void;
