/**
 * What a simulated agent does: claims waiting conversations (the longest waiting first), now and then takes
 * one over from the bot unasked, answers a few times, then hands it back to the bot or resolves it, or
 * stays. It also watches a few conversations without claiming them, as an agent reading along would.
 */
import { AGENT_REPLIES } from './chat-lines.js';

/** @typedef {import('./agent-client.js').AgentClient} AgentClient */
/** @typedef {import('./seeded-random.js').Random} Random */
/** @typedef {{ repliesLeft: number, ending: 'hand_back' | 'resolve' | 'stay', isReleasing: boolean }} Plan */

/** How many conversations one agent takes on at once. */
const MAX_OWNED = 4;
/** How many conversations one agent watches without owning them. */
const MAX_FOLLOWED = 16;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {Random} random @returns {Plan} */
function newPlan(random) {
  const roll = random.next();
  return {
    repliesLeft: random.int(1, 4),
    ending: roll < 0.4 ? 'hand_back' : roll < 0.8 ? 'resolve' : 'stay',
    isReleasing: false,
  };
}

/**
 * Plays one agent until `until` (ms since the Unix epoch).
 * @param {AgentClient} agent
 * @param {Random} random
 * @param {number} until
 */
export async function playAgent(agent, random, until) {
  agent.connect();
  /** @type {Map<string, Plan>} */
  const plans = new Map();
  /** @type {Set<string>} */
  const claiming = new Set();

  while (Date.now() < until) {
    await sleep(random.int(250, 900));
    if (Date.now() >= until || !agent.isSynced()) continue;
    const owned = agent.owned();
    const ownedIds = new Set(owned.map((conversation) => conversation.id));
    for (const id of plans.keys()) if (!ownedIds.has(id)) plans.delete(id);

    for (const conversation of owned) {
      let plan = plans.get(conversation.id);
      if (plan === undefined) {
        plan = newPlan(random);
        plans.set(conversation.id, plan);
      }
      if (plan.isReleasing || !random.chance(0.6)) continue;
      if (plan.repliesLeft > 0 || plan.ending === 'stay') {
        plan.repliesLeft--;
        agent.reply(conversation.id, random.pick(AGENT_REPLIES));
        continue;
      }
      plan.isReleasing = true;
      const release = plan;
      const settled = (/** @type {{ ok: boolean }} */ ack) => {
        if (!ack.ok) release.isReleasing = false;
      };
      if (plan.ending === 'hand_back') agent.handBack(conversation.id, settled);
      else agent.resolve(conversation.id, settled);
    }

    const inbox = agent.inbox();
    if (owned.length + claiming.size < MAX_OWNED) {
      const waiting = inbox
        .filter((conversation) => conversation.state === 'waiting' && !claiming.has(conversation.id))
        .toSorted((left, right) => (left.waitingSince ?? 0) - (right.waitingSince ?? 0));
      const withBot = inbox
        .filter((conversation) => conversation.state === 'bot' && conversation.lastSeq > 0)
        .toSorted((left, right) => right.updatedAt - left.updatedAt);
      // The freshest bot conversation most likely has a bot reply under way: a takeover races it.
      const target =
        waiting.length > 0 && random.chance(0.6)
          ? random.pick(waiting.slice(0, 3))
          : withBot.length > 0 && random.chance(0.05)
            ? withBot[0]
            : undefined;
      if (target !== undefined) {
        claiming.add(target.id);
        agent.claim(target.id, () => claiming.delete(target.id));
      }
    }

    if (agent.follows().length < MAX_FOLLOWED && inbox.length > 0 && random.chance(0.04)) {
      agent.follow(random.pick(inbox).id);
    }
  }
}
