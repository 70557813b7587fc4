import { io, type Socket } from 'socket.io-client';
import type {
  AGENT_NAMESPACE,
  AgentClientEvents,
  AgentHandshake,
  AgentServerEvents,
} from '../../protocol/agent-events.js';
import { PROTOCOL_VERSION } from '../../protocol/version.js';
import type { AgentLink, AgentLinkEvents, CommandAck, CommandName, CommandPayload } from '../chat/ports.js';

const NAMESPACE: typeof AGENT_NAMESPACE = '/agent';

/** How long a command waits for its acknowledgement before it counts as unsent. */
const ACK_TIMEOUT_MS = 10_000;

type AgentSocket = Socket<AgentServerEvents, AgentClientEvents>;

/**
 * Opens the Socket.IO connection to the relay's `/agent` namespace on this origin, authenticated by the
 * session cookie. Socket.IO reconnects by itself after a drop; a refusal by the relay's middleware is final.
 */
export function createAgentLink(events: AgentLinkEvents): AgentLink {
  const auth: AgentHandshake = { protocolVersion: PROTOCOL_VERSION };
  const socket: AgentSocket = io(NAMESPACE, { withCredentials: true, auth, autoConnect: false });

  socket.on('connect', () => events.connected());
  socket.on('disconnect', () => {
    if (socket.active) events.disconnected(true);
    else events.refused('Switchboard closed the connection.');
  });
  socket.on('connect_error', (error) => {
    if (socket.active) events.disconnected(true);
    else events.refused(error.message);
  });
  socket.on('entry:added', (entry) => events.entryAdded(entry));
  socket.on('conversation:changed', (conversation) => events.conversationChanged(conversation));
  socket.on('team:changed', (team) => events.teamChanged(team));
  socket.on('typing:changed', (typing) => events.typingChanged(typing));

  function send<Name extends CommandName>(
    name: Name,
    payload: CommandPayload<Name>,
  ): Promise<CommandAck<Name>> {
    // Socket.IO would buffer the command and send it on reconnect; the outbox resends instead, with the
    // same client id, so a command is refused at once while offline.
    if (!socket.connected) return Promise.reject(new Error('Not connected.'));
    // Socket.IO's event-map types resolve per literal event name, not for a generic one; this is the
    // same signature, spelled for any command name.
    const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
      emitWithAck(name: Name, payload: CommandPayload<Name>): Promise<CommandAck<Name>>;
    };
    return timed.emitWithAck(name, payload);
  }

  return {
    connect: () => {
      socket.connect();
    },
    close: () => {
      socket.off();
      socket.disconnect();
    },
    send,
  };
}
