const clockFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The time of day, for timeline entries: "14:05". */
export function formatClock(at: number): string {
  return clockFormat.format(at);
}

/** The date and time, for the visitor panel: "3 Mar 2026, 14:05". */
export function formatDateTime(at: number): string {
  return dateTimeFormat.format(at);
}
