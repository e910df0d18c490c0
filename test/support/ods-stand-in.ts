// A local stand-in for the UN's document system, answering as it does: a request by symbol,
// language and format redirects to the file, which it serves (real files from test/fixtures);
// a document it does not hold is a 404. Some documents misbehave on purpose: answer 503 a few
// times first, answer an HTML landing page, or break off mid-file.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour = 'ok' | { unavailable: number } | 'html' | 'broken-off' | { slowMs: number };

export interface StandInDocument {
  symbol: string;
  language: string;
  format: 'pdf' | 'docx' | 'doc';
  bytes: Uint8Array;
  behaviour?: Behaviour;
}

export interface StandIn {
  url: string;
  /** Every request, in order: "access <symbol> <lang> <format>" or "file <n>". */
  requests: string[];
  close(): Promise<void>;
}

export async function startStandIn(documents: StandInDocument[]): Promise<StandIn> {
  const requests: string[] = [];
  const failuresLeft = new Map<number, number>();
  documents.forEach((d, i) => typeof d.behaviour === 'object' && 'unavailable' in d.behaviour && failuresLeft.set(i, d.behaviour.unavailable));
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    if (url.pathname === '/api/symbol/access') {
      const [s, l, t] = [url.searchParams.get('s'), url.searchParams.get('l'), url.searchParams.get('t')];
      requests.push(`access ${s} ${l} ${t}`);
      const index = documents.findIndex((d) => d.symbol === s && d.language === l && d.format === t);
      if (index < 0) {
        response.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Document not found</body></html>');
        return;
      }
      const left = failuresLeft.get(index) ?? 0;
      if (left > 0) {
        failuresLeft.set(index, left - 1);
        response.writeHead(503, { 'retry-after': '0', 'content-type': 'text/plain' }).end('Service unavailable');
        return;
      }
      if (documents[index]!.behaviour === 'html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html><body><iframe src="/doc/x.pdf"></iframe></body></html>');
        return;
      }
      response.writeHead(302, { location: `/doc/${index}.${t}` }).end();
      return;
    }
    const file = /^\/doc\/(\d+)\.\w+$/.exec(url.pathname);
    if (file) {
      requests.push(`file ${file[1]}`);
      const document = documents[Number(file[1])]!;
      const behaviour = document.behaviour;
      const type = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc: 'application/msword' }[document.format];
      response.writeHead(200, { 'content-type': type, 'content-length': String(document.bytes.length) });
      if (behaviour === 'broken-off') {
        response.write(document.bytes.subarray(0, Math.floor(document.bytes.length / 2)));
        setTimeout(() => response.destroy(), 20);
        return;
      }
      if (typeof behaviour === 'object' && 'slowMs' in behaviour) {
        setTimeout(() => response.end(document.bytes), behaviour.slowMs);
        return;
      }
      response.end(document.bytes);
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
