/** What the frame remembers about the visitor between page loads, under `switchboard:visitor:<siteId>`. */
export interface VisitorRecord {
  /** The secret the relay issued; null for a visitor it has not met yet. */
  token: string | null;
  /** The conversation the visitor had, or null. */
  conversationId: string | null;
  /** The newest seq the visitor has seen with the panel open, for the unread count. */
  seenSeq: number;
}

/** The shapes the relay's handshake and resume schemas accept; anything else is not worth sending. */
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
const IDENTIFIER = /^[A-Za-z0-9_-]{1,64}$/;

export const EMPTY_VISITOR_RECORD: VisitorRecord = { token: null, conversationId: null, seenSeq: 0 };

/** The storage key for a site's visitor record. */
export function visitorKey(siteId: string): string {
  return `switchboard:visitor:${siteId}`;
}

/** The storage key for a site's unsent messages. */
export function outboxKey(siteId: string): string {
  return `switchboard:outbox:${siteId}`;
}

/** Reads a stored record; a malformed one counts as a new visitor. */
export function parseVisitorRecord(raw: string | null): VisitorRecord {
  if (raw === null) return EMPTY_VISITOR_RECORD;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return EMPTY_VISITOR_RECORD;
  }
  if (typeof stored !== 'object' || stored === null) return EMPTY_VISITOR_RECORD;
  const { token, conversationId, seenSeq } = stored as Record<string, unknown>;
  if (typeof token !== 'string' || !TOKEN.test(token)) return EMPTY_VISITOR_RECORD;
  return {
    token,
    conversationId:
      typeof conversationId === 'string' && IDENTIFIER.test(conversationId) ? conversationId : null,
    seenSeq: typeof seenSeq === 'number' && Number.isSafeInteger(seenSeq) && seenSeq >= 0 ? seenSeq : 0,
  };
}

export function serialiseVisitorRecord(record: VisitorRecord): string {
  return JSON.stringify(record);
}
