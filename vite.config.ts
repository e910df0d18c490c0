// The explorer's build: client/ → dist/client, served by Express (`npm start`).
// `npm run dev` serves it from Vite with the API proxied to the Express server.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  // Cytoscape with dagre is about 540 kB minified and the console (CodeMirror, loaded on first
  // use) about 400 kB; both are served from loopback, so the default 500 kB warning is noise.
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 700 },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` } },
});
