import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Registry } from 'prom-client';

export interface MetricsRouteOptions {
  registry: Registry;
  /** The bearer token a scraper must send, or null to answer anyone who can reach the relay. */
  token: string | null;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Compares digests, which have the same length whatever was sent, in constant time. */
function isSameSecret(sent: string, expected: string): boolean {
  return timingSafeEqual(digest(sent), digest(expected));
}

/**
 * `/metrics`: the registry in Prometheus' text format. The series carry counts, states, codes and
 * durations, never ids or text, so they reveal nothing anyone wrote; with a token configured, a request
 * without `Authorization: Bearer <token>` gets 401.
 */
export function metricsRoute({ registry, token }: MetricsRouteOptions): RequestHandler {
  return async (request, response) => {
    response.set('Cache-Control', 'no-store');
    if (token !== null) {
      const sent = /^Bearer (.+)$/.exec(request.get('authorization') ?? '')?.[1];
      if (sent === undefined || !isSameSecret(sent, token)) {
        response
          .set('WWW-Authenticate', 'Bearer realm="metrics"')
          .status(401)
          .json({
            error: { code: 'unauthorized', message: 'Send the metrics token as a bearer token.' },
          });
        return;
      }
    }
    response.type(registry.contentType).send(await registry.metrics());
  };
}
