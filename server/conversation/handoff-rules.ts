/**
 * A site's handoff rules: when the assistant hands a visitor to a person, when a person is there to take
 * them, and how waiting visitors reach one. Read from the handoff rules file (see the README); every field
 * has a default, so a site without rules behaves as {@link DEFAULT_HANDOFF_RULES} says.
 */

/** Days of the week, as the rules file names them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A stretch of a day, in minutes after local midnight: `[540, 1020)` is 09:00 to 17:00. */
export interface OpeningSpan {
  startMinute: number;
  /** Exclusive; at most 1440. */
  endMinute: number;
}

/** When the team answers, in the team's own time zone. */
export interface OpeningHours {
  /** An IANA time zone name, such as `Europe/Paris`. */
  timeZone: string;
  /** The open spans of each weekday; a day absent or empty is closed. */
  weekly: Partial<Record<Weekday, OpeningSpan[]>>;
  /** Days closed all day, as `YYYY-MM-DD` in {@link timeZone}. */
  holidays: string[];
}

/** A subject the site always gives to a person, recognised by any of its phrases. */
export interface HandoffTopic {
  /** Named in the handoff's reason, for the agent ("billing"). */
  name: string;
  /** Words or phrases, matched case-insensitively as whole words ("refund", "cancel my account"). */
  phrases: string[];
}

/**
 * How waiting conversations reach agents: `auto` assigns each to the least-loaded online agent under
 * capacity; `queue` lists them for agents to claim.
 */
export type RoutingMode = 'auto' | 'queue';

export interface HandoffRules {
  /** Phrases that ask for a person, besides the built-in ones ("talk to a human", "real person", …). */
  requestPhrases: string[];
  /** Bot answers in a row that miss, or fall under {@link minConfidence}, before a person takes over. */
  botMissesInARow: number;
  /** The least confidence (0 to 1) a bot answer needs to count as an answer. */
  minConfidence: number;
  /** Subjects that always go to a person. */
  topics: HandoffTopic[];
  /** Phrases that show the visitor is frustrated ("this is useless"); repeating a question also counts. */
  frustrationPhrases: string[];
  /** Frustration signals while with the bot before a person takes over. */
  frustrationSignals: number;
  routing: RoutingMode;
  /** The most conversations routing assigns to one agent at once. */
  capacityPerAgent: number;
  /** When the team answers; null for always. */
  hours: OpeningHours | null;
  /** How a wait nobody accepts is escalated, in ms after the visitor started waiting. */
  escalation: {
    /** When agents are asked again (a new notification, and routing tries again). */
    reofferAfterMs: number;
    /** When the visitor is offered to leave a message instead of waiting on. */
    offerMessageAfterMs: number;
  };
}

export const DEFAULT_HANDOFF_RULES: HandoffRules = {
  requestPhrases: [],
  botMissesInARow: 2,
  minConfidence: 0.5,
  topics: [],
  frustrationPhrases: [
    'this is useless',
    'not helpful',
    'you are not helping',
    "you're not helping",
    'that is not what i asked',
    'that does not answer',
    'stupid bot',
  ],
  frustrationSignals: 2,
  routing: 'queue',
  capacityPerAgent: 3,
  hours: null,
  escalation: { reofferAfterMs: 2 * 60_000, offerMessageAfterMs: 5 * 60_000 },
};
