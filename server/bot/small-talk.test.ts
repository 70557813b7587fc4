import { describe, expect, it } from 'vitest';
import { recogniseSmallTalk } from './small-talk.js';

describe('recogniseSmallTalk', () => {
  it.each([
    ['hi', 'greeting'],
    ['Hello!', 'greeting'],
    ['hey there', 'greeting'],
    ['Good morning, team', 'greeting'],
    ['hello? is anyone there?', 'greeting'],
    ['Hi, how are you?', 'greeting'],
    ['thanks', 'thanks'],
    ['Thank you so much!', 'thanks'],
    ['ok great, thanks for the help', 'thanks'],
    ['cheers 👍', 'thanks'],
    ['thanks, bye!', 'thanks'],
    ['bye', 'farewell'],
    ['Goodbye, have a nice day', 'farewell'],
    ['ok', 'acknowledgement'],
    ['Great, got it.', 'acknowledgement'],
  ] as const)('recognises %j as %s', (text, kind) => {
    expect(recogniseSmallTalk(text)).toBe(kind);
  });

  it.each([
    'hi, how do I return an item?',
    'Thanks, but my parcel has not arrived',
    'hello can I pay with PayPal',
    'this is a question about shipping',
    'They said thank you in the card',
    '',
    '???',
  ])('leaves %j to the knowledge search', (text) => {
    expect(recogniseSmallTalk(text)).toBeNull();
  });
});
