/** What a keyboard shortcut does. */
export type ShortcutAction = 'next-waiting' | 'take-over' | 'resolve' | 'transfer' | 'help';

/** The shortcuts, in the order the help dialog lists them. */
export const SHORTCUTS: ReadonlyArray<{ key: string; action: ShortcutAction; label: string }> = [
  { key: 'n', action: 'next-waiting', label: 'Open the next waiting conversation' },
  { key: 't', action: 'take-over', label: 'Take over the open conversation' },
  { key: 'r', action: 'resolve', label: 'Resolve the open conversation' },
  { key: 'm', action: 'transfer', label: 'Move (transfer) the open conversation to a teammate' },
  { key: '?', action: 'help', label: 'Show these shortcuts' },
];

/** The parts of a key press that decide whether it is a shortcut. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True when focus is where typing goes: a text field, a text area, a select, or editable content. */
  isInTextField: boolean;
  /** True while a dialog is open: its keys are its own. */
  isInDialog: boolean;
}

/**
 * The action a key press triggers, or null. Shortcuts are single keys, so they apply only when the press
 * cannot be typing: never in a text field or a dialog, never with Ctrl, Alt or Meta (the browser's and
 * assistive technologies' own shortcuts). Shift is allowed, since `?` needs it on most layouts.
 */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.isInTextField || press.isInDialog || press.ctrlKey || press.metaKey || press.altKey) return null;
  return SHORTCUTS.find((shortcut) => shortcut.key === press.key)?.action ?? null;
}
