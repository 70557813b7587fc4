import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

/**
 * Asks the browser for desktop notifications of waiting visitors. Browsers grant it only from a click, so
 * it is a button, shown until the agent answered.
 */
export function NotificationsButton() {
  const { attention } = useModel();
  const permission = useStore(attention.$permission);
  if (permission !== 'default') return null;
  return (
    <button type="button" class="button" onClick={() => void attention.enableNotifications()}>
      Enable desktop notifications
    </button>
  );
}
