// The `citegraph` command's entry: dispatches to a command's module, importing only what that
// command needs. `extract` is a pure function of files to JSON Lines, so it loads neither the
// Neo4j driver, Express nor zod (cli.ts, for every other command, loads them all): that is the
// difference between a 0.1 s and a 0.6 s start.
export async function main(args: string[]): Promise<number> {
  if (args[0] === 'extract') {
    const { extractCommand } = await import('../ingest/extract-command.ts');
    return extractCommand(args.slice(1));
  }
  const cli = await import('./cli.ts');
  return cli.main(args);
}
