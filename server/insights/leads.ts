/**
 * Lead signals in what visitors wrote: interest in prices or buying, found by a fixed keyword list, and
 * email addresses, those visitors gave when they left a message for the team and those found in their
 * messages by a simple pattern. Each conversation shows its first interest message once;
 * each email address shows once, where it was first written. Newest first.
 */
import type { EmailLead, InterestLead } from '../../protocol/insights.js';
import type { Episode } from './episodes.js';

/** The words and phrases that mark interest in prices or buying, matched as whole words, any case. */
export const PURCHASE_KEYWORDS = [
  'price',
  'prices',
  'pricing',
  'cost',
  'costs',
  'how much',
  'quote',
  'buy',
  'buying',
  'purchase',
  'purchasing',
  'discount',
  'discounts',
  'coupon',
  'wholesale',
  'bulk',
] as const;

/** How many leads of each kind the page lists. */
export const LEADS_LISTED = 50;
const TEXT_LENGTH = 160;

const KEYWORD = new RegExp(
  `\\b(?:${PURCHASE_KEYWORDS.map((word) => word.replace(' ', '\\s+')).join('|')})\\b`,
  'i',
);
/** Letters, digits and . _ % + - before the @; a domain of labels with at least one dot and a TLD of 2+ letters. */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Something a visitor wrote: a message, or a message left for the team with their email address. */
interface VisitorWriting {
  conversationId: string;
  at: number;
  text: string;
  /** The address a visitor gave with a message left for the team; null for chat messages. */
  email: string | null;
}

/** What visitors wrote, oldest first. */
function visitorMessages(episodes: readonly Episode[]): VisitorWriting[] {
  return episodes
    .flatMap((episode) =>
      episode.entries.flatMap((entry): VisitorWriting[] => {
        const { conversationId, at } = entry;
        if (entry.kind === 'visitor_message') return [{ conversationId, at, text: entry.text, email: null }];
        if (entry.kind === 'message_left')
          return [{ conversationId, at, text: entry.text, email: entry.email }];
        return [];
      }),
    )
    .toSorted((left, right) => left.at - right.at);
}

function newestFirst<Lead extends { at: number }>(leads: Lead[]): Lead[] {
  return leads.toSorted((left, right) => right.at - left.at).slice(0, LEADS_LISTED);
}

export function interestLeads(episodes: readonly Episode[]): InterestLead[] {
  const byConversation = new Map<string, InterestLead>();
  for (const message of visitorMessages(episodes)) {
    if (byConversation.has(message.conversationId)) continue;
    const match = KEYWORD.exec(message.text);
    if (!match) continue;
    const text = message.text.replace(/\s+/g, ' ').trim();
    byConversation.set(message.conversationId, {
      conversationId: message.conversationId,
      at: message.at,
      keyword: match[0].toLowerCase().replace(/\s+/g, ' '),
      text: text.length > TEXT_LENGTH ? `${text.slice(0, TEXT_LENGTH - 1)}…` : text,
    });
  }
  return newestFirst([...byConversation.values()]);
}

export function emailLeads(episodes: readonly Episode[]): EmailLead[] {
  const byEmail = new Map<string, EmailLead>();
  for (const message of visitorMessages(episodes)) {
    const written = [...message.text.matchAll(EMAIL)].map(([address]) => address);
    for (const address of message.email === null ? written : [message.email, ...written]) {
      const email = address.toLowerCase();
      if (!byEmail.has(email))
        byEmail.set(email, { email, conversationId: message.conversationId, at: message.at });
    }
  }
  return newestFirst([...byEmail.values()]);
}
