import type { CompiledQuery, Kysely, SqliteDatabase } from 'kysely';
import type { Entry } from '../../protocol/entries.js';
import type { BatchWriter } from './commit-batch.js';
import { appliedCommit, commitStatements } from './commit-statements.js';
import { createQueryTemplates } from './query-template.js';
import { toEntry } from './rows.js';
import type { Database } from './database.js';
import type { CommitRequest, CommitResult } from './store.js';

/**
 * SQLite's batch writer: each request's statements (the duplicate check, the compare-and-set and the
 * append) one request after another, in arrival order, executed straight on the connection that holds the
 * batch's transaction. Kysely builds and compiles them (see `commitStatements`); only its asynchronous
 * executor is skipped. On SQLite a statement is a call into the library, not a round trip, and
 * better-sqlite3 runs it synchronously: through Kysely, each of a message's three statements cost a
 * connection handover and a few promises, more than SQLite's own work. Kysely still begins and commits the
 * transaction, and holds the connection meanwhile, so nothing else runs on it between these statements.
 */
export function writeInOrder(database: SqliteDatabase): BatchWriter {
  const statements = commitStatements(createQueryTemplates());
  const rowsOf = <Row>(query: CompiledQuery<Row>) =>
    database.prepare(query.sql).all(query.parameters) as Row[];

  function earliestDuplicate(db: Kysely<Database>, { conversationId, entries }: CommitRequest): Entry | null {
    let earliest: Entry | null = null;
    for (const { clientId } of entries) {
      if (clientId === null) continue;
      const [row] = rowsOf(statements.findEntryByClientId(db, conversationId, clientId));
      if (row && (earliest === null || Number(row.seq) < earliest.seq)) earliest = toEntry(row);
    }
    return earliest;
  }

  function commitOne(db: Kysely<Database>, request: CommitRequest): CommitResult {
    const duplicate = earliestDuplicate(db, request);
    if (duplicate) return { status: 'duplicate', entry: duplicate };
    const [updated] = rowsOf(statements.compareAndSet(db, request));
    if (!updated) return { status: 'conflict' };
    const { result, rows } = appliedCommit(request, updated);
    if (rows.length > 0) {
      const insert = statements.insertEntries(db, rows);
      database.prepare(insert.sql).run(insert.parameters);
    }
    return result;
  }

  return async (transaction, requests) => {
    // One writer holds SQLite's lock at a time, so there is no lock order to keep: arrival order gives each
    // conversation's requests the results they would get one by one.
    return requests.map((request) => commitOne(transaction, request));
  };
}
