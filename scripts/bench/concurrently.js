/**
 * Runs `task(0)` to `task(count - 1)` with at most `limit` under way at once, in index order, and rejects
 * with the first failure once the tasks under way have settled.
 * @param {number} count
 * @param {number} limit
 * @param {(index: number) => Promise<void>} task
 */
export async function forEachConcurrently(count, limit, task) {
  let next = 0;
  /** @type {unknown[]} */
  const failures = [];
  async function worker() {
    while (next < count && failures.length === 0) {
      const index = next++;
      await task(index).catch((error) => void failures.push(error));
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  if (failures.length > 0) throw failures[0];
}
