import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database.js';
import { withStatementCache } from './statement-cache.js';

/**
 * A connection to the SQLite file, as every connection to it must be set up. WAL lets readers run beside
 * the writer, and `synchronous = FULL` makes each commit durable on disk before it is acknowledged. Kysely
 * is handed the database behind a prepared-statement cache, so each query shape is parsed and planned by
 * SQLite once.
 *
 * Two connections write to a file store: the relay's and its commit worker's. A transaction that began
 * deferred, read, and then tried to write after the other connection wrote would fail at once
 * (`SQLITE_BUSY_SNAPSHOT`, which no busy timeout waits out), so every transaction takes the write lock when
 * it begins, and waits for it up to the busy timeout.
 */
export function openSqliteConnection(filename: string): Kysely<Database> {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const database = new SQLite(filename);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const cached = withStatementCache(database);
  const beginningImmediately = {
    ...cached,
    prepare: (sql: string) => cached.prepare(sql === 'begin' ? 'begin immediate' : sql),
  };
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: beginningImmediately }) });
}
