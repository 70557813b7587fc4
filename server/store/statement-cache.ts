import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** How many prepared statements the cache keeps: the store's few dozen queries, with room to spare. */
export const STATEMENT_CACHE_CAPACITY = 256;

/** The database Kysely's SqliteDialect is given, and what the cache holds now. */
export interface CachingDatabase extends SqliteDatabase {
  /** How many statements are cached now; never more than the capacity. */
  cachedStatementCount(): number;
}

/**
 * Wraps a better-sqlite3 database so that `prepare` reuses one Statement per SQL text, least recently used
 * out first. Kysely's SqliteDialect calls `prepare` for every query it runs, and preparing (parsing and
 * planning the SQL in SQLite) cost more server CPU per chat message than anything else; Kysely compiles the
 * same query shape to the same SQL text with its values as parameters, so a few dozen statements serve
 * the whole store.
 *
 * Reuse is safe because the dialect runs one query at a time on its single connection, and `all` and `run`
 * bind, step to the end and reset the statement before they return. The one exception is a statement a
 * stream is still iterating (`busy`): a query with the same SQL meanwhile gets a statement of its own.
 */
export function withStatementCache(
  database: BetterSqlite3.Database,
  capacity = STATEMENT_CACHE_CAPACITY,
): CachingDatabase {
  /** In order of use, least recent first: a Map iterates in insertion order. */
  const statements = new Map<string, BetterSqlite3.Statement<unknown[]>>();

  return {
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached?.busy) return database.prepare(sql);
      if (cached) {
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare<unknown[]>(sql);
      if (statements.size >= capacity) {
        const leastRecent = statements.keys().next();
        if (!leastRecent.done) statements.delete(leastRecent.value);
      }
      statements.set(sql, statement);
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
    cachedStatementCount: () => statements.size,
  };
}
