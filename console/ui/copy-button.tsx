import { useEffect, useState } from 'preact/hooks';

interface CopyButtonProps {
  /** The button's whole accessible name, such as "Copy snippet". */
  label: string;
  text: string;
}

/** Copies `text` to the clipboard and says so politely; a refusal says how to copy by hand. */
export function CopyButton({ label, text }: CopyButtonProps) {
  const [status, setStatus] = useState('');
  // A status about other text would mislead once the text changes.
  useEffect(() => setStatus(''), [text]);

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      setStatus('Could not copy: select the text and copy it with the keyboard.');
    }
  }

  return (
    <span class="copy">
      <button type="button" class="button button--small" onClick={() => void copy()}>
        {label}
      </button>
      <span class="copy__status" role="status">
        {status}
      </span>
    </span>
  );
}
