import { describe, expect, it } from 'vitest';
import type { ResumePayload } from '../../protocol/visitor-events.js';
import type { CommandAck } from './ports.js';
import { createResumeLoop } from './resume-loop.js';

const CONTEXT = { pageUrl: null, pageTitle: null, referrer: null, locale: null };
const ANSWER: CommandAck<'session:resume'> = {
  ok: true,
  token: 'tok_abcdefghijklmnop',
  conversation: null,
  entries: [],
  isFullResync: false,
  hasMore: false,
};

describe('createResumeLoop', () => {
  it('runs a resume asked for meanwhile after the one on its way, from the newer last seq', async () => {
    let lastSeq = 0;
    const sent: ResumePayload[] = [];
    const answers: Array<() => void> = [];
    const resume = createResumeLoop({
      canResume: () => true,
      payload: () => ({ conversationId: 'c1', lastSeq, context: CONTEXT }),
      send: (payload) => {
        sent.push(payload);
        return new Promise((resolve) => answers.push(() => resolve(ANSWER)));
      },
      apply: () => false,
    });
    const first = resume();
    void resume();
    void resume();
    expect(sent).toHaveLength(1);
    lastSeq = 5;
    answers.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent.map((payload) => payload.lastSeq)).toEqual([0, 5]);
    answers.shift()?.();
    await first;
    expect(sent).toHaveLength(2);
  });

  it('resumes again while the answer asks for more, and not when disconnected', async () => {
    let pages = 3;
    let sends = 0;
    const resume = createResumeLoop({
      canResume: () => true,
      payload: () => ({ conversationId: null, lastSeq: 0, context: CONTEXT }),
      send: () => {
        sends += 1;
        return Promise.resolve(ANSWER);
      },
      apply: () => --pages > 0,
    });
    await resume();
    expect(sends).toBe(3);

    const offline = createResumeLoop({
      canResume: () => false,
      payload: () => ({ conversationId: null, lastSeq: 0, context: CONTEXT }),
      send: () => Promise.reject(new Error('Not connected.')),
      apply: () => true,
    });
    await offline();
  });

  it('sends again after a timeout while still connected', async () => {
    let attempts = 0;
    const resume = createResumeLoop({
      canResume: () => true,
      payload: () => ({ conversationId: null, lastSeq: 0, context: CONTEXT }),
      send: () => (++attempts < 2 ? Promise.reject(new Error('Timed out.')) : Promise.resolve(ANSWER)),
      apply: () => false,
    });
    await resume();
    expect(attempts).toBe(2);
  });
});
