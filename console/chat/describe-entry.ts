import type { Entry, EntryBody, HandoffTrigger, QuickReply } from '../../protocol/entries.js';

/** The entries that record a change of who answers, rather than something said. */
export type SystemEntryBody = Exclude<
  EntryBody,
  { kind: 'visitor_message' | 'bot_message' | 'agent_message' }
>;

/** A system entry as the timeline shows it: one line, and an optional detail (the handoff's reason). */
export interface SystemLine {
  text: string;
  detail: string | null;
  /** True for lines an agent must not miss: why the visitor asked for a person. */
  isProminent: boolean;
}

const HANDOFF_TRIGGERS: Record<HandoffTrigger, string> = {
  visitor_button: 'visitor pressed Talk to a person',
  visitor_phrase: 'visitor asked for a person',
  bot_misses: 'the assistant found no answer twice in a row',
  bot_request: 'the assistant asked for a person',
  agent_takeover: 'an agent took over from the assistant',
};

/** Why a conversation went to a person, as a phrase: "visitor pressed Talk to a person". */
export function describeHandoffTrigger(trigger: HandoffTrigger): string {
  return HANDOFF_TRIGGERS[trigger];
}

/** True for the entries {@link describeSystemEntry} describes. */
export function isSystemEntry(entry: Entry): entry is Entry & SystemEntryBody {
  return entry.kind !== 'visitor_message' && entry.kind !== 'bot_message' && entry.kind !== 'agent_message';
}

/** Describes a system entry; `myId` turns the signed-in agent's own name into "You". */
export function describeSystemEntry(entry: SystemEntryBody, myId: string | null = null): SystemLine {
  switch (entry.kind) {
    case 'handoff_requested':
      return {
        text: `Handoff requested: ${describeHandoffTrigger(entry.trigger)}`,
        detail: entry.reason,
        isProminent: true,
      };
    case 'agent_joined':
      return line(`${nameOf(entry.agent, myId)} joined the conversation`);
    case 'handed_back':
      return line(`${nameOf(entry.agent, myId)} handed the conversation back to the assistant`);
    case 'resolved':
      return line(`${nameOf(entry.agent, myId)} resolved the conversation`);
    case 'reopened':
      return line('The visitor wrote again: the conversation reopened with the assistant');
    case 'agent_left':
      return {
        text: `${nameOf(entry.agent, myId)} left: disconnected past the grace period`,
        detail: 'The conversation went back to the waiting queue.',
        isProminent: true,
      };
    case 'wait_timed_out':
      return line(
        `Nobody took the conversation within ${duration(entry.waitedMs)}: it went back to the assistant`,
      );
    case 'idle_closed':
      return line(`Closed after ${duration(entry.idleMs)} without activity`);
  }
}

function line(text: string): SystemLine {
  return { text, detail: null, isProminent: false };
}

/** A duration as people say it: whole seconds under a minute, whole minutes above. */
function duration(ms: number): string {
  if (ms < 60_000) {
    const seconds = Math.max(1, Math.round(ms / 1000));
    return seconds === 1 ? '1 second' : `${seconds} seconds`;
  }
  const count = Math.round(ms / 60_000);
  return count === 1 ? '1 minute' : `${count} minutes`;
}

function nameOf(agent: { id: string; name: string }, myId: string | null): string {
  return agent.id === myId ? 'You' : agent.name;
}

/** The quick replies a bot message offered the visitor, as one line: "Offered: Yes · No"; null for none. */
export function describeQuickReplies(quickReplies: readonly QuickReply[] = []): string | null {
  return quickReplies.length === 0
    ? null
    : `Offered: ${quickReplies.map((reply) => reply.title).join(' · ')}`;
}
