import type { LauncherText } from './launcher-text.js';

/** The launcher's accessible name: what pressing it does, and how many messages wait unread. */
export function launcherLabel(
  isOpen: boolean,
  unread: number,
  assistantName: string,
  t: LauncherText,
): string {
  if (isOpen) return t.close;
  const open = t.open(assistantName);
  return unread < 1 ? open : `${open}, ${t.unread(unread)}`;
}

/** The badge's text: the unread count, capped so it fits the badge; empty when there is nothing unread. */
export function badgeText(unread: number): string {
  if (unread < 1) return '';
  return unread > 99 ? '99+' : String(unread);
}
