/**
 * What a simulated visitor does: asks the bot a few questions, perhaps asks for a person (the button or in
 * words), keeps talking while waiting and with the agent, and once handed back or resolved goes on with the
 * bot, sometimes asking for a person again. Visitors keep typing while offline, as people do; the outbox
 * holds those lines until the connection is back.
 */
import { CHATTER, FOLLOW_UPS, PERSON_PHRASES, QUESTIONS } from './chat-lines.js';

/** @typedef {import('./visitor-client.js').VisitorClient} VisitorClient */
/** @typedef {import('./seeded-random.js').Random} Random */

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {VisitorClient} visitor
 * @param {Random} random
 */
function askForPerson(visitor, random) {
  if (random.chance(0.5)) visitor.requestHandoff();
  else visitor.send(random.pick(PERSON_PHRASES));
}

/**
 * Plays one visitor until `until` (ms since the Unix epoch). Connects after a random delay, so visitors do
 * not all arrive in the same instant.
 * @param {VisitorClient} visitor
 * @param {Random} random
 * @param {number} until
 */
export async function playVisitor(visitor, random, until) {
  await sleep(random.int(0, 2500));
  visitor.connect();
  /** @type {'bot' | 'person' | 'after'} */
  let phase = 'bot';
  let questionsLeft = random.int(1, 3);
  const wantsPerson = random.chance(0.65);
  let hasMetPerson = false;
  while (Date.now() < until) {
    await sleep(random.int(700, 2600));
    if (Date.now() >= until) return;
    const state = visitor.state();
    const isWithPerson = state === 'waiting' || state === 'agent';
    if (isWithPerson) {
      // Asked in words, or the bot missed twice: either way the visitor now talks to a person.
      phase = 'person';
      hasMetPerson = true;
      visitor.send(random.pick(FOLLOW_UPS));
      continue;
    }
    if (phase === 'person' && hasMetPerson) {
      phase = 'after';
      questionsLeft = random.int(1, 2);
    }
    if (phase === 'person') {
      // The handoff is on its way, or was refused: keep talking until it shows.
      visitor.send(random.pick(FOLLOW_UPS));
      continue;
    }
    if (questionsLeft > 0) {
      questionsLeft--;
      visitor.send(random.chance(0.15) ? random.pick(CHATTER) : random.pick(QUESTIONS));
      continue;
    }
    if ((phase === 'bot' && wantsPerson) || (phase === 'after' && random.chance(0.3))) {
      askForPerson(visitor, random);
      phase = 'person';
      hasMetPerson = false;
      continue;
    }
    visitor.send(random.pick(QUESTIONS));
  }
}
