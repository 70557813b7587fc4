import { Router } from 'express';
import type { NewAgentResponse, TeamResponse } from '../../protocol/http-api.js';
import { check, newAgentSchema } from '../../protocol/schemas.js';
import { createAgentAccount } from '../auth/agent-accounts.js';
import type { Store } from '../store/store.js';
import { refuse } from './refuse.js';

export interface TeamRoutesOptions {
  store: Store;
  now: () => number;
}

/**
 * `/api/agents`: the team, for admins (the caller mounts it behind `signedIn` and `adminOnly`). An admin
 * adds a teammate with an email, a name, a role and a first password; a taken email is refused with 409
 * `email_taken` and nothing is stored.
 */
export function teamRoutes({ store, now }: TeamRoutesOptions): Router {
  const router = Router();

  router.get('/', async (_request, response) => {
    const body: TeamResponse = { agents: await store.listAgents() };
    response.json(body);
  });

  router.post('/', async (request, response) => {
    const input = check(newAgentSchema, request.body);
    if (!input.ok) return refuse(response, 400, 'invalid_payload', input.message);
    const agent = await createAgentAccount(store, input.value, now());
    if (!agent) return refuse(response, 409, 'email_taken', 'Another agent already has this email address.');
    const body: NewAgentResponse = { agent };
    response.status(201).json(body);
  });

  return router;
}
