import { sql, type CompiledQuery, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from './database.js';
import type { QueryTemplates } from './query-template.js';
import {
  controlColumns,
  leadAndRatingColumns,
  previewOf,
  toCommittedEntry,
  toEntryRow,
  toStoredConversation,
} from './rows.js';
import type { CommitRequest, CommitResult } from './store.js';

/** The most entries one commit inserts through a template; a longer one (rare) is built for itself. */
const MAX_TEMPLATED_ROWS = 8;
/** The columns of an entry row, in the order a templated insert binds them. */
const ENTRY_COLUMNS = ['conversation_id', 'seq', 'kind', 'client_id', 'at', 'body'] as const;

type ConversationRow = Selectable<Database['conversations']>;
type EntryRow = Selectable<Database['entries']>;
type ConversationUpdate = Updateable<Database['conversations']>;

/**
 * The statements every chat message runs: the conversation read, the duplicate check, the compare-and-set
 * and the append, compiled through query templates (see `createQueryTemplates`), so a message costs
 * SQLite's work and not Kysely's building of the same few shapes again. Each is returned compiled, for the
 * store to execute through Kysely or, on SQLite's commit path, straight on the connection (see
 * `writeInOrder`).
 */
export function commitStatements(templates: QueryTemplates) {
  function findConversation(db: Kysely<Database>, id: string): CompiledQuery<ConversationRow> {
    return templates.compile(
      'find-conversation',
      (slot) => db.selectFrom('conversations').selectAll().where('id', '=', slot<string>(0)),
      [id],
    );
  }

  /** The conversation's entry with `clientId`, if any. */
  function findEntryByClientId(
    db: Kysely<Database>,
    conversationId: string,
    clientId: string,
  ): CompiledQuery<EntryRow> {
    return templates.compile(
      'find-entry-by-client-id',
      (slot) =>
        db
          .selectFrom('entries')
          .selectAll()
          .where('conversation_id', '=', slot<string>(0))
          .where('client_id', '=', slot<string>(1)),
      [conversationId, clientId],
    );
  }

  /**
   * Checks the version and advances the log in one statement, returning the conversation's row after it;
   * the row's own last_seq gives the new seqs. The columns set differ only by whether a preview, a lead or a
   * rating comes with the entries, so a handful of shapes cover every commit.
   */
  function compareAndSet(db: Kysely<Database>, request: CommitRequest): CompiledQuery<ConversationRow> {
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
    return templates.compile(
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
  }

  /** Inserts `rows`, which are not empty. */
  function insertEntries(db: Kysely<Database>, rows: readonly EntryRow[]): CompiledQuery {
    if (rows.length > MAX_TEMPLATED_ROWS) return db.insertInto('entries').values(rows).compile();
    return templates.compile(
      `insert-entries:${rows.length}`,
      (slot) =>
        db
          .insertInto('entries')
          .values(
            rows.map(
              (_, row) =>
                Object.fromEntries(
                  ENTRY_COLUMNS.map((column, index) => [column, slot(row * ENTRY_COLUMNS.length + index)]),
                ) as EntryRow,
            ),
          ),
      rows.flatMap((row) => ENTRY_COLUMNS.map((column) => row[column])),
    );
  }

  return { findConversation, findEntryByClientId, compareAndSet, insertEntries };
}

export type CommitStatements = ReturnType<typeof commitStatements>;

/**
 * A request whose compare-and-set advanced its conversation to `updated`: its result, and the entry rows
 * to insert. The row's last_seq already counts the request's entries.
 */
export function appliedCommit(
  request: CommitRequest,
  updated: ConversationRow,
): { result: CommitResult; rows: EntryRow[] } {
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
