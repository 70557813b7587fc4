import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ensureFirstAdmin } from './auth/agent-accounts.js';
import type { DialogManager } from './bot/dialog-manager.js';
import { createApp } from './http/create-app.js';
import { createRateLimiters, DEFAULT_RATE_LIMITS, type RateLimits } from './limits/rate-limits.js';
import type { Logger } from './logger.js';
import { randomId } from './auth/secrets.js';
import { createRelay, type Relay, type RelayOptions } from './relay/create-relay.js';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './relay/deadline-sweeper.js';
import { createRetentionSweeper, type RetentionSweeper } from './retention/retention-sweeper.js';
import type { Site, Store } from './store/store.js';
import { DEFAULT_WEBHOOK_POLICY, type WebhookPolicy } from './webhooks/webhook-policy.js';
import { createWebhookDispatcher, type WebhookDispatcher } from './webhooks/webhook-dispatcher.js';

export interface SwitchboardOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** An unmigrated store; Switchboard migrates it, and closes it when it stops. */
  store: Store;
  dialogManager: DialogManager;
  /** Sites to create or update at start. */
  sites: Omit<Site, 'createdAt'>[];
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
  /** How webhooks are attempted and retried; `DEFAULT_WEBHOOK_POLICY` when left out. */
  webhooks?: WebhookPolicy;
}

export interface RunningSwitchboard {
  /** The base URL it listens on, such as `http://localhost:3000`. */
  url: string;
  relay: Relay;
  /** Delivers the webhook outbox, in the background. */
  webhooks: WebhookDispatcher;
  /** Applies the sites' retention, in the background. */
  retention: RetentionSweeper;
  /** Stops accepting connections, lets bot replies under way settle, and closes the store. */
  close(): Promise<void>;
}

/** Starts the whole product in this process: store, relay, HTTP server. */
export async function startSwitchboard(options: SwitchboardOptions): Promise<RunningSwitchboard> {
  const { store, dialogManager, logger, announce, publicDirectory, demoDirectory } = options;
  const now = options.now ?? Date.now;
  await store.migrate();
  for (const site of options.sites) await store.upsertSite({ ...site, createdAt: now() });
  await ensureFirstAdmin(store, options.admin, { now: now(), logger, announce });
  const limiters = createRateLimiters(
    options.rateLimits === undefined ? DEFAULT_RATE_LIMITS : options.rateLimits,
    now,
  );

  const app = createApp({
    store,
    now,
    limiters,
    publicDirectory,
    demoDirectory,
    onSignOut: (agentId) => relay.disconnectAgent(agentId),
  });
  // The app must be the server's request handler before Socket.IO attaches: Socket.IO answers its own
  // long-polling requests and passes every other request to the handlers it found, so a handler added
  // afterwards would also receive requests Socket.IO has already answered.
  const httpServer = createServer(app);
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
    ...(options.adapter === undefined ? {} : { adapter: options.adapter }),
  });
  await relay.start();
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

  return {
    url,
    relay,
    webhooks,
    retention,
    async close() {
      await Promise.all([webhooks.stop(), retention.stop()]);
      await relay.close();
      httpServer.closeAllConnections();
      await store.close();
    },
  };
}
