/**
 * Recognises visitors asking for a person. A bare mention of a word like "person" is not enough ("can a
 * person return a gift?" is a question for the bot), so a message counts when it is one of three shapes:
 * the request alone ("agent please", "human!"), an unmistakable phrase ("real person", "live agent"), or a
 * verb of wanting or reaching aimed at a person within a few words ("can I talk to someone from support").
 */

const PERSON = String.raw`(?:human(?:\s+being)?|person|agent|representative|rep|operator|someone|somebody|staff|people|customer\s+(?:service|support)|support\s+team)`;
const POLITE_FILLER = /\b(?:please|pls|plz|now|a|an|the|real|live|actual|just|me|i\s+want|i\s+need)\b/gi;

const BARE_REQUEST = new RegExp(String.raw`^\s*${PERSON}\s*$`, 'i');
const UNMISTAKABLE =
  /\b(?:real|live|actual)\s+(?:person|human|agent|people)\b|\bhuman\s+being\b|\b(?:a|an)\s+human\b/i;
const INTENT_TOWARDS_PERSON = new RegExp(
  String.raw`\b(?:talk|speak|chat|connect|transfer|put\s+me\s+through|reach|contact|get\s+me|give\s+me)\b(?:\W+\w+){0,4}?\W+${PERSON}\b`,
  'i',
);

/** True when the visitor's message asks to speak with a person rather than the bot. */
export function asksForPerson(text: string): boolean {
  const withoutFiller = text.replace(/[!?.,]+/g, ' ').replace(POLITE_FILLER, ' ');
  return BARE_REQUEST.test(withoutFiller) || UNMISTAKABLE.test(text) || INTENT_TOWARDS_PERSON.test(text);
}
