import { describe, expect, it } from 'vitest';
import { createRandom } from './seeded-random.js';

/** @param {import('./seeded-random.js').Random} random */
const draw = (random) => Array.from({ length: 8 }, () => random.next());

describe('createRandom', () => {
  it('draws the same sequence from the same seed', () => {
    expect(draw(createRandom(42))).toEqual(draw(createRandom(42)));
  });

  it('draws different sequences from different seeds', () => {
    expect(draw(createRandom(42))).not.toEqual(draw(createRandom(43)));
  });

  it('draws numbers in [0, 1)', () => {
    const random = createRandom(7);
    for (let index = 0; index < 1000; index++) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('draws integers within both bounds, reaching each', () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 5)));
    expect([...seen].toSorted()).toEqual([2, 3, 4, 5]);
  });

  it('forks streams that depend on the seed and the name, not on draws made before', () => {
    const early = createRandom(9).fork('visitor 1');
    const parent = createRandom(9);
    draw(parent);
    expect(draw(parent.fork('visitor 1'))).toEqual(draw(early));
    expect(draw(createRandom(9).fork('visitor 2'))).not.toEqual(draw(createRandom(9).fork('visitor 1')));
  });

  it('picks from a list and refuses an empty one', () => {
    const random = createRandom(3);
    expect(['a', 'b', 'c']).toContain(random.pick(['a', 'b', 'c']));
    expect(() => random.pick([])).toThrow(RangeError);
  });
});
