import { afterEach, describe, expect, it } from 'vitest';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { startHarness, type Harness } from '../testing/switchboard-harness.js';
import type { ReadinessProbe } from './readiness.js';

let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function get(path: string) {
  if (!harness) throw new Error('no harness');
  const response = await fetch(`${harness.switchboard.url}${path}`);
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: await response.json(),
  };
}

describe('/healthz and /readyz', () => {
  it('answer 200 while the process runs and its store answers', async () => {
    harness = await startHarness(createScriptedBot({}).bot);
    expect(await get('/healthz')).toEqual({ status: 200, cacheControl: 'no-store', body: { status: 'ok' } });
    expect(await get('/readyz')).toEqual({
      status: 200,
      cacheControl: 'no-store',
      body: { status: 'ready' },
    });
  });

  it('answers 503 naming the store when the store does not answer, while /healthz stays 200', async () => {
    harness = await startHarness(createScriptedBot({}).bot);
    await harness.store.close();
    expect(await get('/readyz')).toMatchObject({
      status: 503,
      body: { status: 'unavailable', failing: ['store'] },
    });
    expect((await get('/healthz')).status).toBe(200);
  });

  it('answers 503 naming each configured probe that fails, such as Redis', async () => {
    const redisDown: ReadinessProbe = {
      name: 'redis',
      check: () => Promise.reject(new Error('The client is closed')),
    };
    harness = await startHarness(createScriptedBot({}).bot, { readinessProbes: [redisDown] });
    expect(await get('/readyz')).toMatchObject({
      status: 503,
      body: { status: 'unavailable', failing: ['redis'] },
    });
  });
});
