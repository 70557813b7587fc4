import { describe, expect, it } from 'vitest';
import { hashPassword, UNKNOWN_AGENT_HASH, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('verifies the password it hashed and refuses any other', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
  });

  it('salts each hash, so one password never hashes the same twice', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses everything against a malformed hash or the unknown-agent hash', async () => {
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
    expect(await verifyPassword('', UNKNOWN_AGENT_HASH)).toBe(false);
  });
});
