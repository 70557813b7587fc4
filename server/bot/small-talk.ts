/**
 * Recognises messages that are only social: "hi there", "thanks a lot!", "ok great, bye". A message with
 * anything else in it ("hi, how do I return this?") is a question, and is not small talk.
 */

/** The kinds of small talk the bot answers without searching. */
export type SmallTalk = 'greeting' | 'thanks' | 'farewell' | 'acknowledgement';

/** Checked in this order: "thanks, bye" is thanks, "hi, thanks" is thanks too. */
const PHRASES: readonly (readonly [SmallTalk, RegExp])[] = [
  ['thanks', anyOf(['many thanks', 'thank(?:s| you| u)?', 'thx', 'ty', 'cheers', 'ta', 'much appreciated'])],
  [
    'farewell',
    anyOf(['good ?bye', 'bye(?: bye)?', 'see (?:you|ya)', 'cya', 'have a (?:good|nice|great) \\w+']),
  ],
  [
    'greeting',
    anyOf(['hi', 'hello', 'hey', 'hiya', 'howdy', 'greetings', 'good (?:morning|afternoon|evening)']),
  ],
];

/** Words that may surround small talk without making it a question. */
const FILLER_WORDS = `
  there all team everyone folks guys oh ah well so very much again ok okay alright sure yes yeah yep no
  great perfect brilliant awesome cool lovely nice super fine good understood
`;
const FILLER = anyOf([
  ...FILLER_WORDS.trim().split(/\s+/),
  'a lot',
  'all right',
  'got it',
  'appreciate it',
  'for (?:the|your|all the|all your) help',
  'for helping',
  'that(?:s| is| was)? (?:helpful|great|perfect|useful)',
  'how are you(?: doing)?',
  '(?:is )?anyone there',
]);

/** The kind of small talk `text` is, or null when it asks or says something more. */
export function recogniseSmallTalk(text: string): SmallTalk | null {
  let rest = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ');
  let kind: SmallTalk | null = null;
  for (const [phraseKind, pattern] of PHRASES) {
    const withoutPhrase = rest.replace(pattern, ' ');
    if (withoutPhrase !== rest) kind ??= phraseKind;
    rest = withoutPhrase;
  }
  const withoutFiller = rest.replace(FILLER, ' ');
  if (withoutFiller.trim() !== '') return null;
  if (kind) return kind;
  return withoutFiller !== rest ? 'acknowledgement' : null;
}

/** A pattern for any of the alternatives as whole words, to remove every occurrence from a text. */
function anyOf(alternatives: readonly string[]): RegExp {
  return new RegExp(String.raw`\b(?:${alternatives.join('|')})\b`, 'g');
}
