import type { ProtocolError } from '../../protocol/errors.js';
import type { AgentRef, EntryBody, HandoffTrigger } from '../../protocol/entries.js';
import type { BotAnswer, Command } from './command.js';
import type { ConversationControl } from './conversation-control.js';
import { asksForPerson } from './handoff-phrases.js';

/** Bot misses in a row after which the visitor is handed to a person. */
export const BOT_MISSES_BEFORE_HANDOFF = 2;
/**
 * The least confidence (0 to 1) a bot answer needs to count as an answer: one below it counts as a miss
 * towards {@link BOT_MISSES_BEFORE_HANDOFF}, so a bot unsure twice in a row hands the visitor to a person.
 * An answer without a confidence is judged by its `isMiss` alone.
 */
export const MIN_BOT_CONFIDENCE = 0.5;

/** The control fields a decision sets; the store bumps `version` when it commits them. */
export type NextControl = Omit<ConversationControl, 'version'>;

/** What a command does to a conversation: the entries to append and the control after them, or a refusal. */
export type Decision =
  | {
      ok: true;
      entries: EntryBody[];
      control: NextControl;
      /** True when the bot should answer the visitor message this decision appends. */
      asksBot: boolean;
    }
  | { ok: false; error: ProtocolError };

/** What a rule decides before the bookkeeping that follows from a change of owner. */
interface Outcome {
  entries: EntryBody[];
  owner: Pick<ConversationControl, 'state' | 'agent'>;
  botMissStreak?: number;
  handoff?: ConversationControl['handoff'];
  asksBot?: boolean;
}

/**
 * The conversation state machine: what `command` does to a conversation whose control is `current`, at time
 * `now` (ms since the Unix epoch). Pure: no I/O, no clock, no ids. The caller commits the result by
 * compare-and-set on `current.version` and decides again on conflict, so every decision is made on the
 * latest state and two racing claims cannot both succeed.
 */
export function decide(current: ConversationControl, command: Command, now: number): Decision {
  const outcome = rule(current, command, now);
  return 'error' in outcome ? { ok: false, error: outcome.error } : settle(current, outcome, now);
}

function rule(
  current: ConversationControl,
  command: Command,
  now: number,
): Outcome | { error: ProtocolError } {
  switch (command.type) {
    case 'visitor_message':
      return visitorMessage(current, command.text);
    case 'request_handoff':
      return requestHandoff(current);
    case 'bot_reply':
      return botReply(current, command);
    case 'claim':
      return claim(current, command.agent);
    case 'agent_message':
      return (
        refuseUnlessOwner(current, command.agent) ?? {
          entries: [{ kind: 'agent_message', text: command.text, agent: command.agent }],
          owner: current,
        }
      );
    case 'hand_back':
      return (
        refuseUnlessOwner(current, command.agent) ?? {
          entries: [{ kind: 'handed_back', agent: command.agent }],
          owner: { state: 'bot', agent: null },
        }
      );
    case 'resolve':
      return resolve(current, command.agent);
    case 'release_agent':
      return releaseAgent(current, command);
    case 'time_out_wait':
      return timeOutWait(current, command.waitingSince, now);
    case 'close_idle':
      return closeIdle(current, command, now);
  }
}

function visitorMessage(current: ConversationControl, text: string): Outcome {
  const reopened: EntryBody[] = current.state === 'resolved' ? [{ kind: 'reopened' }] : [];
  const entries: EntryBody[] = [...reopened, { kind: 'visitor_message', text }];
  const isWithBot = current.state === 'bot' || current.state === 'resolved';
  if (isWithBot && asksForPerson(text)) {
    return handOff(entries, 'visitor_phrase', `The visitor asked for a person: “${excerpt(text)}”`);
  }
  return { entries, owner: isWithBot ? { state: 'bot', agent: null } : current, asksBot: isWithBot };
}

function requestHandoff(current: ConversationControl): Outcome | { error: ProtocolError } {
  switch (current.state) {
    case 'waiting':
      return refusal('already_waiting', 'You are already waiting for a person.');
    case 'agent':
      return refusal('already_with_agent', 'You are already talking with a person.');
    case 'bot':
      return handOff([], 'visitor_button', 'The visitor pressed “Talk to a person”.');
    case 'resolved':
      return handOff([{ kind: 'reopened' }], 'visitor_button', 'The visitor pressed “Talk to a person”.');
  }
}

function botReply(
  current: ConversationControl,
  { reply, computedAtVersion }: Extract<Command, { type: 'bot_reply' }>,
): Outcome | { error: ProtocolError } {
  if (current.state !== 'bot' || current.ownerVersion > computedAtVersion) {
    return refusal('not_owner', 'The assistant no longer owns this conversation; its reply is dropped.');
  }
  const isMiss = reply.isMiss || (reply.confidence !== undefined && reply.confidence < MIN_BOT_CONFIDENCE);
  const said = botMessages(reply, isMiss);
  if (reply.handoff) return handOff(said, 'bot_request', reply.handoff.reason);
  if (said.length === 0) return refusal('invalid_payload', 'The assistant’s reply says nothing.');
  const botMissStreak = isMiss ? current.botMissStreak + 1 : 0;
  if (botMissStreak >= BOT_MISSES_BEFORE_HANDOFF) {
    return handOff(said, 'bot_misses', 'The assistant found no good answer twice in a row.');
  }
  return { entries: said, owner: current, botMissStreak };
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

function claim(current: ConversationControl, agent: AgentRef): Outcome | { error: ProtocolError } {
  switch (current.state) {
    case 'resolved':
      return refusal('conversation_resolved', 'This conversation is resolved.');
    case 'agent':
      return current.agent?.id === agent.id
        ? refusal('invalid_transition', 'You already own this conversation.')
        : refusal(
            'conversation_taken',
            `${current.agent?.name ?? 'Another agent'} has already taken this conversation.`,
          );
    case 'waiting':
      return { entries: [{ kind: 'agent_joined', agent }], owner: { state: 'agent', agent } };
    case 'bot': {
      const reason = `${agent.name} took over from the assistant.`;
      return {
        entries: [
          { kind: 'handoff_requested', trigger: 'agent_takeover', reason },
          { kind: 'agent_joined', agent },
        ],
        owner: { state: 'agent', agent },
        handoff: { trigger: 'agent_takeover', reason },
      };
    }
  }
}

function resolve(current: ConversationControl, agent: AgentRef): Outcome | { error: ProtocolError } {
  if (current.state === 'resolved')
    return refusal('conversation_resolved', 'This conversation is already resolved.');
  if (current.state === 'agent' && current.agent?.id !== agent.id) {
    return refusal('not_owner', `${current.agent?.name ?? 'Another agent'} owns this conversation.`);
  }
  return { entries: [{ kind: 'resolved', agent }], owner: { state: 'resolved', agent: null } };
}

/**
 * The agent's consoles stayed disconnected past the grace period: the visitor goes back to the queue, not to
 * the bot, because they asked for a person. Refused if the agent handed on or was replaced since the sweep.
 */
function releaseAgent(
  current: ConversationControl,
  { agent, ownerVersion }: Extract<Command, { type: 'release_agent' }>,
): Outcome | { error: ProtocolError } {
  if (current.state !== 'agent' || current.agent?.id !== agent.id || current.ownerVersion !== ownerVersion) {
    return refusal('invalid_transition', 'The agent no longer owns this conversation.');
  }
  return {
    entries: [{ kind: 'agent_left', agent, reason: 'disconnected' }],
    owner: { state: 'waiting', agent: null },
  };
}

/** Nobody took the waiting conversation in time: the assistant takes it back and keeps helping. */
function timeOutWait(
  current: ConversationControl,
  waitingSince: number,
  now: number,
): Outcome | { error: ProtocolError } {
  if (current.state !== 'waiting' || current.waitingSince !== waitingSince) {
    return refusal('invalid_transition', 'The conversation is no longer waiting since that time.');
  }
  return {
    entries: [{ kind: 'wait_timed_out', waitedMs: now - waitingSince }],
    owner: { state: 'bot', agent: null },
  };
}

/** Nothing happened for a long time: the conversation is closed, and a new visitor message reopens it. */
function closeIdle(
  current: ConversationControl,
  { version, idleSince }: Extract<Command, { type: 'close_idle' }>,
  now: number,
): Outcome | { error: ProtocolError } {
  if (current.state === 'resolved') return refusal('conversation_resolved', 'This conversation is resolved.');
  if (current.version !== version) {
    return refusal('invalid_transition', 'The conversation has been active since it was found idle.');
  }
  return {
    entries: [{ kind: 'idle_closed', idleMs: now - idleSince }],
    owner: { state: 'resolved', agent: null },
  };
}

function refuseUnlessOwner(current: ConversationControl, agent: AgentRef): { error: ProtocolError } | null {
  if (current.state === 'resolved') return refusal('conversation_resolved', 'This conversation is resolved.');
  if (current.state !== 'agent' || current.agent?.id !== agent.id) {
    return refusal('not_owner', 'Take the conversation over before speaking in it or handing it on.');
  }
  return null;
}

function handOff(before: EntryBody[], trigger: HandoffTrigger, reason: string): Outcome {
  return {
    entries: [...before, { kind: 'handoff_requested', trigger, reason }],
    owner: { state: 'waiting', agent: null },
    handoff: { trigger, reason },
  };
}

/**
 * Derives the bookkeeping that follows from the outcome. When the owner changes, `ownerVersion` becomes the
 * version this commit will get, so a bot reply computed earlier is recognised as stale; the bot's miss
 * streak starts again; and the wait clock starts or stops.
 */
function settle(current: ConversationControl, outcome: Outcome, now: number): Decision {
  const { state, agent } = outcome.owner;
  const isNewOwner = state !== current.state || agent?.id !== current.agent?.id;
  const isStillWaiting = state === 'waiting' && !isNewOwner;
  return {
    ok: true,
    entries: outcome.entries,
    asksBot: outcome.asksBot ?? false,
    control: {
      state,
      agent,
      ownerVersion: isNewOwner ? current.version + 1 : current.ownerVersion,
      botMissStreak: isNewOwner ? 0 : (outcome.botMissStreak ?? current.botMissStreak),
      waitingSince: state !== 'waiting' ? null : isStillWaiting ? current.waitingSince : now,
      handoff: outcome.handoff ?? current.handoff,
    },
  };
}

function refusal(code: ProtocolError['code'], message: string): { error: ProtocolError } {
  return { error: { code, message } };
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 119)}…` : oneLine;
}
