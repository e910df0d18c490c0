// The Express application: security headers, the API routes (routes/api.ts), the built
// client, and the one error middleware that turns every failure into a JSON error.
import fs from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { ZodError } from 'zod';
import { projectRoot, type Config } from './config.ts';
import { AppError } from './errors.ts';
import type { Repository } from './repository.ts';
import { mountRoutes, openApiDocument } from './routes/api.ts';
import { GraphVersion, ResultCache } from './services/result-cache.ts';

export const clientDist = path.join(projectRoot, 'dist', 'client');

const errorMiddleware: ErrorRequestHandler = (error, _request, response, _next) => {
  if (error instanceof ZodError) {
    const message = error.issues.map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`).join('; ');
    response.status(400).json({ error: { code: 'bad_request', message, details: error.issues } });
    return;
  }
  if (error instanceof AppError) {
    response.status(error.status).json({ error: { code: error.code, message: error.message, details: error.details } });
    return;
  }
  // body-parser's own errors (malformed JSON, too large) carry a status of their own.
  const status = (error as { status?: number }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = (error as { type?: string }).type === 'entity.too.large' ? 'too_large' : 'bad_request';
    response.status(status).json({ error: { code, message: (error as Error).message } });
    return;
  }
  console.error(error);
  response.status(500).json({ error: { code: 'internal', message: 'internal error; the server log has the details' } });
};

export function createApp(repository: Repository, config: Pick<Config, 'console' | 'resultCache'>): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // CodeMirror and Cytoscape set element styles from script (style attributes, not sheets).
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'frame-ancestors': ["'none'"],
          // Served over plain HTTP on loopback by default: do not rewrite requests to https.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  // An export asks for the evidence of up to 5,000 edges at once (about 100 bytes each).
  app.use('/api/evidence', express.json({ limit: '1mb' }));
  app.use('/api', express.json({ limit: '64kb' }));
  const consoleLimiter = rateLimit({
    windowMs: 60_000,
    limit: config.console.requestsPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_request, _response, next) =>
      next(new AppError('rate_limited', `the console takes at most ${config.console.requestsPerMinute} queries a minute; wait a little`, 429)),
  });
  const router = express.Router();
  const { requestsPerMinute: _perMinute, workers: _workers, ...consoleLimits } = config.console;
  const { maxEntries, maxBytes } = config.resultCache;
  const cache =
    maxEntries > 0 && maxBytes > 0
      ? { answers: new ResultCache(maxEntries, maxBytes), version: new GraphVersion(async () => (await repository.run('graph-version', {}))[0]?.token ?? null) }
      : undefined;
  mountRoutes(router, repository, { console: consoleLimits, cache }, { '/api/cypher': [consoleLimiter] });
  router.get('/api/openapi.json', (_request, response) => {
    response.json(openApiDocument());
  });
  app.use(router);
  app.use('/api', (request, _response, next) => {
    next(new AppError('not_found', `no API endpoint ${request.method} ${request.originalUrl}`, 404));
  });
  if (fs.existsSync(path.join(clientDist, 'index.html'))) {
    app.use(express.static(clientDist, { index: 'index.html' }));
    // Deep links (/document/A%2FRES%2F76%2F158 …) are the client's: serve its page.
    app.get(/^\/(?!api\/).*/, (_request, response) => response.sendFile(path.join(clientDist, 'index.html')));
  } else {
    app.get('/', (_request, response) => {
      response.type('text/plain').send('citegraph: the client is not built; run `npm run build`.\n');
    });
  }
  app.use(errorMiddleware);
  return app;
}
