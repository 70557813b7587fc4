/** The console's tab title; it leads with the number of visitors waiting, so a busy queue shows at a glance. */
export function documentTitle(waitingCount: number): string {
  return waitingCount > 0 ? `(${waitingCount}) Switchboard console` : 'Switchboard console';
}
