import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { Entry } from '../../protocol/entries.js';
import type { BatchWriter } from './commit-batch.js';
import type { Database } from './database.js';
import { appliedCommit } from './commit-statements.js';
import { controlColumns, leadAndRatingColumns, previewOf, toEntry } from './rows.js';
import type { CommitRequest, CommitResult } from './store.js';

type ConversationRow = Selectable<Database['conversations']>;

/** Entry rows per insert: six parameters each, well under PostgreSQL's limit of 65,535 a statement. */
const ENTRY_ROWS_PER_INSERT = 1_000;

/**
 * A batch's commits in a handful of statements, whatever its size: for PostgreSQL, where each statement is a
 * round trip to the server. One by one, a commit costs three (the duplicate check, the compare-and-set and
 * the insert), and a batch of 200 took about 100 ms in `npm run bench:store`.
 *
 * The batch's conversations are locked first, in id order, as every process locks them, so two processes'
 * batches cannot deadlock. Then the requests go in rounds: each conversation's first request of the batch in
 * the first round, its second in the second, and so on. A round holds a conversation at most once and sees
 * what the rounds before it wrote, so each request gets the result it would get one by one, in arrival
 * order. Nearly every batch is one round: a visitor has one message in flight at a time.
 */
export const writeSetWise: BatchWriter = async (transaction, requests) => {
  await transaction
    .selectFrom('conversations')
    .select('id')
    .where('id', 'in', [...new Set(requests.map((request) => request.conversationId))])
    .orderBy('id')
    .forNoKeyUpdate()
    .execute();
  const results: CommitResult[] = [];
  for (const round of roundsOf(requests)) {
    const duplicates = await findDuplicates(transaction, round);
    const updated = await compareAndSetAll(
      transaction,
      round.filter(({ index }) => !duplicates.has(index)),
    );
    const appended: Selectable<Database['entries']>[] = [];
    for (const { index, request } of round) {
      const duplicate = duplicates.get(index);
      const row = updated.get(request.conversationId);
      if (duplicate) results[index] = { status: 'duplicate', entry: duplicate };
      else if (!row) results[index] = { status: 'conflict' };
      else {
        const applied = appliedCommit(request, row);
        results[index] = applied.result;
        appended.push(...applied.rows);
      }
    }
    await insertEntries(transaction, appended);
  }
  return results;
};

/** A request of the batch, with its place in it. */
interface Placed {
  index: number;
  request: CommitRequest;
}

/** The requests in rounds: the nth round holds each conversation's nth request, in arrival order. */
function roundsOf(requests: readonly CommitRequest[]): Placed[][] {
  const rounds: Placed[][] = [];
  const requestsSeen = new Map<string, number>();
  requests.forEach((request, index) => {
    const round = requestsSeen.get(request.conversationId) ?? 0;
    requestsSeen.set(request.conversationId, round + 1);
    (rounds[round] ??= []).push({ index, request });
  });
  return rounds;
}

/**
 * For each request (by its index in the batch) with an entry whose client id is already in its
 * conversation's log, the earliest such entry.
 */
async function findDuplicates(
  transaction: Kysely<Database>,
  round: readonly Placed[],
): Promise<Map<number, Entry>> {
  const sent = round.flatMap(({ request }) =>
    request.entries.flatMap((entry) =>
      entry.clientId === null ? [] : [{ conversationId: request.conversationId, clientId: entry.clientId }],
    ),
  );
  const duplicates = new Map<number, Entry>();
  if (sent.length === 0) return duplicates;
  const rows = await transaction
    .selectFrom('entries')
    .selectAll()
    .where((builder) =>
      builder(
        builder.refTuple('conversation_id', 'client_id'),
        'in',
        sent.map(({ conversationId, clientId }) => builder.tuple(conversationId, clientId)),
      ),
    )
    .execute();
  for (const { index, request } of round) {
    const clientIds = new Set(request.entries.map((entry) => entry.clientId));
    for (const row of rows) {
      if (row.conversation_id !== request.conversationId || !clientIds.has(row.client_id)) continue;
      const earliest = duplicates.get(index);
      if (!earliest || Number(row.seq) < earliest.seq) duplicates.set(index, toEntry(row));
    }
  }
  return duplicates;
}

/**
 * What the compare-and-set is given for each request, with the type PostgreSQL is told each value has (a
 * parameter in a VALUES list has none of its own). The control's columns are set as they are; the preview,
 * the lead and the rating only when the entries bring one, as in `commitQueries`' compare-and-set.
 */
const CHANGE_COLUMNS = {
  id: 'text',
  expected_version: 'integer',
  entry_count: 'integer',
  at: 'bigint',
  state: 'text',
  agent_id: 'text',
  agent_name: 'text',
  owner_version: 'integer',
  bot_miss_streak: 'integer',
  waiting_since: 'bigint',
  handoff_trigger: 'text',
  handoff_reason: 'text',
  is_requeued: 'integer',
  escalation: 'text',
  frustration_signals: 'integer',
  last_question: 'text',
  is_rating_open: 'integer',
  preview: 'text',
  has_lead: 'boolean',
  lead_email: 'text',
  has_rating: 'boolean',
  rating_score: 'integer',
  rating_comment: 'text',
} as const;
type Changes = Record<keyof typeof CHANGE_COLUMNS, unknown>;

function changesOf({ conversationId, expectedVersion, control, entries, at }: CommitRequest): Changes {
  const leadAndRating = leadAndRatingColumns(entries, at);
  return Object.assign(controlColumns(control), {
    id: conversationId,
    expected_version: expectedVersion,
    entry_count: entries.length,
    at,
    preview: previewOf(entries),
    has_lead: 'lead_email' in leadAndRating,
    lead_email: leadAndRating.lead_email ?? null,
    has_rating: 'rating_score' in leadAndRating,
    rating_score: leadAndRating.rating_score ?? null,
    rating_comment: leadAndRating.rating_comment ?? null,
  });
}

/**
 * Every request's compare-and-set in one statement; the conversations it advanced, by id. A request binds
 * 23 parameters, so a full batch (MAX_COMMITS_PER_BATCH, 256) stays far under PostgreSQL's 65,535.
 */
async function compareAndSetAll(
  transaction: Kysely<Database>,
  round: readonly Placed[],
): Promise<Map<string, ConversationRow>> {
  if (round.length === 0) return new Map();
  const names = Object.keys(CHANGE_COLUMNS) as (keyof typeof CHANGE_COLUMNS)[];
  const valueRow = (changes: Changes): RawBuilder<unknown> =>
    sql`(${sql.join(names.map((name) => sql`${changes[name]}::${sql.raw(CHANGE_COLUMNS[name])}`))})`;
  const { rows } = await sql<ConversationRow>`
    update conversations as c set
      state = v.state, agent_id = v.agent_id, agent_name = v.agent_name,
      version = v.expected_version + 1, owner_version = v.owner_version,
      bot_miss_streak = v.bot_miss_streak, waiting_since = v.waiting_since,
      handoff_trigger = v.handoff_trigger, handoff_reason = v.handoff_reason, is_requeued = v.is_requeued,
      escalation = v.escalation, frustration_signals = v.frustration_signals,
      last_question = v.last_question, is_rating_open = v.is_rating_open, updated_at = v.at,
      last_seq = c.last_seq + v.entry_count,
      preview = coalesce(v.preview, c.preview),
      lead_email = case when v.has_lead then v.lead_email else c.lead_email end,
      lead_at = case when v.has_lead then v.at else c.lead_at end,
      rating_score = case when v.has_rating then v.rating_score else c.rating_score end,
      rating_comment = case when v.has_rating then v.rating_comment else c.rating_comment end
    from (values ${sql.join(round.map(({ request }) => valueRow(changesOf(request))))})
      as v (${sql.raw(names.join(', '))})
    where c.id = v.id and c.version = v.expected_version
    returning c.*`.execute(transaction);
  return new Map(rows.map((row) => [row.id, row]));
}

async function insertEntries(
  transaction: Kysely<Database>,
  rows: readonly Selectable<Database['entries']>[],
) {
  for (let start = 0; start < rows.length; start += ENTRY_ROWS_PER_INSERT) {
    await transaction
      .insertInto('entries')
      .values(rows.slice(start, start + ENTRY_ROWS_PER_INSERT))
      .execute();
  }
}
