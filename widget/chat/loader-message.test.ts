import { describe, expect, it } from 'vitest';
import { readLoaderMessage } from './loader-message.js';

const HOST = 'https://shop.example';
const parent = { name: 'parent window' };

describe('readLoaderMessage', () => {
  it('accepts panel:opened and panel:closed from the host origin and the parent window', () => {
    for (const type of ['panel:opened', 'panel:closed'] as const) {
      const event = { origin: HOST, source: parent, data: { source: 'switchboard', type } };
      expect(readLoaderMessage(event, HOST, parent)).toEqual({ source: 'switchboard', type });
    }
  });

  it('ignores a message from another origin', () => {
    const event = {
      origin: 'https://evil.example',
      source: parent,
      data: { source: 'switchboard', type: 'panel:opened' },
    };
    expect(readLoaderMessage(event, HOST, parent)).toBeNull();
  });

  it('ignores a message from another window of the right origin', () => {
    const event = {
      origin: HOST,
      source: { name: 'popup' },
      data: { source: 'switchboard', type: 'panel:opened' },
    };
    expect(readLoaderMessage(event, HOST, parent)).toBeNull();
  });

  it('ignores untagged, unknown and malformed messages', () => {
    for (const data of [
      null,
      'panel:opened',
      { type: 'panel:opened' },
      { source: 'other', type: 'panel:opened' },
      { source: 'switchboard', type: 'frame:ready' },
      { source: 'switchboard' },
    ]) {
      expect(readLoaderMessage({ origin: HOST, source: parent, data }, HOST, parent)).toBeNull();
    }
  });
});
