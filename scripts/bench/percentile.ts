/**
 * The value at percentile `p` (0–100) of ascending `sorted` values, by nearest rank; undefined when
 * there are none (each bench says what it prints then).
 */
export const percentile = (sorted: readonly number[], p: number): number | undefined =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
