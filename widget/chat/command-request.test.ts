import { describe, expect, it } from 'vitest';
import type { Ack } from '../../protocol/errors.js';
import type { VisitorAppended } from '../../protocol/visitor-events.js';
import { createCommandRequest } from './command-request.js';

function setup() {
  const sent: Array<{ payload: object; answer: (ack: Ack<VisitorAppended>) => void; fail: () => void }> = [];
  const events: string[] = [];
  const connection = { isUp: true };
  let ids = 0;
  const command = createCommandRequest<{ score: number }>({
    createId: () => `id-${++ids}`,
    canSend: () => connection.isUp,
    send: (payload) =>
      new Promise((resolve, reject) => {
        sent.push({ payload, answer: resolve, fail: () => reject(new Error('Dropped.')) });
      }),
    settledBy: ['already_rated'],
    onAcknowledged: ({ seq }) => events.push(`acknowledged ${seq}`),
    onSettledByRefusal: () => events.push('settled by refusal'),
  });
  return { command, sent, events, connection };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('createCommandRequest', () => {
  it('sends once while one is on its way', () => {
    const { command, sent } = setup();
    command.request({ score: 4 });
    command.request({ score: 5 });
    expect(sent.map(({ payload }) => payload)).toEqual([{ score: 4, clientId: 'id-1' }]);
  });

  it('resends with the same client id when the connection comes back', async () => {
    const { command, sent, connection } = setup();
    command.request({ score: 4 });
    connection.isUp = false;
    sent[0]?.fail();
    await tick();
    connection.isUp = true;
    void command.flush();
    expect(sent.map(({ payload }) => payload)).toEqual([
      { score: 4, clientId: 'id-1' },
      { score: 4, clientId: 'id-1' },
    ]);
  });

  it('waits for its entry once committed, and ends when it arrives', async () => {
    const { command, sent, events } = setup();
    command.request({ score: 4 });
    sent[0]?.answer({ ok: true, conversationId: 'c1', seq: 9, entries: [] });
    await tick();
    expect(command.$request.get()).toEqual({ status: 'sent', clientId: 'id-1', error: null });
    expect(events).toEqual(['acknowledged 9']);
    command.settle(new Set(['other']));
    expect(command.$request.get().status).toBe('sent');
    command.settle(new Set(['id-1']));
    expect(command.$request.get().status).toBe('idle');
  });

  it('ends quietly on a refusal that means it no longer applies', async () => {
    const { command, sent, events } = setup();
    command.request({ score: 4 });
    sent[0]?.answer({ ok: false, error: { code: 'already_rated', message: 'Rated.' } });
    await tick();
    expect(command.$request.get()).toEqual({ status: 'idle', clientId: null, error: null });
    expect(events).toEqual(['settled by refusal']);
  });

  it('shows any other refusal and takes a new request with a new client id', async () => {
    const { command, sent } = setup();
    command.request({ score: 4 });
    sent[0]?.answer({ ok: false, error: { code: 'invalid_transition', message: 'Not resolved.' } });
    await tick();
    expect(command.$request.get()).toEqual({ status: 'failed', clientId: null, error: 'Not resolved.' });
    command.request({ score: 3 });
    expect(sent[1]?.payload).toEqual({ score: 3, clientId: 'id-2' });
  });
});
