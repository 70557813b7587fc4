/**
 * Several relay processes on loopback sharing one PostgreSQL schema and one Redis stream, as a site runs them
 * behind a load balancer. Each run gets a fresh schema and stream, so runs on a shared machine never meet.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'redis';
import { createTestSchema } from './test-schema.js';
import { createRelayProcess, findFreePort } from '../chaos/relay-process.js';
import { openStore, prepareStore } from '../chaos/store-access.js';

/** The Redis every machine runs for the tests; override with SWITCHBOARD_TEST_REDIS_URL. */
export const TEST_REDIS_URL = process.env.SWITCHBOARD_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** @typedef {import('../chaos/relay-process.js').RelayProcess} RelayProcess */
/** @typedef {import('../../server/store/store.js').Store} Store */

/**
 * @typedef {object} RelayCluster
 * @property {RelayProcess[]} nodes Started, in order.
 * @property {string} databaseUrl
 * @property {() => Promise<Store>} openStore The shared store, for checking what was committed.
 * @property {() => Promise<void>} stop Stops every node, drops the schema and the stream.
 */

/**
 * @param {object} options
 * @param {string} options.root The repository root, where dist/ is.
 * @param {number} options.nodes
 * @param {string} options.directory Where the nodes' logs go.
 * @param {{ email: string, password: string }} options.admin
 * @param {readonly { email: string, name: string, password: string }[]} options.agents Created before start.
 * @param {Record<string, string>} [options.env] More settings for every node.
 * @returns {Promise<RelayCluster>}
 */
export async function startRelayCluster({ root, nodes: count, directory, admin, agents, env = {} }) {
  const schema = await createTestSchema('cluster');
  const streamName = `switchboard-test-${randomBytes(4).toString('hex')}`;
  await prepareStore(root, schema.url, agents);
  /** @type {RelayProcess[]} */
  const nodes = [];
  for (let index = 0; index < count; index++) {
    nodes.push(
      createRelayProcess({
        root,
        port: await findFreePort(),
        databaseUrl: schema.url,
        env: { REDIS_URL: TEST_REDIS_URL, SWITCHBOARD_REDIS_STREAM: streamName, ...env },
        logFile: join(directory, `node-${index + 1}.log`),
        admin,
      }),
    );
  }
  await Promise.all(nodes.map((node) => node.start()));

  return {
    nodes,
    databaseUrl: schema.url,
    openStore: () => openStore(root, schema.url),
    async stop() {
      await Promise.all(nodes.map((node) => node.stop()));
      await schema.drop();
      const redis = createClient({ url: TEST_REDIS_URL });
      await redis.connect();
      await redis.del(streamName);
      await redis.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
