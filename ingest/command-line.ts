// What every `citegraph` subcommand does with its arguments first: parse them, print the usage
// for --help (exit 0), and name a bad option with the usage (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CommandIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Config<O extends Options> = { args: string[]; allowPositionals: true; options: O & { help: { type: 'boolean'; short: 'h'; default: false } } };

/** The parsed arguments, or the exit code when there is nothing more to do (--help: 0, a bad option: 2). */
export function parseCommandLine<const O extends Options>(command: string, usage: string, args: string[], options: O, io: CommandIO): ReturnType<typeof parseArgs<Config<O>>> | 0 | 2 {
  let parsed: ReturnType<typeof parseArgs<Config<O>>>;
  try {
    parsed = parseArgs<Config<O>>({ args, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (error) {
    io.stderr.write(`citegraph ${command}: ${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  return parsed;
}

/** Names a usage error with the usage; the exit code for it. */
export function usageError(command: string, usage: string, message: string, io: CommandIO): 2 {
  io.stderr.write(`citegraph ${command}: ${message}\n${usage}\n`);
  return 2;
}
