/**
 * The most items one delivery carries. A thread that receives a turn's worth of commits only when the turn
 * ends starts on none of them before then; a delivery every 16 lets the commit worker begin its batch while
 * the relay still reads the rest. In `npm run bench`'s saturation on 2 vCPUs, 16 gave about as many
 * messages a second as 8, 32 or 64, and a fifth more than waiting for the turn's end.
 */
export const MAX_ITEMS_PER_DELIVERY = 16;

/**
 * Collects items sent to another thread and delivers them in groups: once MAX_ITEMS_PER_DELIVERY have
 * gathered, or else once the turn of the event loop that sent them is done (in its check phase, where
 * `setImmediate` runs), so that no item waits for a later turn. Posting between threads costs each side a
 * fixed amount per message, whatever it carries; the relay's commits and the worker's results, grouped,
 * pay it once a group.
 */
export function createTurnBatch<Item>(deliver: (items: Item[]) => void): (item: Item) => void {
  let gathered: Item[] = [];
  let isFlushScheduled = false;

  function flush(): void {
    if (gathered.length === 0) return;
    const items = gathered;
    gathered = [];
    deliver(items);
  }

  return (item) => {
    gathered.push(item);
    if (gathered.length >= MAX_ITEMS_PER_DELIVERY) {
      flush();
    } else if (!isFlushScheduled) {
      isFlushScheduled = true;
      setImmediate(() => {
        isFlushScheduled = false;
        flush();
      });
    }
  };
}
