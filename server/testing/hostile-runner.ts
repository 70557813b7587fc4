/**
 * Runs the hostile-input table's cases against a real Switchboard and checks, for each: the answer it must
 * get, the relay still answering `/healthz`, nothing stored (every row of every table compared before and
 * after), a bystander's conversation untouched, and Object.prototype unpolluted. Failures are collected,
 * not thrown, so one run reports every case that fails.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Ack } from '../../protocol/errors.js';
import type { EventCase, Expected } from './hostile-events.js';
import type { HandshakeCase } from './hostile-handshakes.js';
import type { RequestCase } from './hostile-requests.js';
import { openRawSocket, type RawSocket } from './raw-socket.js';
import type { Harness } from './switchboard-harness.js';

/** The world the cases run in. */
export interface Scene {
  harness: Harness;
  /** The attacker's own conversation: their visitor's, owned by the attacker agent. */
  conversationId: string;
  /** The attacker visitor's handshake. */
  visitorAuth: Record<string, unknown>;
  /** The attacker agent's session cookie (`sb_session=…`). */
  agentCookie: string;
  /** Another visitor's conversation, which no case may change. */
  bystanderId: string;
}

/** How many cases ran, and a line for each that failed. */
export interface Tally {
  cases: number;
  failures: string[];
}

type Rows = ReturnType<Harness['readAllRows']>;

function bystanderRows(rows: Rows, bystanderId: string): unknown {
  const ofBystander = (row: unknown) => {
    const { id, conversation_id: conversationId } = row as { id?: string; conversation_id?: string };
    return id === bystanderId || conversationId === bystanderId;
  };
  return [rows.conversations.filter(ofBystander), rows.entries.filter(ofBystander)];
}

/** Accepted messages store what they carry, in the sender's own conversation. */
function isStoring(expected: Expected): boolean {
  return expected.kind === 'accepted' && expected.check !== 'nothing-stored';
}

function isPrototypeClean(): boolean {
  return Object.keys(Object.prototype).length === 0 && !('polluted' in {});
}

function describeReply(reply: unknown): string {
  const text = JSON.stringify(reply) ?? String(reply);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Creates a runner over `scene`, counting into `tally`. */
export function createHostileRunner(scene: Scene, tally: Tally) {
  const { harness } = scene;
  const url = harness.switchboard.url;
  const sockets = new Map<string, RawSocket>();
  const bystanderBefore = bystanderRows(harness.readAllRows(), scene.bystanderId);
  let clientIds = 0;

  async function socketFor(namespace: string): Promise<RawSocket> {
    const open = sockets.get(namespace);
    if (open?.isOpen()) return open;
    const handshake =
      namespace === '/visitor'
        ? await openRawSocket(url, namespace, scene.visitorAuth)
        : await openRawSocket(url, namespace, { protocolVersion: 1 }, { cookie: scene.agentCookie });
    if (handshake.kind !== 'connected') throw new Error(`the attacker could not reconnect to ${namespace}`);
    sockets.set(namespace, handshake.socket);
    return handshake.socket;
  }

  /**
   * Runs one case; `act` returns what went wrong with the answer, or null. Unless `mayStore`, every row of
   * every table must be as it was.
   */
  async function run(label: string, mayStore: boolean, act: () => Promise<string | null>) {
    tally.cases++;
    const before = harness.readAllRows();
    const problems: string[] = [];
    try {
      const problem = await act();
      if (problem !== null) problems.push(problem);
    } catch (error) {
      problems.push(`threw ${String(error)}`);
    }
    const after = harness.readAllRows();
    if (!mayStore && !isDeepStrictEqual(before, after)) problems.push('something was stored');
    if (!isDeepStrictEqual(bystanderRows(after, scene.bystanderId), bystanderBefore))
      problems.push('the bystander’s conversation changed');
    if (!isPrototypeClean()) problems.push('Object.prototype was polluted');
    const health = await fetch(`${url}/healthz`).then(
      (response) => response.status,
      () => 0,
    );
    if (health !== 200) problems.push(`/healthz answered ${health}`);
    if (problems.length > 0) tally.failures.push(`${label}: ${problems.join('; ')}`);
  }

  async function checkAccepted(testCase: EventCase, ack: Record<string, unknown>): Promise<string | null> {
    const expected = testCase.expected;
    if (expected.kind !== 'accepted') return null;
    switch (expected.check) {
      case 'stored-text': {
        const { conversationId, seq } = ack as { conversationId: string; seq: number };
        if (conversationId !== scene.conversationId) return `stored in ${conversationId}`;
        const [entry] = await harness.store.readEntries(conversationId, seq - 1, 1);
        const text = entry && 'text' in entry ? entry.text : undefined;
        return text === testCase.wire ? null : 'the text was not stored exactly as sent';
      }
      case 'stored-context': {
        const conversation = await harness.store.findConversation(scene.conversationId);
        const field = (testCase.field ?? '').replace('context.', '') as keyof NonNullable<
          typeof conversation
        >['visitor'];
        return conversation?.visitor[field] === testCase.wire
          ? null
          : 'the context was not stored exactly as sent';
      }
      case 'own-conversation': {
        const { conversation, entries } = ack as {
          conversation: { id: string } | null;
          entries: { conversationId: string }[];
        };
        const isOwn =
          conversation?.id === scene.conversationId &&
          entries.every((entry) => entry.conversationId === scene.conversationId);
        return isOwn ? null : 'answered with another conversation';
      }
      case 'nothing-stored':
        return null;
    }
  }

  return {
    /** Counts and checks a hand-written case: `act` returns what went wrong, or null. */
    check: (label: string, act: () => Promise<string | null>, options: { mayStore?: boolean } = {}) =>
      run(label, options.mayStore ?? false, act),

    event: (testCase: EventCase) =>
      run(testCase.label, isStoring(testCase.expected), async () => {
        const socket = await socketFor(testCase.namespace);
        const args = testCase.args({
          conversationId: scene.conversationId,
          clientId: `hostile-${clientIds++}`,
        });
        const reply = await socket.emit(testCase.event, args, {
          withAck: testCase.withAck,
          waitMs: testCase.withAck ? 5000 : 150,
        });
        const { expected } = testCase;
        if (expected.kind === 'closed')
          return reply.kind === 'closed' || (await socket.closed(2000))
            ? null
            : `answered ${describeReply(reply)}`;
        if (!socket.isOpen()) return 'the connection was closed';
        if (expected.kind === 'ignored')
          return reply.kind === 'silent' ? null : `answered ${describeReply(reply)}`;
        if (reply.kind !== 'ack') return `got no acknowledgement (${reply.kind})`;
        const ack = reply.args[0] as Ack;
        if (expected.kind === 'refused') {
          return !ack.ok && ack.error.code === expected.code ? null : `answered ${describeReply(ack)}`;
        }
        return ack.ok ? checkAccepted(testCase, ack) : `refused ${describeReply(ack)}`;
      }),

    handshake: (testCase: HandshakeCase) =>
      run(testCase.label, false, async () => {
        const result = await openRawSocket(
          url,
          testCase.namespace,
          testCase.auth,
          testCase.headers(scene.agentCookie),
        );
        if (result.kind === 'connected') {
          result.socket.close();
          return 'the handshake was accepted';
        }
        const { expected } = testCase;
        if (expected.kind === 'closed')
          return result.kind === 'closed' ? null : `refused with ${result.code}`;
        if (expected.kind !== 'refused') return `unexpected expectation ${expected.kind}`;
        return result.kind === 'refused' && result.code === expected.code
          ? null
          : `ended ${describeReply(result)}`;
      }),

    request: (testCase: RequestCase) =>
      run(testCase.label, false, async () => {
        const response = await fetch(`${url}${testCase.path}`, {
          method: testCase.method,
          headers: testCase.headers,
          ...(testCase.body === null ? {} : { body: testCase.body }),
        }).catch(() => null);
        if (response === null) return testCase.expected.status === 431 ? null : 'the request failed';
        const text = await response.text();
        const { status, code } = testCase.expected;
        if (response.status !== status) return `answered ${response.status} ${text.slice(0, 120)}`;
        if (status !== 431 && response.headers.get('x-content-type-options') !== 'nosniff')
          return 'the security headers are missing';
        if (code === undefined) return null;
        const body = JSON.parse(text) as { error?: { code?: string } };
        return body.error?.code === code ? null : `answered ${text.slice(0, 120)}`;
      }),

    close() {
      for (const socket of sockets.values()) socket.close();
    },
  };
}
