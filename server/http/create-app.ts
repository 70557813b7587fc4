import express, { type Express } from 'express';
import type { ErrorResponse } from '../../protocol/http-api.js';
import type { RateLimiters } from '../limits/rate-limits.js';
import type { Store } from '../store/store.js';
import { healthRoutes } from './health-routes.js';
import { metricsRoute, type MetricsRouteOptions } from './metrics-route.js';
import type { Readiness } from './readiness.js';
import { adminOnly, signedIn } from './agent-session.js';
import { cannedResponseRoutes } from './canned-response-routes.js';
import { insightsRoutes } from './insights-routes.js';
import { knowledgeRoutes } from './knowledge-routes.js';
import { sameOriginOnly } from './same-origin-only.js';
import { securityHeaders } from './security-headers.js';
import { sessionRoutes } from './session-routes.js';
import { siteSettingsRoutes } from './site-settings-routes.js';
import { sitesRoutes } from './sites-routes.js';
import { staticRoutes } from './static-routes.js';
import { teamRoutes } from './team-routes.js';
import { transcriptRoutes } from './transcript-routes.js';
import { utf8JsonOnly } from './utf8-json-only.js';
import { webhookRoutes } from './webhook-routes.js';
import { widgetConfigRoute } from './widget-config-route.js';

/** The largest JSON body the API accepts; sign-in needs far less. */
const MAX_JSON_BODY = '16kb';

export interface AppOptions {
  store: Store;
  now: () => number;
  publicDirectory: string;
  demoDirectory: string;
  onSignOut: (agentId: string) => void;
  /** Sign-in attempts are rate-limited per client address and per email. */
  limiters: RateLimiters;
  /** What `/readyz` answers. */
  readiness: Readiness;
  /** What `/metrics` serves, and to whom. */
  metrics: MetricsRouteOptions;
}

/** What a refused request's body says, by the body parser's error type or the status. */
function describeClientError(status: number, type: string | undefined): string {
  if (type === 'entity.too.large') return 'The body is too large.';
  if (type === 'entity.parse.failed') return 'The body is not valid JSON.';
  return status === 404 ? 'Not found.' : 'The request is malformed.';
}

/** The Express app: health and readiness, metrics, the console's API, and the static apps. */
export function createApp(options: AppOptions): Express {
  const { store, now, publicDirectory, demoDirectory, onSignOut, limiters, readiness, metrics } = options;
  const app = express();
  app.disable('x-powered-by');
  // Behind a proxy on the same machine (which terminates TLS), trust its X-Forwarded-Proto for Secure
  // cookies and its X-Forwarded-For for the client's address; nobody else can set either.
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);

  app.use(healthRoutes(readiness));
  app.get('/metrics', metricsRoute(metrics));

  const api = express.Router();
  api.use(sameOriginOnly, utf8JsonOnly, express.json({ limit: MAX_JSON_BODY }));
  api.use('/session', sessionRoutes({ store, now, onSignOut, limiters }));
  api.use('/conversations', signedIn(store, now), transcriptRoutes({ store, now }));
  api.use(
    '/sites',
    signedIn(store, now),
    adminOnly,
    siteSettingsRoutes({ store }),
    sitesRoutes({ store, now }),
    webhookRoutes({ store, now }),
    knowledgeRoutes({ store, now }),
  );
  api.use('/insights', signedIn(store, now), insightsRoutes({ store, now }));
  api.use('/agents', signedIn(store, now), adminOnly, teamRoutes({ store, now }));
  api.use('/canned-responses', signedIn(store, now), cannedResponseRoutes({ store, now }));
  api.use((_request, response) => {
    const body: ErrorResponse = { error: { code: 'invalid_payload', message: 'No such API endpoint.' } };
    response.status(404).json(body);
  });
  app.use('/api', api);

  app.use(widgetConfigRoute({ store }));
  app.use(staticRoutes({ store, publicDirectory, demoDirectory }));

  // Malformed JSON and oversized bodies arrive here from express.json(), and malformed paths from the router.
  app.use(
    (
      error: { status?: number; type?: string },
      _request: express.Request,
      response: express.Response,
      next: express.NextFunction,
    ) => {
      if (response.headersSent) return next(error);
      const status = error.status ?? 500;
      const body: ErrorResponse = {
        error:
          status < 500
            ? { code: 'invalid_payload', message: describeClientError(status, error.type) }
            : { code: 'internal', message: 'Something went wrong.' },
      };
      response.status(status).json(body);
    },
  );
  return app;
}
