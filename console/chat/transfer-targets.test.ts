import { describe, expect, it } from 'vitest';
import type { AgentPresence } from '../../protocol/agent-events.js';
import { transferTargets } from './transfer-targets.js';

const agent = (id: string, overrides: Partial<AgentPresence> = {}): AgentPresence => ({
  id,
  name: id,
  isOnline: true,
  status: 'online',
  load: 0,
  ...overrides,
});

describe('transferTargets', () => {
  it('offers online teammates but not yourself, the least loaded first', () => {
    const team = [agent('me'), agent('busy', { load: 3 }), agent('free', { load: 1 })];
    expect(transferTargets(team, 'me').map((target) => target.id)).toEqual(['free', 'busy']);
  });

  it('leaves out teammates who are away, offline, or not connected', () => {
    const team = [
      agent('away', { status: 'away' }),
      agent('offline', { status: 'offline' }),
      agent('gone', { isOnline: false }),
    ];
    expect(transferTargets(team, 'me')).toEqual([]);
  });
});
