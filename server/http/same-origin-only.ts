import type { RequestHandler } from 'express';
import type { ErrorResponse } from '../../protocol/http-api.js';

/**
 * Refuses state-changing requests that a browser marks as coming from another site: Fetch Metadata's
 * `Sec-Fetch-Site` where the browser sends it, the `Origin` header otherwise. Together with the SameSite
 * session cookie this stops cross-site request forgery against the console API.
 */
export const sameOriginOnly: RequestHandler = (request, response, next) => {
  if (request.method === 'GET' || request.method === 'HEAD') return next();
  const fetchSite = request.get('sec-fetch-site');
  const origin = request.get('origin');
  const isCrossSite =
    (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') ||
    (origin !== undefined && !isSameHost(origin, request.get('host')));
  if (!isCrossSite) return next();
  const body: ErrorResponse = { error: { code: 'forbidden', message: 'Cross-site requests are refused.' } };
  response.status(403).json(body);
};

function isSameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
