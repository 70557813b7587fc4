import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import { createTeamAvailability, ONLINE_COUNT_MAX_AGE_MS } from './team-availability.js';

const AT = 1_700_000_000_000;
let directory: string;
let store: Store;
let clock: number;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'switchboard-team-'));
  store = openSqliteStore(join(directory, 'store.sqlite'));
  await store.migrate();
  clock = AT;
  await store.heartbeatNode('node-1', AT);
  for (const id of ['alice', 'bob']) {
    await store.createAgent({
      id,
      email: `${id}@example.com`,
      name: id,
      role: 'agent',
      passwordHash: 'h',
      createdAt: AT,
    });
  }
});

afterEach(async () => {
  await store.close();
  rmSync(directory, { recursive: true, force: true });
});

const connect = (agentId: string) =>
  store.addAgentConnection({ socketId: `socket-${agentId}`, nodeId: 'node-1', agentId, at: AT });

describe('team availability', () => {
  it('counts connected agents whose status is online, and no others', async () => {
    await connect('alice');
    await connect('bob');
    await store.setAgentStatus('bob', 'away');
    expect(await createTeamAvailability(store, () => clock).onlineAgents()).toBe(1);
  });

  it('keeps a count for a second, then reads the store again', async () => {
    const team = createTeamAvailability(store, () => clock);
    expect(await team.onlineAgents()).toBe(0);
    await connect('alice');
    expect(await team.onlineAgents()).toBe(0);
    clock += ONLINE_COUNT_MAX_AGE_MS;
    expect(await team.onlineAgents()).toBe(1);
  });

  it('reads the store again at once after a change this process saw', async () => {
    const team = createTeamAvailability(store, () => clock);
    expect(await team.onlineAgents()).toBe(0);
    await connect('alice');
    team.invalidate();
    expect(await team.onlineAgents()).toBe(1);
  });
});
