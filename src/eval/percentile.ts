/**
 * The `p`th percentile (0–100) of `values`, interpolated linearly between the two nearest ranks
 * (the method spreadsheets and NumPy use by default), so the 50th is the usual median. NaN when
 * `values` is empty.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile needs 0 ≤ p ≤ 100, got ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = values.toSorted((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (rank - below);
}

/** The middle value of `values` (the mean of the two middle ones when their count is even). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
