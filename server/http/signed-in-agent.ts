import type { Request } from 'express';
import type { AgentProfile } from '../../protocol/agent-events.js';
import { hashToken } from '../auth/secrets.js';
import { readSessionCookie } from '../auth/session-cookie.js';
import type { Store } from '../store/store.js';

/** The agent whose unexpired session cookie came with the request, or null. */
export async function signedInAgent(
  store: Store,
  now: number,
  request: Request,
): Promise<AgentProfile | null> {
  const token = readSessionCookie(request.get('cookie'));
  return token === null ? null : store.findSessionAgent(hashToken(token), now);
}
