/**
 * The built-in bot: answers small talk itself, and questions with the best passage of a knowledge base.
 * When no passage answers the question well enough, it says so plainly and marks the reply as a miss; the
 * conversation core decides when misses hand the visitor to a person.
 */
import type { BotReply, BotTurn, DialogManager } from './dialog-manager.js';
import { answerExcerpt } from './answer-excerpt.js';
import type { KnowledgeDocument } from './knowledge-document.js';
import type { KnowledgeIndex, KnowledgeMatch } from './knowledge-index.js';
import { recogniseSmallTalk, type SmallTalk } from './small-talk.js';
import type { AssistantTone } from '../../protocol/sites.js';

/** The least share of a question a passage must cover to answer it; see {@link KnowledgeMatch.coverage}. */
export const DEFAULT_MIN_COVERAGE = 0.6;
/** The least score a passage must reach to answer a question; see {@link KnowledgeMatch.score}. */
export const DEFAULT_MIN_SCORE = 2;
/** The longest answer, in characters; longer passages are cut after a whole sentence. */
export const DEFAULT_MAX_ANSWER_LENGTH = 600;
/** How many document titles the greeting names when no document has a topic. */
const GREETING_TOPIC_COUNT = 4;

/** What the bot says when no passage answers the question. */
export const MISS_TEXT =
  "I'm not sure about that one. Could you rephrase it, or press “Talk to a person” to reach our team?";

export interface KnowledgeBotOptions {
  index: KnowledgeIndex;
  /**
   * How the bot introduces itself ("Hello! I'm {assistantName}.") when the turn does not name the site's
   * assistant. Defaults to "the virtual assistant".
   */
  assistantName?: string;
  /**
   * What the greeting offers help with, such as `['delivery', 'returns', 'sizing']`; defaults to the topics
   * of the index's documents, or when none has one, the titles of its first four.
   */
  topics?: readonly string[];
  /** Defaults to {@link DEFAULT_MIN_COVERAGE}. */
  minCoverage?: number;
  /** Defaults to {@link DEFAULT_MIN_SCORE}. */
  minScore?: number;
  /** Defaults to {@link DEFAULT_MAX_ANSWER_LENGTH}. */
  maxAnswerLength?: number;
}

/** Creates the knowledge bot, a {@link DialogManager} that answers from `index`. */
export function createKnowledgeBot(options: KnowledgeBotOptions): DialogManager {
  const {
    index,
    assistantName = 'the virtual assistant',
    minCoverage = DEFAULT_MIN_COVERAGE,
    minScore = DEFAULT_MIN_SCORE,
    maxAnswerLength = DEFAULT_MAX_ANSWER_LENGTH,
  } = options;
  const topics = options.topics ?? defaultTopics(index.documents);
  const offer = topics.length > 0 ? `I can answer questions about ${listOf(topics)}. ` : '';
  const isGoodMatch = (match: KnowledgeMatch | undefined): match is KnowledgeMatch =>
    match !== undefined && match.coverage >= minCoverage && match.score >= minScore;

  return {
    async reply(turn: BotTurn): Promise<BotReply> {
      const smallTalk = recogniseSmallTalk(turn.text);
      if (smallTalk) {
        const { name = assistantName, tone = 'friendly' } = turn.assistant ?? {};
        const text = SMALL_TALK_REPLIES[tone](name, offer)[smallTalk];
        return { messages: [{ text, sources: [] }], isMiss: false };
      }

      const [best] = index.search(turn.text, 1);
      if (!isGoodMatch(best)) return { messages: [{ text: MISS_TEXT, sources: [] }], isMiss: true };
      const text = answerExcerpt(best.passage.text, maxAnswerLength);
      return {
        messages: [{ text, sources: [{ title: best.document.title, url: best.document.url }] }],
        isMiss: false,
      };
    },
  };
}

/** The bot's answers to small talk, in each tone a site can choose. */
const SMALL_TALK_REPLIES: Record<AssistantTone, (name: string, offer: string) => Record<SmallTalk, string>> =
  {
    friendly: (name, offer) => ({
      greeting: `Hello! I'm ${name}. ${offer}What would you like to know?`,
      thanks: "You're welcome! Is there anything else I can help with?",
      farewell: 'Thanks for chatting. Goodbye!',
      acknowledgement: "Okay! If there's anything else, just ask.",
    }),
    formal: (name, offer) => ({
      greeting: `Good day. I am ${name}. ${offer}How may I help you?`,
      thanks: 'You are welcome. May I help you with anything else?',
      farewell: 'Thank you for contacting us. Goodbye.',
      acknowledgement: 'Very well. Please let me know if there is anything else.',
    }),
  };

function defaultTopics(documents: readonly KnowledgeDocument[]): string[] {
  const topics = documents.flatMap((document) => (document.topic ? [document.topic] : []));
  if (topics.length > 0) return topics;
  return documents.slice(0, GREETING_TOPIC_COUNT).map((document) => document.title);
}

/**
 * "a and b", or "a, b, and c" (titles often contain "and" themselves), each starting in lowercase unless it
 * starts with an acronym such as "UK".
 */
function listOf(topics: readonly string[]): string {
  const phrases = topics.map((topic) =>
    /^\p{Lu}\p{Ll}/u.test(topic) ? topic.charAt(0).toLowerCase() + topic.slice(1) : topic,
  );
  if (phrases.length <= 2) return phrases.join(' and ');
  return `${phrases.slice(0, -1).join(', ')}, and ${phrases.at(-1)}`;
}
