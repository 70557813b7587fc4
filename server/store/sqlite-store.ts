import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database.js';
import { createKyselyStore } from './kysely-store.js';
import { withStatementCache } from './statement-cache.js';
import type { Store } from './store.js';

/**
 * The default store: one SQLite file, zero configuration. WAL lets readers run beside the writer, and
 * `synchronous = FULL` makes each commit durable on disk before it is acknowledged. Kysely is handed the
 * database behind a prepared-statement cache, so each query shape is parsed and planned by SQLite once.
 */
export function openSqliteStore(filename: string): Store {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const database = new SQLite(filename);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return createKyselyStore(
    new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) }),
  );
}
