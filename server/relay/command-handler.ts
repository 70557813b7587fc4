import type { GenericSchema, InferOutput } from 'valibot';
import type { Ack, ProtocolError } from '../../protocol/errors.js';
import { check } from '../../protocol/schemas.js';
import type { Logger } from '../logger.js';

/** Decides, before anything else, whether a command may run: null to let it, or the refusal to send. */
export type Admission = () => ProtocolError | null | Promise<ProtocolError | null>;

/** What every command handler of a socket shares. */
export interface CommandHandlerOptions {
  logger: Logger;
  /** Runs first for every command, valid or not: rate limits, and a check that the sender may still act. */
  admit: Admission;
  /** Told of every refusal sent, by command (`unknown` for an event that is none), for metrics. */
  onRefused?: (event: string, error: ProtocolError) => void;
}

/** The event label of a refusal for an event that is not a command: event names come from clients. */
const UNKNOWN_EVENT = 'unknown';

type Reply = (result: Ack<object>) => void;

/**
 * Splits a Socket.IO event's arguments into the payload and the acknowledgement callback. A command is
 * exactly one payload and a callback; anything else is malformed, and without a callback the client could
 * never learn what happened, so it is ignored.
 */
function readArguments(args: readonly unknown[]): {
  payload: unknown;
  reply: Reply | null;
  isWellFormed: boolean;
} {
  const last = args.at(-1);
  const reply = typeof last === 'function' ? (last as Reply) : null;
  return { payload: args[0], reply, isWellFormed: reply !== null && args.length === 2 };
}

/** `reply`, telling `onRefused` of a refusal first. */
function observed(reply: Reply, event: string, onRefused: CommandHandlerOptions['onRefused']): Reply {
  if (!onRefused) return reply;
  return (result) => {
    if (!result.ok) onRefused(event, result.error);
    reply(result);
  };
}

/**
 * Wraps the handler of the command `event` (whose payload `schemas[event]` describes) with the boundary
 * every inbound event passes: admission (rate limits), then the payload checked against its schema before
 * the handler runs. A bad payload is refused with `invalid_payload`, and a failure inside the handler
 * becomes `internal` rather than a dropped connection.
 */
export function commandHandler<
  Schemas extends Record<string, GenericSchema>,
  Event extends keyof Schemas & string,
  Result extends object,
>(
  schemas: Schemas,
  event: Event,
  handle: (payload: InferOutput<Schemas[Event]>) => Promise<Ack<Result>>,
  options: CommandHandlerOptions,
): (...args: unknown[]) => Promise<void> {
  const schema = schemas[event] as Schemas[Event];
  return (...args) => runCommand(schema, event, handle, options, args);
}

/** One command through the boundary `commandHandler` describes. */
export async function runCommand<Schema extends GenericSchema, Result extends object>(
  schema: Schema,
  event: string,
  handle: (payload: InferOutput<Schema>) => Promise<Ack<Result>>,
  { logger, admit, onRefused }: CommandHandlerOptions,
  args: readonly unknown[],
): Promise<void> {
  const { payload, reply: sendReply, isWellFormed } = readArguments(args);
  if (sendReply === null) return;
  const reply = observed(sendReply, event, onRefused);
  try {
    const refusal = await admit();
    if (refusal !== null) return reply({ ok: false, error: refusal });
    if (!isWellFormed) return reply(malformed('A command takes one payload and an acknowledgement.'));
    // Every payload is an object; the schemas alone would take an empty array for an object without fields.
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
      return reply(malformed('The payload must be an object.'));
    const checked = check(schema, payload);
    if (!checked.ok) return reply(malformed(checked.message));
    reply(await handle(checked.value));
  } catch (error) {
    logger.error('command failed', { error: String(error) });
    reply({ ok: false, error: { code: 'internal', message: 'Something went wrong; nothing was stored.' } });
  }
}

/**
 * Answers every event that is not one of `known` with `invalid_payload`, after admission, so an unknown
 * command is refused as clearly as a malformed one and counts against the sender's rate limit.
 */
export function unknownCommandHandler(
  known: Readonly<Record<string, unknown>>,
  options: CommandHandlerOptions,
): (event: string, ...args: unknown[]) => Promise<void> {
  return async (event, ...args) => {
    if (Object.hasOwn(known, event)) return;
    await refuseUnknownCommand(event, args, options);
  };
}

/** Refuses the event `event`, which is no command, as `unknownCommandHandler` describes. */
export async function refuseUnknownCommand(
  event: string,
  args: readonly unknown[],
  { logger, admit, onRefused }: CommandHandlerOptions,
): Promise<void> {
  const { reply: sendReply } = readArguments(args);
  if (sendReply === null) return;
  const reply = observed(sendReply, UNKNOWN_EVENT, onRefused);
  try {
    reply({
      ok: false,
      error: (await admit()) ?? { code: 'invalid_payload', message: 'No such command.' },
    });
  } catch (error) {
    logger.error('command failed', { error: String(error) });
    reply({ ok: false, error: { code: 'internal', message: 'Something went wrong; nothing was stored.' } });
  }
}

function malformed(message: string): Ack {
  return { ok: false, error: { code: 'invalid_payload', message } };
}

/** Registers one command by its name: the schema, the admission and the refusal counting come bound. */
export type CommandRegistrar<Schemas extends Record<string, GenericSchema>> = <
  Event extends keyof Schemas & string,
  Result extends object,
>(
  event: Event,
  handle: (payload: InferOutput<Schemas[Event]>) => Promise<Ack<Result>>,
) => void;

/**
 * Binds a socket's `listen`, the namespace's schemas and the socket's options once, so each command is
 * registered as `on(event, handle)` rather than repeating them for every event.
 */
export function commandRegistrar<Schemas extends Record<string, GenericSchema>>(
  listen: (event: keyof Schemas & string, listener: (...args: unknown[]) => Promise<void>) => void,
  schemas: Schemas,
  options: CommandHandlerOptions,
): CommandRegistrar<Schemas> {
  return (event, handle) => listen(event, commandHandler(schemas, event, handle, options));
}
