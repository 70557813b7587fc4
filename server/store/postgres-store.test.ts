import { afterAll } from 'vitest';
import { createTestSchema, type TestSchema } from '../../scripts/cluster/test-schema.js';
import { openPostgresStore } from './postgres-store.js';
import { describeStoreContract } from './store.contract.js';

const schemas: TestSchema[] = [];

afterAll(async () => {
  await Promise.all(schemas.map((schema) => schema.drop()));
});

async function openFreshStore() {
  const schema = await createTestSchema('contract');
  schemas.push(schema);
  const store = openPostgresStore(schema.url);
  await store.migrate();
  return store;
}

describeStoreContract('PostgreSQL', openFreshStore);
