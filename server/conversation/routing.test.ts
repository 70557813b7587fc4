import { describe, expect, it } from 'vitest';
import { pickAgent } from './routing.js';

const ada = { id: 'a1', name: 'Ada' };
const grace = { id: 'g1', name: 'Grace' };
const linus = { id: 'l1', name: 'Linus' };

describe('pickAgent', () => {
  it('picks the least loaded agent', () => {
    const candidates = [
      { agent: ada, load: 2 },
      { agent: grace, load: 0 },
      { agent: linus, load: 1 },
    ];
    expect(pickAgent(candidates, 3)).toEqual(grace);
  });

  it('never picks an agent at capacity, and picks nobody when all are', () => {
    expect(
      pickAgent(
        [
          { agent: ada, load: 3 },
          { agent: grace, load: 2 },
        ],
        3,
      ),
    ).toEqual(grace);
    expect(pickAgent([{ agent: ada, load: 3 }], 3)).toBeNull();
    expect(pickAgent([], 3)).toBeNull();
  });

  it('breaks a tie the same way whatever order the candidates come in', () => {
    const tied = [
      { agent: linus, load: 1 },
      { agent: ada, load: 1 },
    ];
    expect(pickAgent(tied, 3)).toEqual(ada);
    expect(pickAgent(tied.toReversed(), 3)).toEqual(ada);
  });
});
