import type {
  Entry,
  EntryBody,
  HandoffTrigger,
  QuickReply,
  UnavailableReason,
} from '../../protocol/entries.js';

/**
 * The entries the timeline shows in their own way rather than as a system line: what was said, what the
 * visitor left or rated, agents' notes, and `internal` (the visitor's stand-in for a note, never sent to agents).
 */
type OwnEntryKind =
  | 'visitor_message'
  | 'bot_message'
  | 'agent_message'
  | 'message_left'
  | 'note_added'
  | 'rated'
  | 'internal';

/** The entries that record a change of who answers, rather than something said. */
export type SystemEntryBody = Exclude<EntryBody, { kind: OwnEntryKind }>;

const OWN_ENTRY_KINDS: ReadonlySet<string> = new Set<OwnEntryKind>([
  'visitor_message',
  'bot_message',
  'agent_message',
  'message_left',
  'note_added',
  'rated',
  'internal',
]);

/** A system entry as the timeline shows it: one line, and an optional detail sentence (the handoff's reason). */
export interface SystemLine {
  text: string;
  /** A sentence under the line, such as "Reason: wants a refund."; null for none. */
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
  low_confidence: 'the assistant was unsure of its answers several times in a row',
  keyword: 'the visitor raised a topic that always goes to a person',
  frustration: 'the visitor seemed frustrated with the assistant',
};

const UNAVAILABLE: Record<UnavailableReason, string> = {
  closed: 'outside business hours',
  no_agents: 'no agent online',
};

/** Why a conversation went to a person, as a phrase: "visitor pressed Talk to a person". */
export function describeHandoffTrigger(trigger: HandoffTrigger): string {
  return HANDOFF_TRIGGERS[trigger];
}

/** True for the entries {@link describeSystemEntry} describes. */
export function isSystemEntry(entry: Entry): entry is Entry & SystemEntryBody {
  return !OWN_ENTRY_KINDS.has(entry.kind);
}

/** Describes a system entry; `myId` turns the signed-in agent's own name into "You". */
export function describeSystemEntry(entry: SystemEntryBody, myId: string | null = null): SystemLine {
  switch (entry.kind) {
    case 'handoff_requested':
      return {
        text: `Handoff requested: ${describeHandoffTrigger(entry.trigger)}`,
        detail: `Reason: ${entry.reason}`,
        isProminent: true,
      };
    case 'agent_joined': {
      const isMe = entry.agent.id === myId;
      const how =
        entry.isAssigned === true
          ? `${isMe ? 'were' : 'was'} assigned the conversation`
          : 'joined the conversation';
      const wait =
        entry.waitedMs === undefined ? '' : ` after the visitor waited ${duration(entry.waitedMs)}`;
      return line(`${nameOf(entry.agent, myId)} ${how}${wait}`);
    }
    case 'handoff_unavailable':
      return {
        text: `Nobody could take the conversation: ${UNAVAILABLE[entry.why]}`,
        detail: `Asked for because ${describeHandoffTrigger(entry.trigger)}. Reason: ${entry.reason} The visitor was offered to leave a message.`,
        isProminent: true,
      };
    case 'wait_escalated':
      return {
        text:
          entry.stage === 'reoffered'
            ? `Nobody accepted within ${duration(entry.waitedMs)}: offered to agents again`
            : `Nobody accepted within ${duration(entry.waitedMs)}: the visitor was offered to leave a message`,
        detail: null,
        isProminent: true,
      };
    case 'transferred':
      return {
        text: `${nameOf(entry.from, myId)} transferred the conversation to ${entry.to.id === myId ? 'you' : entry.to.name}`,
        detail: entry.note === null ? null : `Note: ${entry.note}`,
        isProminent: entry.to.id === myId,
      };
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
