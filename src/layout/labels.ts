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

import { Track } from "./track.js";

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
  /**
   * Keep leader lines off other labels: a leader runs from the anchor to the nearest point of its
   * label, crossing the nearer tracks on its side of the marks. A spot is then free only if the
   * leader's time stretch misses every label in those nearer tracks, and the label itself misses
   * the leaders of farther labels. Default false.
   */
  readonly clearLeaders?: boolean;
  /**
   * Sides of the marks the tracks lie on: 1 = all on one side (rank k lies beyond ranks 0…k-1,
   * vertical); 2 = ranks alternate before/after (even ranks before, odd after, horizontal), so
   * only ranks of the same parity lie between a leader and its label. Default 1.
   */
  readonly sides?: 1 | 2;
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

/** A track's labels (kept `gap` apart) plus the leader lines crossing it (kept `margin` clear). */
interface Lane {
  readonly labels: Track;
  readonly leaders: Track;
}

/**
 * The free start nearest `p` within `[lo, hi]` (both inclusive) in one track, or NaN. Each step
 * jumps past the next blocking label or leader, so the cost is O(blockers in reach × log n).
 */
function nearestFree(lane: Lane, p: number, length: number, gap: number, margin: number, lo: number, hi: number): number {
  if (!(lo <= hi)) return NaN;
  p = Math.min(Math.max(p, lo), hi);
  const right = freeStep(lane, p, 1, length, gap, margin, lo, hi);
  if (right === p) return p;
  const left = freeStep(lane, p, -1, length, gap, margin, lo, hi);
  if (Number.isNaN(right)) return left;
  if (Number.isNaN(left)) return right;
  return p - left < right - p ? left : right;
}

/**
 * From `s`, jumps past blocking labels and leaders in direction `dir` until a free start is found
 * (or NaN when the search leaves `[lo, hi]`). A plain function, not a closure: it runs for every
 * label candidate, and a closure per call was a fifth of the layout's allocations at 10k events.
 */
function freeStep(lane: Lane, s: number, dir: 1 | -1, length: number, gap: number, margin: number, lo: number, hi: number): number {
  for (;;) {
    if (s < lo || s > hi) return NaN;
    let i = lane.labels.blocker(s, s + length, gap);
    let g = gap;
    let track = lane.labels;
    if (i < 0) {
      i = lane.leaders.blocker(s, s + length, margin);
      g = margin;
      track = lane.leaders;
    }
    if (i < 0) return s;
    const next = dir > 0 ? (track.ends[i] as number) + g : (track.starts[i] as number) - g - length;
    // Rounding could stall the jump; a stalled search has no room that way.
    if (dir > 0 ? !(next > s) : !(next < s)) return NaN;
    s = next;
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
  const clearLeaders = options.clearLeaders ?? false;
  const sides = options.sides ?? 1;
  const freeLo = new Float64Array(sides);
  const freeHi = new Float64Array(sides);
  const closed = new Uint8Array(sides);
  // A leader may pass this close to a label's edge (half the label gap).
  const margin = gap / 2;
  const tracks: Lane[] = Array.from({ length: trackCount }, () => ({ labels: new Track(), leaders: new Track() }));
  // Measuring text is the expensive part: first ask whether the shortest label could fit at all.
  const roomNear = (p: number, length: number): boolean => {
    const lo = Math.max(tMin, p - maxShift);
    const hi = Math.min(tMax - length, p + maxShift);
    const at = Math.min(Math.max(p, tMin), tMax - length);
    for (const track of tracks) if (!Number.isNaN(nearestFree(track, at, length, gap, margin, Math.min(lo, at), Math.max(hi, at)))) return true;
    return false;
  };
  for (const r of options.reserved ?? []) tracks[r.track]?.labels.insert(r.start, r.start + r.length);
  const buckets = new Int32Array(Math.max(1, Math.ceil((tMax - tMin) / bucketSize) + 1));

  for (let i = 0; i < candidates.length; i++) {
    const e = candidates[i] as number;
    const t = anchor[e] as number;
    let b = Math.floor((t - tMin) / bucketSize);
    b = b < 0 ? 0 : b >= buckets.length ? buckets.length - 1 : b;
    // Counts past perBucket keep counting; only the comparison matters.
    if (buckets[b]!++ >= perBucket || (minLength > 0 && !roomNear(t - minLength / 2, minLength))) {
      unplaced.push(e);
      continue;
    }
    const size = extent(e);
    if (size === null || size.length > tMax - tMin) {
      unplaced.push(e);
      continue;
    }
    const { length } = size;
    const hi = tMax - length;
    const preferred = Math.min(Math.max(t + size.offset, tMin), hi);
    let bestCost = Infinity;
    let bestTrack = -1;
    let bestStart = 0;
    // With clearLeaders: the leader's end must stay inside [freeLo, freeHi] of its side, the
    // stretch around the anchor that no label in the nearer tracks of that side covers (so
    // s ∈ [freeLo - length, freeHi]); a side whose nearer labels cover the anchor is closed.
    freeLo.fill(-Infinity);
    freeHi.fill(Infinity);
    closed.fill(0);
    for (let k = 0; k < trackCount && k * penalty < bestCost; k++) {
      const side = k % sides;
      if (closed[side] === 1) {
        if (closed.every((c) => c === 1)) break;
        continue;
      }
      const track = tracks[k] as Lane;
      const s = nearestFree(
        track,
        preferred,
        length,
        gap,
        margin,
        Math.max(tMin, preferred - maxShift, (freeLo[side] as number) - length),
        Math.min(hi, preferred + maxShift, freeHi[side] as number),
      );
      if (!Number.isNaN(s)) {
        const cost = Math.abs(s - preferred) + k * penalty;
        if (cost < bestCost) {
          bestCost = cost;
          bestTrack = k;
          bestStart = s;
        }
      }
      if (clearLeaders) {
        // Leaders to farther tracks cross this one near the anchor.
        const labels = track.labels;
        const i = labels.firstEndingAfter(t, margin);
        if (i < labels.starts.length && (labels.starts[i] as number) - margin <= t) {
          closed[side] = 1; // anchor covered
          continue;
        }
        if (i < labels.starts.length) freeHi[side] = Math.min(freeHi[side] as number, (labels.starts[i] as number) - margin);
        if (i > 0) freeLo[side] = Math.max(freeLo[side] as number, (labels.ends[i - 1] as number) + margin);
      }
    }
    if (bestTrack < 0) {
      unplaced.push(e);
      continue;
    }
    (tracks[bestTrack] as Lane).labels.insert(bestStart, bestStart + length);
    if (clearLeaders) {
      const end = Math.min(Math.max(t, bestStart), bestStart + length);
      const from = Math.min(t, end);
      const to = from + Math.abs(end - t);
      for (let k = bestTrack % sides; k < bestTrack; k += sides) (tracks[k] as Lane).leaders.merge(from, to);
    }
    trackOut[e] = bestTrack;
    startOut.set(e, bestStart);
    placed.push(e);
  }
  return { placed, unplaced };
}
