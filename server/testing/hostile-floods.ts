/**
 * The hostile-input table's floods, against a relay with small limits: commands per visitor, per address
 * and per agent, new visitors and guessed tokens per address, new conversations per address, and sign-in
 * attempts per address and per email. Each client address is its own `X-Forwarded-For`, which the relay
 * trusts from a loopback peer, as it would from a proxy on its machine.
 */
import type { Ack } from '../../protocol/errors.js';
import { PROTOCOL_VERSION } from '../../protocol/version.js';
import { randomToken } from '../auth/secrets.js';
import type { RateLimits } from '../limits/rate-limits.js';
import type { createHostileRunner } from './hostile-runner.js';
import { openRawSocket, type RawSocket } from './raw-socket.js';
import type { Harness } from './switchboard-harness.js';

const MINUTE_MS = 60_000;

/** The limits the floods run against: small, so each flood is a handful of requests. */
export const FLOOD_LIMITS: RateLimits = {
  visitorCommands: { limit: 5, windowMs: MINUTE_MS },
  addressCommands: { limit: 8, windowMs: MINUTE_MS },
  agentCommands: { limit: 5, windowMs: MINUTE_MS },
  newVisitors: { limit: 3, windowMs: MINUTE_MS },
  newConversations: { limit: 2, windowMs: MINUTE_MS },
  signInsPerAddress: { limit: 2, windowMs: MINUTE_MS },
  signInsPerEmail: { limit: 3, windowMs: MINUTE_MS },
};

type Runner = ReturnType<typeof createHostileRunner>;

const CONTEXT = { pageUrl: null, pageTitle: null, referrer: null, locale: null };
let messages = 0;

function from(address: string): Record<string, string> {
  return { 'x-forwarded-for': address };
}

function codeOf(reply: Awaited<ReturnType<RawSocket['emit']>>): string {
  if (reply.kind !== 'ack') return reply.kind;
  const ack = reply.args[0] as Ack;
  return ack.ok ? 'ok' : ack.error.code;
}

async function newVisitor(harness: Harness, address: string, token: string | null = null) {
  const auth = { protocolVersion: PROTOCOL_VERSION, siteId: 'shop', token };
  return openRawSocket(harness.switchboard.url, '/visitor', auth, from(address));
}

async function connectedVisitor(harness: Harness, address: string): Promise<RawSocket> {
  const opened = await newVisitor(harness, address);
  if (opened.kind !== 'connected') throw new Error(`the visitor from ${address} was refused`);
  return opened.socket;
}

function say(socket: RawSocket) {
  return socket.emit('message:send', [{ clientId: `flood-${messages++}`, text: 'Are you there?' }]);
}

/** Sends `count` commands that must all be accepted. */
async function spend(harness: Harness, socket: RawSocket, count: number): Promise<void> {
  for (let sent = 0; sent < count; sent++) {
    const code = codeOf(await say(socket));
    if (code !== 'ok') throw new Error(`a command under the limit was refused: ${code}`);
  }
  await harness.switchboard.relay.conversations.settled();
}

/** A command that must be refused with `rate_limited`, with the connection kept. */
async function limitedCommand(socket: RawSocket): Promise<string | null> {
  const code = codeOf(await say(socket));
  if (code !== 'rate_limited') return `answered ${code}`;
  return socket.isOpen() ? null : 'the connection was closed';
}

async function signInFrom(harness: Harness, address: string, email: string, password: string) {
  return fetch(`${harness.switchboard.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...from(address) },
    body: JSON.stringify({ email, password }),
  });
}

async function limitedSignIn(response: Response): Promise<string | null> {
  const body = await response.text();
  const retryAfter = Number(response.headers.get('retry-after'));
  if (response.status !== 429 || !body.includes('"code":"rate_limited"'))
    return `answered ${response.status}`;
  return retryAfter > 0 ? null : 'no Retry-After';
}

/** Runs every flood; `agent` is an agent's credentials and open socket, `admin` the first admin's. */
export async function runFloods(
  harness: Harness,
  runner: Runner,
  accounts: {
    agentSocket: RawSocket;
    admin: { email: string; password: string };
    agent: { email: string; password: string };
  },
): Promise<void> {
  const first = await connectedVisitor(harness, '198.51.100.1');
  await spend(harness, first, FLOOD_LIMITS.visitorCommands.limit);
  await runner.check('a visitor’s flood of messages', () => limitedCommand(first));

  const [second, third] = [
    await connectedVisitor(harness, '198.51.100.2'),
    await connectedVisitor(harness, '198.51.100.2'),
  ];
  await spend(harness, second, 4);
  await spend(harness, third, 4);
  await runner.check('a flood of messages from many visitors at one address', () => limitedCommand(third));
  await runner.check(
    'a visitor at another address is not limited by it',
    async () => {
      const elsewhere = await connectedVisitor(harness, '198.51.100.3');
      const code = codeOf(
        await elsewhere.emit('session:resume', [{ conversationId: null, lastSeq: 0, context: CONTEXT }]),
      );
      elsewhere.close();
      return code === 'ok' ? null : `answered ${code}`;
    },
    { mayStore: true },
  );

  for (let visitor = 0; visitor < FLOOD_LIMITS.newVisitors.limit; visitor++)
    (await connectedVisitor(harness, '198.51.100.4')).close();
  await runner.check('a flood of new visitors from one address', async () => {
    const refused = await newVisitor(harness, '198.51.100.4');
    return refused.kind === 'refused' && refused.code === 'rate_limited'
      ? null
      : `ended ${JSON.stringify(refused)}`;
  });
  for (let guess = 0; guess <= FLOOD_LIMITS.newVisitors.limit; guess++) {
    const expected = guess < FLOOD_LIMITS.newVisitors.limit ? 'unauthorized' : 'rate_limited';
    await runner.check(`a guessed visitor token, number ${guess + 1}`, async () => {
      const refused = await newVisitor(harness, '198.51.100.5', randomToken());
      return refused.kind === 'refused' && refused.code === expected
        ? null
        : `ended ${JSON.stringify(refused)}`;
    });
  }

  const starters = [1, 2, 3].map(() => connectedVisitor(harness, '198.51.100.6'));
  const [one, two, three] = await Promise.all(starters);
  if (!one || !two || !three) throw new Error('the conversation starters were refused');
  await spend(harness, one, 1);
  await spend(harness, two, 1);
  await runner.check('a flood of new conversations from one address', () => limitedCommand(three));

  for (let command = 0; command < FLOOD_LIMITS.agentCommands.limit; command++)
    await accounts.agentSocket.emit('inbox:subscribe', [{}]);
  await runner.check('an agent’s flood of commands', async () => {
    const code = codeOf(await accounts.agentSocket.emit('inbox:subscribe', [{}]));
    return code === 'rate_limited' && accounts.agentSocket.isOpen() ? null : `answered ${code}`;
  });

  const { admin, agent } = accounts;
  for (let attempt = 0; attempt < FLOOD_LIMITS.signInsPerAddress.limit; attempt++)
    await signInFrom(harness, '198.51.100.7', admin.email, 'wrong');
  await runner.check('a flood of sign-ins from one address', async () =>
    limitedSignIn(await signInFrom(harness, '198.51.100.7', admin.email, 'wrong')),
  );
  await runner.check('even the right password, from that address, until it waits', async () =>
    limitedSignIn(await signInFrom(harness, '198.51.100.7', admin.email, admin.password)),
  );
  for (let attempt = 0; attempt < FLOOD_LIMITS.signInsPerEmail.limit; attempt++)
    await signInFrom(harness, `198.51.100.${20 + attempt}`, admin.email, 'wrong');
  await runner.check('a flood of sign-ins to one email from many addresses', async () =>
    limitedSignIn(await signInFrom(harness, '198.51.100.30', admin.email, 'wrong')),
  );
  await runner.check(
    'sign-ins that succeed are not counted',
    async () => {
      for (let attempt = 0; attempt <= FLOOD_LIMITS.signInsPerAddress.limit; attempt++) {
        const response = await signInFrom(harness, '198.51.100.40', agent.email, agent.password);
        if (response.status !== 200) return `sign-in ${attempt + 1} answered ${response.status}`;
      }
      return null;
    },
    { mayStore: true },
  );
  for (const socket of [first, second, third, one, two, three]) socket.close();
}
