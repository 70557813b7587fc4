import { describe, expect, it } from 'vitest';
import { readFrameMessage } from './read-frame-message.js';

const RELAY = 'https://chat.example';
const frameWindow = { name: 'frame window' };

function fromFrame(data: unknown) {
  return readFrameMessage({ origin: RELAY, source: frameWindow, data }, RELAY, frameWindow);
}

describe('readFrameMessage', () => {
  it('accepts each frame message of the protocol', () => {
    expect(fromFrame({ source: 'switchboard', type: 'frame:ready' })).toEqual({
      source: 'switchboard',
      type: 'frame:ready',
    });
    expect(fromFrame({ source: 'switchboard', type: 'panel:close-requested' })).toEqual({
      source: 'switchboard',
      type: 'panel:close-requested',
    });
    expect(fromFrame({ source: 'switchboard', type: 'unread:changed', count: 2 })).toEqual({
      source: 'switchboard',
      type: 'unread:changed',
      count: 2,
    });
    expect(fromFrame({ source: 'switchboard', type: 'conversation:live', isLive: false })).toEqual({
      source: 'switchboard',
      type: 'conversation:live',
      isLive: false,
    });
  });

  it('accepts new messages and refused identities, for the host page', () => {
    const message = { author: 'agent', text: 'Hello', at: 1_700_000_000_000 };
    expect(fromFrame({ source: 'switchboard', type: 'message:added', message })).toEqual({
      source: 'switchboard',
      type: 'message:added',
      message,
    });
    const error = { code: 'identity_unverified', message: 'No match.' };
    expect(fromFrame({ source: 'switchboard', type: 'visitor:identify-refused', error })).toEqual({
      source: 'switchboard',
      type: 'visitor:identify-refused',
      error,
    });
  });

  it('ignores a message from another origin or another window', () => {
    const data = { source: 'switchboard', type: 'frame:ready' };
    expect(
      readFrameMessage({ origin: 'https://evil.example', source: frameWindow, data }, RELAY, frameWindow),
    ).toBeNull();
    expect(
      readFrameMessage({ origin: RELAY, source: { name: 'other' }, data }, RELAY, frameWindow),
    ).toBeNull();
  });

  it('ignores everything before the frame exists', () => {
    const data = { source: 'switchboard', type: 'frame:ready' };
    expect(readFrameMessage({ origin: RELAY, source: null, data }, RELAY, null)).toBeNull();
    expect(readFrameMessage({ origin: RELAY, source: undefined, data }, RELAY, undefined)).toBeNull();
  });

  it('rejects malformed counts and flags', () => {
    for (const count of [-1, 1.5, '2', Number.NaN, Number.POSITIVE_INFINITY, undefined]) {
      expect(fromFrame({ source: 'switchboard', type: 'unread:changed', count })).toBeNull();
    }
    expect(fromFrame({ source: 'switchboard', type: 'conversation:live', isLive: 'yes' })).toBeNull();
  });

  it('ignores untagged and unknown messages', () => {
    expect(fromFrame({ type: 'frame:ready' })).toBeNull();
    expect(fromFrame({ source: 'switchboard', type: 'panel:opened' })).toBeNull();
    expect(fromFrame('frame:ready')).toBeNull();
    expect(fromFrame(null)).toBeNull();
  });
});
