import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING, type SiteBranding } from '../../protocol/sites.js';
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

  it('passes on an identity claim with its four fields only, those left out as null', () => {
    const claim = { id: 'u1', name: 'Ann', isAdmin: true };
    const event = {
      origin: HOST,
      source: parent,
      data: { source: 'switchboard', type: 'visitor:identify', claim },
    };
    expect(readLoaderMessage(event, HOST, parent)).toEqual({
      source: 'switchboard',
      type: 'visitor:identify',
      claim: { id: 'u1', name: 'Ann', email: null, userHash: null },
    });
  });

  it('accepts a preview branding only with a branding’s shape', () => {
    const branding: SiteBranding = { ...DEFAULT_BRANDING, assistantName: 'Nora', greeting: 'Hi!' };
    const message = (value: unknown) => ({
      origin: HOST,
      source: parent,
      data: { source: 'switchboard', type: 'preview:branding', branding: value },
    });
    expect(readLoaderMessage(message(branding), HOST, parent)).toEqual({
      source: 'switchboard',
      type: 'preview:branding',
      branding,
    });
    expect(readLoaderMessage(message({ ...branding, accentColor: 'red' }), HOST, parent)).toBeNull();
  });

  it('takes a storage snapshot’s text items under the frame’s prefix, and drops the rest', () => {
    const snapshot = (items: unknown) => ({
      origin: HOST,
      source: parent,
      data: { source: 'switchboard', type: 'storage:snapshot', items },
    });
    const items = {
      'switchboard:visitor:demo': '{"token":"t"}',
      'switchboard:outbox:demo': 7,
      session: 'the page’s own',
    };
    expect(readLoaderMessage(snapshot(items), HOST, parent)).toEqual({
      source: 'switchboard',
      type: 'storage:snapshot',
      items: { 'switchboard:visitor:demo': '{"token":"t"}' },
    });
    expect(readLoaderMessage(snapshot(null), HOST, parent)).toBeNull();
    expect(readLoaderMessage(snapshot('switchboard:visitor:demo'), HOST, parent)).toBeNull();
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
      { source: 'switchboard', type: 'visitor:identify', claim: 'u1' },
    ]) {
      expect(readLoaderMessage({ origin: HOST, source: parent, data }, HOST, parent)).toBeNull();
    }
  });
});
