import { Router } from 'express';
import type { Readiness } from './readiness.js';

/**
 * `/healthz` answers while the process runs: a supervisor restarts it when it stops answering. `/readyz`
 * answers 200 only while every readiness probe passes and the process is not shutting down, and 503 with
 * the reason otherwise (`{ status: 'draining' }`, or `{ status: 'unavailable', failing: ['store'] }`): a
 * load balancer sends traffic only to ready processes.
 */
export function healthRoutes(readiness: Readiness): Router {
  const router = Router();
  router.get('/healthz', (_request, response) => {
    response.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (_request, response) => {
    const report = await readiness.check();
    response
      .set('Cache-Control', 'no-store')
      .status(report.status === 'ready' ? 200 : 503)
      .json(report);
  });
  return router;
}
