import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CannedResponse, CannedResponsesResponse, ErrorResponse } from '../../protocol/http-api.js';
import type { ApiClient } from '../testing/api-client.js';
import { signInRoleClients } from '../testing/role-clients.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { startHarness, type Harness } from '../testing/switchboard-harness.js';

let harness: Harness;
let admin: ApiClient;
let agent: ApiClient;
let anonymous: ApiClient;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot, { rateLimits: null });
  ({ admin, agent, anonymous } = await signInRoleClients(harness));
});

afterAll(async () => {
  await harness.close();
});

beforeEach(async () => {
  for (const response of await harness.store.listCannedResponses()) {
    await harness.store.deleteCannedResponse(response.id);
  }
});

const PATH = '/api/canned-responses';
const REFUND = { shortcut: 'refund', text: 'Refunds take five working days.' };

function errorOf(answer: { body: unknown }) {
  return (answer.body as ErrorResponse).error.code;
}

async function created(request = REFUND): Promise<CannedResponse> {
  const answer = await admin('POST', PATH, request);
  expect(answer.status).toBe(201);
  return answer.body as CannedResponse;
}

describe('canned responses API: who may use it', () => {
  const requests: [string, 'GET' | 'POST' | 'PUT' | 'DELETE', string, unknown?][] = [
    ['list them', 'GET', PATH],
    ['create one', 'POST', PATH, REFUND],
    ['replace one', 'PUT', `${PATH}/any`, REFUND],
    ['delete one', 'DELETE', `${PATH}/any`],
  ];

  it.each(requests)('refuses to %s without a session', async (_label, method, path, body) => {
    const answer = await anonymous(method, path, body);
    expect([answer.status, errorOf(answer)]).toEqual([401, 'unauthorized']);
  });

  it.each(requests.slice(1))(
    'refuses an agent who is not an admin to %s',
    async (_label, method, path, body) => {
      const answer = await agent(method, path, body);
      expect([answer.status, errorOf(answer)]).toEqual([403, 'forbidden']);
    },
  );

  it('lets any signed-in agent list them, sorted by shortcut', async () => {
    const refund = await created();
    const hello = await created({ shortcut: 'hello', text: 'Hello!' });
    const answer = await agent('GET', PATH);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ cannedResponses: [hello, refund] } satisfies CannedResponsesResponse);
  });
});

describe('canned responses API: managing them', () => {
  it('creates a canned response with a new id', async () => {
    const response = await created();
    expect(response).toEqual({ id: expect.any(String), ...REFUND });
  });

  it.each([
    ['an upper-case shortcut', { shortcut: 'Refund', text: 'x' }],
    ['a shortcut with a space', { shortcut: 're fund', text: 'x' }],
    ['an empty text', { shortcut: 'refund', text: '' }],
    ['an extra field', { ...REFUND, id: 'mine' }],
  ])('refuses %s as invalid_payload', async (_label, body) => {
    const answer = await admin('POST', PATH, body);
    expect([answer.status, errorOf(answer)]).toEqual([400, 'invalid_payload']);
  });

  it('refuses a taken shortcut with shortcut_taken', async () => {
    await created();
    const answer = await admin('POST', PATH, { ...REFUND, text: 'Another' });
    expect([answer.status, errorOf(answer)]).toEqual([409, 'shortcut_taken']);
  });

  it('replaces a canned response, and refuses another one’s shortcut', async () => {
    const refund = await created();
    const hello = await created({ shortcut: 'hello', text: 'Hello!' });
    const replaced = await admin('PUT', `${PATH}/${refund.id}`, { shortcut: 'refunds', text: 'New' });
    expect([replaced.status, replaced.body]).toEqual([
      200,
      { id: refund.id, shortcut: 'refunds', text: 'New' },
    ]);
    const clash = await admin('PUT', `${PATH}/${hello.id}`, { shortcut: 'refunds', text: 'x' });
    expect([clash.status, errorOf(clash)]).toEqual([409, 'shortcut_taken']);
  });

  it('deletes a canned response', async () => {
    const refund = await created();
    const answer = await admin('DELETE', `${PATH}/${refund.id}`);
    expect(answer.status).toBe(204);
    expect((await admin('GET', PATH)).body).toEqual({ cannedResponses: [] });
  });

  it('answers canned_response_not_found for an unknown id', async () => {
    const replaced = await admin('PUT', `${PATH}/nope`, REFUND);
    const deleted = await admin('DELETE', `${PATH}/nope`);
    expect([replaced.status, errorOf(replaced)]).toEqual([404, 'canned_response_not_found']);
    expect([deleted.status, errorOf(deleted)]).toEqual([404, 'canned_response_not_found']);
  });
});
