/**
 * What the simulated people say: visitors ask the demo shop's questions (from demo/knowledge), some ask for
 * a person, and keep talking; agents answer. Texts repeat; the audit tells entries apart by client id and seq.
 */

/** Questions the demo knowledge base answers. */
export const QUESTIONS = [
  'How long does delivery take?',
  'How much does shipping cost to Germany?',
  'Which carriers do you use?',
  'Do you deliver to Canada?',
  'Will I pay customs on an order to the US?',
  'How do I start a return?',
  'What is your return policy?',
  'Do I pay for return shipping from the EU?',
  'When will I get my refund?',
  'Can I exchange a jacket for a different size?',
  'How do I track my order?',
  'Can I cancel my order?',
  'My parcel is late, what can I do?',
  'What payment methods do you accept?',
  'Why was my payment declined?',
  'How do I use a gift card?',
  'Do gift cards expire?',
  'How do I measure myself for a jacket?',
  'What size boots should I get?',
  'How do I wash a waterproof jacket?',
  'What does the 2-year warranty cover?',
  'Do you have a student discount?',
  'Do you price match?',
  'How do I reset my password?',
  'How do I delete my account?',
  'What are your support hours?',
  'Is your waterproofing PFC-free?',
  'Can you repair my old jacket?',
];

/** Small talk and questions the bot may not know, so some conversations also hand off on two misses. */
export const CHATTER = [
  'hello',
  'thanks!',
  'ok great',
  'Do you sell kayaks?',
  'What is the meaning of life?',
  'Can I pay in bitcoin on the moon?',
];

/** Ways visitors ask for a person in words; the relay recognises each as a handoff request. */
export const PERSON_PHRASES = [
  'Can I talk to a human?',
  'real person please',
  'agent please',
  'connect me with an agent',
  'can i speak to someone from customer service',
  'Please put me through to a representative',
];

/** What visitors say while waiting for, or talking with, a person. */
export const FOLLOW_UPS = [
  'Are you there?',
  'My order number is NW-48213.',
  'It arrived yesterday with a torn sleeve.',
  'The tracking page has not moved for a week.',
  'I was charged twice for the same order.',
  'The boots are half a size too small.',
  'Could you send me a return label?',
  'Thanks, that helps.',
];

/** What agents say. */
export const AGENT_REPLIES = [
  'Hi, I am looking into this now.',
  'Thanks for waiting. Could you give me your order number?',
  'I have found your order; one moment please.',
  'I have sent a return label to your email address.',
  'The refund is on its way and should show within five working days.',
  'I have asked the warehouse to send a replacement today.',
  'Is there anything else I can help with?',
];
