import { describe, expect, it } from 'vitest';
import { describeSessionError } from './session-error.js';

describe('describeSessionError', () => {
  it('tells the agent their credentials are wrong', () => {
    expect(describeSessionError('invalid_credentials')).toBe('Wrong email or password.');
  });

  it('asks the agent to wait after too many attempts', () => {
    expect(describeSessionError('rate_limited')).toBe('Too many attempts, try again later.');
  });

  it('says when the relay cannot be reached', () => {
    expect(describeSessionError('network')).toBe(
      'Cannot reach Switchboard. Check your connection and try again.',
    );
  });

  it('falls back to a general sentence for other codes', () => {
    expect(describeSessionError('internal')).toBe('Signing in failed. Try again in a moment.');
    expect(describeSessionError('unexpected_response')).toBe('Signing in failed. Try again in a moment.');
  });
});
