import type { ResumePayload } from '../../protocol/visitor-events.js';
import type { CommandAck } from './ports.js';

export interface ResumeLoopOptions {
  /** Whether a resume can be sent now (connected). */
  canResume: () => boolean;
  /** The payload for the next resume, from what the client holds at that moment. */
  payload: () => ResumePayload;
  send: (payload: ResumePayload) => Promise<CommandAck<'session:resume'>>;
  /** Applies one answer; returns true when the client must resume again (more entries, a gap). */
  apply: (ack: CommandAck<'session:resume'>) => boolean;
}

/**
 * Resumes one at a time: a resume asked for while one is on its way runs right after it, from the newer last
 * seq, instead of in parallel. A resume without an answer in time is sent again while connected.
 */
export function createResumeLoop(options: ResumeLoopOptions): () => Promise<void> {
  let isRunning = false;
  let isRequested = false;
  return async function resume() {
    if (isRunning) {
      isRequested = true;
      return;
    }
    isRunning = true;
    try {
      do {
        isRequested = false;
        if (!options.canResume()) return;
        try {
          if (options.apply(await options.send(options.payload()))) isRequested = true;
        } catch {
          isRequested = true;
        }
      } while (isRequested);
    } finally {
      isRunning = false;
    }
  };
}
