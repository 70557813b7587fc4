import { describe, expect, it } from 'vitest';
import { emailProblem } from './email-shape.js';

describe('emailProblem', () => {
  it('accepts an address with a name, an @ and a domain', () => {
    expect(emailProblem('ann.lee+shop@example.co.uk')).toBeNull();
    expect(emailProblem('  ann@example.com ')).toBeNull();
  });

  it('asks for an address when there is none', () => {
    expect(emailProblem('   ')).toBe('Enter your email address, so the team can reply.');
  });

  it('explains the expected shape for anything else', () => {
    for (const email of ['ann', 'ann@', '@example.com', 'ann@example', 'ann lee@example.com', 'a@b@c.com']) {
      expect(emailProblem(email)).toBe('Enter an email address like name@example.com.');
    }
  });
});
