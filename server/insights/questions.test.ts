import { describe, expect, it } from 'vitest';
import { episodesOf } from './episodes.js';
import { isContentGap, questionsOf } from './questions.js';
import { conversation, MINUTE_MS, RETURNS } from './test-logs.js';

const AT = Date.UTC(2026, 2, 10, 9);

function questionsIn(builder: ReturnType<typeof conversation>) {
  return episodesOf(builder.log()).flatMap(questionsOf);
}

describe('questionsOf', () => {
  it('takes what the visitor asked the assistant, with its terms and where it was asked', () => {
    const [question] = questionsIn(
      conversation('c1', AT).after(2).visitor('What is your return policy?').bot('30 days.', [RETURNS]),
    );
    expect(question).toEqual({
      conversationId: 'c1',
      at: AT + 2 * MINUTE_MS,
      text: 'What is your return policy?',
      terms: ['return', 'polic'],
      isMissed: false,
      isLastBeforeHandoff: false,
    });
  });

  it('leaves out greetings, requests for a person, and what the visitor wrote to a person', () => {
    const questions = questionsIn(
      conversation('c1', AT)
        .visitor('Hi!')
        .bot('Hello, how can I help?')
        .visitor('Can I talk to a human?')
        .handoff('visitor_phrase')
        .visitor('Are you there?')
        .joined()
        .visitor('My parcel is damaged')
        .agent('Sorry to hear that.'),
    );
    expect(questions).toEqual([]);
  });

  it('marks a question the assistant missed, judged by its own reply', () => {
    const questions = questionsIn(
      conversation('c1', AT)
        .visitor('Do you sell gift wrap?')
        .miss()
        .visitor('What about returns?')
        .bot('30 days.')
        .visitor('And exchanges?')
        .visitor('Sizes too?')
        .miss(),
    );
    expect(questions.map((question) => [question.text, question.isMissed])).toEqual([
      ['Do you sell gift wrap?', true],
      ['What about returns?', false],
      ['And exchanges?', false],
      ['Sizes too?', true],
    ]);
  });

  it('marks the last question before each request for a person, but not before an agent’s takeover', () => {
    const questions = questionsIn(
      conversation('c1', AT)
        .visitor('Where is order 1234?')
        .bot('Orders ship in 2 days.')
        .visitor('It has been a week')
        .bot('Sorry about that.')
        .handoff('visitor_button')
        .timedOut()
        .visitor('Can I change my address?')
        .bot('Yes, in your account.')
        .handoff('agent_takeover')
        .joined(),
    );
    expect(questions.map((question) => [question.text, question.isLastBeforeHandoff])).toEqual([
      ['Where is order 1234?', false],
      ['It has been a week', true],
      ['Can I change my address?', false],
    ]);
    expect(questions.map(isContentGap)).toEqual([false, true, false]);
  });

  it('asks again in a reopened conversation', () => {
    const questions = questionsIn(
      conversation('c1', AT)
        .visitor('Shipping cost?')
        .bot('Free.')
        .resolved()
        .reopened()
        .visitor('Shipping cost?'),
    );
    expect(questions).toHaveLength(2);
  });
});
