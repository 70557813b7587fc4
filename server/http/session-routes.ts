import { Router, type Request, type Response } from 'express';
import type { ErrorCode } from '../../protocol/errors.js';
import type { ErrorResponse, SessionResponse } from '../../protocol/http-api.js';
import { check, signInSchema } from '../../protocol/schemas.js';
import { UNKNOWN_AGENT_HASH, verifyPassword } from '../auth/passwords.js';
import { hashToken, randomToken } from '../auth/secrets.js';
import {
  clearedSessionCookie,
  readSessionCookie,
  SESSION_LIFETIME_MS,
  sessionCookie,
} from '../auth/session-cookie.js';
import { addressKey } from '../limits/client-address.js';
import { rateLimitedError, takeEach, type RateLimiters } from '../limits/rate-limits.js';
import type { Store } from '../store/store.js';

export interface SessionRoutesOptions {
  store: Store;
  now: () => number;
  /** Called after an agent signs out, to close their open sockets. */
  onSignOut: (agentId: string) => void;
  limiters: RateLimiters;
}

function refuse(response: Response, status: number, code: ErrorCode, message: string): void {
  const body: ErrorResponse = { error: { code, message } };
  response.status(status).json(body);
}

/**
 * `/api/session`: sign in (POST), who am I (GET), sign out (DELETE). Sign-in attempts are counted per
 * client address and per email before the password is checked (scrypt is costly on purpose), and answered
 * with 429 and `Retry-After` past the limit; an attempt that succeeds is given back.
 */
export function sessionRoutes({ store, now, onSignOut, limiters }: SessionRoutesOptions): Router {
  const router = Router();

  async function currentToken(request: Request) {
    const token = readSessionCookie(request.get('cookie'));
    if (token === null) return null;
    const agent = await store.findSessionAgent(hashToken(token), now());
    return agent ? { token, agent } : null;
  }

  router.post('/', async (request, response) => {
    const input = check(signInSchema, request.body);
    if (!input.ok) return refuse(response, 400, 'invalid_payload', input.message);
    const counts = [
      [limiters.signInsPerAddress, addressKey(request.ip ?? '')],
      [limiters.signInsPerEmail, input.value.email.toLowerCase()],
    ] as const;
    const admitted = takeEach(counts);
    if (!admitted.ok) {
      response.setHeader('Retry-After', String(Math.ceil(admitted.retryAfterMs / 1000)));
      const { message } = rateLimitedError(admitted.retryAfterMs);
      return refuse(response, 429, 'rate_limited', message);
    }
    const credentials = await store.findAgentByEmail(input.value.email);
    const isMatch = await verifyPassword(
      input.value.password,
      credentials?.passwordHash ?? UNKNOWN_AGENT_HASH,
    );
    if (!credentials || !isMatch)
      return refuse(response, 401, 'invalid_credentials', 'Wrong email or password.');
    for (const [limiter, key] of counts) limiter.refund(key);
    const token = randomToken();
    await store.createSession({
      tokenHash: hashToken(token),
      agentId: credentials.agent.id,
      createdAt: now(),
      expiresAt: now() + SESSION_LIFETIME_MS,
    });
    response.setHeader('Set-Cookie', sessionCookie(token, { isSecure: request.secure }));
    const body: SessionResponse = { agent: credentials.agent };
    response.json(body);
  });

  router.get('/', async (request, response) => {
    const session = await currentToken(request);
    if (!session) return refuse(response, 401, 'unauthorized', 'Not signed in.');
    const body: SessionResponse = { agent: session.agent };
    response.json(body);
  });

  router.delete('/', async (request, response) => {
    const session = await currentToken(request);
    if (session) {
      await store.deleteSession(hashToken(session.token));
      onSignOut(session.agent.id);
    }
    response.setHeader('Set-Cookie', clearedSessionCookie());
    response.status(204).end();
  });

  return router;
}
