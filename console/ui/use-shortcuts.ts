import { useEffect } from 'preact/hooks';
import { shortcutFor } from '../chat/keyboard-shortcuts.js';
import type { ShortcutRunner } from '../chat/shortcut-runner.js';

/** True when keys pressed on `target` type text rather than command the console. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit'].includes(target.type)
  );
}

/** Listens for the console's keyboard shortcuts while the workspace shows. */
export function useShortcuts(runner: ShortcutRunner): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const action = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        isInTextField: isTextField(event.target),
        isInDialog: event.target instanceof Element && event.target.closest('dialog') !== null,
      });
      if (action !== null && runner.run(action)) event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [runner]);
}
