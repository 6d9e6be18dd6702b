/**
 * How many label tracks a lane would fill if space were free: the deepest overlap of estimated
 * label extents along the time axis (a heap sweep, O(n log cap)). Used only to share the cross
 * axis between lanes, so a cheap estimate of each label's length is enough.
 */

import { MinHeap } from "./heap.js";

/**
 * Maximum number of `[start(e), start(e) + length(e) + gap)` intervals that overlap, over
 * `events` sorted by start, capped at `cap` (the sweep stops growing there).
 *
 * @example
 * ```ts
 * trackDemand([0, 1, 2], (e) => e * 10, () => 30, 4, 10); // → 3
 * ```
 */
export function trackDemand(
  events: ArrayLike<number>,
  start: (event: number) => number,
  length: (event: number) => number,
  gap: number,
  cap: number,
): number {
  const ends = new MinHeap();
  let depth = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as number;
    const s = start(e);
    while (ends.size > 0 && ends.topKey() <= s) ends.pop();
    ends.push(s + length(e) + gap, 0);
    if (ends.size > depth) {
      depth = ends.size;
      if (depth >= cap) return cap;
    }
  }
  return depth;
}
