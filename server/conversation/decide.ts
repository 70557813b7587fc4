import type { ProtocolError } from '../../protocol/errors.js';
import type { EntryBody } from '../../protocol/entries.js';
import { addNote, agentMessage, assign, claim, handBack, resolve, transfer } from './agent-decisions.js';
import type { Command } from './command.js';
import type { ConversationControl } from './conversation-control.js';
import { closeIdle, escalateWait, releaseAgent, timeOutWait } from './deadline-decisions.js';
import { botReply, requestHandoff, visitorMessage } from './handoff-decisions.js';
import type { DecisionContext, Outcome, Refusal } from './outcome.js';
import { leaveMessage, rate } from './visitor-decisions.js';

export type { DecisionContext } from './outcome.js';

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

/**
 * The conversation state machine: what `command` does to a conversation whose control is `current`. Pure:
 * time, the site's rules and the team's availability come in `context`. The caller commits the result by
 * compare-and-set on `current.version` and decides again on conflict, so every decision is made on the
 * latest state and two racing claims cannot both succeed.
 */
export function decide(current: ConversationControl, command: Command, context: DecisionContext): Decision {
  const outcome = rule(current, command, context);
  return 'error' in outcome ? { ok: false, error: outcome.error } : settle(current, outcome, context.now);
}

function rule(current: ConversationControl, command: Command, context: DecisionContext): Outcome | Refusal {
  const { now } = context;
  switch (command.type) {
    case 'visitor_message':
      return visitorMessage(current, command.text, context);
    case 'request_handoff':
      return requestHandoff(current, context);
    case 'bot_reply':
      return botReply(current, command, context);
    case 'claim':
      return claim(current, command.agent, now);
    case 'assign':
      return assign(current, command, now);
    case 'agent_message':
      return agentMessage(current, command.agent, command.text);
    case 'transfer':
      return transfer(current, command);
    case 'add_note':
      return addNote(current, command.agent, command.text);
    case 'hand_back':
      return handBack(current, command.agent);
    case 'resolve':
      return resolve(current, command.agent);
    case 'leave_message':
      return leaveMessage(current, command.email, command.text);
    case 'rate':
      return rate(current, command.score, command.comment);
    case 'release_agent':
      return releaseAgent(current, command);
    case 'time_out_wait':
      return timeOutWait(current, command.waitingSince, now);
    case 'escalate_wait':
      return escalateWait(current, command, now);
    case 'close_idle':
      return closeIdle(current, command, now);
  }
}

/**
 * Derives the bookkeeping that follows from the outcome. When the owner changes, `ownerVersion` becomes the
 * version this commit will get, so a bot reply computed earlier is recognised as stale; the bot's miss
 * streak and the frustration signals start again; and the wait clock, its escalation and its place at the
 * front of the queue start or stop. A field the outcome sets itself wins.
 */
function settle(current: ConversationControl, outcome: Outcome, now: number): Decision {
  const { state, agent } = outcome.owner;
  const set = outcome.control ?? {};
  const isNewOwner = state !== current.state || agent?.id !== current.agent?.id;
  const isWaiting = state === 'waiting';
  const isStillWaiting = isWaiting && !isNewOwner;
  const carried = <Key extends keyof NextControl>(key: Key, fresh: NextControl[Key]): NextControl[Key] =>
    key in set ? (set as NextControl)[key] : isNewOwner ? fresh : current[key];
  return {
    ok: true,
    entries: outcome.entries,
    asksBot: outcome.asksBot ?? false,
    control: {
      state,
      agent,
      ownerVersion: isNewOwner ? current.version + 1 : current.ownerVersion,
      botMissStreak: carried('botMissStreak', 0),
      frustrationSignals: carried('frustrationSignals', 0),
      lastQuestion: carried('lastQuestion', null),
      waitingSince: !isWaiting ? null : isStillWaiting ? current.waitingSince : now,
      escalation: isWaiting ? carried('escalation', null) : null,
      isRequeued: isWaiting ? carried('isRequeued', false) : false,
      handoff: set.handoff ?? current.handoff,
      isRatingOpen: set.isRatingOpen ?? current.isRatingOpen,
    },
  };
}
