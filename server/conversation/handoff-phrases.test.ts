import { describe, expect, it } from 'vitest';
import { asksForPerson } from './handoff-phrases.js';

describe('asksForPerson', () => {
  it.each([
    'human',
    'Agent please',
    'HUMAN!!',
    'real person please',
    'I want a real person',
    'Can I talk to a human?',
    'can i speak to someone from customer service',
    'connect me with an agent',
    'Please put me through to a representative',
    'I need to chat with somebody real',
    'get me a live agent now',
    'is there a human being there?',
    'talk to support team',
  ])('recognises %j as a request for a person', (text) => {
    expect(asksForPerson(text)).toBe(true);
  });

  it.each([
    'Can a person return a gift they did not buy?',
    'How long does shipping take?',
    'My order was sent to someone else',
    'Is the jacket suitable for people with allergies?',
    'The reagent bottle arrived broken',
    'Is this humane to animals?',
    'What does the shipping agent charge for customs?',
    'hello',
  ])('leaves %j to the bot', (text) => {
    expect(asksForPerson(text)).toBe(false);
  });
});
