/**
 * The end of a run: with faults stopped and nobody typing, waits until every outbox is empty, every client
 * is connected and caught up with the store for every conversation it follows, and the store has not moved
 * for a while (so late bot replies are in). Bounded by a deadline; the audit then reports whatever is left.
 */

/** @typedef {import('./visitor-client.js').VisitorClient} VisitorClient */
/** @typedef {import('./agent-client.js').AgentClient} AgentClient */

const POLL_MS = 250;
/** How long the store must stay unchanged, once every client caught up, to count as settled. */
const STABLE_MS = 1500;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {object} options
 * @param {readonly VisitorClient[]} options.visitors
 * @param {readonly AgentClient[]} options.agents
 * @param {() => Promise<Map<string, number>>} options.readLastSeqs Each conversation's last seq in the store.
 * @param {number} options.deadline ms since the Unix epoch.
 * @returns {Promise<{ isQuiet: boolean, lagging: string[] }>}
 */
export async function quiesce({ visitors, agents, readLastSeqs, deadline }) {
  let stableSince = 0;
  let previous = '';
  /** @type {string[]} */
  let lagging = [];
  while (Date.now() < deadline) {
    const lastSeqs = await readLastSeqs();
    lagging = [];
    for (const visitor of visitors) {
      const conversationId = visitor.conversationId();
      const storeSeq = conversationId === null ? 0 : (lastSeqs.get(conversationId) ?? 0);
      if (!visitor.isSettled() || visitor.lastSeq() !== storeSeq) lagging.push(visitor.name);
    }
    for (const agent of agents) {
      const isBehind = agent.follows().some((id) => agent.lastSeqOf(id) !== (lastSeqs.get(id) ?? 0));
      if (!agent.isSettled() || isBehind) lagging.push(agent.name);
    }
    const snapshot = JSON.stringify([...lastSeqs]);
    if (lagging.length > 0 || snapshot !== previous) stableSince = Date.now();
    previous = snapshot;
    if (Date.now() - stableSince >= STABLE_MS) return { isQuiet: true, lagging };
    await sleep(POLL_MS);
  }
  return { isQuiet: false, lagging };
}
