import { describe, expect, it } from 'vitest';
import { isNewlyWaiting, planAlert } from './waiting-alert.js';
import { summary } from './test-fixtures.js';

const waiting = summary({ id: 'c1', state: 'waiting', waitingSince: 1, lastSeq: 4, preview: 'Help' });

describe('isNewlyWaiting', () => {
  it('is true for a conversation that enters the queue, new or from another state', () => {
    expect(isNewlyWaiting(undefined, waiting)).toBe(true);
    expect(isNewlyWaiting(summary({ id: 'c1', state: 'bot', lastSeq: 3 }), waiting)).toBe(true);
    expect(isNewlyWaiting(summary({ id: 'c1', state: 'agent', lastSeq: 3 }), waiting)).toBe(true);
  });

  it('is true when the conversation is requeued or offered to agents again', () => {
    expect(isNewlyWaiting(waiting, { ...waiting, lastSeq: 5, isRequeued: true })).toBe(true);
    expect(isNewlyWaiting(waiting, { ...waiting, lastSeq: 5 })).toBe(true);
  });

  it('is false for a visitor writing while waiting, a repeated summary, or a conversation not waiting', () => {
    expect(isNewlyWaiting(waiting, { ...waiting, lastSeq: 5, preview: 'Anyone?' })).toBe(false);
    expect(isNewlyWaiting(waiting, waiting)).toBe(false);
    expect(isNewlyWaiting(waiting, { ...waiting, state: 'agent', lastSeq: 5 })).toBe(false);
  });
});

describe('planAlert', () => {
  it('alerts only a console in the background, with a notification only when permitted', () => {
    expect(planAlert(false, 'granted')).toEqual({ notify: false, sound: false });
    expect(planAlert(true, 'granted')).toEqual({ notify: true, sound: true });
    expect(planAlert(true, 'default')).toEqual({ notify: false, sound: true });
    expect(planAlert(true, 'denied')).toEqual({ notify: false, sound: true });
  });
});
