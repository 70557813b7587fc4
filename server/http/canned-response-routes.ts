import { Router, type RequestHandler, type Response } from 'express';
import type { CannedResponse, CannedResponsesResponse } from '../../protocol/http-api.js';
import { cannedResponseSchema, check } from '../../protocol/schemas.js';
import { randomId } from '../auth/secrets.js';
import type { CannedResponseWrite } from '../store/canned-response-store.js';
import type { Store } from '../store/store.js';
import { adminOnly } from './agent-session.js';
import { refuse } from './refuse.js';

function refuseMissing(response: Response): void {
  refuse(response, 404, 'canned_response_not_found', 'No canned response has that id.');
}

/** Answers a save with the saved response (`status`), or the store's refusal. */
function answerWrite(response: Response, write: CannedResponseWrite, status: number): void {
  if (write.ok) {
    const body: CannedResponse = write.cannedResponse;
    response.status(status).json(body);
  } else if (write.reason === 'shortcut_taken') {
    refuse(response, 409, 'shortcut_taken', 'Another canned response already has that shortcut.');
  } else {
    refuseMissing(response);
  }
}

/**
 * `/api/canned-responses`: the team's canned responses. Any signed-in agent lists them (the caller mounts
 * this behind `signedIn`); only admins create, replace and delete them. A save answers with the saved
 * response; a delete answers 204.
 */
export function cannedResponseRoutes({ store, now }: { store: Store; now: () => number }): Router {
  const router = Router();

  router.get('/', async (_request, response) => {
    const body: CannedResponsesResponse = { cannedResponses: await store.listCannedResponses() };
    response.json(body);
  });

  const save: RequestHandler<{ id?: string }> = async (request, response) => {
    const input = check(cannedResponseSchema, request.body);
    if (!input.ok) return refuse(response, 400, 'invalid_payload', input.message);
    const { id } = request.params;
    if (id === undefined) {
      const write = await store.createCannedResponse({ id: randomId(), ...input.value, createdAt: now() });
      return answerWrite(response, write, 201);
    }
    answerWrite(response, await store.replaceCannedResponse({ id, ...input.value }), 200);
  };
  router.post('/', adminOnly, save);
  router.put('/:id', adminOnly, save);

  const remove: RequestHandler<{ id: string }> = async (request, response) => {
    if (!(await store.deleteCannedResponse(request.params.id))) return refuseMissing(response);
    response.status(204).end();
  };
  router.delete('/:id', adminOnly, remove);

  return router;
}
