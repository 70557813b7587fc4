import { atom, computed, type ReadableAtom } from 'nanostores';
import type { AgentPresence } from '../../protocol/agent-events.js';
import { createClock } from './clock.js';
import { createConversationStore, type ConversationStore } from './conversation-store.js';
import { createInboxStore, type InboxStore } from './inbox-store.js';
import { defaultRange } from './insights-range.js';
import { createInsightsStore, type InsightsStore } from './insights-store.js';
import { conversationFromHash, hashOf, pageFromHash, type ConsolePage } from './page-route.js';
import type {
  AgentLink,
  ConsoleLocation,
  InsightsApi,
  OpenAgentLink,
  SendCommand,
  SessionApi,
  SettingsApi,
} from './ports.js';
import { createSessionStore, type SessionStore } from './session-store.js';
import { createSettingsStore, type SettingsStore } from './settings-store.js';
import { createWebhookSettingsStore, type WebhookSettingsStore } from './webhook-settings-store.js';

/** How the live connection stands, for the status line. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface Connection {
  status: ConnectionStatus;
  /** Why the relay refused the connection, while `offline`. */
  message: string | null;
}

/** How often wait times in the inbox are refreshed. */
const CLOCK_INTERVAL_MS = 5_000;

export interface ConsoleModelPorts {
  sessionApi: SessionApi;
  settingsApi: SettingsApi;
  insightsApi: InsightsApi;
  openLink: OpenAgentLink;
  location: ConsoleLocation;
  newClientId(): string;
  /** The agent's own time zone, the Insights page's first choice. */
  timeZone: string;
  /** Now, in ms since the Unix epoch. */
  now(): number;
}

/** Everything the console's UI reads and does; the UI reaches the network only through it. */
export interface ConsoleModel {
  session: SessionStore;
  inbox: InboxStore;
  conversation: ConversationStore;
  $connection: ReadableAtom<Connection>;
  /** The signed-in agent's id, or null. */
  $myId: ReadableAtom<string | null>;
  /** Every agent, online or not, with the conversations they own; empty while offline. */
  $team: ReadableAtom<AgentPresence[]>;
  /** Now, in ms since the Unix epoch, ticking while the UI shows wait times. */
  $now: ReadableAtom<number>;
  /** The page the address names. */
  $page: ReadableAtom<ConsolePage>;
  /** The admins' site settings: retention. */
  settings: SettingsStore;
  /** The admins' site settings: webhook endpoints and their delivery log. */
  webhooks: WebhookSettingsStore;
  insights: InsightsStore;
  /** Shows another page, with a history entry. */
  goTo(page: ConsolePage): void;
  /** Connects again after the relay refused or dropped the connection for good. */
  reconnect(): void;
  /**
   * Loads the session and connects whenever an agent is signed in, and follows the location hash. Returns
   * the function that stops both.
   */
  start(): () => void;
}

/** Creates the console's model over its ports. */
export function createConsoleModel(ports: ConsoleModelPorts): ConsoleModel {
  const session = createSessionStore(ports.sessionApi);
  const $myId = computed(session.$session, (state) => (state.status === 'signed-in' ? state.agent.id : null));
  const inbox = createInboxStore($myId);
  const $connection = atom<Connection>({ status: 'offline', message: null });
  const $team = atom<AgentPresence[]>([]);
  let link: AgentLink | null = null;

  const send: SendCommand = (name, payload) =>
    link === null ? Promise.reject(new Error('Not connected.')) : link.send(name, payload);
  const recheckSession = (): void => void session.load();
  const settings = createSettingsStore(ports.settingsApi, recheckSession);
  const webhooks = createWebhookSettingsStore(ports.settingsApi, settings.$siteId, recheckSession);

  const conversation = createConversationStore({
    send,
    onSummary: inbox.upsert,
    onUnauthorized: recheckSession,
    newClientId: ports.newClientId,
  });
  const insights = createInsightsStore({
    api: ports.insightsApi,
    initial: { ...defaultRange(ports.timeZone, ports.now()), timeZone: ports.timeZone },
    onUnauthorized: recheckSession,
  });
  const $page = atom<ConsolePage>(pageFromHash(ports.location.hash()));

  /** Shows the page the hash names, and opens the conversation it links to, if any. */
  function followHash(): void {
    const hash = ports.location.hash();
    $page.set(pageFromHash(hash));
    const linked = conversationFromHash(hash);
    if (linked !== null && conversation.$open.get()?.id !== linked) conversation.select(linked);
  }

  function goTo(page: ConsolePage): void {
    ports.location.setHash(hashOf(page));
    $page.set(page);
  }

  async function onConnected(): Promise<void> {
    $connection.set({ status: 'connected', message: null });
    try {
      const ack = await send('inbox:subscribe', {});
      if (ack.ok) {
        inbox.replace(ack.conversations);
        $team.set(ack.team);
        session.refresh(ack.agent);
      } else if (ack.error.code === 'unauthorized') {
        recheckSession();
      }
    } catch {
      // The connection dropped again; the next connect subscribes afresh.
    }
    void conversation.catchUp();
    conversation.outbox.resendUnacknowledged();
  }

  function openLink(): void {
    $connection.set({ status: 'connecting', message: null });
    link = ports.openLink({
      connected: () => void onConnected(),
      disconnected: (willRetry) =>
        $connection.set({ status: willRetry ? 'reconnecting' : 'offline', message: null }),
      refused: (message) => {
        $connection.set({ status: 'offline', message });
        recheckSession();
      },
      entryAdded: conversation.receive,
      conversationChanged: inbox.upsert,
      teamChanged: (team) => $team.set(team),
    });
    link.connect();
  }

  function closeLink(): void {
    link?.close();
    link = null;
    $connection.set({ status: 'offline', message: null });
    conversation.reset();
    inbox.clear();
    $team.set([]);
  }

  function reconnect(): void {
    if (link === null) return;
    $connection.set({ status: 'connecting', message: null });
    link.connect();
  }

  function start(): () => void {
    const stop = session.$session.subscribe((state) => {
      if (state.status === 'signed-in' && link === null) openLink();
      else if (state.status !== 'signed-in' && link !== null) closeLink();
    });
    const stopFollowing = ports.location.onHashChange(followHash);
    followHash();
    void session.load();
    return () => {
      stop();
      stopFollowing();
      closeLink();
    };
  }

  return {
    session,
    inbox,
    conversation,
    $connection,
    $myId,
    $team,
    $now: createClock(CLOCK_INTERVAL_MS),
    $page,
    settings,
    webhooks,
    insights,
    goTo,
    reconnect,
    start,
  };
}
