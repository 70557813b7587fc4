import type { GenericSchema, InferOutput } from 'valibot';
import type { Ack } from '../../protocol/errors.js';
import { check } from '../../protocol/schemas.js';
import type { Logger } from '../logger.js';

/**
 * Wraps a command handler with the boundary every inbound event passes: the payload is checked against its
 * schema before the handler runs, a bad one is refused with `invalid_payload`, and a failure inside the
 * handler becomes `internal` rather than a dropped connection. A command without an acknowledgement
 * callback is ignored: the client could never learn what happened to it.
 */
export function commandHandler<Schema extends GenericSchema, Result extends object>(
  schema: Schema,
  handle: (payload: InferOutput<Schema>) => Promise<Ack<Result>>,
  logger: Logger,
): (payload: unknown, ack: unknown) => Promise<void> {
  return async (payload, ack) => {
    if (typeof ack !== 'function') return;
    const reply = ack as (result: Ack<Result>) => void;
    const checked = check(schema, payload);
    if (!checked.ok) {
      reply({ ok: false, error: { code: 'invalid_payload', message: checked.message } });
      return;
    }
    try {
      reply(await handle(checked.value));
    } catch (error) {
      logger.error('command failed', { error: String(error) });
      reply({ ok: false, error: { code: 'internal', message: 'Something went wrong; nothing was stored.' } });
    }
  };
}
