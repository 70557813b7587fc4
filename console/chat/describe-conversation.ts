import type { ConversationSummary } from '../../protocol/conversation.js';

/** The conversation's name in lists and headings: the visitor's page title, else its address. */
export function conversationTitle(conversation: ConversationSummary): string {
  const { pageTitle, pageUrl } = conversation.visitor;
  if (pageTitle !== null && pageTitle.trim() !== '') return pageTitle.trim();
  if (pageUrl !== null && pageUrl.trim() !== '') return pageUrl.trim();
  return 'Unknown page';
}

/**
 * Who answers, for the signed-in agent with id `myId`: "Bot answering", "Waiting for an agent", "With you",
 * "Taken by Alice" or "Resolved".
 */
export function describeOwner(conversation: ConversationSummary, myId: string | null): string {
  switch (conversation.state) {
    case 'bot':
      return 'Bot answering';
    case 'waiting':
      return 'Waiting for an agent';
    case 'resolved':
      return 'Resolved';
    case 'agent':
      if (conversation.agent === null) return 'With an agent';
      return conversation.agent.id === myId ? 'With you' : `Taken by ${conversation.agent.name}`;
  }
}

/** The commands the signed-in agent may give for a conversation in its current state. */
export interface ConversationRights {
  canClaim: boolean;
  canHandBack: boolean;
  canResolve: boolean;
  canReply: boolean;
}

/** What `myId` may do: take over from the bot or the queue; hand back, resolve and reply when theirs. */
export function conversationRights(
  conversation: ConversationSummary,
  myId: string | null,
): ConversationRights {
  const isMine =
    conversation.state === 'agent' && conversation.agent !== null && conversation.agent.id === myId;
  const isOpenToAll = conversation.state === 'bot' || conversation.state === 'waiting';
  return {
    canClaim: isOpenToAll,
    canHandBack: isMine,
    canResolve: isMine || isOpenToAll,
    canReply: isMine,
  };
}
