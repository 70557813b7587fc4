import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, NewAgentResponse, TeamResponse } from '../../protocol/http-api.js';
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

afterAll(() => harness.close());

const grace = { email: 'Grace@Example.com', name: 'Grace', role: 'agent', password: 'a-long-first-password' };

describe('/api/agents', () => {
  it('lets an admin add a teammate, who can then sign in', async () => {
    const added = await admin('POST', '/api/agents', grace);
    expect(added.status).toBe(201);
    expect((added.body as NewAgentResponse).agent).toMatchObject({
      email: 'grace@example.com',
      role: 'agent',
    });
    await expect(harness.signIn('grace@example.com', grace.password)).resolves.toMatch(/sb_session=/);
    const team = (await admin('GET', '/api/agents')).body as TeamResponse;
    expect(team.agents.map((member) => member.name)).toContain('Grace');
  });

  it('refuses an email another agent has, storing nothing', async () => {
    const before = ((await admin('GET', '/api/agents')).body as TeamResponse).agents.length;
    const again = await admin('POST', '/api/agents', { ...grace, name: 'Other Grace' });
    expect(again.status).toBe(409);
    expect((again.body as ErrorResponse).error.code).toBe('email_taken');
    expect(((await admin('GET', '/api/agents')).body as TeamResponse).agents).toHaveLength(before);
  });

  it.each([
    [{ ...grace, email: 'not-an-email' }, 'email'],
    [{ ...grace, email: 'short@example.com', password: 'short' }, 'at least 12 characters'],
    [{ ...grace, email: 'role@example.com', role: 'owner' }, 'role agent or admin'],
    [{ ...grace, email: 'extra@example.com', isAdmin: true }, 'isAdmin'],
  ])('refuses %o with invalid_payload', async (body, mistake) => {
    const answer = await admin('POST', '/api/agents', body);
    expect(answer.status).toBe(400);
    expect((answer.body as ErrorResponse).error).toMatchObject({ code: 'invalid_payload' });
    expect((answer.body as ErrorResponse).error.message).toContain(mistake);
  });

  it('is for admins only', async () => {
    expect((await agent('GET', '/api/agents')).status).toBe(403);
    expect((await agent('POST', '/api/agents', { ...grace, email: 'x@example.com' })).status).toBe(403);
    expect((await anonymous('GET', '/api/agents')).status).toBe(401);
  });
});
