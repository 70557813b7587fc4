import { describe, expect, it } from 'vitest';
import { createClientId } from './client-id.js';

/** The relay's rule for client ids. */
const IDENTIFIER = /^[A-Za-z0-9_-]{1,64}$/;

describe('createClientId', () => {
  it('makes a fresh id the relay accepts', () => {
    const first = createClientId();
    expect(first).toMatch(IDENTIFIER);
    expect(createClientId()).not.toBe(first);
  });

  it('falls back to random bytes where randomUUID is missing', () => {
    const insecure = { getRandomValues: crypto.getRandomValues.bind(crypto) } as unknown as Crypto;
    expect(createClientId(insecure)).toMatch(/^[0-9a-f]{32}$/);
  });
});
