import { describe, expect, it } from 'vitest';
import { episodesOf } from './episodes.js';
import { emailLeads, interestLeads, LEADS_LISTED } from './leads.js';
import { conversation, MINUTE_MS } from './test-logs.js';

const AT = Date.UTC(2026, 2, 10, 9);

describe('interestLeads', () => {
  it('finds visitors who wrote about prices or buying, once per conversation, newest first', () => {
    const episodes = [
      conversation('a', AT).visitor('How MUCH is the  jacket?').bot('€120.').visitor('Any discount?').log(),
      conversation('b', AT)
        .after(5)
        .visitor('Hi')
        .handoff('visitor_button')
        .joined()
        .visitor('I want to buy 20 of them')
        .log(),
      conversation('c', AT).visitor('Is this priceless?').visitor('Where is my order?').log(),
    ].flatMap(episodesOf);
    expect(interestLeads(episodes)).toEqual([
      { conversationId: 'b', at: AT + 5 * MINUTE_MS, keyword: 'buy', text: 'I want to buy 20 of them' },
      { conversationId: 'a', at: AT, keyword: 'how much', text: 'How MUCH is the jacket?' },
    ]);
  });

  it('lists at most a fixed number', () => {
    const episodes = Array.from({ length: LEADS_LISTED + 5 }, (_, index) =>
      episodesOf(
        conversation(`c${index}`, AT + index)
          .visitor('pricing?')
          .log(),
      ),
    ).flat();
    expect(interestLeads(episodes)).toHaveLength(LEADS_LISTED);
  });
});

describe('emailLeads', () => {
  it('lists the address a visitor gave with a message left for the team, and reads its text for interest', () => {
    const episodes = episodesOf(
      conversation('m', AT)
        .visitor('Talk to a person')
        .after(1)
        .leftMessage('Ana@Example.com', 'Please quote me for a bulk order.')
        .log(),
    );
    expect(emailLeads(episodes)).toEqual([
      { email: 'ana@example.com', conversationId: 'm', at: AT + MINUTE_MS },
    ]);
    expect(interestLeads(episodes)).toMatchObject([{ conversationId: 'm', keyword: 'quote' }]);
  });

  it('finds each email address a visitor typed once, where it was first written', () => {
    const episodes = [
      conversation('a', AT).visitor('Mail me at Jane.Doe+shop@Example.co.uk, or jane@work.example.').log(),
      conversation('b', AT)
        .after(1)
        .visitor('jane.doe+shop@example.co.uk again')
        .visitor('not@an-address')
        .log(),
    ].flatMap(episodesOf);
    expect(emailLeads(episodes)).toEqual([
      { email: 'jane.doe+shop@example.co.uk', conversationId: 'a', at: AT },
      { email: 'jane@work.example', conversationId: 'a', at: AT },
    ]);
  });

  it('reads only what visitors wrote', () => {
    const episodes = episodesOf(
      conversation('a', AT).visitor('Hi').agent('Write to help@shop.example').log(),
    );
    expect(emailLeads(episodes)).toEqual([]);
  });
});
