import { SHORTCUTS } from '../chat/keyboard-shortcuts.js';
import { ModalDialog } from './modal-dialog.js';

/** Lists the keyboard shortcuts. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose}>
      <p>These keys work when the focus is not in a text field.</p>
      <dl class="shortcuts">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.key} class="shortcuts__row">
            <dt>
              <kbd>{shortcut.key}</kbd>
            </dt>
            <dd>{shortcut.label}</dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}
