import { describe, expect, it } from 'vitest';
import { queueLine } from './queue-line.js';
import { en } from '../i18n/en.js';

describe('queueLine', () => {
  it('gives the place in the queue and the estimate in minutes', () => {
    expect(queueLine({ position: 2, estimatedWaitMs: 185_000 }, en)).toBe(
      "You're number 2 in the queue, about 3 min",
    );
  });

  it('leaves the estimate out when the relay has none', () => {
    expect(queueLine({ position: 1, estimatedWaitMs: null }, en)).toBe("You're number 1 in the queue");
  });

  it('never promises less than a minute', () => {
    expect(queueLine({ position: 1, estimatedWaitMs: 5_000 }, en)).toBe(
      "You're number 1 in the queue, about 1 min",
    );
  });

  it('is empty without a status', () => {
    expect(queueLine(null, en)).toBe('');
  });
});
