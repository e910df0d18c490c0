// The API server of bench:api as a process of its own, so that its memory (peak RSS) and CPU
// are its own and not the benchmark clients'. Serves NEO4J_URI on a free port and prints
// "listening <url>" when it answers; stops on SIGTERM.
import { serve } from '../../server/cli.ts';
import { loadConfig } from '../../server/config.ts';

const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' });
const { server, repository, url } = await serve(config, { mode: 'external', connection: config.external!, description: '' });
console.log(`listening ${url}`);
process.once('SIGTERM', () => {
  server.close();
  void repository.close().then(() => process.exit(0));
});
