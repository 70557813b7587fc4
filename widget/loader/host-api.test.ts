import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostMessageEvent } from '../../protocol/frame-messages.js';
import { createHostApi, installHostApi, type WidgetControls } from './host-api.js';

/** A widget that records what the host page asked of it. */
function recordingWidget() {
  const calls: unknown[][] = [];
  const listeners: Array<(message: HostMessageEvent) => void> = [];
  const controls: WidgetControls = {
    open: () => calls.push(['open']),
    close: () => calls.push(['close']),
    identify: (claim) => calls.push(['identify', claim]),
    onMessage: (listener) => listeners.push(listener),
  };
  return { calls, listeners, controls };
}

/** The snippet's stub, exactly as the embed code defines it. */
function snippetStub(): { Switchboard?: unknown } {
  const page: { Switchboard?: unknown } = {};
  const stub = function (...args: unknown[]) {
    (stub.q = stub.q ?? []).push(args);
  } as ((...args: unknown[]) => void) & { q?: unknown[][] };
  page.Switchboard = stub;
  return page;
}

afterEach(() => vi.restoreAllMocks());

describe('the host page API', () => {
  it('replays the calls queued before the loader arrived, in order, then takes calls directly', () => {
    const page = snippetStub();
    const call = page.Switchboard as (...args: unknown[]) => void;
    call('identify', { id: 'u1', name: 'Ann' });
    call('open');
    const { calls, controls } = recordingWidget();
    installHostApi(page, createHostApi(controls));
    expect(calls).toEqual([['identify', { id: 'u1', name: 'Ann' }], ['open']]);
    (page.Switchboard as (...args: unknown[]) => void)('close');
    expect(calls.at(-1)).toEqual(['close']);
  });

  it('installs itself on a page without the stub', () => {
    const page: { Switchboard?: unknown } = {};
    const { calls, controls } = recordingWidget();
    installHostApi(page, createHostApi(controls));
    (page.Switchboard as (...args: unknown[]) => void)('open');
    expect(calls).toEqual([['open']]);
  });

  it('registers message listeners', () => {
    const { listeners, controls } = recordingWidget();
    const onMessage = (): void => undefined;
    createHostApi(controls)('on', 'message', onMessage);
    expect(listeners).toEqual([onMessage]);
  });

  it('warns about a call it does not know, and never throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { calls, controls } = recordingWidget();
    const api = createHostApi(controls);
    expect(() => {
      api('explode');
      api('on', 'typing', () => undefined);
      api('identify', 'u1');
      api();
    }).not.toThrow();
    expect(calls).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(4);
  });
});
