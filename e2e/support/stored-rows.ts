import SQLite from 'better-sqlite3';

/** The tables whose rows a hostile visitor could add. */
const TABLES = ['visitors', 'conversations', 'entries'] as const;

/** How many rows each table holds, read from the relay's SQLite file without writing to it. */
export function countStoredRows(databaseFile: string): Record<(typeof TABLES)[number], number> {
  const database = new SQLite(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) =>
      (database.prepare(`SELECT count(*) AS count FROM ${table}`).get() as { count: number }).count;
    return { visitors: count('visitors'), conversations: count('conversations'), entries: count('entries') };
  } finally {
    database.close();
  }
}
