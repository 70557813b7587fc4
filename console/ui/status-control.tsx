import { useState } from 'preact/hooks';
import type { AgentStatus } from '../../protocol/agent-events.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

const STATUS_LABELS: Record<AgentStatus, string> = { online: 'Online', away: 'Away', offline: 'Offline' };
const STATUSES: readonly AgentStatus[] = ['online', 'away', 'offline'];

/**
 * The agent's own status, as the team sees it: only `online` agents are offered conversations. It shows
 * what the relay reports, so it changes once the relay has taken the new status.
 */
export function StatusControl() {
  const model = useModel();
  const status = useStore(model.$myStatus);
  const connection = useStore(model.$connection);
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="status-control">
      <label class="status-control__label">
        Your status{' '}
        <select
          class="status-control__select"
          value={status ?? ''}
          disabled={status === null || connection.status !== 'connected'}
          onChange={(event) => {
            const next = event.currentTarget.value as AgentStatus;
            void model.setStatus(next).then(setError);
          }}
        >
          {status === null ? <option value="">Unknown</option> : null}
          {STATUSES.map((option) => (
            <option key={option} value={option}>
              {STATUS_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      <span class="status-control__error" role="alert">
        {error}
      </span>
    </div>
  );
}
