import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL every machine runs for the tests; override with SWITCHBOARD_TEST_POSTGRES_URL. */
export const TEST_POSTGRES_URL =
  process.env.SWITCHBOARD_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestSchema {
  /** A connection string whose sessions use the schema, for the store and for relay processes. */
  url: string;
  name: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

/**
 * A fresh, empty schema in the test database, so tests (and test runs on a shared machine) never see each
 * other's tables.
 */
export async function createTestSchema(label: string): Promise<TestSchema> {
  const name = `sb_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  await runAdmin(`CREATE SCHEMA ${name}`);
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${name}`);
  return { url: url.href, name, drop: () => runAdmin(`DROP SCHEMA IF EXISTS ${name} CASCADE`) };
}

async function runAdmin(statement: string): Promise<void> {
  const client = new Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
