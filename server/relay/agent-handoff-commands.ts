import type { Socket } from 'socket.io';
import type { AgentAppended, AgentClientEvents, AgentServerEvents } from '../../protocol/agent-events.js';
import type { AgentRef } from '../../protocol/entries.js';
import type { Ack } from '../../protocol/errors.js';
import type { agentCommandSchemas } from '../../protocol/schemas.js';
import type { Command } from '../conversation/command.js';
import type { Store } from '../store/store.js';
import type { AgentSocketData } from './agent-namespace.js';
import type { CommandRegistrar } from './command-handler.js';
import { NODE_TIMEOUT_MS } from './deadline-sweeper.js';

export interface HandoffCommandsOptions {
  store: Store;
  now: () => number;
  /** The agent of the socket. */
  me: AgentRef;
  /** Runs a command on a conversation and acknowledges where its entries landed, with them. */
  run: (conversationId: string, command: Command, clientId?: string | null) => Promise<Ack<AgentAppended>>;
  /** Registers one of the socket's commands. */
  on: CommandRegistrar<typeof agentCommandSchemas>;
  /** Told when the agent sets their status. */
  onPresenceChanged: () => void;
  /** Tells the visitor (all their tabs) whether the agent answering them is typing. */
  onTyping: (visitorId: string, typing: { isTyping: boolean; agent: AgentRef }) => void;
}

/**
 * The console's commands of the handoff workflow: transfer to a teammate who is connected and `online`,
 * private notes, typing (the owner's only, relayed and never stored) and the agent's status (stored, so it
 * survives reconnects, and told to the team at once).
 */
export function attachHandoffCommands(
  socket: Socket<AgentClientEvents, AgentServerEvents, object, AgentSocketData>,
  options: HandoffCommandsOptions,
): void {
  const { store, now, me, run, on, onPresenceChanged, onTyping } = options;
  const { id } = me;
  on('conversation:transfer', async ({ conversationId, toAgentId, note }): Promise<Ack<AgentAppended>> => {
    const team = await store.listAgentPresence(now() - NODE_TIMEOUT_MS);
    const to = team.find((agent) => agent.id === toAgentId);
    if (!to?.isOnline || to.status !== 'online') {
      return {
        ok: false,
        error: { code: 'agent_unavailable', message: 'That agent is not online to take it.' },
      };
    }
    return run(conversationId, { type: 'transfer', from: me, to: { id: to.id, name: to.name }, note });
  });
  on('note:add', ({ conversationId, clientId, text }) =>
    run(conversationId, { type: 'add_note', agent: me, text }, clientId),
  );
  on('typing:set', async ({ conversationId, isTyping }): Promise<Ack> => {
    const conversation = await store.findConversation(conversationId);
    if (!conversation)
      return { ok: false, error: { code: 'conversation_not_found', message: 'No such conversation.' } };
    if (conversation.state !== 'agent' || conversation.agent?.id !== id) {
      return {
        ok: false,
        error: { code: 'not_owner', message: 'Only the agent answering may be typing.' },
      };
    }
    onTyping(conversation.visitorId, { isTyping, agent: me });
    return { ok: true };
  });
  on('agent:set-status', async ({ status }): Promise<Ack> => {
    await store.setAgentStatus(id, status);
    onPresenceChanged();
    return { ok: true };
  });
}
