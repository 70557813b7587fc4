import { describe, expect, it } from 'vitest';
import { describeOptions, parseChaosOptions, UsageError } from './chaos-options.js';

const seed = () => 1234;

describe('parseChaosOptions', () => {
  it('finishes a default run in about a minute of talking, with a random seed', () => {
    expect(parseChaosOptions([], seed)).toMatchObject({
      visitors: 30,
      agents: 3,
      durationSeconds: 60,
      nodes: 1,
      kills: 4,
      seed: 1234,
      isShort: false,
    });
  });

  it('applies the short preset before any other flag, whatever their order', () => {
    const options = parseChaosOptions(['--visitors', '20', '--short'], seed);
    expect(options).toMatchObject({ isShort: true, visitors: 20, durationSeconds: 16 });
  });

  it('reads every numeric flag and --keep', () => {
    const options = parseChaosOptions(
      [
        '--agents',
        '5',
        '--duration',
        '90',
        '--nodes',
        '3',
        '--kills',
        '8',
        '--drops',
        '1',
        '--stale',
        '2',
        '--bursts',
        '3',
        '--races',
        '4',
        '--seed',
        '42',
        '--keep',
      ],
      seed,
    );
    expect(options).toMatchObject({
      agents: 5,
      durationSeconds: 90,
      nodes: 3,
      kills: 8,
      drops: 1,
      staleResumes: 2,
      bursts: 3,
      races: 4,
      seed: 42,
      keepData: true,
    });
  });

  it('refuses unknown flags and unusable values', () => {
    expect(() => parseChaosOptions(['--visitor', '3'], seed)).toThrow(UsageError);
    expect(() => parseChaosOptions(['--kills', '-1'], seed)).toThrow(UsageError);
    expect(() => parseChaosOptions(['--kills'], seed)).toThrow(UsageError);
    expect(() => parseChaosOptions(['--visitors', '0'], seed)).toThrow(UsageError);
    expect(() => parseChaosOptions(['--duration', '2'], seed)).toThrow(UsageError);
    expect(() => parseChaosOptions(['--nodes', '0'], seed)).toThrow(UsageError);
  });

  it('describes a run with the flags that replay it', () => {
    const described = describeOptions(parseChaosOptions(['--seed', '9'], seed));
    expect(parseChaosOptions(described.split(' '), seed)).toEqual(parseChaosOptions(['--seed', '9'], seed));
  });
});
