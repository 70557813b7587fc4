/**
 * Integration-test support: a real Switchboard (HTTP server, Socket.IO relay, SQLite file) on a free port,
 * and real socket.io-client connections to it, as the widget and console make them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { io, type Socket } from 'socket.io-client';
import type { AgentClientEvents, AgentServerEvents } from '../../protocol/agent-events.js';
import type { VisitorContext } from '../../protocol/conversation.js';
import type { Entry } from '../../protocol/entries.js';
import { PROTOCOL_VERSION } from '../../protocol/version.js';
import type { VisitorClientEvents, VisitorServerEvents } from '../../protocol/visitor-events.js';
import { createAgentAccount } from '../auth/agent-accounts.js';
import type { DialogManager } from '../bot/dialog-manager.js';
import type { HandoffRulesBook } from '../handoff-rules-file.js';
import type { ReadinessProbe } from '../http/readiness.js';
import type { RateLimits } from '../limits/rate-limits.js';
import { silentLogger, type Logger } from '../logger.js';
import type { DeadlinePolicy } from '../relay/deadline-sweeper.js';
import type { WebhookPolicy } from '../webhooks/webhook-policy.js';
import { onAcknowledgedEntries } from './acknowledged-entries.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import { startSwitchboard, type RunningSwitchboard } from '../switchboard.js';

export type VisitorSocket = Socket<VisitorServerEvents, VisitorClientEvents>;
export type AgentSocket = Socket<AgentServerEvents, AgentClientEvents>;

export const SITE_ID = 'shop';
export const ADMIN = { email: 'admin@example.com', password: 'admin-password-for-tests' };
/** The tables of the SQLite store, for tests that check what was stored. */
export const TABLES = [
  'sites',
  'visitors',
  'conversations',
  'entries',
  'agents',
  'agent_sessions',
  'webhook_endpoints',
  'webhook_deliveries',
  'webhook_attempts',
  'retention_deletions',
] as const;
export type TableName = (typeof TABLES)[number];

export interface VisitorConnectionOptions {
  token?: string | null;
  siteId?: string;
  origin?: string;
  /** Socket.IO's transports, in the order tried; WebSocket alone by default. */
  transports?: ('polling' | 'websocket')[];
}

export interface Harness {
  switchboard: RunningSwitchboard;
  store: Store;
  /** Connects a visitor's widget; pass the token of an earlier connection to be the same visitor. */
  connectVisitor(options?: VisitorConnectionOptions): Promise<VisitorSocket>;
  /**
   * Connects a new visitor and resumes their session on `context`, as the widget does before anything else;
   * with the token the relay gave them.
   */
  connectResumedVisitor(context: VisitorContext): Promise<{ visitor: VisitorSocket; token: string }>;
  /** Creates an agent account, signs it in over HTTP and connects its console. */
  connectAgent(name: string): Promise<AgentSocket>;
  /** Connects a console with a session cookie from `signIn`; the promise rejects if the relay refuses. */
  connectAgentSession(cookie: string, options?: { origin?: string }): Promise<AgentSocket>;
  /** Signs in over HTTP and returns the session cookie. */
  signIn(email: string, password: string): Promise<string>;
  /** Every row of every table, read straight from the SQLite file, to check what a request stored. */
  readAllRows(): Record<TableName, unknown[]>;
  close(): Promise<void>;
}

/** How a harness's relay differs from the product's defaults. */
export interface HarnessOptions {
  /** The relay's rate limits; the product's defaults when left out, none with null. */
  rateLimits?: RateLimits | null;
  /** Where the relay logs; nowhere by default. */
  logger?: Logger;
  /** The stored deadlines' lengths; the product's defaults when left out. */
  deadlines?: DeadlinePolicy;
  /** Readiness probes besides the store's. */
  readinessProbes?: ReadinessProbe[];
  /** The bearer token `/metrics` asks for; none by default. */
  metricsToken?: string;
  /** A SQLite file to share with another harness, as two relay processes share a store; a fresh one by default. */
  databaseFile?: string;
  /** How webhooks are attempted and retried; the product's defaults when left out. */
  webhooks?: WebhookPolicy;
  /** Each site's handoff rules; the built-in ones when left out. */
  handoffRules?: HandoffRulesBook;
  /** The relay's clock, in ms since the Unix epoch; the system's when left out. */
  now?: () => number;
}

/** Placeholder builds and demo page, so the static routes answer as they do in production. */
function writePlaceholderBuilds(directory: string): void {
  for (const app of ['frame', 'console']) {
    mkdirSync(join(directory, 'public', app, 'assets'), { recursive: true });
    writeFileSync(
      join(directory, 'public', app, 'index.html'),
      `<!doctype html><html><head><title>${app}</title></head><body></body></html>`,
    );
  }
  writeFileSync(join(directory, 'public', 'widget.js'), '// the loader\n');
  mkdirSync(join(directory, 'demo'));
  writeFileSync(join(directory, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
}

export async function startHarness(
  dialogManager: DialogManager,
  options: HarnessOptions = {},
): Promise<Harness> {
  const directory = mkdtempSync(join(tmpdir(), 'switchboard-relay-'));
  const databaseFile = options.databaseFile ?? join(directory, 'store.sqlite');
  const store = openSqliteStore(databaseFile);
  writePlaceholderBuilds(directory);
  const switchboard = await startSwitchboard({
    port: 0,
    store,
    dialogManager,
    sites: [{ id: SITE_ID, name: 'Shop', allowedOrigins: ['https://shop.example'] }],
    admin: ADMIN,
    publicDirectory: join(directory, 'public'),
    demoDirectory: join(directory, 'demo'),
    logger: options.logger ?? silentLogger,
    announce: () => {},
    ...(options.rateLimits === undefined ? {} : { rateLimits: options.rateLimits }),
    ...(options.deadlines === undefined ? {} : { deadlines: options.deadlines }),
    ...(options.readinessProbes ? { readinessProbes: options.readinessProbes } : {}),
    ...(options.metricsToken ? { metricsToken: options.metricsToken } : {}),
    ...(options.webhooks === undefined ? {} : { webhooks: options.webhooks }),
    ...(options.handoffRules === undefined ? {} : { handoffRules: options.handoffRules }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const sockets: Socket[] = [];
  const reader = new SQLite(databaseFile, { readonly: true });

  function track<S extends Socket>(socket: S): Promise<S> {
    sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }

  async function signIn(email: string, password: string): Promise<string> {
    const response = await fetch(`${switchboard.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const cookie = response.headers.get('set-cookie');
    if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status}`);
    return cookie.split(';')[0] ?? '';
  }

  function connectAgentSession(cookie: string, { origin }: { origin?: string } = {}) {
    return track<AgentSocket>(
      io(`${switchboard.url}/agent`, {
        auth: { protocolVersion: PROTOCOL_VERSION },
        transports: ['websocket'],
        reconnection: false,
        // Its own connection: a shared one would carry the first socket's headers (cookie, origin).
        forceNew: true,
        extraHeaders: origin ? { cookie, origin } : { cookie },
      }),
    );
  }

  function connectVisitor({
    token = null,
    siteId = SITE_ID,
    origin,
    transports = ['websocket'],
  }: VisitorConnectionOptions = {}) {
    return track<VisitorSocket>(
      io(`${switchboard.url}/visitor`, {
        auth: { protocolVersion: PROTOCOL_VERSION, siteId, token },
        transports,
        reconnection: false,
        // Its own connection: a shared one would carry the first socket's headers (cookie, origin).
        forceNew: true,
        ...(origin ? { extraHeaders: { origin } } : {}),
      }),
    );
  }

  /**
   * Resolves once the store counts the agent connected: the relay records a socket just after accepting
   * it, and a test that asks for a person next must find the agent there, as a person would.
   */
  async function untilOnline(name: string): Promise<void> {
    for (;;) {
      const team = await store.listAgentPresence(0);
      if (team.some((agent) => agent.name === name && agent.isOnline)) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  return {
    switchboard,
    store,
    signIn,
    connectAgentSession,
    readAllRows() {
      const rows = {} as Record<TableName, unknown[]>;
      for (const table of TABLES) rows[table] = reader.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
      return rows;
    },
    connectVisitor,
    async connectResumedVisitor(context) {
      const visitor = await connectVisitor();
      const resumed = await visitor.emitWithAck('session:resume', {
        conversationId: null,
        lastSeq: 0,
        context,
      });
      if (!resumed.ok) throw new Error(`The visitor's session was not resumed: ${resumed.error.code}`);
      return { visitor, token: resumed.token };
    },
    async connectAgent(name) {
      const email = `${name.toLowerCase()}@example.com`;
      await createAgentAccount(
        store,
        { email, name, role: 'agent', password: `${name}-password` },
        Date.now(),
      );
      const socket = await connectAgentSession(await signIn(email, `${name}-password`));
      await untilOnline(name);
      return socket;
    },
    async close() {
      for (const socket of sockets) socket.disconnect();
      reader.close();
      await switchboard.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Collects the entries a socket receives, and waits for one that matches. */
export function collectEntries(socket: VisitorSocket | AgentSocket) {
  const entries: Entry[] = [];
  const waiters: { matches: (entry: Entry) => boolean; resolve: (entry: Entry) => void }[] = [];
  function add(entry: Entry): void {
    entries.push(entry);
    for (const waiter of waiters.filter((candidate) => candidate.matches(entry))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(entry);
    }
  }
  (socket as VisitorSocket).on('entry:added', add);
  return {
    entries,
    add,
    waitFor(matches: (entry: Entry) => boolean, timeoutMs = 5000): Promise<Entry> {
      const held = entries.find(matches);
      if (held) return Promise.resolve(held);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out waiting for an entry')), timeoutMs);
        waiters.push({ matches, resolve: (entry) => (clearTimeout(timer), resolve(entry)) });
      });
    },
  };
}

/**
 * Collects the entries a visitor's tab or a console holds, as the widget and the console do: those fanned
 * out to it, and those its own commands' acknowledgements carry (see `onAcknowledgedEntries`).
 */
export function collectTabEntries(socket: VisitorSocket | AgentSocket) {
  const log = collectEntries(socket);
  onAcknowledgedEntries(socket, (entries) => entries.forEach(log.add));
  return log;
}
