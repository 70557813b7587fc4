import type { AgentRef, EntryBody } from '../../protocol/entries.js';
import type { Command } from './command.js';
import type { ConversationControl } from './conversation-control.js';
import { refusal, sameOwner, type Outcome, type Refusal } from './outcome.js';

/** What the assistant says when an agent hands the visitor back, so the visitor knows who answers now. */
export function backWithAssistantText(agent: AgentRef): string {
  return (
    `I’m back: ${agent.name} handed this conversation back to me, and I can see everything you discussed. ` +
    'Ask me anything else, or press “Talk to a person” to reach the team again.'
  );
}

/** An agent claims the conversation, from the queue or straight from the bot. Exactly one claim wins. */
export function claim(current: ConversationControl, agent: AgentRef, now: number): Outcome | Refusal {
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
      return {
        entries: [{ kind: 'agent_joined', agent, waitedMs: now - (current.waitingSince ?? now) }],
        owner: { state: 'agent', agent },
      };
    case 'bot': {
      const reason = `${agent.name} took over from the assistant.`;
      return {
        entries: [
          { kind: 'handoff_requested', trigger: 'agent_takeover', reason },
          { kind: 'agent_joined', agent },
        ],
        owner: { state: 'agent', agent },
        control: { handoff: { trigger: 'agent_takeover', reason } },
      };
    }
  }
}

/** Routing gives the waiting conversation to an agent; refused if the wait it was decided for is over. */
export function assign(
  current: ConversationControl,
  { agent, waitingSince }: Extract<Command, { type: 'assign' }>,
  now: number,
): Outcome | Refusal {
  if (current.state !== 'waiting' || current.waitingSince !== waitingSince) {
    return refusal('invalid_transition', 'The conversation is no longer waiting since that time.');
  }
  return {
    entries: [{ kind: 'agent_joined', agent, waitedMs: now - waitingSince, isAssigned: true }],
    owner: { state: 'agent', agent },
  };
}

export function agentMessage(current: ConversationControl, agent: AgentRef, text: string): Outcome | Refusal {
  return (
    refuseUnlessOwner(current, agent) ?? {
      entries: [{ kind: 'agent_message', text, agent }],
      owner: sameOwner(current),
    }
  );
}

/** The agent gives the visitor back to the assistant, which says so at once. */
export function handBack(current: ConversationControl, agent: AgentRef): Outcome | Refusal {
  const entries: EntryBody[] = [
    { kind: 'handed_back', agent },
    { kind: 'bot_message', text: backWithAssistantText(agent), sources: [], isMiss: false },
  ];
  return refuseUnlessOwner(current, agent) ?? { entries, owner: { state: 'bot', agent: null } };
}

/** Resolves the conversation, and opens it to the visitor's rating. */
export function resolve(current: ConversationControl, agent: AgentRef): Outcome | Refusal {
  if (current.state === 'resolved')
    return refusal('conversation_resolved', 'This conversation is already resolved.');
  if (current.state === 'agent' && current.agent?.id !== agent.id) {
    return refusal('not_owner', `${current.agent?.name ?? 'Another agent'} owns this conversation.`);
  }
  return {
    entries: [{ kind: 'resolved', agent }],
    owner: { state: 'resolved', agent: null },
    control: { isRatingOpen: true },
  };
}

/** The owner passes the conversation to another agent, who owns it at once; the note is for agents only. */
export function transfer(
  current: ConversationControl,
  { from, to, note }: Extract<Command, { type: 'transfer' }>,
): Outcome | Refusal {
  const notOwner = refuseUnlessOwner(current, from);
  if (notOwner) return notOwner;
  if (to.id === from.id) return refusal('invalid_transition', 'You already own this conversation.');
  return { entries: [{ kind: 'transferred', from, to, note }], owner: { state: 'agent', agent: to } };
}

/** Any agent may note something for the team, in any state; the owner does not change. */
export function addNote(current: ConversationControl, agent: AgentRef, text: string): Outcome {
  return { entries: [{ kind: 'note_added', agent, text }], owner: sameOwner(current) };
}

function refuseUnlessOwner(current: ConversationControl, agent: AgentRef): Refusal | null {
  if (current.state === 'resolved') return refusal('conversation_resolved', 'This conversation is resolved.');
  if (current.state !== 'agent' || current.agent?.id !== agent.id) {
    return refusal('not_owner', 'Take the conversation over before speaking in it or handing it on.');
  }
  return null;
}
