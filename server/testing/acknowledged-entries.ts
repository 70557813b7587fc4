import type { Entry } from '../../protocol/entries.js';
import type { Ack } from '../../protocol/errors.js';
import type { AgentAppended } from '../../protocol/agent-events.js';
import type { VisitorAppended } from '../../protocol/visitor-events.js';

type AnyEmit = (event: string, ...args: unknown[]) => unknown;

/**
 * Hands `take` the entries a visitor's or a console's own commands appended, as the widget and the console
 * hold them: the relay sends those in the command's acknowledgement, not as `entry:added` to the socket that
 * sent it. Of either side's acknowledgements, only those commands' have both a seq and entries (a console's
 * `conversation:open` has entries and no seq). They are taken in the acknowledgement's own callback, which
 * this wraps on the way out through `emit` (as `emitWithAck` sends too), so they are held before a packet
 * that arrived after them is handled.
 */
export function onAcknowledgedEntries(socket: { emit: unknown }, take: (entries: Entry[]) => void): void {
  const target = socket as { emit: AnyEmit };
  const emit = target.emit.bind(socket);
  target.emit = (event, ...args) => {
    const respond = args.at(-1);
    if (typeof respond === 'function') {
      const takeEntries = (...results: unknown[]) => {
        const ack = results.at(-1) as Ack<Partial<VisitorAppended | AgentAppended>> | undefined;
        if (ack?.ok && ack.seq !== undefined && ack.entries) take(ack.entries);
        respond(...results);
      };
      // Keeps what Socket.IO set on the callback (`emitWithAck` marks it as taking an error first).
      args[args.length - 1] = Object.assign(takeEntries, respond);
    }
    return emit(event, ...args);
  };
}
