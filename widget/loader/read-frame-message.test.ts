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

  it('passes on a write to the frame’s own keys in the host page’s storage', () => {
    expect(fromFrame({ source: 'switchboard', type: 'storage:request' })).toEqual({
      source: 'switchboard',
      type: 'storage:request',
    });
    for (const value of ['{"token":"t"}', null]) {
      const write = { source: 'switchboard', type: 'storage:set', key: 'switchboard:visitor:demo', value };
      expect(fromFrame(write)).toEqual(write);
    }
  });

  it('refuses a write to any other key of the host page’s storage, or of a value that is not text', () => {
    for (const key of ['session', 'Switchboard:visitor:demo', 'xswitchboard:', 42, undefined]) {
      expect(fromFrame({ source: 'switchboard', type: 'storage:set', key, value: 'x' })).toBeNull();
    }
    for (const value of [42, { token: 't' }, undefined]) {
      expect(
        fromFrame({ source: 'switchboard', type: 'storage:set', key: 'switchboard:x', value }),
      ).toBeNull();
    }
  });

  it('ignores untagged messages and values that are not messages', () => {
    expect(fromFrame({ type: 'frame:ready' })).toBeNull();
    expect(fromFrame({ source: 'another-widget', type: 'frame:ready' })).toBeNull();
    expect(fromFrame('frame:ready')).toBeNull();
    expect(fromFrame(7)).toBeNull();
    expect(fromFrame(null)).toBeNull();
    expect(fromFrame(undefined)).toBeNull();
  });
});
