// graphology-gexf types only its endpoints, whose parser needs a DOM; the writer alone has none.
declare module 'graphology-gexf/browser/writer.js' {
  import type { write } from 'graphology-gexf/browser/index.js';
  const writeGexf: typeof write;
  export default writeGexf;
}
