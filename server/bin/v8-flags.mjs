// V8 flags for a citegraph process: the command sets them at its start (citegraph.mjs), before
// any regular expression has run, and so does bench:extract, which measures the same extractor.
import { setFlagsFromString } from 'node:v8';

/**
 * V8 runs a regular expression's first matches in its bytecode interpreter and compiles it to
 * machine code only after; the extractor's tables are hundreds of expressions, each run over every
 * line, so a run paid for both. Compiled at first use, the first small file's extraction took
 * about 40 ms instead of 80 (flags are per process: worker threads compile so too).
 */
export function setV8Flags() {
  setFlagsFromString('--no-regexp-tier-up');
}
