/**
 * Injects the faults while visitors and agents talk, each kind on its own timeline: relay SIGKILLs with a
 * restart, dropped client connections, reconnects with a stale `lastSeq`, bursts of resends with one client
 * id, and claim races between every agent. The moments are drawn from the seed, one per equal slice of the
 * run, so the faults spread over it instead of bunching up. Every fault injected is counted.
 */

import { setTimeout as delay } from 'node:timers/promises';

/** @typedef {import('./seeded-random.js').Random} Random */
/** @typedef {import('./relay-process.js').RelayProcess} RelayProcess */
/** @typedef {import('./visitor-client.js').VisitorClient} VisitorClient */
/** @typedef {import('./agent-client.js').AgentClient} AgentClient */
/** @typedef {{ conversationId: string, answers: (string | null)[], winners: number }} RaceResult */

/**
 * @typedef {object} FaultCounts
 * @property {number} kills Relay SIGKILLs, each followed by a restart.
 * @property {number} drops Client connections closed under the client.
 * @property {number} staleBehind Reconnects claiming an older `lastSeq` than the client holds.
 * @property {number} staleAhead Reconnects claiming a `lastSeq` the log never reached.
 * @property {RaceResult[]} races Claim races and what each agent was answered.
 * @property {number} skipped Faults that found no target (nobody connected, nothing waiting).
 */

/** The quiet time at the start, while clients arrive, and at the end, before the run quiesces. */
const LEAD_IN_MS = 3000;
const LEAD_OUT_MS = 2000;
/** How long a race waits for a conversation to be waiting, and for the claims to be answered. */
const RACE_WAIT_MS = 3000;
const RACE_ANSWER_MS = 15_000;
/** How long a fault looks for a client that can take it. */
const TARGET_WAIT_MS = 3000;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `count` moments in [from, to), one at a random point of each equal slice.
 * @param {Random} random
 * @param {number} count
 * @param {number} from
 * @param {number} to
 */
export function spreadMoments(random, count, from, to) {
  const slice = (to - from) / Math.max(1, count);
  return Array.from({ length: count }, (_, index) => from + index * slice + random.next() * slice);
}

/**
 * @param {object} options
 * @param {Random} options.random
 * @param {Pick<RelayProcess, 'kill' | 'start' | 'isRunning'>} options.relay What a kill fault kills and restarts.
 * @param {readonly VisitorClient[]} options.visitors
 * @param {readonly AgentClient[]} options.agents
 * @param {import('./chaos-options.js').ChaosOptions} options.counts How many of each fault.
 * @param {(event: string) => void} options.log Told of each kill and race as it happens.
 */
export function startFaultInjector({ random, relay, visitors, agents, counts, log }) {
  const startedAt = Date.now();
  const endsAt = startedAt + counts.durationSeconds * 1000 - LEAD_OUT_MS;
  const stopping = new AbortController();
  const isStopped = () => stopping.signal.aborted;
  /** @type {FaultCounts} */
  const faults = { kills: 0, drops: 0, staleBehind: 0, staleAhead: 0, races: [], skipped: 0 };

  /**
   * Runs `inject` at `count` moments drawn from `stream`.
   * @param {string} stream
   * @param {number} count
   * @param {(random: Random) => Promise<boolean> | boolean} inject Returns false when it found no target.
   */
  async function timeline(stream, count, inject) {
    const own = random.fork(stream);
    for (const moment of spreadMoments(own, count, startedAt + LEAD_IN_MS, endsAt)) {
      await delay(Math.max(0, moment - Date.now()), undefined, { signal: stopping.signal }).catch(() => {});
      if (isStopped()) return;
      if (!(await inject(own))) faults.skipped++;
    }
  }

  /**
   * Applies `attempt` to the first client that accepts it: visitors first most of the time, else agents,
   * each group tried from a random place; again for a while if nobody does (say, while the relay is down).
   * @param {Random} own
   * @param {(client: VisitorClient | AgentClient) => boolean | Promise<boolean>} attempt
   */
  async function onSomeone(own, attempt) {
    const waitUntil = Date.now() + TARGET_WAIT_MS;
    while (!isStopped()) {
      /** @type {(readonly (VisitorClient | AgentClient)[])[]} */
      const groups = own.chance(0.8) ? [visitors, agents] : [agents, visitors];
      for (const group of groups) {
        const offset = own.int(0, Math.max(0, group.length - 1));
        for (let index = 0; index < group.length; index++) {
          const client = /** @type {VisitorClient | AgentClient} */ (group[(offset + index) % group.length]);
          if (await attempt(client)) return true;
        }
      }
      if (Date.now() >= waitUntil) return false;
      await sleep(200);
    }
    return false;
  }

  /** @param {Random} own */
  async function race(own) {
    const waitUntil = Date.now() + RACE_WAIT_MS;
    while (Date.now() < waitUntil && !isStopped()) {
      const synced = agents.filter((agent) => agent.isSynced());
      const waiting = synced.flatMap((agent) => agent.inbox()).filter((item) => item.state === 'waiting');
      if (synced.length === agents.length && waiting.length > 0) {
        const { id } = own.pick(waiting);
        const deadline = Date.now() + RACE_ANSWER_MS;
        const answers = await Promise.all(agents.map((agent) => agent.raceClaim(id, deadline)));
        // A claim answered "you already own it" won too: its first ack was lost, or a queued claim of the
        // same agent got there first.
        const winners = answers.filter((answer) => answer === 'ok' || answer === 'invalid_transition').length;
        faults.races.push({ conversationId: id, answers, winners });
        log(`claim race on ${id}: ${answers.map(String).join(', ')}`);
        return true;
      }
      await sleep(150);
    }
    return false;
  }

  const running = Promise.all([
    timeline('kills', counts.kills, async (own) => {
      await relay.kill();
      faults.kills++;
      const downMs = own.int(100, 1500);
      await sleep(downMs);
      await relay.start();
      log(`relay SIGKILLed, restarted after ${downMs} ms down`);
      return true;
    }),
    timeline('drops', counts.drops, (own) =>
      onSomeone(own, (client) => {
        const isDropped = client.drop();
        if (isDropped) faults.drops++;
        return isDropped;
      }),
    ),
    timeline('stale', counts.staleResumes, (own) => {
      const how = own.chance(0.25) ? 'ahead' : 'behind';
      return onSomeone(own, (client) => {
        if ('requestHandoff' in client) {
          if (!client.reconnectStale(how)) return false;
          faults[how === 'ahead' ? 'staleAhead' : 'staleBehind']++;
          return true;
        }
        if (how === 'ahead' || !client.reconnectStale()) return false;
        faults.staleBehind++;
        return true;
      });
    }),
    timeline('bursts', counts.bursts, (own) => {
      const copies = own.int(2, 5);
      const isResend = own.chance(0.4);
      // The clients count the bursts they actually sent: an armed burst waits for the client's next command.
      return onSomeone(own, (client) => {
        if (!isResend) {
          client.burstNext(copies);
          return true;
        }
        return 'resendAcknowledged' in client && client.resendAcknowledged(copies);
      });
    }),
    timeline('races', agents.length < 2 ? 0 : counts.races, race),
  ]);

  return {
    faults,
    /** Stops injecting, waits for a fault under way, and leaves the relay running. */
    async stop() {
      stopping.abort();
      await running;
      if (!relay.isRunning()) await relay.start();
    },
    /** Resolves when every timeline has run its course. */
    finished: () => running,
  };
}
