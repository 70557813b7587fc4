import type { Command } from './command.js';
import type { ConversationControl } from './conversation-control.js';
import { refusal, type Outcome, type Refusal } from './outcome.js';

/**
 * The decisions the relay takes itself when a stored deadline passes. Each command names the state its
 * deadline was found in, so a sweep that read an older state is refused and each deadline acts once.
 */

/**
 * The agent's consoles stayed disconnected past the grace period: the visitor goes back to the front of the
 * queue, not to the bot, because they asked for a person and were being helped by one.
 */
export function releaseAgent(
  current: ConversationControl,
  { agent, ownerVersion }: Extract<Command, { type: 'release_agent' }>,
): Outcome | Refusal {
  if (current.state !== 'agent' || current.agent?.id !== agent.id || current.ownerVersion !== ownerVersion) {
    return refusal('invalid_transition', 'The agent no longer owns this conversation.');
  }
  return {
    entries: [{ kind: 'agent_left', agent, reason: 'disconnected' }],
    owner: { state: 'waiting', agent: null },
    control: { isRequeued: true },
  };
}

/** Nobody took the waiting conversation in time: the assistant takes it back and keeps helping. */
export function timeOutWait(
  current: ConversationControl,
  waitingSince: number,
  now: number,
): Outcome | Refusal {
  if (current.state !== 'waiting' || current.waitingSince !== waitingSince) {
    return refusal('invalid_transition', 'The conversation is no longer waiting since that time.');
  }
  return {
    entries: [{ kind: 'wait_timed_out', waitedMs: now - waitingSince }],
    owner: { state: 'bot', agent: null },
  };
}

/**
 * Nobody accepted the wait by the site's escalation time: agents are asked again (`reoffered`), then the
 * visitor is offered to leave a message (`message_offered`). Each stage happens once per wait, in order.
 */
export function escalateWait(
  current: ConversationControl,
  { waitingSince, stage }: Extract<Command, { type: 'escalate_wait' }>,
  now: number,
): Outcome | Refusal {
  if (current.state !== 'waiting' || current.waitingSince !== waitingSince) {
    return refusal('invalid_transition', 'The conversation is no longer waiting since that time.');
  }
  const isDue =
    stage === 'reoffered' ? current.escalation === null : current.escalation !== 'message_offered';
  if (!isDue) return refusal('invalid_transition', 'The wait is already escalated that far.');
  return {
    entries: [{ kind: 'wait_escalated', stage, waitedMs: now - waitingSince }],
    owner: { state: 'waiting', agent: null },
    control: { escalation: stage },
  };
}

/** Nothing happened for a long time: the conversation is closed, and a new visitor message reopens it. */
export function closeIdle(
  current: ConversationControl,
  { version, idleSince }: Extract<Command, { type: 'close_idle' }>,
  now: number,
): Outcome | Refusal {
  if (current.state === 'resolved') return refusal('conversation_resolved', 'This conversation is resolved.');
  if (current.version !== version) {
    return refusal('invalid_transition', 'The conversation has been active since it was found idle.');
  }
  return {
    entries: [{ kind: 'idle_closed', idleMs: now - idleSince }],
    owner: { state: 'resolved', agent: null },
  };
}
