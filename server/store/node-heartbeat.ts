import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * Records that the relay process `nodeId` is alive at `at` (milliseconds since the Unix epoch), as
 * `Store.heartbeatNode` does; its first heartbeat registers it.
 */
export async function recordHeartbeat(db: Kysely<Database>, nodeId: string, at: number): Promise<void> {
  await db
    .insertInto('relay_nodes')
    .values({ id: nodeId, started_at: at, heartbeat_at: at })
    .onConflict((conflict) => conflict.column('id').doUpdateSet({ heartbeat_at: at }))
    .execute();
}
