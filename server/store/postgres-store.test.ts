import { afterAll } from 'vitest';
import { createTestSchema, type TestSchema } from '../../scripts/cluster/test-schema.js';
import { openPostgresStore } from './postgres-store.js';
import { describeStoreContract } from './store.contract.js';

const schemas: TestSchema[] = [];

// One at a time: each test has its own schema of some thirty tables, and dropping hundreds at once takes
// more locks than PostgreSQL's shared lock table holds ("out of shared memory").
afterAll(async () => {
  for (const schema of schemas) await schema.drop();
}, 120_000);

async function openFreshStore() {
  const schema = await createTestSchema('contract');
  schemas.push(schema);
  const store = openPostgresStore(schema.url);
  await store.migrate();
  return store;
}

describeStoreContract('PostgreSQL', openFreshStore);
