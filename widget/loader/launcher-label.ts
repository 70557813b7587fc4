/** The launcher's accessible name: what pressing it does, and how many messages wait unread. */
export function launcherLabel(isOpen: boolean, unread: number): string {
  if (isOpen) return 'Close chat';
  if (unread < 1) return 'Open chat';
  return `Open chat, ${unread} unread message${unread === 1 ? '' : 's'}`;
}

/** The badge's text: the unread count, capped so it fits the badge; empty when there is nothing unread. */
export function badgeText(unread: number): string {
  if (unread < 1) return '';
  return unread > 99 ? '99+' : String(unread);
}
