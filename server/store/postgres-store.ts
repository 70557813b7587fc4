import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool, types } from 'pg';
import type { Database } from './database.js';
import { createKyselyStore } from './kysely-store.js';
import { writeSetWise } from './set-wise-commit.js';
import type { Store } from './store.js';

/** PostgreSQL's type id for `bigint`, which node-postgres returns as a string to keep its full range. */
const BIGINT_TYPE_ID = 20;

/**
 * The store for sites that run several relay processes: PostgreSQL, through the same query layer as SQLite.
 * Every process sharing the database sees the same conversations, and the compare-and-set on a
 * conversation's version is decided by PostgreSQL's row locks, whichever process asks.
 *
 * `connectionString` is a `postgres://` URL; libpq's `options` parameter may set a schema, as in
 * `postgres://host/db?options=-c%20search_path%3Dswitchboard`.
 */
export function openPostgresStore(connectionString: string): Store {
  const pool = new Pool({
    connectionString,
    // Times are ms since the epoch in bigint columns: well inside a double's exact range.
    types: {
      getTypeParser: (typeId: number, format?: string) =>
        typeId === BIGINT_TYPE_ID ? Number : types.getTypeParser(typeId, format as 'text'),
    },
  });
  return createKyselyStore(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), {
    async currentSchema(db) {
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
      const schema = rows[0]?.schema;
      if (!schema) throw new Error('The PostgreSQL connection has no current schema; check search_path.');
      return schema;
    },
    batchWriter: writeSetWise,
  });
}
