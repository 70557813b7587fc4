import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

function openNumbers(capacity?: number) {
  const database = new SQLite(':memory:');
  database.exec('create table numbers (n integer); insert into numbers values (1), (2), (3);');
  return { database, cached: withStatementCache(database, capacity) };
}

describe('withStatementCache', () => {
  it('prepares each SQL text once and hands out the same statement after that', () => {
    const { cached } = openNumbers();
    const first = cached.prepare('select n from numbers where n > ?');
    const second = cached.prepare('select n from numbers where n > ?');
    expect(second).toBe(first);
    expect(second.all([1])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(cached.cachedStatementCount()).toBe(1);
  });

  it('keeps no more than its capacity, dropping the least recently used statement', () => {
    const { cached } = openNumbers(2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a);
    cached.prepare('select 3');
    expect(cached.cachedStatementCount()).toBe(2);
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
    expect(cached.cachedStatementCount()).toBe(2);
  });

  it('gives a query a statement of its own while a stream is still iterating the cached one', () => {
    const { cached } = openNumbers();
    const streaming = cached.prepare('select n from numbers order by n');
    const rows = streaming.iterate([]);
    expect(rows.next().value).toEqual({ n: 1 });

    const meanwhile = cached.prepare('select n from numbers order by n');
    expect(meanwhile).not.toBe(streaming);
    expect(meanwhile.all([])).toHaveLength(3);

    expect([...rows]).toEqual([{ n: 2 }, { n: 3 }]);
    expect(cached.prepare('select n from numbers order by n')).toBe(streaming);
  });

  it('serves Kysely queries, streamed or not, from one statement per SQL text', async () => {
    const { cached } = openNumbers();
    const db = new Kysely<{ numbers: { n: number } }>({ dialect: new SqliteDialect({ database: cached }) });
    const above = (n: number) => db.selectFrom('numbers').select('n').where('n', '>', n).orderBy('n');

    expect(await above(0).execute()).toHaveLength(3);
    expect(await above(2).execute()).toEqual([{ n: 3 }]);
    const streamed: number[] = [];
    for await (const row of above(1).stream()) streamed.push(row.n);
    expect(streamed).toEqual([2, 3]);
    await db.insertInto('numbers').values({ n: 4 }).execute();
    await db.insertInto('numbers').values({ n: 5 }).execute();

    expect(await above(3).execute()).toEqual([{ n: 4 }, { n: 5 }]);
    expect(cached.cachedStatementCount()).toBe(2);
    await db.destroy();
  });

  it('closes the database it wraps', () => {
    const { database, cached } = openNumbers();
    cached.prepare('select 1');
    cached.close();
    expect(database.open).toBe(false);
    expect(cached.cachedStatementCount()).toBe(0);
  });
});
