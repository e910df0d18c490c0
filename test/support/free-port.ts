import net from 'node:net';

/**
 * Ports the kernel does not hand out to outgoing connections (Linux's ephemeral range begins at
 * 32768): a port found free there is not taken by some client's connection before Neo4j binds it.
 */
const LOW = 20_000;
const HIGH = 32_768;

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < 20; tries++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (await listensOn(port)) return port;
  }
  return listensOn(0) as Promise<number>;
}

/** Listens on `port` (0: any) and closes again: the port listened on, or false if it was taken. */
function listensOn(port: number): Promise<number | false> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(bound));
    });
  });
}
