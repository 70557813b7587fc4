/**
 * The hostile-input table's hand-written cases: other visitors' and sites' tokens, forged conversation ids,
 * expired and replayed sessions, cross-site requests, malformed paths and packets, and secrets in logs.
 */
import type { Ack } from '../../protocol/errors.js';
import { PROTOCOL_VERSION } from '../../protocol/version.js';
import { hashToken, randomToken } from '../auth/secrets.js';
import type { createHostileRunner, Scene } from './hostile-runner.js';
import { openRawSocket } from './raw-socket.js';

export interface ScenarioScene extends Scene {
  attackerToken: string;
  bystanderToken: string;
  /** The attacker agent's credentials, to sign in again. */
  agent: { id: string; email: string; password: string };
  /** Every secret that must never reach a log line. */
  secrets: readonly string[];
  logs: readonly string[];
}

type Runner = ReturnType<typeof createHostileRunner>;

const CONTEXT = { pageUrl: null, pageTitle: null, referrer: null, locale: null };
const AGENT_AUTH = { protocolVersion: PROTOCOL_VERSION };

/** Opens a handshake that must be refused with `code`; says what happened otherwise. */
async function expectRefusal(
  url: string,
  namespace: string,
  auth: unknown,
  headers: Record<string, string>,
  code: string,
): Promise<string | null> {
  const result = await openRawSocket(url, namespace, auth, headers);
  if (result.kind === 'connected') result.socket.close();
  return result.kind === 'refused' && result.code === code ? null : `ended ${JSON.stringify(result)}`;
}

/** Fetches and says what is wrong with the answer's status and error code, or null. */
async function expectAnswer(
  url: string,
  init: RequestInit,
  status: number,
  code?: string,
): Promise<string | null> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (response.status !== status) return `answered ${response.status} ${text.slice(0, 120)}`;
  if (code === undefined) return null;
  return text.includes(`"code":"${code}"`) ? null : `answered ${text.slice(0, 120)}`;
}

async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Runs every hand-written case. */
export async function runScenarios(scene: ScenarioScene, runner: Runner): Promise<void> {
  const { harness, agentCookie } = scene;
  const url = harness.switchboard.url;
  const visitor = (siteId: string, token: string | null) => ({
    protocolVersion: PROTOCOL_VERSION,
    siteId,
    token,
  });
  const elsewhere = { origin: 'https://elsewhere.example' };

  await runner.check(
    'a visitor resumes with the bystander’s conversation id and gets only their own',
    async () => {
      const opened = await openRawSocket(url, '/visitor', visitor('shop', scene.attackerToken));
      if (opened.kind !== 'connected') return 'could not connect';
      const reply = await opened.socket.emit('session:resume', [
        { conversationId: scene.bystanderId, lastSeq: 0, context: CONTEXT },
      ]);
      opened.socket.close();
      const ack = reply.kind === 'ack' ? (reply.args[0] as Record<string, unknown>) : {};
      const conversation = ack.conversation as { id?: string } | undefined;
      const entries = (ack.entries ?? []) as { conversationId: string }[];
      const isOwn =
        conversation?.id === scene.conversationId &&
        entries.every((entry) => entry.conversationId === scene.conversationId);
      return isOwn ? null : `answered ${JSON.stringify(ack).slice(0, 160)}`;
    },
    { mayStore: true },
  );
  for (const [label, auth, headers, code] of [
    [
      'the bystander’s token on another site',
      visitor('elsewhere', scene.bystanderToken),
      elsewhere,
      'unauthorized',
    ],
    [
      'the attacker’s own token on another site',
      visitor('elsewhere', scene.attackerToken),
      elsewhere,
      'unauthorized',
    ],
    ['a guessed token', visitor('shop', randomToken()), {}, 'unauthorized'],
    [
      'the bystander’s token from an origin the site does not allow',
      visitor('shop', scene.bystanderToken),
      elsewhere,
      'origin_not_allowed',
    ],
    ['a forged session cookie', AGENT_AUTH, { cookie: `sb_session=${randomToken()}` }, 'unauthorized'],
  ] as const) {
    const namespace = 'siteId' in auth ? '/visitor' : '/agent';
    await runner.check(label, () => expectRefusal(url, namespace, auth, headers, code));
  }

  const expired = randomToken();
  await harness.store.createSession({
    tokenHash: hashToken(expired),
    agentId: scene.agent.id,
    createdAt: 0,
    expiresAt: Date.now() - 1,
  });
  await runner.check('an expired session', async () => {
    const cookie = `sb_session=${expired}`;
    return (
      (await expectRefusal(url, '/agent', AGENT_AUTH, { cookie }, 'unauthorized')) ??
      (await expectAnswer(`${url}/api/session`, { headers: { cookie } }, 401, 'unauthorized'))
    );
  });

  const replayed = await signIn(url, scene.agent.email, scene.agent.password);
  await fetch(`${url}/api/session`, { method: 'DELETE', headers: { cookie: replayed } });
  await runner.check('a session replayed after signing out', async () => {
    return (
      (await expectRefusal(url, '/agent', AGENT_AUTH, { cookie: replayed }, 'unauthorized')) ??
      (await expectAnswer(`${url}/api/session`, { headers: { cookie: replayed } }, 401, 'unauthorized'))
    );
  });

  const ending = await signIn(url, scene.agent.email, scene.agent.password);
  const live = await openRawSocket(url, '/agent', AGENT_AUTH, { cookie: ending });
  await harness.store.deleteSession(hashToken(ending.replace('sb_session=', '')));
  await runner.check('a command on a socket whose session has ended', async () => {
    if (live.kind !== 'connected') return 'could not connect';
    const reply = await live.socket.emit('inbox:subscribe', [{}]);
    const ack = reply.kind === 'ack' ? (reply.args[0] as Ack) : null;
    if (ack?.ok !== false || ack.error.code !== 'unauthorized')
      return `answered ${JSON.stringify(reply).slice(0, 120)}`;
    return (await live.socket.closed(2000)) ? null : 'the socket stayed open';
  });

  const signInBody = JSON.stringify({ email: scene.agent.email, password: scene.agent.password });
  const post = (headers: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: signInBody,
  });
  for (const [label, headers] of [
    ['a sign-in marked cross-site by Fetch Metadata', { 'sec-fetch-site': 'cross-site' }],
    ['a sign-in marked same-site (another subdomain) by Fetch Metadata', { 'sec-fetch-site': 'same-site' }],
    ['a sign-in from another origin', { origin: 'https://attacker.example' }],
  ] as const) {
    await runner.check(label, () => expectAnswer(`${url}/api/session`, post(headers), 403, 'forbidden'));
  }
  await runner.check('a cross-site sign-out, which must not sign anyone out', async () => {
    const init = { method: 'DELETE', headers: { cookie: agentCookie, 'sec-fetch-site': 'cross-site' } };
    return (
      (await expectAnswer(`${url}/api/session`, init, 403, 'forbidden')) ??
      (await expectAnswer(`${url}/api/session`, { headers: { cookie: agentCookie } }, 200))
    );
  });
  for (const [label, contentType, status] of [
    ['a sign-in sent as text', 'text/plain', 400],
    ['a sign-in in an unsupported charset', 'application/json; charset=utf-7', 415],
  ] as const) {
    const init = { method: 'POST', headers: { 'content-type': contentType }, body: signInBody };
    await runner.check(label, () => expectAnswer(`${url}/api/session`, init, status, 'invalid_payload'));
  }
  await runner.check('a path with broken percent-encoding', () =>
    expectAnswer(`${url}/frame/%E0%A4%A`, {}, 400, 'invalid_payload'),
  );
  for (const path of [
    '/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/frame/assets/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/console/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/frame/..%2f..%2fstore.sqlite',
  ]) {
    await runner.check(`a path that climbs out of the served folders: ${path}`, async () => {
      const response = await fetch(`${url}${path}`);
      const text = await response.text();
      return response.status >= 400 && !text.includes('root:') && !text.includes('SQLite')
        ? null
        : `answered ${response.status}`;
    });
  }

  for (const [label, frame] of [
    ['a frame that is not a Socket.IO packet', 'hello'],
    ['a binary frame that no packet announced', Buffer.from([1, 2, 3])],
    ['an event for a namespace the socket did not join', '2/admin,["export",{}]'],
    [
      'a second handshake on the same namespace',
      `0/visitor,${JSON.stringify(visitor('shop', scene.attackerToken))}`,
    ],
  ] as const) {
    await runner.check(label, async () => {
      const opened = await openRawSocket(url, '/visitor', visitor('shop', scene.attackerToken));
      if (opened.kind !== 'connected') return 'could not connect';
      opened.socket.sendRaw(frame);
      return (await opened.socket.closed(2000)) ? null : 'the relay kept the connection';
    });
  }

  await runner.check('no log line holds a password, token or session', async () => {
    const leaked = scene.secrets.filter((secret) => scene.logs.some((line) => line.includes(secret)));
    return leaked.length === 0 ? null : `${leaked.length} secrets in the logs`;
  });
  await runner.check('no API answer holds a password hash', async () => {
    const text = await (await fetch(`${url}/api/session`, { headers: { cookie: agentCookie } })).text();
    return /scrypt|password/i.test(text) ? `answered ${text}` : null;
  });
}
