import { describe, expect, it } from 'vitest';
import type { AgentProfile } from '../../protocol/agent-events.js';
import { createConsoleModel } from './console-model.js';
import { createFakeScheduler } from './fake-scheduler.js';
import { createFakeSitesApi } from './fake-sites-api.js';
import { createFakeLocation, createFakeSettingsApi } from './fake-settings-api.js';
import type { AgentLinkEvents, CommandName, SessionApi, SessionOutcome } from './ports.js';
import { summary, visitorEntry } from './test-fixtures.js';

const alice: AgentProfile = { id: 'agent-alice', name: 'Alice', email: 'alice@example.com', role: 'agent' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function createHarness(initial: SessionOutcome, initialHash = '') {
  let current = initial;
  const location = createFakeLocation(initialHash);
  const log: string[] = [];
  const calls: Array<{ name: CommandName; payload: unknown }> = [];
  let events: AgentLinkEvents | null = null;
  const sessionApi: SessionApi = {
    current: async () => current,
    signIn: async () => current,
    signOut: async () => {
      log.push('DELETE /api/session');
      current = { ok: false, code: 'unauthorized', message: 'Signed out.' };
    },
  };
  const scheduler = createFakeScheduler();
  let isHidden = false;
  const model = createConsoleModel({
    sessionApi,
    cannedResponsesApi: {
      list: async () => ({ ok: true, value: [] }),
      create: async () => ({ ok: false, code: 'internal', message: 'Not in these tests.' }),
      replace: async () => ({ ok: false, code: 'internal', message: 'Not in these tests.' }),
      remove: async () => ({ ok: true, value: null }),
    },
    teamApi: {
      list: async () => ({ ok: true, value: [] }),
      add: async () => ({ ok: false, code: 'internal', message: 'Not in these tests.' }),
    },
    attention: {
      isHidden: () => isHidden,
      notificationPermission: () => 'granted',
      requestNotificationPermission: async () => 'granted',
      notify: ({ tag }) => log.push(`notify ${tag}`),
      playTone: () => log.push('tone'),
    },
    scheduler,
    settingsApi: createFakeSettingsApi(),
    sitesApi: createFakeSitesApi(),
    insightsApi: {
      sites: async () => ({ ok: true, value: [] }),
      report: async () => ({ ok: false, code: 'internal', message: 'Not in these tests.' }),
    },
    location,
    timeZone: 'UTC',
    now: () => Date.UTC(2026, 2, 10),
    newClientId: () => 'client-1',
    openLink: (linkEvents) => {
      events = linkEvents;
      log.push('open link');
      return {
        connect: () => log.push('connect'),
        close: () => log.push('close link'),
        send: (async (name: CommandName, payload: { conversationId?: string; lastSeq?: number }) => {
          calls.push({ name, payload });
          if (name === 'inbox:subscribe') {
            return {
              ok: true,
              agent: alice,
              team: [{ id: alice.id, name: alice.name, isOnline: true, status: 'online', load: 0 }],
              conversations: [summary({ id: 'c1', lastSeq: 2 })],
            };
          }
          if (name === 'conversation:open') {
            const entries = [visitorEntry(1), visitorEntry(2)].filter((e) => e.seq > (payload.lastSeq ?? 0));
            return { ok: true, conversation: summary({ id: 'c1', lastSeq: 2 }), entries, hasMore: false };
          }
          return { ok: true };
        }) as never,
      };
    },
  });
  return {
    model,
    scheduler,
    hide: () => {
      isHidden = true;
    },
    location,
    log,
    calls,
    events: () => {
      if (events === null) throw new Error('No link was opened.');
      return events;
    },
    setSession: (outcome: SessionOutcome) => {
      current = outcome;
    },
  };
}

describe('createConsoleModel', () => {
  it('shows the sign-in form when no session exists', async () => {
    const { model, log } = createHarness({ ok: false, code: 'unauthorized', message: 'No session.' });
    model.start();
    await settle();
    expect(model.session.$session.get()).toEqual({ status: 'signed-out', error: null, isSubmitting: false });
    expect(log).toEqual([]);
  });

  it('connects once signed in and fills the inbox on connect', async () => {
    const harness = createHarness({ ok: true, agent: alice });
    harness.model.start();
    await settle();
    expect(harness.log).toEqual(['open link', 'connect']);
    harness.events().connected();
    await settle();
    expect(harness.calls[0]).toEqual({ name: 'inbox:subscribe', payload: {} });
    expect(Object.keys(harness.model.inbox.$conversations.get())).toEqual(['c1']);
    expect(harness.model.$connection.get().status).toBe('connected');
  });

  it('shows the team from the inbox, then as every relay process reports it', async () => {
    const harness = createHarness({ ok: true, agent: alice });
    harness.model.start();
    await settle();
    harness.events().connected();
    await settle();
    expect(harness.model.$team.get()).toEqual([
      { id: alice.id, name: 'Alice', isOnline: true, status: 'online', load: 0 },
    ]);
    const bob = { id: 'agent-bob', name: 'Bob', isOnline: true, status: 'online' as const, load: 2 };
    harness
      .events()
      .teamChanged([{ id: alice.id, name: 'Alice', isOnline: true, status: 'online', load: 1 }, bob]);
    expect(harness.model.$team.get()).toContainEqual(bob);
    await harness.model.session.signOut();
    expect(harness.model.$team.get()).toEqual([]);
  });

  it('re-opens the open conversation from its lastSeq after a reconnect', async () => {
    const harness = createHarness({ ok: true, agent: alice });
    harness.model.start();
    await settle();
    harness.events().connected();
    await settle();
    harness.model.conversation.select('c1');
    await settle();
    harness.events().disconnected(true);
    expect(harness.model.$connection.get().status).toBe('reconnecting');
    harness.events().connected();
    await settle();
    const names = harness.calls.map((call) => call.name);
    expect(names.slice(-2)).toEqual(['inbox:subscribe', 'conversation:open']);
    expect(harness.calls.at(-1)?.payload).toEqual({ conversationId: 'c1', lastSeq: 2 });
  });

  it('deletes the session, then closes the connection on sign out', async () => {
    const harness = createHarness({ ok: true, agent: alice });
    harness.model.start();
    await settle();
    await harness.model.session.signOut();
    expect(harness.log.slice(-2)).toEqual(['DELETE /api/session', 'close link']);
    expect(harness.model.session.$session.get().status).toBe('signed-out');
  });

  it('shows the sign-in form when the relay refuses an expired session', async () => {
    const harness = createHarness({ ok: true, agent: alice });
    harness.model.start();
    await settle();
    harness.setSession({ ok: false, code: 'unauthorized', message: 'Expired.' });
    harness.events().refused('unauthorized');
    await settle();
    expect(harness.model.session.$session.get()).toEqual({
      status: 'signed-out',
      error: 'Your session has ended. Sign in again.',
      isSubmitting: false,
    });
    expect(harness.log.at(-1)).toBe('close link');
  });

  it('shows the page the location names, and follows it as it changes', async () => {
    const harness = createHarness({ ok: true, agent: alice }, '#/insights');
    expect(harness.model.$page.get()).toBe('insights');
    const stop = harness.model.start();
    harness.location.visit('#/inbox');
    expect(harness.model.$page.get()).toBe('inbox');
    harness.model.goTo('insights');
    expect([harness.location.hash(), harness.model.$page.get()]).toEqual(['#/insights', 'insights']);
    stop();
    harness.location.visit('#/inbox');
    expect(harness.model.$page.get()).toBe('insights');
  });

  it('opens the conversation a link names, on the inbox', async () => {
    const harness = createHarness({ ok: true, agent: alice }, '#/insights');
    harness.model.start();
    await settle();
    harness.events().connected();
    await settle();
    harness.location.visit('#/inbox?conversation=c1');
    await settle();
    expect(harness.model.$page.get()).toBe('inbox');
    expect(harness.model.conversation.$open.get()?.id).toBe('c1');
    expect(harness.calls.at(-1)).toEqual({
      name: 'conversation:open',
      payload: { conversationId: 'c1', lastSeq: 0 },
    });
  });

  it('starts the Insights filters on the last seven days in the agent’s time zone', () => {
    const { model } = createHarness({ ok: true, agent: alice });
    expect(model.insights.$filters.get()).toEqual({
      siteId: null,
      from: '2026-03-04',
      to: '2026-03-10',
      timeZone: 'UTC',
    });
  });
});

describe('createConsoleModel: pages', () => {
  it('shows the page the address names when it starts', () => {
    expect(createHarness({ ok: true, agent: alice }, '#/settings').model.$page.get()).toBe('settings');
    expect(createHarness({ ok: true, agent: alice }, '#/nowhere').model.$page.get()).toBe('inbox');
  });

  it('goes to a page by setting the address', () => {
    const { model, location } = createHarness({ ok: true, agent: alice });
    model.goTo('settings');
    expect([model.$page.get(), location.hash()]).toEqual(['settings', '#/settings']);
  });

  it('follows the address while started, as links and the back button change it', () => {
    const { model, location } = createHarness({ ok: true, agent: alice });
    const stop = model.start();
    location.visit('#/settings');
    expect(model.$page.get()).toBe('settings');
    location.visit('#/inbox');
    expect(model.$page.get()).toBe('inbox');
    stop();
    location.visit('#/settings');
    expect(model.$page.get()).toBe('inbox');
  });

  it('lists and selects a site once it is created, and shows a saved site’s new name in the list', async () => {
    const { model } = createHarness({ ok: true, agent: alice });
    const stop = [
      model.settings.$sites.listen(() => undefined),
      model.siteEditor.$site.listen(() => undefined),
    ];
    await settle();
    await model.siteCreation.create({ id: 'shop', name: 'Shop', allowedOrigins: 'https://shop.example' });
    expect(model.settings.$siteId.get()).toBe('shop');
    expect(model.settings.$sites.get()?.map((site) => site.id)).toEqual(['demo', 'shop']);
    await settle();
    model.siteEditor.edit({ name: 'Shop FR' });
    await model.siteEditor.save();
    expect(model.settings.$site.get()).toEqual({ id: 'shop', name: 'Shop FR', retentionDays: null });
    for (const unlisten of stop) unlisten();
  });

  it('sets the agent’s status and reads it back from the team', async () => {
    const harness = createHarness({ ok: true, agent: alice });
    harness.model.start();
    await settle();
    harness.events().connected();
    await settle();
    expect(harness.model.$myStatus.get()).toBe('online');
    expect(await harness.model.setStatus('away')).toBeNull();
    expect(harness.calls.at(-1)).toEqual({ name: 'agent:set-status', payload: { status: 'away' } });
    harness.events().teamChanged([{ id: alice.id, name: 'Alice', isOnline: true, status: 'away', load: 0 }]);
    expect(harness.model.$myStatus.get()).toBe('away');
  });

  it('alerts a console in the background when a visitor starts waiting', async () => {
    const harness = createHarness({ ok: true, agent: alice });
    harness.model.start();
    await settle();
    harness.events().connected();
    await settle();
    harness.hide();
    harness
      .events()
      .conversationsChanged([summary({ id: 'c1', lastSeq: 3, state: 'waiting', waitingSince: 5 })]);
    expect(harness.log.slice(-2)).toEqual(['tone', 'notify waiting-c1']);
    expect(harness.model.inbox.$waitingCount.get()).toBe(1);
  });

  it('shows the open conversation’s visitor typing, and forgets it when another opens', async () => {
    const harness = createHarness({ ok: true, agent: alice });
    harness.model.start();
    await settle();
    harness.model.conversation.select('c1');
    harness.events().typingChanged({ conversationId: 'c1', isTyping: true });
    expect(harness.model.visitorTyping.$isTyping.get()).toBe(true);
    harness.model.conversation.select('c2');
    expect(harness.model.visitorTyping.$isTyping.get()).toBe(false);
  });

  it('sends throttled typing signals for a conversation, never the draft', async () => {
    const harness = createHarness({ ok: true, agent: alice });
    harness.model.start();
    await settle();
    harness.events().connected();
    await settle();
    const typing = harness.model.createTypingSender('c1');
    typing.typed();
    typing.typed();
    harness.scheduler.advance(2_000);
    expect(harness.calls.filter((call) => call.name === 'typing:set').map((call) => call.payload)).toEqual([
      { conversationId: 'c1', isTyping: true },
      { conversationId: 'c1', isTyping: false },
    ]);
  });
});
