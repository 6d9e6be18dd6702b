/**
 * Folding: events of a lane that got no label (and off-screen ones, at the edges) become "+N"
 * badges in the lane's cluster strip. One sweep in time order: an event joins the current badge
 * when a badge of its own would collide with it, otherwise it starts a new one; a badge pushed
 * past the end merges back into its neighbour. Badges never overlap, every member belongs to
 * exactly one badge, and a badge's members are a contiguous run of the input. O(n) after
 * sorting by position; no per-member allocation.
 */

/** One badge: members `events[from … to)` of the input, and where it sits on the time axis. */
export interface ClusterGroup {
  from: number;
  to: number;
  /** Badge start and length on the time axis, px. */
  start: number;
  length: number;
  /** The badge's anchor (the middle of its members' span, clamped to the badge), px. */
  t: number;
}

/** Settings for one strip. */
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
 * // → two badges: events[0…2) near x = 11 and events[2…3) at x = 300
 * ```
 */
export function foldClusters(events: ArrayLike<number>, position: Float64Array, options: FoldOptions): ClusterGroup[] {
  const { tMin, tMax, gap, badgeLength } = options;
  const room = Math.max(tMax - tMin, 0);
  const lengthOf = (count: number): number => Math.min(badgeLength(count), room);
  const single = lengthOf(1);
  const groups: ClusterGroup[] = [];
  const at = (i: number): number => position[events[i] as number] as number;

  // Centre the badge on its members' span, never before `floor`.
  const settle = (g: ClusterGroup, floor: number): void => {
    g.length = lengthOf(g.to - g.from);
    const mid = (at(g.from) + at(g.to - 1)) / 2;
    const s = Math.max(mid - g.length / 2, floor);
    g.start = s;
    g.t = Math.min(Math.max(mid, s), s + g.length);
  };

  let floor = tMin; // badges start at or after this (the previous badge's end + gap)
  for (let i = 0; i < events.length; i++) {
    const p = at(i);
    const current = groups[groups.length - 1];
    if (current !== undefined && p - single / 2 < current.start + current.length + gap) {
      current.to = i + 1;
      settle(current, floor);
      continue;
    }
    if (current !== undefined) floor = current.start + current.length + gap;
    const g: ClusterGroup = { from: i, to: i + 1, start: 0, length: 0, t: p };
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
      prev.to = g.to;
      groups.splice(i, 1);
      prev.length = lengthOf(prev.to - prev.from);
      prev.start = Math.max(Math.min(prev.start, tMax - prev.length), tMin);
      prev.t = Math.min(Math.max(prev.t, prev.start), prev.start + prev.length);
      continue;
    }
    g.t = Math.min(Math.max(g.t, g.start), g.start + g.length);
    if (!over) break;
  }
  return groups;
}
