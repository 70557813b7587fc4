import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Entry } from '../../protocol/entries.js';
import type { Database } from './database.js';
import type { QueryTemplates } from './query-template.js';
import {
  controlColumns,
  leadAndRatingColumns,
  previewOf,
  toCommittedEntry,
  toEntry,
  toEntryRow,
  toStoredConversation,
} from './rows.js';
import type { CommitRequest, CommitResult, StoredConversation } from './store.js';

/** The most entries one commit inserts through a template; a longer one (rare) is built for itself. */
const MAX_TEMPLATED_ROWS = 8;
/** The columns of an entry row, in the order a templated insert binds them. */
const ENTRY_COLUMNS = ['conversation_id', 'seq', 'kind', 'client_id', 'at', 'body'] as const;

type ConversationUpdate = Updateable<Database['conversations']>;

/**
 * The queries every chat message runs: the conversation read, the duplicate check, the compare-and-set and
 * the append. They run through query templates (see `createQueryTemplates`), so a message costs SQLite's
 * work and not Kysely's building of the same few shapes again.
 */
export function commitQueries(templates: QueryTemplates) {
  async function findConversation(db: Kysely<Database>, id: string): Promise<StoredConversation | null> {
    const { rows } = await templates.run(
      db,
      'find-conversation',
      (slot) => db.selectFrom('conversations').selectAll().where('id', '=', slot<string>(0)),
      [id],
    );
    const [row] = rows as Selectable<Database['conversations']>[];
    return row ? toStoredConversation(row) : null;
  }

  /** The conversation's entry with `clientId`, if any. */
  async function findEntryByClientId(
    db: Kysely<Database>,
    conversationId: string,
    clientId: string,
  ): Promise<Entry | null> {
    const { rows } = await templates.run(
      db,
      'find-entry-by-client-id',
      (slot) =>
        db
          .selectFrom('entries')
          .selectAll()
          .where('conversation_id', '=', slot<string>(0))
          .where('client_id', '=', slot<string>(1)),
      [conversationId, clientId],
    );
    const [row] = rows as Selectable<Database['entries']>[];
    return row ? toEntry(row) : null;
  }

  /** The earliest of the conversation's entries with one of `clientIds`, if any. */
  async function findFirstDuplicate(
    db: Kysely<Database>,
    conversationId: string,
    clientIds: readonly string[],
  ): Promise<Entry | null> {
    let first: Entry | null = null;
    for (const clientId of clientIds) {
      const found = await findEntryByClientId(db, conversationId, clientId);
      if (found && (first === null || found.seq < first.seq)) first = found;
    }
    return first;
  }

  /**
   * Checks the version and advances the log in one statement; the row's own last_seq gives the new seqs.
   * The columns set differ only by whether a preview, a lead or a rating comes with the entries, so a
   * handful of shapes cover every commit.
   */
  async function compareAndSet(db: Kysely<Database>, request: CommitRequest) {
    const { conversationId, expectedVersion, control, entries, at } = request;
    const preview = previewOf(entries);
    const changes: ConversationUpdate = controlColumns(control);
    changes.version = expectedVersion + 1;
    changes.updated_at = at;
    // No message among the entries keeps the preview already stored. (Assigned rather than spread into the
    // literal, which V8 builds on a slow path.)
    if (preview !== null) changes.preview = preview;
    Object.assign(changes, leadAndRatingColumns(entries, at));
    const columns = Object.keys(changes) as (keyof ConversationUpdate)[];
    const values = [
      ...columns.map((column) => changes[column]),
      entries.length,
      conversationId,
      expectedVersion,
    ];
    const { rows } = await templates.run(
      db,
      `compare-and-set:${columns.join(',')}`,
      (slot) =>
        db
          .updateTable('conversations')
          .set({
            ...Object.fromEntries(columns.map((column, index) => [column, slot(index)])),
            last_seq: sql<number>`last_seq + ${slot<number>(columns.length)}`,
          })
          .where('id', '=', slot<string>(columns.length + 1))
          .where('version', '=', slot<number>(columns.length + 2))
          .returningAll(),
      values,
    );
    return (rows as Selectable<Database['conversations']>[])[0];
  }

  async function insertEntries(db: Kysely<Database>, rows: Selectable<Database['entries']>[]) {
    if (rows.length === 0) return;
    if (rows.length > MAX_TEMPLATED_ROWS) {
      await db.insertInto('entries').values(rows).execute();
      return;
    }
    await templates.run(
      db,
      `insert-entries:${rows.length}`,
      (slot) =>
        db
          .insertInto('entries')
          .values(
            rows.map(
              (_, row) =>
                Object.fromEntries(
                  ENTRY_COLUMNS.map((column, index) => [column, slot(row * ENTRY_COLUMNS.length + index)]),
                ) as Selectable<Database['entries']>,
            ),
          ),
      rows.flatMap((row) => ENTRY_COLUMNS.map((column) => row[column])),
    );
  }

  /** One commit request inside the batch's transaction `db`: refused as a duplicate, a conflict, or applied. */
  async function commitIn(db: Kysely<Database>, request: CommitRequest): Promise<CommitResult> {
    const { conversationId, entries } = request;
    const clientIds = entries.flatMap((entry) => (entry.clientId === null ? [] : [entry.clientId]));
    const duplicate = await findFirstDuplicate(db, conversationId, clientIds);
    if (duplicate) return { status: 'duplicate', entry: duplicate };

    const updated = await compareAndSet(db, request);
    if (!updated) return { status: 'conflict' };

    const { result, rows } = appliedCommit(request, updated);
    await insertEntries(db, rows);
    return result;
  }

  return { findConversation, findEntryByClientId, commitIn };
}

/**
 * A request whose compare-and-set advanced its conversation to `updated`: its result, and the entry rows
 * to insert. The row's last_seq already counts the request's entries.
 */
export function appliedCommit(
  request: CommitRequest,
  updated: Selectable<Database['conversations']>,
): { result: CommitResult; rows: Selectable<Database['entries']>[] } {
  const { conversationId, entries, at } = request;
  const firstSeq = Number(updated.last_seq) - entries.length + 1;
  return {
    result: {
      status: 'committed',
      conversation: toStoredConversation(updated),
      entries: entries.map((entry, index) => toCommittedEntry(conversationId, firstSeq + index, at, entry)),
    },
    rows: entries.map((entry, index) => toEntryRow(conversationId, firstSeq + index, at, entry)),
  };
}
