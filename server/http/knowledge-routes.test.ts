import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, KnowledgeResponse } from '../../protocol/http-api.js';
import { NEW_CONVERSATION_CONTROL } from '../conversation/conversation-control.js';
import type { ApiClient } from '../testing/api-client.js';
import { signInRoleClients } from '../testing/role-clients.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { SITE_ID, startHarness, type Harness } from '../testing/switchboard-harness.js';
import { CITATION_WINDOW_MS } from './knowledge-routes.js';

const KNOWLEDGE = `/api/sites/${SITE_ID}/knowledge`;
const { version: _version, ...botControl } = NEW_CONVERSATION_CONTROL;

let harness: Harness;
let admin: ApiClient;
let agent: ApiClient;
let anonymous: ApiClient;
let ingestedAt: number;

function section(text: string) {
  return [{ heading: 'Answer', text }];
}

/** A conversation whose bot cited `sources` in one message, `ageMs` ago. */
async function botCited(id: string, sources: { title: string; url: string | null }[], ageMs: number) {
  const at = Date.now() - ageMs;
  await harness.store.createVisitor({ id: `v-${id}`, siteId: SITE_ID, tokenHash: `t-${id}`, createdAt: at });
  await harness.store.ensureConversation({
    id,
    siteId: SITE_ID,
    visitorId: `v-${id}`,
    visitor: { pageUrl: null, pageTitle: null, referrer: null, locale: null },
    at,
  });
  await harness.store.commit({
    conversationId: id,
    expectedVersion: 0,
    control: botControl,
    entries: [{ kind: 'bot_message', text: 'An answer', sources, isMiss: false, clientId: null }],
    at,
  });
}

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot, { rateLimits: null });
  ({ admin, agent, anonymous } = await signInRoleClients(harness));
  ingestedAt = Date.now();
  await harness.store.syncKnowledge(
    SITE_ID,
    [
      {
        id: 'shipping.md',
        title: 'Shipping',
        url: 'https://shop.example/shipping',
        topic: 'delivery',
        kind: 'markdown',
        contentHash: 'h1',
        sections: section('2 to 4 days.'),
      },
      {
        id: 'faq.yaml',
        title: 'Questions',
        url: null,
        topic: null,
        kind: 'faq',
        contentHash: 'h2',
        sections: section('Yes.'),
      },
    ],
    ingestedAt,
  );
  const shipping = { title: 'Shipping', url: 'https://shop.example/shipping' };
  await botCited('c1', [shipping], 60_000);
  await botCited('c2', [shipping], 60_000);
  await botCited('c3', [shipping], CITATION_WINDOW_MS + 60_000);
});

afterAll(async () => {
  await harness.close();
});

function errorOf(answer: { body: unknown }) {
  return (answer.body as ErrorResponse).error.code;
}

describe('knowledge API', () => {
  it('lists the site’s documents by title, with how often the bot cited each in the last 30 days', async () => {
    const answer = await admin('GET', KNOWLEDGE);
    expect(answer.status).toBe(200);
    expect((answer.body as KnowledgeResponse).documents).toEqual([
      { id: 'faq.yaml', title: 'Questions', url: null, kind: 'faq', updatedAt: ingestedAt, citations: 0 },
      {
        id: 'shipping.md',
        title: 'Shipping',
        url: 'https://shop.example/shipping',
        kind: 'markdown',
        updatedAt: ingestedAt,
        citations: 2,
      },
    ]);
  });

  it('refuses anyone but an admin', async () => {
    const unsigned = await anonymous('GET', KNOWLEDGE);
    expect([unsigned.status, errorOf(unsigned)]).toEqual([401, 'unauthorized']);
    const notAdmin = await agent('GET', KNOWLEDGE);
    expect([notAdmin.status, errorOf(notAdmin)]).toEqual([403, 'forbidden']);
  });

  it('refuses an unknown site', async () => {
    const answer = await admin('GET', '/api/sites/nowhere/knowledge');
    expect([answer.status, errorOf(answer)]).toEqual([404, 'unknown_site']);
  });
});
