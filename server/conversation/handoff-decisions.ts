import type { EntryBody, HandoffTrigger } from '../../protocol/entries.js';
import type { BotAnswer, Command } from './command.js';
import type { ConversationControl } from './conversation-control.js';
import { asksForPerson } from './handoff-phrases.js';
import { findPhrase, rememberedQuestion } from './phrases.js';
import { excerpt, refusal, sameOwner, type DecisionContext, type Outcome, type Refusal } from './outcome.js';

/**
 * The visitor wrote. While the bot owns the conversation (or it was resolved), the site's rules decide
 * whether this message goes to a person: an explicit request, a topic that always does, or one frustration
 * signal too many. Otherwise the bot answers it; with an agent or in the queue, it is simply added.
 */
export function visitorMessage(
  current: ConversationControl,
  text: string,
  context: DecisionContext,
): Outcome {
  const reopened: EntryBody[] = current.state === 'resolved' ? [{ kind: 'reopened' }] : [];
  const entries: EntryBody[] = [...reopened, { kind: 'visitor_message', text }];
  const isWithBot = current.state === 'bot' || current.state === 'resolved';
  if (!isWithBot) return { entries, owner: sameOwner(current), control: { isRatingOpen: false } };

  const { rules } = context;
  const question = rememberedQuestion(text);
  const handOffRemembering = (trigger: HandoffTrigger, reason: string): Outcome => {
    const handed = handOff(entries, trigger, reason, context);
    return { ...handed, control: { ...handed.control, lastQuestion: question } };
  };
  if (asksForPerson(text) || findPhrase(text, rules.requestPhrases)) {
    return handOffRemembering('visitor_phrase', `The visitor asked for a person: “${excerpt(text)}”`);
  }
  for (const topic of rules.topics) {
    const phrase = findPhrase(text, topic.phrases);
    if (phrase !== null) {
      return handOffRemembering(
        'keyword',
        `The visitor mentioned “${phrase}” (${topic.name}), which always goes to a person.`,
      );
    }
  }
  const isRepeat = question !== '' && question === current.lastQuestion;
  const isFrustrated = isRepeat || findPhrase(text, rules.frustrationPhrases) !== null;
  const signals = current.frustrationSignals + (isFrustrated ? 1 : 0);
  if (signals >= rules.frustrationSignals) {
    return handOffRemembering(
      'frustration',
      isRepeat
        ? `The visitor asked the same question again: “${excerpt(text)}”`
        : `The visitor seems frustrated: “${excerpt(text)}”`,
    );
  }
  return {
    entries,
    owner: { state: 'bot', agent: null },
    control: { lastQuestion: question, frustrationSignals: signals, isRatingOpen: false },
    asksBot: true,
  };
}

/** The visitor pressed "Talk to a person". */
export function requestHandoff(current: ConversationControl, context: DecisionContext): Outcome | Refusal {
  const reason = 'The visitor pressed “Talk to a person”.';
  switch (current.state) {
    case 'waiting':
      return refusal('already_waiting', 'You are already waiting for a person.');
    case 'agent':
      return refusal('already_with_agent', 'You are already talking with a person.');
    case 'bot':
      return handOff([], 'visitor_button', reason, context);
    case 'resolved':
      return handOff([{ kind: 'reopened' }], 'visitor_button', reason, context);
  }
}

/**
 * The bot answered. Dropped unless the bot still owns the conversation at the version the answer was
 * computed for. A miss, or an answer less sure than the site accepts, counts towards the site's limit of
 * misses in a row; reaching it hands the visitor to a person, as does the bot asking for one.
 */
export function botReply(
  current: ConversationControl,
  { reply, computedAtVersion }: Extract<Command, { type: 'bot_reply' }>,
  context: DecisionContext,
): Outcome | Refusal {
  if (current.state !== 'bot' || current.ownerVersion > computedAtVersion) {
    return refusal('not_owner', 'The assistant no longer owns this conversation; its reply is dropped.');
  }
  const { rules } = context;
  const isUnsure = reply.confidence !== undefined && reply.confidence < rules.minConfidence;
  const isMiss = reply.isMiss || isUnsure;
  const said = botMessages(reply, isMiss);
  if (reply.handoff) return handOff(said, 'bot_request', reply.handoff.reason, context);
  if (said.length === 0) return refusal('invalid_payload', 'The assistant’s reply says nothing.');
  const botMissStreak = isMiss ? current.botMissStreak + 1 : 0;
  if (botMissStreak >= rules.botMissesInARow) {
    return reply.isMiss
      ? handOff(said, 'bot_misses', `The assistant found no good answer ${inARow(botMissStreak)}.`, context)
      : handOff(
          said,
          'low_confidence',
          `The assistant was unsure of its answers ${inARow(botMissStreak)} (confidence ${reply.confidence?.toFixed(2)}).`,
          context,
        );
  }
  return { entries: said, owner: sameOwner(current), control: { botMissStreak } };
}

/**
 * One bot message entry per message of the reply. Each carries the turn's miss and confidence; the last
 * carries the quick replies, which are offered after everything the bot said.
 */
function botMessages(reply: BotAnswer, isMiss: boolean): EntryBody[] {
  const { quickReplies = [], confidence } = reply;
  return reply.messages.map((message, index) => ({
    kind: 'bot_message',
    text: message.text,
    sources: message.sources,
    isMiss,
    ...(confidence === undefined ? {} : { confidence }),
    ...(index === reply.messages.length - 1 && quickReplies.length > 0 ? { quickReplies } : {}),
  }));
}

/**
 * Hands the visitor to a person if one can take them: the conversation waits in the queue. If nobody can
 * (closed, or nobody online), no promise is made: the entry says so, the assistant keeps the conversation,
 * and the visitor is offered to leave a message. Either way the trigger and reason are recorded.
 */
export function handOff(
  before: EntryBody[],
  trigger: HandoffTrigger,
  reason: string,
  { availability }: DecisionContext,
): Outcome {
  if (!availability.isAvailable) {
    const { why, opensAt } = availability;
    return {
      entries: [...before, { kind: 'handoff_unavailable', trigger, reason, why, opensAt }],
      owner: { state: 'bot', agent: null },
      control: { botMissStreak: 0, frustrationSignals: 0, isRatingOpen: false },
    };
  }
  return {
    entries: [...before, { kind: 'handoff_requested', trigger, reason }],
    owner: { state: 'waiting', agent: null },
    control: { handoff: { trigger, reason }, isRatingOpen: false },
  };
}

function inARow(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice in a row' : `${count} times in a row`;
}
