import type { Logger } from '../logger.js';

/** One dependency that must answer before the process takes traffic. */
export interface ReadinessProbe {
  /** Named in `/readyz`'s answer when it fails: `store`, `redis`. */
  name: string;
  /** Resolves when the dependency answers; rejects (or takes too long) when it does not. */
  check(): Promise<void>;
}

/** How long a probe may take before it counts as failed, so a hung dependency cannot hang `/readyz`. */
export const DEFAULT_PROBE_TIMEOUT_MS = 2000;

/** What `/readyz` answers, as its JSON body. */
export type ReadinessReport =
  | { status: 'ready' }
  /** The process is shutting down: a load balancer should send it nothing new. */
  | { status: 'draining' }
  /** These probes failed, by name. */
  | { status: 'unavailable'; failing: string[] };

/** Whether the process should be sent traffic: every probe answers, and it is not shutting down. */
export interface Readiness {
  /** Runs every probe at once. */
  check(): Promise<ReadinessReport>;
  /** Reports not ready from now on, whatever the probes say: the process is draining. */
  drain(): void;
  isDraining(): boolean;
}

export function createReadiness(
  probes: readonly ReadinessProbe[],
  logger: Logger,
  probeTimeoutMs = DEFAULT_PROBE_TIMEOUT_MS,
): Readiness {
  let isDraining = false;

  async function failure(probe: ReadinessProbe): Promise<string | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${probeTimeoutMs} ms`)), probeTimeoutMs);
    });
    try {
      await Promise.race([probe.check(), timeout]);
      return null;
    } catch (error) {
      logger.warn('readiness probe failed', { probe: probe.name, error: String(error) });
      return probe.name;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async check() {
      if (isDraining) return { status: 'draining' };
      const failing = (await Promise.all(probes.map(failure))).filter((name) => name !== null);
      // Draining may have begun while the probes ran.
      if (isDraining) return { status: 'draining' };
      return failing.length === 0 ? { status: 'ready' } : { status: 'unavailable', failing };
    },
    drain() {
      isDraining = true;
    },
    isDraining: () => isDraining,
  };
}
