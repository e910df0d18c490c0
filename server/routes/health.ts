// GET /api/health — HTTP only; the work is in services/health.ts.
import { Router } from 'express';
import type { Repository } from '../repository.ts';
import { health } from '../services/health.ts';

export function healthRoutes(repository: Repository): Router {
  const router = Router();
  router.get('/api/health', async (_request, response) => {
    response.json(await health(repository));
  });
  return router;
}
