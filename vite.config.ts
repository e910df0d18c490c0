// The explorer's build: client/ → dist/client, served by Express (`npm start`).
// `npm run dev` serves it from Vite with the API proxied to the Express server.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  build: { outDir: '../dist/client', emptyOutDir: true },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` } },
});
