/**
 * Folding: events of a lane that got no label (and off-screen ones, at the edges) become "+N"
 * badges in the lane's cluster strip. One sweep in time order: an event joins the current badge
 * when a badge of its own would collide with it, otherwise it starts a new one; a badge pushed
 * past the end merges back into its neighbour. Badges never overlap, and every member belongs to
 * exactly one badge. O(n) after sorting by position.
 */

/** One badge along the time axis. */
export interface ClusterGroup {
  /** Member event indexes, in the order given. */
  readonly members: number[];
  /** Badge start and length on the time axis, px. */
  start: number;
  length: number;
  /** The badge's anchor (the middle of its members' span, clamped to the badge), px. */
  t: number;
}

/** Settings for one lane's strip. */
export interface FoldOptions {
  /** Badges stay inside `[tMin, tMax]`. */
  readonly tMin: number;
  readonly tMax: number;
  readonly gap: number;
  /** Badge length along the time axis for a count (e.g. the width of "+12" plus padding). */
  readonly badgeLength: (count: number) => number;
}

/**
 * Groups `events` (sorted by `position[e]`, the time-axis px of each member) into
 * non-overlapping badges inside `[tMin, tMax]`.
 *
 * @example
 * ```ts
 * foldClusters([0, 1, 2], Float64Array.of(10, 12, 300), { tMin: 0, tMax: 400, gap: 4, badgeLength: () => 24 });
 * // → two badges: [0, 1] near x = 11 and [2] at x = 300
 * ```
 */
export function foldClusters(events: ArrayLike<number>, position: Float64Array, options: FoldOptions): ClusterGroup[] {
  const { tMin, tMax, gap, badgeLength } = options;
  const room = Math.max(tMax - tMin, 0);
  const lengthOf = (count: number): number => Math.min(badgeLength(count), room);
  const groups: ClusterGroup[] = [];
  let first = 0; // position of the current group's first member
  let last = 0;
  let floor = tMin; // badges start at or after this (the previous badge's end + gap)

  const settle = (g: ClusterGroup, lo: number): void => {
    g.length = lengthOf(g.members.length);
    const mid = (first + last) / 2;
    let s = mid - g.length / 2;
    if (s < lo) s = lo;
    g.start = s;
    g.t = Math.min(Math.max(mid, s), s + g.length);
  };

  for (let i = 0; i < events.length; i++) {
    const e = events[i] as number;
    const p = position[e] as number;
    const current = groups[groups.length - 1];
    if (current !== undefined && p - lengthOf(1) / 2 < current.start + current.length + gap) {
      current.members.push(e);
      last = p;
      settle(current, floor);
      continue;
    }
    if (current !== undefined) floor = current.start + current.length + gap;
    first = p;
    last = p;
    const g: ClusterGroup = { members: [e], start: 0, length: 0, t: p };
    settle(g, floor);
    groups.push(g);
  }

  // Pull badges that ran past the end back inside; merge into the neighbour when that collides,
  // and re-check the neighbour (it may have grown a digit).
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] as ClusterGroup;
    const over = g.start + g.length > tMax;
    if (over) g.start = Math.max(tMax - g.length, tMin);
    const prev = groups[i - 1];
    if (prev !== undefined && prev.start + prev.length + gap > g.start) {
      for (const m of g.members) prev.members.push(m);
      groups.splice(i, 1);
      prev.length = lengthOf(prev.members.length);
      prev.start = Math.max(Math.min(prev.start, tMax - prev.length), tMin);
      prev.t = Math.min(Math.max(prev.t, prev.start), prev.start + prev.length);
      continue;
    }
    g.t = Math.min(Math.max(g.t, g.start), g.start + g.length);
    if (!over) break;
  }
  return groups;
}
