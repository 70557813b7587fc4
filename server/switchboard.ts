import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CreateSiteRequest } from '../protocol/sites.js';
import { ensureFirstAdmin } from './auth/agent-accounts.js';
import type { RemoteDialogManager } from './bot/bot-failure.js';
import type { DialogManager } from './bot/dialog-manager.js';
import { DEFAULT_RULES_BOOK, type HandoffRulesBook } from './handoff-rules-file.js';
import { createApp } from './http/create-app.js';
import { trackOpenConnections } from './http/open-connections.js';
import { createReadiness, type ReadinessProbe } from './http/readiness.js';
import { createRateLimiters, DEFAULT_RATE_LIMITS, type RateLimits } from './limits/rate-limits.js';
import type { Logger } from './logger.js';
import { randomId } from './auth/secrets.js';
import { countRefusals } from './metrics/counted-limiters.js';
import { countConnected, observeRelayInto } from './metrics/relay-metrics.js';
import { createSwitchboardMetrics } from './metrics/switchboard-metrics.js';
import { timeCommits } from './metrics/timed-store.js';
import { createRelay, type Relay, type RelayOptions } from './relay/create-relay.js';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './relay/deadline-sweeper.js';
import { refuseNewSessionsWhen } from './relay/session-gate.js';
import { createRetentionSweeper, type RetentionSweeper } from './retention/retention-sweeper.js';
import type { Store } from './store/store.js';
import { DEFAULT_WEBHOOK_POLICY, type WebhookPolicy } from './webhooks/webhook-policy.js';
import { createWebhookDispatcher, type WebhookDispatcher } from './webhooks/webhook-dispatcher.js';

/**
 * How long clients have to answer the closing of their connections during a graceful shutdown, before the
 * connections are cut: a peer answers in a round trip, so only one that is gone or stuck takes longer.
 */
const CLIENT_CLOSE_GRACE_MS = 2000;

export interface SwitchboardOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** An unmigrated store; Switchboard migrates it, and closes it when it stops. */
  store: Store;
  /** The bot; one over HTTP also counts its failed answers, which `/metrics` reports. */
  dialogManager: DialogManager & Partial<Pick<RemoteDialogManager, 'failures'>>;
  /**
   * Sites to create at start if they do not exist yet. A site that exists is left as it is: what admins
   * change in the console wins over the seed.
   */
  sites: CreateSiteRequest[];
  /** The first admin's credentials; without a password, one is generated and announced once. */
  admin: { email: string | undefined; password: string | undefined };
  publicDirectory: string;
  demoDirectory: string;
  logger: Logger;
  /** Where text for the person who started the server goes. */
  announce: (text: string) => void;
  now?: () => number;
  /** The rate limits; `DEFAULT_RATE_LIMITS` when left out, none at all with null (load tests only). */
  rateLimits?: RateLimits | null;
  /** The stored deadlines' lengths; `DEFAULT_DEADLINE_POLICY` when left out. */
  deadlines?: DeadlinePolicy;
  /** How Socket.IO reaches the other relay processes; one process alone when left out. */
  adapter?: RelayOptions['adapter'];
  /** Dependencies `/readyz` checks besides the store, which it always checks (such as Redis). */
  readinessProbes?: ReadinessProbe[];
  /** The bearer token `/metrics` asks for; without one, it answers anyone who can reach it. */
  metricsToken?: string | null;
  /** How webhooks are attempted and retried; `DEFAULT_WEBHOOK_POLICY` when left out. */
  webhooks?: WebhookPolicy;
  /** Each site's handoff rules; the built-in rules for every site when left out. */
  handoffRules?: HandoffRulesBook;
  /**
   * Runs once the store is migrated and the sites exist, before the first request is taken: to seed what
   * the first visitor needs, such as the demo site's knowledge.
   */
  prepare?: (store: Store) => Promise<void>;
}

export interface RunningSwitchboard {
  /** The base URL it listens on, such as `http://localhost:3000`. */
  url: string;
  relay: Relay;
  /** Delivers the webhook outbox, in the background. */
  webhooks: WebhookDispatcher;
  /** Applies the sites' retention, in the background. */
  retention: RetentionSweeper;
  /**
   * Shuts down gracefully: `/readyz` answers 503 and new Socket.IO sessions are refused at once; commands
   * and bot replies under way settle, still reaching the clients connected; then every client's connection
   * is closed as a dropped transport (not a Socket.IO disconnect), so the widget and console reconnect by
   * themselves, to another process behind the load balancer, and resume from their last seq; then the
   * HTTP server and the store close. Calling it again returns the same promise.
   */
  close(): Promise<void>;
}

/** Starts the whole product in this process: store, relay, HTTP server. */
export async function startSwitchboard(options: SwitchboardOptions): Promise<RunningSwitchboard> {
  const { dialogManager, logger, announce, publicDirectory, demoDirectory } = options;
  const now = options.now ?? Date.now;
  // The sources are read at scrape time, by which time the store and relay below exist.
  const metrics = createSwitchboardMetrics(
    {
      connected: () => countConnected(relay.io),
      openConversations: () => store.countOpenConversations(),
      droppedBotReplies: () => relay.conversations.droppedBotReplies(),
      botFailures: () => dialogManager.failures?.() ?? {},
    },
    logger,
  );
  const store = timeCommits(options.store, metrics.appendDuration);
  const readiness = createReadiness(
    [{ name: 'store', check: () => store.ping() }, ...(options.readinessProbes ?? [])],
    logger,
  );
  await store.migrate();
  for (const site of options.sites) await store.createSite({ ...site, createdAt: now() });
  await ensureFirstAdmin(store, options.admin, { now: now(), logger, announce });
  await options.prepare?.(store);
  const limiters = countRefusals(
    createRateLimiters(options.rateLimits === undefined ? DEFAULT_RATE_LIMITS : options.rateLimits, now),
    metrics.rateLimited,
  );

  const app = createApp({
    store,
    now,
    limiters,
    publicDirectory,
    demoDirectory,
    onSignOut: (agentId) => relay.disconnectAgent(agentId),
    readiness,
    metrics: { registry: metrics.registry, token: options.metricsToken ?? null },
  });
  // The app must be the server's request handler before Socket.IO attaches: Socket.IO answers its own
  // long-polling requests and passes every other request to the handlers it found, so a handler added
  // afterwards would also receive requests Socket.IO has already answered.
  const httpServer = createServer(app);
  const connections = trackOpenConnections(httpServer);
  const nodeId = randomId();
  const relay = createRelay({
    httpServer,
    store,
    dialogManager,
    now,
    logger,
    limiters,
    nodeId,
    deadlines: options.deadlines ?? DEFAULT_DEADLINE_POLICY,
    rules: options.handoffRules ?? DEFAULT_RULES_BOOK,
    ...(options.adapter === undefined ? {} : { adapter: options.adapter }),
    observer: observeRelayInto(metrics),
  });
  await relay.start();
  refuseNewSessionsWhen(relay.io, readiness.isDraining);
  const webhooks = createWebhookDispatcher({
    store,
    nodeId,
    policy: options.webhooks ?? DEFAULT_WEBHOOK_POLICY,
    now,
    random: Math.random,
    logger,
  });
  webhooks.start();
  const retention = createRetentionSweeper({ store, nodeId, now, logger });
  retention.start();

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}`;

  /** The graceful shutdown; see `RunningSwitchboard.close`. */
  async function drainAndClose(): Promise<void> {
    readiness.drain();
    await Promise.all([webhooks.stop(), retention.stop()]);
    await relay.conversations.settled();
    // Closes every engine connection, so clients see a transport close rather than a Socket.IO disconnect,
    // then waits for the HTTP server to close, which the cut-off bounds.
    const cutOff = setTimeout(() => connections.destroyAll(), CLIENT_CLOSE_GRACE_MS);
    await relay.close();
    clearTimeout(cutOff);
    // Commands that arrived while the connections were closing.
    await relay.conversations.settled();
    await store.close();
  }
  let closed: Promise<void> | null = null;

  return {
    url,
    relay,
    webhooks,
    retention,
    close: () => (closed ??= drainAndClose()),
  };
}
