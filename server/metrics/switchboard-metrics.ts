import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry, type Metric } from 'prom-client';
import type { BotFailureCounts } from '../bot/bot-failure.js';
import type { HandoffTrigger } from '../../protocol/entries.js';
import { DEFAULT_RATE_LIMITS } from '../limits/rate-limits.js';
import type { Logger } from '../logger.js';
import type { OpenState } from '../store/store.js';

/** Who wrote a message. */
export type Author = 'visitor' | 'bot' | 'agent';

/** Every handoff trigger, so each has a series (at 0) from the start. */
const HANDOFF_TRIGGERS: Record<HandoffTrigger, true> = {
  visitor_button: true,
  visitor_phrase: true,
  bot_misses: true,
  low_confidence: true,
  keyword: true,
  frustration: true,
  agent_takeover: true,
  bot_request: true,
};
const AUTHORS: Record<Author, true> = { visitor: true, bot: true, agent: true };

/** What the gauges read when Prometheus scrapes, rather than tracking it as it changes. */
export interface MetricSources {
  /** Distinct visitors and agents with at least one socket open on this process. */
  connected(): { visitors: number; agents: number };
  /** Open conversations in each state, across the whole store. */
  openConversations(): Promise<Record<OpenState, number>>;
  /** Bot replies this process dropped because the bot had lost the conversation meanwhile. */
  droppedBotReplies(): number;
  /** Answers of bots over HTTP that could not be used, by why; none when no such bot is in use. */
  botFailures(): Partial<BotFailureCounts>;
}

/** The metrics that code updates as things happen; the rest are read from `MetricSources` at scrape. */
export interface SwitchboardMetrics {
  /** Every series, and Node's process metrics: what `/metrics` serves. */
  registry: Registry;
  messages: Counter<'author'>;
  /** Seconds from asking the store to commit to its answer. */
  appendDuration: Histogram;
  handoffs: Counter<'trigger'>;
  /** Seconds a visitor waited for a person, observed when an agent joins. */
  queueWait: Histogram;
  commandsRefused: Counter<'namespace' | 'event' | 'code'>;
  rateLimited: Counter<'limiter'>;
}

/**
 * Creates Switchboard's metrics in a registry of their own (not prom-client's global one), so several
 * Switchboards in one process, as in the tests, keep separate figures; they share the process's metrics,
 * which are the same for all of them. Counters are per process: with
 * several relay processes, sum them. The open-conversations gauge counts the whole store, so every process
 * reports the same figures: take their max, not their sum.
 */
/** Node's process metrics (CPU, memory, event-loop lag, GC): collected once per process, when first asked. */
let processMetrics: Registry | null = null;
function sharedProcessMetrics(): Registry {
  if (processMetrics === null) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics });
  }
  return processMetrics;
}

export function createSwitchboardMetrics(sources: MetricSources, logger: Logger): SwitchboardMetrics {
  const own = new Registry();
  const registers = [own];

  // Read when Prometheus scrapes, from the process and the store, rather than tracked as things change.
  const readAtScrape = [
    new Gauge({
      name: 'switchboard_connected_visitors',
      help: 'Visitors with at least one chat connection open to this process.',
      registers: [],
      collect() {
        this.set(sources.connected().visitors);
      },
    }),
    new Gauge({
      name: 'switchboard_connected_agents',
      help: 'Agents with at least one console connection open to this process.',
      registers: [],
      collect() {
        this.set(sources.connected().agents);
      },
    }),
    new Gauge({
      name: 'switchboard_open_conversations',
      help: 'Open conversations in the store by state (bot, waiting, agent); state="waiting" is the queue. The same from every process.',
      labelNames: ['state'],
      registers: [],
      async collect() {
        // One aggregate query per scrape: the store, not this process, knows every node's conversations.
        const counts = await sources.openConversations().catch((error: unknown) => {
          logger.warn('metrics could not count conversations', { error: String(error) });
          return null;
        });
        this.reset();
        if (counts) for (const [state, count] of Object.entries(counts)) this.set({ state }, count);
      },
    }),
    new Counter({
      name: 'switchboard_bot_replies_dropped_total',
      help: 'Bot replies dropped because an agent had taken the conversation over meanwhile.',
      registers: [],
      collect() {
        this.reset();
        this.inc(sources.droppedBotReplies());
      },
    }),
    new Counter({
      name: 'switchboard_bot_failures_total',
      help: 'Answers of a bot over HTTP that could not be used, by kind (timeout, network, http_status, invalid_json, …); the visitor got an apology and the offer of a person instead.',
      labelNames: ['kind'],
      registers: [],
      collect() {
        this.reset();
        for (const [kind, count] of Object.entries(sources.botFailures())) this.inc({ kind }, count);
      },
    }),
  ];
  for (const metric of readAtScrape) own.registerMetric(metric as Metric);

  const messages = new Counter({
    name: 'switchboard_messages_total',
    help: 'Messages committed, by author (visitor, bot, agent); rate() gives messages per second.',
    labelNames: ['author'],
    registers,
  });
  for (const author of Object.keys(AUTHORS)) messages.inc({ author }, 0);

  const handoffs = new Counter({
    name: 'switchboard_handoffs_total',
    help: 'Handoffs to a person, by trigger (visitor_button, keyword, frustration, …).',
    labelNames: ['trigger'],
    registers,
  });
  for (const trigger of Object.keys(HANDOFF_TRIGGERS)) handoffs.inc({ trigger }, 0);

  const rateLimited = new Counter({
    name: 'switchboard_rate_limited_total',
    help: 'Requests refused by a rate limit, by limit (visitorCommands, signInsPerAddress, …).',
    labelNames: ['limiter'],
    registers,
  });
  for (const limiter of Object.keys(DEFAULT_RATE_LIMITS)) rateLimited.inc({ limiter }, 0);

  const appendDuration = new Histogram({
    name: 'switchboard_append_duration_seconds',
    help: 'Time to commit entries to the store durably (or learn of a conflict), group commit included.',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers,
  });
  const queueWait = new Histogram({
    name: 'switchboard_queue_wait_seconds',
    help: 'Time from asking for a person to an agent joining, observed when the agent joins.',
    buckets: [5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600],
    registers,
  });
  const commandsRefused = new Counter({
    name: 'switchboard_commands_refused_total',
    help: 'Socket.IO commands refused, by namespace, command and error code; invalid_payload is a validation failure.',
    labelNames: ['namespace', 'event', 'code'],
    registers,
  });

  return {
    // Merged after every metric above is registered: merging copies the registries' metrics as they are.
    registry: Registry.merge([sharedProcessMetrics(), own]),
    messages,
    handoffs,
    rateLimited,
    appendDuration,
    queueWait,
    commandsRefused,
  };
}
