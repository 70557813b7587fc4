import { atom, computed, type ReadableAtom } from 'nanostores';
import type { AgentPresence, AgentStatus } from '../../protocol/agent-events.js';
import type { SiteSettings } from '../../protocol/http-api.js';
import type { SiteDetails } from '../../protocol/sites.js';
import { createAttentionStore, type AttentionStore } from './attention-store.js';
import { createCannedResponseStore, type CannedResponseStore } from './canned-response-store.js';
import { createTeamAdminStore, type TeamAdminStore } from './team-admin-store.js';
import { createClock } from './clock.js';
import { createConversationStore, type ConversationStore } from './conversation-store.js';
import { createInboxStore, type InboxStore } from './inbox-store.js';
import { defaultRange } from './insights-range.js';
import { createInsightsStore, type InsightsStore } from './insights-store.js';
import { conversationFromHash, hashOf, pageFromHash, type ConsolePage } from './page-route.js';
import type {
  AgentLink,
  AttentionPorts,
  CannedResponsesApi,
  TeamApi,
  ConsoleLocation,
  InsightsApi,
  OpenAgentLink,
  Scheduler,
  SendCommand,
  SessionApi,
  SettingsApi,
  SitesApi,
} from './ports.js';
import { createKnowledgeSettingsStore, type KnowledgeSettingsStore } from './knowledge-settings-store.js';
import { createSessionStore, type SessionStore } from './session-store.js';
import { createSettingsStore, type SettingsStore } from './settings-store.js';
import { createSiteCreationStore, type SiteCreationStore } from './site-creation-store.js';
import { createSiteEditorStore, type SiteEditorStore } from './site-editor-store.js';
import { createShortcutRunner, type ShortcutRunner } from './shortcut-runner.js';
import { createTypingSender, type TypingSender } from './typing-sender.js';
import { createVisitorTypingStore, type VisitorTypingStore } from './visitor-typing-store.js';
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
  sitesApi: SitesApi;
  insightsApi: InsightsApi;
  cannedResponsesApi: CannedResponsesApi;
  teamApi: TeamApi;
  openLink: OpenAgentLink;
  /** The browser's notifications, sound and visibility, for newly waiting visitors. */
  attention: AttentionPorts;
  /** Timers for typing signals. */
  scheduler: Scheduler;
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
  /** The signed-in agent's own status, as the team's presence reports it; null until it does. */
  $myStatus: ReadableAtom<AgentStatus | null>;
  /** Whether the open conversation's visitor is typing. */
  visitorTyping: VisitorTypingStore;
  /** Desktop notifications and sound for newly waiting visitors. */
  attention: AttentionStore;
  /** The team's canned responses. */
  cannedResponses: CannedResponseStore;
  /** The team's accounts, for admins. */
  teamAdmin: TeamAdminStore;
  /** Keyboard shortcuts, and the dialog open over the workspace. */
  shortcuts: ShortcutRunner;
  /** Sets the agent's status for all their consoles; resolves with the refusal's sentence, or null. */
  setStatus(status: AgentStatus): Promise<string | null>;
  /** Tells the visitor of `conversationId`, throttled, whether the agent is typing in the reply box. */
  createTypingSender(conversationId: string): TypingSender;
  /** Now, in ms since the Unix epoch, ticking while the UI shows wait times. */
  $now: ReadableAtom<number>;
  /** The page the address names. */
  $page: ReadableAtom<ConsolePage>;
  /** The admins' site settings: retention. */
  settings: SettingsStore;
  /** The admins' site settings: webhook endpoints and their delivery log. */
  webhooks: WebhookSettingsStore;
  /** The admins' site settings: the knowledge documents and how often the bot cited each. */
  knowledge: KnowledgeSettingsStore;
  /** The admins' site settings: the selected site's branding, origins, identity verification and bot. */
  siteEditor: SiteEditorStore;
  /** The admins' form that adds a site. */
  siteCreation: SiteCreationStore;
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

/** What the sites list holds of a site. */
function siteSettingsOf(site: SiteDetails): SiteSettings {
  return { id: site.id, name: site.name, retentionDays: site.retentionDays };
}

/** Creates the console's model over its ports. */
export function createConsoleModel(ports: ConsoleModelPorts): ConsoleModel {
  const session = createSessionStore(ports.sessionApi);
  const $myId = computed(session.$session, (state) => (state.status === 'signed-in' ? state.agent.id : null));
  const inbox = createInboxStore($myId);
  const $connection = atom<Connection>({ status: 'offline', message: null });
  const $team = atom<AgentPresence[]>([]);
  const $myStatus = computed(
    [$team, $myId],
    (team, myId) => team.find((agent) => agent.id === myId)?.status ?? null,
  );
  const visitorTyping = createVisitorTypingStore(ports.scheduler);
  const attention = createAttentionStore(ports.attention);
  let link: AgentLink | null = null;

  const send: SendCommand = (name, payload) =>
    link === null ? Promise.reject(new Error('Not connected.')) : link.send(name, payload);
  const recheckSession = (): void => void session.load();
  const settings = createSettingsStore(ports.settingsApi, recheckSession);
  const webhooks = createWebhookSettingsStore(ports.settingsApi, settings.$siteId, recheckSession);
  const knowledge = createKnowledgeSettingsStore(ports.settingsApi, settings.$siteId, recheckSession);
  const siteEditor = createSiteEditorStore({
    api: ports.sitesApi,
    $siteId: settings.$siteId,
    onSaved: (site) => settings.upsertSite(siteSettingsOf(site)),
    onUnauthorized: recheckSession,
  });
  const siteCreation = createSiteCreationStore({
    api: ports.sitesApi,
    onCreated: (site) => {
      settings.upsertSite(siteSettingsOf(site));
      settings.selectSite(site.id);
    },
    onUnauthorized: recheckSession,
  });
  const cannedResponses = createCannedResponseStore(ports.cannedResponsesApi, recheckSession);
  const teamAdmin = createTeamAdminStore(ports.teamApi, recheckSession);

  const conversation = createConversationStore({
    send,
    onSummary: (summary) => inbox.upsert([summary]),
    onUnauthorized: recheckSession,
    newClientId: ports.newClientId,
  });
  const shortcuts = createShortcutRunner({ inbox, conversation, $myId });
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
      conversationsChanged: (summaries) => {
        const held = inbox.$conversations.get();
        for (const summary of summaries) attention.observe(held[summary.id], summary);
        inbox.upsert(summaries);
      },
      teamChanged: (team) => $team.set(team),
      typingChanged: (typing) => visitorTyping.receive(typing, conversation.$open.get()?.id ?? null),
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

  async function setStatus(status: AgentStatus): Promise<string | null> {
    try {
      const ack = await send('agent:set-status', { status });
      if (ack.ok) return null;
      if (ack.error.code === 'unauthorized') recheckSession();
      return ack.error.message;
    } catch {
      return 'Switchboard did not answer. Check the connection and try again.';
    }
  }

  function createTypingSenderFor(conversationId: string): TypingSender {
    // Best effort: a lost signal only leaves the visitor's indicator to time out by itself.
    return createTypingSender(
      (isTyping) => void send('typing:set', { conversationId, isTyping }).catch(() => undefined),
      ports.scheduler,
    );
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
    // Typing seen in one conversation says nothing about the next one opened.
    let openId: string | null = null;
    const stopTyping = conversation.$open.subscribe((open) => {
      if ((open?.id ?? null) !== openId) visitorTyping.clear();
      openId = open?.id ?? null;
    });
    followHash();
    void session.load();
    return () => {
      stop();
      stopFollowing();
      stopTyping();
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
    $myStatus,
    visitorTyping,
    attention,
    cannedResponses,
    teamAdmin,
    shortcuts,
    setStatus,
    createTypingSender: createTypingSenderFor,
    $now: createClock(CLOCK_INTERVAL_MS),
    $page,
    settings,
    webhooks,
    knowledge,
    siteEditor,
    siteCreation,
    insights,
    goTo,
    reconnect,
    start,
  };
}
