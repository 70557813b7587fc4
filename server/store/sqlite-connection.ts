import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';
import type { Database } from './database.js';
import { withStatementCache, type CachingDatabase } from './statement-cache.js';

/**
 * Kysely's SQLite driver, except that a transaction takes the write lock when it begins. Two connections
 * write to a file store: the relay's and its commit worker's. A transaction that began deferred, read, and
 * then tried to write after the other connection wrote would fail at once (`SQLITE_BUSY_SNAPSHOT`, which no
 * busy timeout waits out); one that begins immediate waits for the lock, up to the busy timeout.
 */
class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateTransactionDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateTransactionDriver(this.#config);
  }
}

/**
 * How many pages (4 KiB each) the WAL may hold before a commit copies them back into the database file:
 * ten times SQLite's default. A busy relay rewrites the same pages (a conversation's row, the tips of the
 * indexes) in batch after batch; the copy writes each page once however often it changed, so a longer WAL
 * means fewer writes and disk syncs, and a shorter pause for the commit that does it. The price is a WAL file
 * of up to about 40 MiB beside the database.
 */
const WAL_PAGES_BEFORE_CHECKPOINT = 10_000;

/** A connection to the SQLite file: through Kysely, and the database Kysely runs on. */
export interface SqliteConnection {
  db: Kysely<Database>;
  /** The statements Kysely prepares, for the commit path that executes its compiled queries itself. */
  database: CachingDatabase;
}

/**
 * A connection to the SQLite file, as every connection to it must be set up. WAL lets readers run beside
 * the writer, and `synchronous = FULL` makes each commit durable on disk before it is acknowledged. Kysely
 * is handed the database behind a prepared-statement cache, so each query shape is parsed and planned by
 * SQLite once.
 */
export function openSqliteConnection(filename: string): SqliteConnection {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const database = new SQLite(filename);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma(`wal_autocheckpoint = ${WAL_PAGES_BEFORE_CHECKPOINT}`);
  const cachingDatabase = withStatementCache(database);
  return {
    db: new Kysely<Database>({ dialect: new ImmediateTransactionDialect({ database: cachingDatabase }) }),
    database: cachingDatabase,
  };
}
