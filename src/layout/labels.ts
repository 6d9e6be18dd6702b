/**
 * Label placement along the time axis, one lane at a time. Labels live in "tracks" (bands beside
 * the lane's mark rows), so a label can never cover a mark; inside a track, labels keep `gap` px
 * apart. Events are tried in priority order (importance, then time) so the least important fold
 * into clusters first. Each try looks at each track nearest-first: the preferred spot, else the
 * nearest free spot within `maxShift` px either side (the label then gets a bent leader line).
 *
 * Cost: the candidates are first thinned per pixel bucket (a bucket can show only so many labels
 * whatever we do), so at most `perBucket × buckets` events are measured and tried, each in
 * O(tracks × log labels-in-track). Thinned events simply go to clusters.
 */

/** How one label occupies the time axis. */
export interface LabelExtent {
  /** Length along the time axis, px. */
  readonly length: number;
  /** Preferred start relative to the anchor, px (0 = starts at the mark, -length/2 = centred). */
  readonly offset: number;
}

/** Placement settings for one lane. */
export interface PlacementOptions {
  /** Number of tracks; rank 0 is the nearest to the marks. */
  readonly tracks: number;
  /** Labels stay inside `[tMin, tMax]` on the time axis. */
  readonly tMin: number;
  readonly tMax: number;
  readonly gap: number;
  readonly maxShift: number;
  /** Cost of going one track further out, in px of displacement. Default 16. */
  readonly trackPenalty?: number;
  /** Width of a thinning bucket, px. Default 16. */
  readonly bucketSize?: number;
  /** Candidates tried per bucket. Default `tracks + 2`. */
  readonly perBucket?: number;
  /**
   * Shortest label possible, px (e.g. an ellipsis). When no track has that much room near a
   * mark, the label is not even measured. Default 0 (always measure).
   */
  readonly minLength?: number;
  /** Stretches already taken before placement (e.g. the lane title in track 0). */
  readonly reserved?: readonly { readonly track: number; readonly start: number; readonly length: number }[];
}

/** Where placed labels went (indexed by event). */
export interface Placement {
  /** Events that got a label, in placement order. */
  readonly placed: number[];
  /** Events that did not (they fold into clusters), in priority order. */
  readonly unplaced: number[];
}

/** Sorted, disjoint occupied intervals of one track. */
class Track {
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

  /** True when `[s, s + length]` keeps `gap` px from every interval. */
  fits(s: number, length: number, gap: number): boolean {
    const i = this.firstEndingAfter(s, gap);
    return i >= this.starts.length || (this.starts[i] as number) >= s + length + gap;
  }

  insert(s: number, length: number): void {
    const i = this.firstEndingAfter(s, 0);
    this.starts.splice(i, 0, s);
    this.ends.splice(i, 0, s + length);
  }

  /** The free start nearest `p` within `[lo, hi]` (both inclusive), or NaN. */
  nearestFree(p: number, length: number, gap: number, lo: number, hi: number): number {
    if (this.fits(p, length, gap)) return p;
    let best = NaN;
    // Rightwards: jump past each blocking interval.
    let i = this.firstEndingAfter(p, gap);
    let s = p;
    while (i < this.starts.length && (this.starts[i] as number) < s + length + gap) {
      s = (this.ends[i] as number) + gap;
      if (s > hi) break;
      i++;
    }
    if (s <= hi && this.fits(s, length, gap)) best = s;
    // Leftwards: end just before each blocking interval.
    i = this.firstEndingAfter(p, gap);
    s = p;
    while (i >= 0 && i < this.starts.length && (this.starts[i] as number) < s + length + gap && (this.ends[i] as number) + gap > s) {
      s = (this.starts[i] as number) - gap - length;
      if (s < lo) break;
      i--;
    }
    if (s >= lo && this.fits(s, length, gap) && (Number.isNaN(best) || p - s < best - p)) best = s;
    return best;
  }
}

/**
 * Places labels for the `candidates` of one lane (event indexes in priority order). `anchor[e]`
 * is the mark's time-axis px; `extent(e)` sizes the label (null: no label possible). Writes the
 * chosen track rank to `trackOut[e]` and the label's start to `startOut` (by event; only placed
 * events get an entry, so a map keeps memory small at a million events).
 *
 * @example
 * ```ts
 * placeLabels([0, 1], Float64Array.of(10, 12), () => ({ length: 50, offset: 0 }),
 *   { tracks: 2, tMin: 0, tMax: 800, gap: 4, maxShift: 0 }, track, new Map());
 * // event 0 on track 0, event 1 on track 1
 * ```
 */
export function placeLabels(
  candidates: ArrayLike<number>,
  anchor: Float64Array,
  extent: (event: number) => LabelExtent | null,
  options: PlacementOptions,
  trackOut: Int32Array,
  startOut: Map<number, number>,
): Placement {
  const { tracks: trackCount, tMin, tMax, gap, maxShift } = options;
  const penalty = options.trackPenalty ?? 16;
  const bucketSize = options.bucketSize ?? 16;
  const perBucket = options.perBucket ?? trackCount + 2;
  const placed: number[] = [];
  const unplaced: number[] = [];
  if (trackCount <= 0 || !(tMax > tMin)) {
    for (let i = 0; i < candidates.length; i++) unplaced.push(candidates[i] as number);
    return { placed, unplaced };
  }
  const minLength = Math.min(options.minLength ?? 0, tMax - tMin);
  const tracks: Track[] = Array.from({ length: trackCount }, () => new Track());
  // Measuring text is the expensive part: first ask whether the shortest label could fit at all.
  const roomNear = (p: number, length: number): boolean => {
    const lo = Math.max(tMin, p - maxShift);
    const hi = Math.min(tMax - length, p + maxShift);
    const at = Math.min(Math.max(p, tMin), tMax - length);
    for (const track of tracks) if (!Number.isNaN(track.nearestFree(at, length, gap, Math.min(lo, at), Math.max(hi, at)))) return true;
    return false;
  };
  for (const r of options.reserved ?? []) tracks[r.track]?.insert(r.start, r.length);
  const buckets = new Int32Array(Math.max(1, Math.ceil((tMax - tMin) / bucketSize) + 1));

  for (let i = 0; i < candidates.length; i++) {
    const e = candidates[i] as number;
    const t = anchor[e] as number;
    let b = Math.floor((t - tMin) / bucketSize);
    b = b < 0 ? 0 : b >= buckets.length ? buckets.length - 1 : b;
    if ((buckets[b] as number) >= perBucket) {
      unplaced.push(e);
      continue;
    }
    buckets[b] = (buckets[b] as number) + 1;
    if (minLength > 0 && !roomNear(t - minLength / 2, minLength)) {
      unplaced.push(e);
      continue;
    }
    const size = extent(e);
    if (size === null || size.length > tMax - tMin) {
      unplaced.push(e);
      continue;
    }
    const { length } = size;
    const lo = tMin;
    const hi = tMax - length;
    const preferred = Math.min(Math.max(t + size.offset, lo), hi);
    let bestCost = Infinity;
    let bestTrack = -1;
    let bestStart = 0;
    for (let k = 0; k < trackCount && k * penalty < bestCost; k++) {
      const s = (tracks[k] as Track).nearestFree(
        preferred,
        length,
        gap,
        Math.max(lo, preferred - maxShift),
        Math.min(hi, preferred + maxShift),
      );
      if (Number.isNaN(s)) continue;
      const cost = Math.abs(s - preferred) + k * penalty;
      if (cost < bestCost) {
        bestCost = cost;
        bestTrack = k;
        bestStart = s;
      }
    }
    if (bestTrack < 0) {
      unplaced.push(e);
      continue;
    }
    (tracks[bestTrack] as Track).insert(bestStart, length);
    trackOut[e] = bestTrack;
    startOut.set(e, bestStart);
    placed.push(e);
  }
  return { placed, unplaced };
}
