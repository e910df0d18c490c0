// V8 flags for a citegraph process: the command sets them at its start (citegraph.mjs), before
// any regular expression has run, and so does bench:extract, which measures the same extractor.
// Flags are per process: worker threads run under them too.
import { setFlagsFromString } from 'node:v8';

/**
 * Every command: V8 runs a regular expression's first matches in its bytecode interpreter and
 * compiles it to machine code only after; the extractor's tables are hundreds of expressions, each
 * run over every line, so a run paid for both. Compiled at first use, the first small file's
 * extraction took about 40 ms instead of 80.
 */
const EVERY_COMMAND = ['--no-regexp-tier-up'];

/**
 * The commands that extract many files. V8 optimizes a function once it has run a budget of
 * bytecode (66 kB by default); the extractor's large functions (bind, segment) met new shapes
 * (another format, another language) after that, were thrown away and optimized again, up to five
 * times at 60–170 ms each, in every worker. Optimizing after ten times the budget, with the
 * types seen, cut a corpus run's CPU by about a sixth (see the README, *Extraction*).
 */
const MANY_FILES = ['--interrupt-budget=655360'];
const BY_COMMAND = { extract: MANY_FILES, ingest: MANY_FILES };

/** Sets the flags of every command and of `command` (the command line's first word). */
export function setV8Flags(command = "") {
  for (const flag of [...EVERY_COMMAND, ...(BY_COMMAND[command] ?? [])]) setFlagsFromString(flag);
}
