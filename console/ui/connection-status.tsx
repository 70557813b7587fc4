import type { ConnectionStatus as Status } from '../chat/console-model.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

const LABELS: Record<Status, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Disconnected',
};

/** The live connection's state, announced politely; a way back when the relay gave up on it. */
export function ConnectionStatus() {
  const model = useModel();
  const connection = useStore(model.$connection);
  return (
    <div class="connection">
      <p class={`connection__status connection__status--${connection.status}`} role="status">
        <span class="connection__dot" aria-hidden="true" />
        {LABELS[connection.status]}
        {connection.message === null ? null : <span class="connection__message">: {connection.message}</span>}
      </p>
      {connection.status === 'offline' ? (
        <button type="button" class="button button--small" onClick={model.reconnect}>
          Reconnect
        </button>
      ) : null}
    </div>
  );
}
