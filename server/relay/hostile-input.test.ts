import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../protocol/errors.js';
import type { Appended, ResumeResult } from '../../protocol/visitor-events.js';
import { createLogger } from '../logger.js';
import { FLOOD_LIMITS, runFloods } from '../testing/hostile-floods.js';
import { hostileEventCases } from '../testing/hostile-events.js';
import { hostileHandshakeCases } from '../testing/hostile-handshakes.js';
import { hostileInsightsRequestCases } from '../testing/hostile-insights-requests.js';
import { hostileRequestCases } from '../testing/hostile-requests.js';
import { createHostileRunner, type Tally } from '../testing/hostile-runner.js';
import { runScenarios, type ScenarioScene } from '../testing/hostile-scenarios.js';
import { openRawSocket } from '../testing/raw-socket.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { ADMIN, startHarness, type Harness, type VisitorSocket } from '../testing/switchboard-harness.js';

/**
 * The hostile-input table: at least 40 hostile values in every field of every inbound Socket.IO event and
 * handshake and every HTTP endpoint. Each case must get its exact answer, store nothing, leave a bystander's
 * conversation as it was, and leave the relay answering. Rate limits are off for the table, so its cases
 * do not run into them; the floods run against a second relay with small limits.
 */
const tally: Tally = { cases: 0, failures: [] };
const logs: string[] = [];
let harness: Harness;
let runner: ReturnType<typeof createHostileRunner>;
let scene: ScenarioScene;
const secrets: string[] = [ADMIN.password, 'Mallory-password'];

const CONTEXT = { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'en-GB' };

async function visitorWithConversation(text: string) {
  const visitor: VisitorSocket = await harness.connectVisitor();
  const resumed = (await visitor.emitWithAck('session:resume', {
    conversationId: null,
    lastSeq: 0,
    context: CONTEXT,
  })) as Ack<ResumeResult>;
  const sent = (await visitor.emitWithAck('message:send', { clientId: 'first', text })) as Ack<Appended>;
  if (!resumed.ok || !sent.ok) throw new Error('could not set the scene');
  secrets.push(resumed.token);
  return { visitor, token: resumed.token, conversationId: sent.conversationId };
}

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot, {
    rateLimits: null,
    logger: createLogger({ level: 'info', write: (line) => logs.push(line) }),
  });
  const bystander = await visitorWithConversation('I am the bystander');
  const attacker = await visitorWithConversation('Hello');
  await harness.switchboard.relay.conversations.settled();
  const mallory = await harness.connectAgent('Mallory');
  const claimed = (await mallory.emitWithAck('conversation:claim', {
    conversationId: attacker.conversationId,
  })) as Ack;
  if (!claimed.ok) throw new Error('could not claim the attacker’s conversation');
  const agentCookie = await harness.signIn('mallory@example.com', 'Mallory-password');
  secrets.push(agentCookie.replace('sb_session=', ''));
  const [agentRow] = harness
    .readAllRows()
    .agents.filter((row) => (row as { name: string }).name === 'Mallory');
  scene = {
    harness,
    conversationId: attacker.conversationId,
    visitorAuth: { protocolVersion: 1, siteId: 'shop', token: attacker.token },
    agentCookie,
    bystanderId: bystander.conversationId,
    attackerToken: attacker.token,
    bystanderToken: bystander.token,
    agent: {
      id: (agentRow as { id: string }).id,
      email: 'mallory@example.com',
      password: 'Mallory-password',
    },
    secrets,
    logs,
  };
  await harness.store.upsertSite({
    id: 'elsewhere',
    name: 'Elsewhere',
    allowedOrigins: ['https://elsewhere.example'],
    createdAt: 0,
  });
  runner = createHostileRunner(scene, tally);
}, 30_000);

afterAll(async () => {
  console.log(`hostile-input: ${tally.cases} cases, ${tally.failures.length} failures`);
  runner.close();
  await harness.close();
});

/** Runs `cases` one after the other and returns the failures among them. */
async function failuresOf<Case>(cases: readonly Case[], run: (testCase: Case) => Promise<void>) {
  const failedBefore = tally.failures.length;
  for (const testCase of cases) await run(testCase);
  return tally.failures.slice(failedBefore);
}

describe('hostile input', () => {
  it('answers every hostile Socket.IO command with its exact code, storing nothing', async () => {
    const cases = hostileEventCases();
    expect(cases.length).toBeGreaterThan(40 * 10);
    expect(await failuresOf(cases, runner.event)).toEqual([]);
  }, 120_000);

  it('refuses every hostile handshake with its exact code, storing nothing', async () => {
    expect(await failuresOf(hostileHandshakeCases(), runner.handshake)).toEqual([]);
  }, 120_000);

  it('answers every hostile HTTP request with its exact status and code, storing nothing', async () => {
    expect(await failuresOf(hostileRequestCases(), runner.request)).toEqual([]);
  }, 120_000);

  it('answers every hostile Insights query with its exact status and code', async () => {
    expect(await failuresOf(hostileInsightsRequestCases(scene.agentCookie), runner.request)).toEqual([]);
  }, 120_000);

  it('refuses other sites’ tokens, forged ids, expired and replayed sessions and cross-site requests', async () => {
    expect(await failuresOf([scene], (testScene) => runScenarios(testScene, runner))).toEqual([]);
  }, 60_000);
});

describe('floods', () => {
  let flooded: Harness;

  beforeAll(async () => {
    flooded = await startHarness(createScriptedBot({}).bot, { rateLimits: FLOOD_LIMITS });
  });

  afterAll(async () => {
    await flooded.close();
  });

  it('refuses each flood with rate_limited past its limit, storing nothing and keeping the connection', async () => {
    const bystander = await openRawSocket(flooded.switchboard.url, '/visitor', {
      protocolVersion: 1,
      siteId: 'shop',
      token: null,
    });
    if (bystander.kind !== 'connected') throw new Error('the bystander was refused');
    const sent = await bystander.socket.emit('message:send', [
      { clientId: 'b1', text: 'I am the bystander' },
    ]);
    const bystanderId =
      sent.kind === 'ack' ? (sent.args[0] as { conversationId: string }).conversationId : '';
    await flooded.connectAgent('Flo');
    const agentCookie = await flooded.signIn('flo@example.com', 'Flo-password');
    const agentSocket = await openRawSocket(
      flooded.switchboard.url,
      '/agent',
      { protocolVersion: 1 },
      { cookie: agentCookie },
    );
    if (agentSocket.kind !== 'connected') throw new Error('the agent was refused');
    await flooded.switchboard.relay.conversations.settled();
    const floodRunner = createHostileRunner(
      { harness: flooded, conversationId: bystanderId, visitorAuth: {}, agentCookie, bystanderId },
      tally,
    );
    const accounts = {
      agentSocket: agentSocket.socket,
      admin: ADMIN,
      agent: { email: 'flo@example.com', password: 'Flo-password' },
    };
    expect(await failuresOf([floodRunner], (testRunner) => runFloods(flooded, testRunner, accounts))).toEqual(
      [],
    );
    agentSocket.socket.close();
    bystander.socket.close();
  }, 60_000);
});
