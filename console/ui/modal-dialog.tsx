import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface ModalDialogProps {
  /** The dialog's heading, which is also its accessible name. */
  title: string;
  /** Called when the dialog closes by Escape or its Close button. */
  onClose(): void;
  children: ComponentChildren;
}

/**
 * A modal dialog on the native `<dialog>`: `showModal()` makes the rest of the page inert, so focus stays
 * inside, and Escape closes it. Focus goes back to where it was when the dialog opened.
 */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `dialog-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.showModal();
    return () => opener?.focus();
  }, []);

  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div class="dialog__header">
        <h2 id={titleId} class="dialog__title">
          {title}
        </h2>
        <button type="button" class="button button--ghost" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
