/**
 * A seeded pseudo-random source, so a failing chaos run can be replayed with `--seed`. Each simulated client
 * and the fault injector draw from their own stream, forked by name, so one actor's choices do not shift
 * when another actor happens to draw more or fewer numbers.
 */

/**
 * @typedef {object} Random
 * @property {() => number} next A number in [0, 1).
 * @property {(min: number, max: number) => number} int An integer in [min, max], both included.
 * @property {(probability: number) => boolean} chance True with the given probability.
 * @property {<Item>(items: readonly Item[]) => Item} pick One of `items`, which must not be empty.
 * @property {(name: string) => Random} fork An independent stream derived from this seed and `name`.
 */

/**
 * A 32-bit FNV-1a hash, to turn a stream's name into seed bits.
 * @param {string} text
 */
function hash(text) {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/**
 * Creates a stream from `seed` (any integer). mulberry32: small, fast and good enough to drive a test, not
 * for secrets.
 * @param {number} seed
 * @returns {Random}
 */
export function createRandom(seed) {
  let state = seed >>> 0;

  function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  }

  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick(items) {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
      return /** @type {typeof items[number]} */ (items[Math.floor(next() * items.length)]);
    },
    fork: (name) => createRandom((seed ^ hash(name)) >>> 0),
  };
}
