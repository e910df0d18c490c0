/** See v8-flags.mjs: the flags of every command, and of `command` (the command line's first word). */
export function setV8Flags(command?: string): void;
