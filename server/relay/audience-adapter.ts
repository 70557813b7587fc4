import { Adapter, type BroadcastOptions, type SocketId } from 'socket.io-adapter';

/**
 * Socket.IO's in-memory adapter, except that a broadcast that would reach no socket is not made. The
 * in-memory adapter encodes a broadcast's packet before it looks for the room's sockets, so a packet for an
 * empty room costs its encoding all the same. On every chat message the relay broadcasts to rooms that are
 * empty more often than not: the visitor's other tabs (most visitors have one), the consoles that have the
 * conversation open, and the inbox when no console is open.
 *
 * Only for a relay that is one process, whose rooms' members are all here; behind a cluster adapter another
 * process may hold some, and every broadcast must be made.
 */
export class AudienceAwareAdapter extends Adapter {
  override broadcast(packet: unknown, options: BroadcastOptions): void {
    if (this.#reachesAnySocket(options)) super.broadcast(packet, options);
  }

  override broadcastWithAck(
    packet: unknown,
    options: BroadcastOptions,
    clientCountCallback: (clientCount: number) => void,
    ack: (...args: unknown[]) => void,
  ): void {
    if (this.#reachesAnySocket(options)) super.broadcastWithAck(packet, options, clientCountCallback, ack);
    else clientCountCallback(0);
  }

  /**
   * Whether some connected socket is in one of the rooms (any socket, when none are named) and not left out.
   * Loops rather than array helpers: this runs on every broadcast, and a whole-namespace one may look at
   * every socket.
   */
  #reachesAnySocket({ rooms, except }: BroadcastOptions): boolean {
    if (rooms.size === 0) return this.#reachesAnyOf(this.sids.keys(), except);
    for (const room of rooms) {
      if (this.#reachesAnyOf(this.rooms.get(room) ?? [], except)) return true;
    }
    return false;
  }

  #reachesAnyOf(socketIds: Iterable<SocketId>, except: BroadcastOptions['except']): boolean {
    for (const socketId of socketIds) {
      if (this.nsp.sockets.has(socketId) && !this.#isLeftOut(socketId, except)) return true;
    }
    return false;
  }

  #isLeftOut(socketId: SocketId, except: BroadcastOptions['except']): boolean {
    for (const room of except ?? []) if (this.rooms.get(room)?.has(socketId) === true) return true;
    return false;
  }
}
