import { io, type Socket } from 'socket.io-client';
import type {
  AGENT_NAMESPACE,
  AgentAppended,
  AgentAppendingCommand,
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
 * Every appending command, as the compiler checks: the relay sends their entries to this console in the
 * acknowledgement only (as `entry:added` to the other consoles that have the conversation open).
 */
const APPENDS_ENTRIES: Record<AgentAppendingCommand, true> = {
  'conversation:claim': true,
  'message:send': true,
  'conversation:hand-back': true,
  'conversation:resolve': true,
  'conversation:transfer': true,
  'note:add': true,
};

function isAppending(name: CommandName): name is AgentAppendingCommand {
  return Object.hasOwn(APPENDS_ENTRIES, name);
}

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
  socket.on('conversations:changed', (conversations) => events.conversationsChanged(conversations));
  socket.on('team:changed', (team) => events.teamChanged(team));
  socket.on('typing:changed', (typing) => events.typingChanged(typing));

  async function send<Name extends CommandName>(
    name: Name,
    payload: CommandPayload<Name>,
  ): Promise<CommandAck<Name>> {
    // Socket.IO would buffer the command and send it on reconnect; the outbox resends instead, with the
    // same client id, so a command is refused at once while offline.
    if (!socket.connected) throw new Error('Not connected.');
    // Socket.IO's event-map types resolve per literal event name, not for a generic one; this is the
    // same signature, spelled for any command name.
    const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
      emitWithAck(name: Name, payload: CommandPayload<Name>): Promise<CommandAck<Name>>;
    };
    const ack = await timed.emitWithAck(name, payload);
    // Taken as if fanned out, before the caller sees the acknowledgement: the entries are held by then.
    if (ack.ok && isAppending(name)) {
      for (const entry of (ack as AgentAppended).entries) events.entryAdded(entry);
    }
    return ack;
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
