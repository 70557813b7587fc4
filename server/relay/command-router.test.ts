import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Ack, ProtocolError } from '../../protocol/errors.js';
import type { Logger } from '../logger.js';
import { createCommandRouter } from './command-router.js';

const schemas = { 'note:add': v.strictObject({ text: v.string() }) };

interface Sender {
  name: string;
  isLimited: boolean;
}

const silent: Logger = { info() {}, warn() {}, error() {} };

/** A router whose one command answers who sent it, with the refusals it counted. */
function createNotes(add: (sender: Sender, text: string) => Promise<Ack<object>>) {
  const refused: string[] = [];
  const route = createCommandRouter<typeof schemas, Sender>(
    schemas,
    { 'note:add': (sender, { text }) => add(sender, text) },
    {
      logger: silent,
      admit: (sender) => (sender.isLimited ? { code: 'rate_limited', message: 'Slow down.' } : null),
      onRefused: (event, error: ProtocolError) => refused.push(`${event} ${error.code}`),
    },
  );
  /** Sends `event` with `payload` as Socket.IO passes it, and resolves with the acknowledgement. */
  const send = (sender: Sender, event: string, payload: unknown) =>
    new Promise<Ack<object>>((resolve) => void route(sender, event, [payload, resolve]));
  return { send, refused };
}

const alice: Sender = { name: 'Alice', isLimited: false };

describe('createCommandRouter', () => {
  it('runs the command’s handler for the socket that sent it, and acknowledges its result', async () => {
    const { send } = createNotes(async (sender, text) => ({ ok: true, note: `${sender.name}: ${text}` }));
    expect(await send(alice, 'note:add', { text: 'hi' })).toEqual({ ok: true, note: 'Alice: hi' });
    expect(await send({ name: 'Bob', isLimited: false }, 'note:add', { text: 'yo' })).toEqual({
      ok: true,
      note: 'Bob: yo',
    });
  });

  it('refuses a payload its schema rejects without running the handler', async () => {
    const added: string[] = [];
    const { send, refused } = createNotes(async (_, text) => (added.push(text), { ok: true }));
    expect(await send(alice, 'note:add', { text: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    expect(added).toEqual([]);
    expect(refused).toEqual(['note:add invalid_payload']);
  });

  it('refuses an event that is no command, counted as unknown', async () => {
    const { send, refused } = createNotes(async () => ({ ok: true }));
    expect(await send(alice, 'toString', {})).toEqual({
      ok: false,
      error: { code: 'invalid_payload', message: 'No such command.' },
    });
    expect(refused).toEqual(['unknown invalid_payload']);
  });

  it('admits each sender on its own, before anything else, commands or not', async () => {
    const { send } = createNotes(async () => ({ ok: true }));
    const limited: Sender = { name: 'Mallory', isLimited: true };
    expect(await send(limited, 'note:add', { text: 'hi' })).toMatchObject({
      error: { code: 'rate_limited' },
    });
    expect(await send(limited, 'nothing', {})).toMatchObject({ error: { code: 'rate_limited' } });
    expect(await send(alice, 'note:add', { text: 'hi' })).toEqual({ ok: true });
  });

  it('answers a handler’s failure with internal', async () => {
    const { send } = createNotes(() => Promise.reject(new Error('disk on fire')));
    expect(await send(alice, 'note:add', { text: 'hi' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
