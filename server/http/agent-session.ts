import type { RequestHandler, Response } from 'express';
import type { AgentProfile } from '../../protocol/agent-events.js';
import { hashToken } from '../auth/secrets.js';
import { readSessionCookie } from '../auth/session-cookie.js';
import type { Store } from '../store/store.js';
import { refuse } from './refuse.js';

/** Lets a request on only with a signed-in agent's session cookie; 401 `unauthorized` otherwise. */
export function signedIn(store: Store, now: () => number): RequestHandler {
  return async (request, response, next) => {
    const token = readSessionCookie(request.get('cookie'));
    const agent = token === null ? null : await store.findSessionAgent(hashToken(token), now());
    if (!agent) return refuse(response, 401, 'unauthorized', 'Not signed in.');
    response.locals['agent'] = agent;
    next();
  };
}

/** The agent `signedIn` found for this request. */
export function agentOf(response: Response): AgentProfile {
  return response.locals['agent'] as AgentProfile;
}

/** After `signedIn`: lets only admins on; 403 `forbidden` for other agents. */
export const adminOnly: RequestHandler = (_request, response, next) => {
  if (agentOf(response).role !== 'admin')
    return refuse(response, 403, 'forbidden', 'Only admins may do this.');
  next();
};
