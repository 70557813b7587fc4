/**
 * The relays a chaos run talks to: one process on a SQLite file, or several processes sharing PostgreSQL
 * and Redis behind a TCP load balancer. Either way the run sees one URL, one thing to inject kills into, and
 * one store to audit.
 */
import { join } from 'node:path';
import { startRelayCluster } from '../cluster/relay-cluster.js';
import { startTcpBalancer } from '../cluster/tcp-balancer.js';
import { createRelayProcess, findFreePort } from './relay-process.js';
import { openStore, prepareStore } from './store-access.js';

/** @typedef {import('./relay-process.js').RelayProcess} RelayProcess */
/** @typedef {import('./seeded-random.js').Random} Random */
/** @typedef {import('../../server/store/store.js').Store} Store */

/**
 * @typedef {object} Relays
 * @property {string} url Where clients connect: the relay, or the load balancer in front of the relays.
 * @property {boolean} isWebSocketOnly True behind the load balancer, which has no sticky sessions.
 * @property {string} description For the run's log.
 * @property {Pick<RelayProcess, 'kill' | 'start' | 'isRunning'>} faultTarget What a kill fault kills:
 *   the relay, or one relay process drawn at random (restarted by `start`).
 * @property {() => Promise<Store>} openStore
 * @property {() => Promise<void>} killAll For a run that must end now.
 * @property {(keepData: boolean) => Promise<string | null>} stop Stops everything; returns where the data
 *   was kept, if it was.
 */

/**
 * @param {object} options
 * @param {string} options.root
 * @param {number} options.nodes
 * @param {string} options.directory Where logs (and the SQLite file) go.
 * @param {{ email: string, password: string }} options.admin
 * @param {readonly { email: string, name: string, password: string }[]} options.agents
 * @param {Random} options.random Picks which process each kill takes down.
 * @returns {Promise<Relays>}
 */
export async function startRelays({ root, nodes, directory, admin, agents, random }) {
  return nodes === 1
    ? startOneRelay({ root, directory, admin, agents })
    : startSeveralRelays({ root, nodes, directory, admin, agents, random });
}

/**
 * @param {{ root: string, directory: string, admin: { email: string, password: string }, agents: readonly { email: string, name: string, password: string }[] }} options
 * @returns {Promise<Relays>}
 */
async function startOneRelay({ root, directory, admin, agents }) {
  const databaseUrl = `sqlite:${join(directory, 'chaos.sqlite')}`;
  await prepareStore(root, databaseUrl, agents);
  const relay = createRelayProcess({
    root,
    port: await findFreePort(),
    databaseUrl,
    logFile: join(directory, 'relay.log'),
    admin,
  });
  await relay.start();
  return {
    url: relay.url,
    isWebSocketOnly: false,
    description: `relay up at ${relay.url}; data in ${directory}`,
    faultTarget: relay,
    openStore: () => openStore(root, databaseUrl),
    killAll: () => relay.kill(),
    async stop(keepData) {
      await relay.stop();
      return keepData ? directory : null;
    },
  };
}

/**
 * @param {{ root: string, nodes: number, directory: string, admin: { email: string, password: string }, agents: readonly { email: string, name: string, password: string }[], random: Random }} options
 * @returns {Promise<Relays>}
 */
async function startSeveralRelays({ root, nodes, directory, admin, agents, random }) {
  const cluster = await startRelayCluster({ root, nodes, directory, admin, agents });
  const balancer = await startTcpBalancer(cluster.nodes.map((node) => Number(new URL(node.url).port)));
  /** @type {RelayProcess[]} */
  const killed = [];
  return {
    url: balancer.url,
    isWebSocketOnly: true,
    description: `${nodes} relay processes on PostgreSQL and Redis behind ${balancer.url}; logs in ${directory}`,
    faultTarget: {
      async kill() {
        const victim = random.pick(cluster.nodes.filter((node) => node.isRunning()));
        killed.push(victim);
        await victim.kill();
      },
      async start() {
        for (const node of killed.splice(0)) await node.start();
      },
      isRunning: () => cluster.nodes.every((node) => node.isRunning()),
    },
    openStore: cluster.openStore,
    killAll: async () => {
      await Promise.all(cluster.nodes.map((node) => node.kill()));
    },
    async stop(keepData) {
      await balancer.close();
      if (keepData) {
        await Promise.all(cluster.nodes.map((node) => node.stop()));
        return `${directory} and PostgreSQL at ${cluster.databaseUrl}`;
      }
      await cluster.stop();
      return null;
    },
  };
}
