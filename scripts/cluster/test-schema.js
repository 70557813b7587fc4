/**
 * Fresh PostgreSQL schemas for tests and test runs, so that runs on a shared machine never see each other's
 * tables: the store's contract test, the multi-node harness and the store benchmark use them.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL every machine runs for the tests; override with SWITCHBOARD_TEST_POSTGRES_URL. */
export const TEST_POSTGRES_URL =
  process.env.SWITCHBOARD_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * @typedef {object} TestSchema
 * @property {string} url A connection string whose sessions use the schema.
 * @property {string} name
 * @property {() => Promise<void>} drop Drops the schema and everything in it.
 */

/**
 * Creates an empty schema named after `label` and a random suffix.
 * @param {string} label
 * @returns {Promise<TestSchema>}
 */
export async function createTestSchema(label) {
  const name = `sb_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  await runAdmin(`CREATE SCHEMA ${name}`);
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${name}`);
  return { url: url.href, name, drop: () => runAdmin(`DROP SCHEMA IF EXISTS ${name} CASCADE`) };
}

/** @param {string} statement */
async function runAdmin(statement) {
  const client = new Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
