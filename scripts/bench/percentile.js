/**
 * Percentiles and medians of measured samples. Percentiles use the nearest-rank method: the result is
 * always one of the samples, never an interpolation between two, so a p99 of 1,000 latencies is the 990th
 * smallest. A message that never arrived is recorded as `Infinity`, so it counts against the percentile instead of
 * vanishing from it.
 */

/**
 * The `p`th percentile (0 < p ≤ 100) of `samples` by nearest rank, or NaN when there are none.
 * @param {readonly number[]} samples
 * @param {number} p
 */
export function percentile(samples, p) {
  if (!(p > 0 && p <= 100)) throw new RangeError(`A percentile is above 0 and at most 100, not ${p}.`);
  if (samples.length === 0) return Number.NaN;
  const sorted = Float64Array.from(samples).toSorted();
  const rank = Math.ceil((p / 100) * sorted.length);
  return /** @type {number} */ (sorted[rank - 1]);
}

/**
 * The middle of `values`, the mean of the two middle ones for an even count, or NaN when there are none.
 * NaN values (a figure a run could not measure) are left out.
 * @param {readonly number[]} values
 */
export function median(values) {
  const sorted = Float64Array.from(values.filter((value) => !Number.isNaN(value))).toSorted();
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  const upper = /** @type {number} */ (sorted[middle]);
  return sorted.length % 2 === 1 ? upper : (/** @type {number} */ (sorted[middle - 1]) + upper) / 2;
}
