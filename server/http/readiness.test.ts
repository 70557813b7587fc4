import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createReadiness, type ReadinessProbe } from './readiness.js';

const answers: ReadinessProbe = { name: 'store', check: () => Promise.resolve() };
const refuses: ReadinessProbe = {
  name: 'redis',
  check: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')),
};
const hangs: ReadinessProbe = { name: 'slow', check: () => new Promise(() => {}) };

function capturedLogger() {
  const lines: string[] = [];
  return { logger: createLogger({ level: 'info', write: (line) => lines.push(line) }), lines };
}

describe('createReadiness', () => {
  it('is ready when every probe answers', async () => {
    const readiness = createReadiness([answers], capturedLogger().logger);
    expect(await readiness.check()).toEqual({ status: 'ready' });
  });

  it('names each probe that fails, and logs why', async () => {
    const { logger, lines } = capturedLogger();
    const readiness = createReadiness([answers, refuses], logger);
    expect(await readiness.check()).toEqual({ status: 'unavailable', failing: ['redis'] });
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      expect.objectContaining({
        level: 'warn',
        msg: 'readiness probe failed',
        probe: 'redis',
        error: 'Error: connect ECONNREFUSED 127.0.0.1:6379',
      }),
    ]);
  });

  it('counts a probe that does not answer in time as failed', async () => {
    const readiness = createReadiness([hangs, answers], capturedLogger().logger, 20);
    expect(await readiness.check()).toEqual({ status: 'unavailable', failing: ['slow'] });
  });

  it('is draining from the moment it is told to, whatever the probes say', async () => {
    const readiness = createReadiness([answers], capturedLogger().logger);
    readiness.drain();
    expect(await readiness.check()).toEqual({ status: 'draining' });
  });
});
