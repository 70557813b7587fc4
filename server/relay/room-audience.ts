import type { Namespace } from 'socket.io';

/** Whether a broadcast to `room`, less the socket `except` if given, could reach any socket. */
export type HasAudience = (room: string, except?: string | null) => boolean;

/**
 * Tells whether a broadcast is worth making. Socket.IO encodes a broadcast's packet before it looks at the
 * room, so a packet for an empty room costs its encoding all the same; on every chat message there are two
 * such rooms more often than not: the visitor's other tabs (most visitors have one) and the inbox (when no
 * console is open). The room's members in this process are all its members only when this process is the
 * whole relay (Socket.IO's in-memory adapter); behind a cluster adapter another process may hold some, and
 * every broadcast is made.
 */
export function createAudienceCheck(
  namespace: Pick<Namespace, 'adapter'>,
  isWholeRelay: boolean,
): HasAudience {
  if (!isWholeRelay) return () => true;
  return (room, except = null) => {
    const members = namespace.adapter.rooms.get(room);
    if (members === undefined) return false;
    const excluded = except !== null && members.has(except) ? 1 : 0;
    return members.size > excluded;
  };
}
