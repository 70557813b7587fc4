import { describe, expect, it } from 'vitest';
import { emailProblem } from './email-shape.js';
import { en } from '../i18n/en.js';

describe('emailProblem', () => {
  it('accepts an address with a name, an @ and a domain', () => {
    expect(emailProblem('ann.lee+shop@example.co.uk', en)).toBeNull();
    expect(emailProblem('  ann@example.com ', en)).toBeNull();
  });

  it('asks for an address when there is none', () => {
    expect(emailProblem('   ', en)).toBe('Enter your email address, so the team can reply.');
  });

  it('explains the expected shape for anything else', () => {
    for (const email of ['ann', 'ann@', '@example.com', 'ann@example', 'ann lee@example.com', 'a@b@c.com']) {
      expect(emailProblem(email, en)).toBe('Enter an email address like name@example.com.');
    }
  });
});
