// The Express application: routes, the built client, and the one error middleware.
import fs from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import { projectRoot } from './config.ts';
import { AppError } from './errors.ts';
import type { Repository } from './repository.ts';
import { healthRoutes } from './routes/health.ts';

export const clientDist = path.join(projectRoot, 'dist', 'client');

const errorMiddleware: ErrorRequestHandler = (error, _request, response, _next) => {
  if (error instanceof ZodError) {
    response.status(400).json({ error: { code: 'bad_request', message: 'invalid request', details: error.issues } });
    return;
  }
  if (error instanceof AppError) {
    response.status(error.status).json({ error: { code: error.code, message: error.message, details: error.details } });
    return;
  }
  console.error(error);
  response.status(500).json({ error: { code: 'internal', message: 'internal error; the server log has the details' } });
};

export function createApp(repository: Repository): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRoutes(repository));
  app.use('/api', (request, _response, next) => {
    next(new AppError('not_found', `no API endpoint ${request.method} ${request.originalUrl}`, 404));
  });
  if (fs.existsSync(path.join(clientDist, 'index.html'))) {
    app.use(express.static(clientDist));
  } else {
    app.get('/', (_request, response) => {
      response.type('text/plain').send('citegraph: the client is not built; run `npm run build`.\n');
    });
  }
  app.use(errorMiddleware);
  return app;
}
