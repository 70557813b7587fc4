/**
 * Integration-test support: a real Switchboard (HTTP server, Socket.IO relay, SQLite file) on a free port,
 * and real socket.io-client connections to it, as the widget and console make them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { AgentClientEvents, AgentServerEvents } from '../../protocol/agent-events.js';
import type { Entry } from '../../protocol/entries.js';
import { PROTOCOL_VERSION } from '../../protocol/version.js';
import type { VisitorClientEvents, VisitorServerEvents } from '../../protocol/visitor-events.js';
import { createAgentAccount } from '../auth/agent-accounts.js';
import type { DialogManager } from '../bot/dialog-manager.js';
import { silentLogger } from '../logger.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import { startSwitchboard, type RunningSwitchboard } from '../switchboard.js';

export type VisitorSocket = Socket<VisitorServerEvents, VisitorClientEvents>;
export type AgentSocket = Socket<AgentServerEvents, AgentClientEvents>;

export const SITE_ID = 'shop';
export const ADMIN = { email: 'admin@example.com', password: 'admin-password-for-tests' };

export interface Harness {
  switchboard: RunningSwitchboard;
  store: Store;
  /** Connects a visitor's widget; pass the token of an earlier connection to be the same visitor. */
  connectVisitor(options?: {
    token?: string | null;
    siteId?: string;
    origin?: string;
    /** Socket.IO's transports, in the order tried; WebSocket alone by default. */
    transports?: ('polling' | 'websocket')[];
  }): Promise<VisitorSocket>;
  /** Creates an agent account, signs it in over HTTP and connects its console. */
  connectAgent(name: string): Promise<AgentSocket>;
  /** Signs in over HTTP and returns the session cookie. */
  signIn(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(dialogManager: DialogManager): Promise<Harness> {
  const directory = mkdtempSync(join(tmpdir(), 'switchboard-relay-'));
  const store = openSqliteStore(join(directory, 'store.sqlite'));
  const switchboard = await startSwitchboard({
    port: 0,
    store,
    dialogManager,
    sites: [{ id: SITE_ID, name: 'Shop', allowedOrigins: ['https://shop.example'] }],
    admin: ADMIN,
    publicDirectory: join(directory, 'public'),
    demoDirectory: join(directory, 'demo'),
    logger: silentLogger,
    announce: () => {},
  });
  const sockets: Socket[] = [];

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

  return {
    switchboard,
    store,
    signIn,
    connectVisitor({ token = null, siteId = SITE_ID, origin, transports = ['websocket'] } = {}) {
      return track<VisitorSocket>(
        io(`${switchboard.url}/visitor`, {
          auth: { protocolVersion: PROTOCOL_VERSION, siteId, token },
          transports,
          reconnection: false,
          ...(origin ? { extraHeaders: { origin } } : {}),
        }),
      );
    },
    async connectAgent(name) {
      const email = `${name.toLowerCase()}@example.com`;
      await createAgentAccount(
        store,
        { email, name, role: 'agent', password: `${name}-password` },
        Date.now(),
      );
      const cookie = await signIn(email, `${name}-password`);
      return track<AgentSocket>(
        io(`${switchboard.url}/agent`, {
          auth: { protocolVersion: PROTOCOL_VERSION },
          transports: ['websocket'],
          reconnection: false,
          extraHeaders: { cookie },
        }),
      );
    },
    async close() {
      for (const socket of sockets) socket.disconnect();
      await switchboard.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Collects the entries a socket receives, and waits for one that matches. */
export function collectEntries(socket: VisitorSocket | AgentSocket) {
  const entries: Entry[] = [];
  const waiters: { matches: (entry: Entry) => boolean; resolve: (entry: Entry) => void }[] = [];
  (socket as VisitorSocket).on('entry:added', (entry) => {
    entries.push(entry);
    for (const waiter of waiters.filter((candidate) => candidate.matches(entry))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(entry);
    }
  });
  return {
    entries,
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
