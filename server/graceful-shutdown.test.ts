import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { shutDownOnSignals } from './graceful-shutdown.js';
import { silentLogger } from './logger.js';

/** Starts the handler on a fresh emitter standing in for `process`, and reports how the process ends. */
function start(close: () => Promise<void>, deadlineMs = 10_000) {
  const signals = new EventEmitter();
  const exits: number[] = [];
  let onExit: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => (onExit = resolve));
  shutDownOnSignals({
    signals,
    close,
    exit: (code) => {
      exits.push(code);
      onExit(code);
    },
    logger: silentLogger,
    deadlineMs,
  });
  return { signals, exits, exited };
}

describe('shutDownOnSignals', () => {
  it.each(['SIGTERM', 'SIGINT'])('closes on %s and exits with 0 once closed', async (signal) => {
    let closes = 0;
    const { signals, exited } = start(async () => {
      closes++;
    });
    signals.emit(signal);
    expect(await exited).toBe(0);
    expect(closes).toBe(1);
  });

  it('exits with 1 when closing fails', async () => {
    const { signals, exited } = start(() => Promise.reject(new Error('the store would not close')));
    signals.emit('SIGTERM');
    expect(await exited).toBe(1);
  });

  it('exits with 1 at the deadline when closing never finishes', async () => {
    const { signals, exited } = start(() => new Promise(() => {}), 20);
    signals.emit('SIGTERM');
    expect(await exited).toBe(1);
  });

  it('exits at once on a second signal, without closing twice', async () => {
    let closes = 0;
    const { signals, exits } = start(() => {
      closes++;
      return new Promise(() => {});
    });
    signals.emit('SIGTERM');
    signals.emit('SIGINT');
    expect(exits).toEqual([1]);
    expect(closes).toBe(1);
  });
});
