import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { Logger } from '../logger.js';
import type { RelayOptions } from './create-relay.js';

/** Socket.IO's fan-out through Redis, for several relay processes. */
export interface RedisFanout {
  /** Socket.IO's adapter: a room emit on any process reaches the room's sockets on every process. */
  adapter: NonNullable<RelayOptions['adapter']>;
  /** Resolves when Redis answers, for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Connects to Redis and builds the Redis streams adapter over it. Every relay process sharing a store must
 * share the stream, so that entries committed on one process reach the visitor's and agents' sockets on the
 * others. Resolves once Redis answered, so a relay does not start without its fan-out.
 */
export async function connectRedisFanout(
  { url, streamName }: { url: string; streamName: string },
  logger: Logger,
): Promise<RedisFanout> {
  const client = createClient({ url });
  // node-redis reconnects by itself; an error without a listener would end the process instead.
  client.on('error', (error: unknown) => logger.error('redis connection error', { error: String(error) }));
  await client.connect();
  return {
    adapter: createAdapter(client, { streamName }),
    async ping() {
      await client.ping();
    },
    async close() {
      await client.close();
    },
  };
}
