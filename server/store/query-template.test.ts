import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createQueryTemplates } from './query-template.js';

interface Numbers {
  numbers: { n: number; label: string };
}

function openNumbers() {
  const database = new SQLite(':memory:');
  database.exec(
    "create table numbers (n integer, label text); insert into numbers values (1, 'one'), (2, 'two');",
  );
  return new Kysely<Numbers>({ dialect: new SqliteDialect({ database }) });
}

describe('createQueryTemplates', () => {
  it('binds one compiled shape to each call’s values', async () => {
    const db = openNumbers();
    const templates = createQueryTemplates();
    const labelOf = (n: number) =>
      db.executeQuery(
        templates.compile(
          'label-of',
          (slot) => db.selectFrom('numbers').select('label').where('n', '=', slot<number>(0)),
          [n],
        ),
      );

    expect((await labelOf(1)).rows).toEqual([{ label: 'one' }]);
    expect((await labelOf(2)).rows).toEqual([{ label: 'two' }]);
    expect((await labelOf(3)).rows).toEqual([]);
    expect(templates.compiledCount()).toBe(1);
  });

  it('keeps the values that are not slots as the first call compiled them', async () => {
    const db = openNumbers();
    const templates = createQueryTemplates();
    const insert = (n: number, label: string) =>
      db.executeQuery(
        templates.compile(
          'insert-labelled',
          (slot) => db.insertInto('numbers').values({ n: slot<number>(0), label }),
          [n],
        ),
      );

    await insert(3, 'fixed');
    await insert(4, 'ignored, since the shape is compiled');
    const rows = await db.selectFrom('numbers').selectAll().where('n', '>', 2).orderBy('n').execute();
    expect(rows).toEqual([
      { n: 3, label: 'fixed' },
      { n: 4, label: 'fixed' },
    ]);
  });

  it('compiles each key once, so shapes that differ need keys that differ', async () => {
    const db = openNumbers();
    const templates = createQueryTemplates();
    const above = await db.executeQuery(
      templates.compile(
        'above',
        (slot) => db.selectFrom('numbers').select('n').where('n', '>', slot<number>(0)),
        [1],
      ),
    );
    const below = await db.executeQuery(
      templates.compile(
        'below',
        (slot) => db.selectFrom('numbers').select('n').where('n', '<', slot<number>(0)),
        [2],
      ),
    );
    expect(above.rows).toEqual([{ n: 2 }]);
    expect(below.rows).toEqual([{ n: 1 }]);
    expect(templates.compiledCount()).toBe(2);
  });

  it('compiles a query that runs inside a transaction of the database it was built on', async () => {
    const db = openNumbers();
    const templates = createQueryTemplates();
    const count = (executor: Kysely<Numbers>) =>
      executor.executeQuery(
        templates.compile(
          'count-from',
          (slot) =>
            executor
              .selectFrom('numbers')
              .select((builder) => builder.fn.countAll<number>().as('count'))
              .where('n', '>=', slot<number>(0)),
          [1],
        ),
      );
    expect((await count(db)).rows).toEqual([{ count: 2 }]);
    await db.transaction().execute(async (transaction) => {
      await transaction.insertInto('numbers').values({ n: 5, label: 'five' }).execute();
      expect((await count(transaction)).rows).toEqual([{ count: 3 }]);
    });
  });
});
