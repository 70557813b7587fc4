import { describe, expect, it } from 'vitest';
import { createAttentionStore } from './attention-store.js';
import type { AttentionPorts, NotificationPermission } from './ports.js';
import { summary } from './test-fixtures.js';

function setUp(permission: NotificationPermission, answer: NotificationPermission = permission) {
  const calls: string[] = [];
  let isHidden = true;
  const ports: AttentionPorts = {
    isHidden: () => isHidden,
    notificationPermission: () => permission,
    requestNotificationPermission: () => Promise.resolve(answer),
    notify: ({ title, body, tag }) => calls.push(`notify ${title} / ${body} / ${tag}`),
    playTone: () => calls.push('tone'),
  };
  return { calls, store: createAttentionStore(ports), show: () => (isHidden = false) };
}

const waiting = summary({
  id: 'c1',
  state: 'waiting',
  waitingSince: 1,
  handoff: { trigger: 'keyword', reason: 'Mentioned a refund.' },
});

describe('createAttentionStore', () => {
  it('notifies and sounds for a newly waiting visitor once permission is given', async () => {
    const { calls, store } = setUp('default', 'granted');
    await store.enableNotifications();
    expect(store.$permission.get()).toBe('granted');
    store.observe(summary({ id: 'c1' }), waiting);
    expect(calls).toEqual(['tone', 'notify A visitor is waiting / Mentioned a refund. / waiting-c1']);
  });

  it('only sounds without permission, and stays quiet while the console is visible', () => {
    const { calls, store, show } = setUp('denied');
    store.observe(undefined, waiting);
    expect(calls).toEqual(['tone']);
    show();
    store.observe(undefined, { ...waiting, id: 'c2' });
    expect(calls).toEqual(['tone']);
  });

  it('stays quiet for a change that is not a new wait', () => {
    const { calls, store } = setUp('granted');
    store.observe(waiting, { ...waiting, lastSeq: 2, preview: 'Still there?' });
    expect(calls).toEqual([]);
  });
});
