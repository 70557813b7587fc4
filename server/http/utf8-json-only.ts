import type { RequestHandler } from 'express';
import type { ErrorResponse } from '../../protocol/http-api.js';

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;

/**
 * Refuses a request body declared in any charset but UTF-8 with 415. The JSON parser alone would also
 * decode UTF-7 and UTF-16, which no browser sends for JSON and which only widen what the API must parse.
 */
export const utf8JsonOnly: RequestHandler = (request, response, next) => {
  const charset = CHARSET.exec(request.get('content-type') ?? '')?.[1]?.toLowerCase();
  if (charset === undefined || charset === 'utf-8' || charset === 'utf8') return next();
  const body: ErrorResponse = { error: { code: 'invalid_payload', message: 'Send the body as UTF-8.' } };
  response.status(415).json(body);
};
