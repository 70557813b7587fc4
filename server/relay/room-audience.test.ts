import { Server } from 'socket.io';
import { describe, expect, it } from 'vitest';
import { createAudienceCheck } from './room-audience.js';

/**
 * A namespace on Socket.IO's in-memory adapter, with `members` in the room 'visitor:1'. The server is never
 * attached to an HTTP server, so it holds nothing to close.
 */
function namespaceWith(...members: string[]) {
  const namespace = new Server().of('/visitor');
  for (const socketId of members) void namespace.adapter.addAll(socketId, new Set([socketId, 'visitor:1']));
  return namespace;
}

describe('createAudienceCheck', () => {
  it('finds no audience in a room nobody joined', () => {
    const hasAudience = createAudienceCheck(namespaceWith(), true);
    expect(hasAudience('visitor:1')).toBe(false);
  });

  it('finds an audience in a room somebody joined', () => {
    const hasAudience = createAudienceCheck(namespaceWith('tab-a'), true);
    expect(hasAudience('visitor:1')).toBe(true);
  });

  it('finds no audience when the only member is the socket left out', () => {
    const hasAudience = createAudienceCheck(namespaceWith('tab-a'), true);
    expect(hasAudience('visitor:1', 'tab-a')).toBe(false);
  });

  it('finds an audience when a member other than the socket left out is in the room', () => {
    const hasAudience = createAudienceCheck(namespaceWith('tab-a', 'tab-b'), true);
    expect(hasAudience('visitor:1', 'tab-a')).toBe(true);
  });

  it('leaves out only a socket that is in the room', () => {
    const hasAudience = createAudienceCheck(namespaceWith('tab-a'), true);
    expect(hasAudience('visitor:1', 'tab-elsewhere')).toBe(true);
  });

  it('finds an audience in every room when other processes may hold members', () => {
    const hasAudience = createAudienceCheck(namespaceWith(), false);
    expect(hasAudience('visitor:1')).toBe(true);
    expect(hasAudience('inbox', 'tab-a')).toBe(true);
  });
});
