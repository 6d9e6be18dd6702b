/**
 * One band along the time axis as sorted, disjoint occupied intervals `[start, end]`: label
 * tracks and the leader lines crossing them (labels.ts), the kept tick labels (ticks.ts), and
 * the ranges stacked in one row when rows are filled by priority (rows.ts, in ms). Lookups are
 * binary searches; inserts splice.
 */

/**
 * Sorted, disjoint occupied intervals of one band.
 *
 * @example
 * ```ts
 * const track = new Track();
 * track.insert(0, 50);
 * track.blocker(52, 80, 4); // → 0 (within 4 px of [0, 50])
 * ```
 */
export class Track {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  /** Index of the first interval whose end (plus gap) reaches past `x`. */
  firstEndingAfter(x: number, gap: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] as number) + gap <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Adds `[s, e]`, which must miss every interval. */
  insert(s: number, e: number): void {
    const i = this.firstEndingAfter(s, 0);
    this.starts.splice(i, 0, s);
    this.ends.splice(i, 0, e);
  }

  /**
   * Adds `[s, e]`, merging with the intervals it touches (leader lines may share pixels,
   * unlike labels).
   */
  merge(s: number, e: number): void {
    const i = this.firstEndingAfter(s, 1e-9);
    let j = i;
    while (j < this.starts.length && (this.starts[j] as number) <= e) {
      s = Math.min(s, this.starts[j] as number);
      e = Math.max(e, this.ends[j] as number);
      j++;
    }
    this.starts.splice(i, j - i, s);
    this.ends.splice(i, j - i, e);
  }

  /** Index of an interval within `gap` px of `[s, e]`, or -1. */
  blocker(s: number, e: number, gap: number): number {
    const i = this.firstEndingAfter(s, gap);
    return i < this.starts.length && (this.starts[i] as number) < e + gap ? i : -1;
  }
}
