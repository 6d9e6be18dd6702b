/**
 * Layout quality as code: the same functions serve the tests (as invariants) and the benchmark
 * (as figures). Overlaps are counted with a uniform grid, so they stay fast at 100k events.
 */

import type { Box, Layout, Point } from "./types.js";

/** Boxes closer than this (px) do not count as intersecting (touching edges are fine). */
const EPS = 1e-6;
const CELL = 64;

/**
 * True when two boxes share an area (not just an edge).
 *
 * @example
 * ```ts
 * boxesIntersect({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 }); // → false
 * ```
 */
export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
}

/** A uniform grid of boxes for intersection queries. */
class Grid {
  private readonly cells = new Map<number, number[]>();
  constructor(private readonly boxes: readonly Box[]) {
    boxes.forEach((b, i) => this.each(b, (key) => {
      let list = this.cells.get(key);
      if (list === undefined) this.cells.set(key, (list = []));
      list.push(i);
    }));
  }

  private each(b: Box, fn: (key: number, cx: number, cy: number) => void): void {
    if (!(b.width > 0 && b.height > 0)) return;
    const x0 = Math.floor(b.x / CELL);
    const x1 = Math.floor((b.x + b.width) / CELL);
    const y0 = Math.floor(b.y / CELL);
    const y1 = Math.floor((b.y + b.height) / CELL);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) fn(cx * 1_000_003 + cy, cx, cy);
  }

  /** Indexes of grid boxes sharing a cell with `q`, each once. */
  near(q: Box): Set<number> {
    const found = new Set<number>();
    this.each({ x: q.x, y: q.y, width: Math.max(q.width, EPS), height: Math.max(q.height, EPS) }, (key) => {
      for (const i of this.cells.get(key) ?? []) found.add(i);
    });
    return found;
  }

  /** Number of (query box, grid box) pairs that intersect, each pair counted once. */
  count(queries: readonly Box[], same: boolean): number {
    let total = 0;
    queries.forEach((q, qi) => {
      this.each(q, (key, cx, cy) => {
        for (const i of this.cells.get(key) ?? []) {
          if (same && i <= qi) continue;
          const b = this.boxes[i] as Box;
          if (!boxesIntersect(q, b)) continue;
          // Count the pair only in the cell holding the top-left corner of their intersection.
          if (Math.floor(Math.max(q.x, b.x) / CELL) === cx && Math.floor(Math.max(q.y, b.y) / CELL) === cy) total++;
        }
      });
    });
    return total;
  }
}

/** Overlaps by kind; `total` is what must be 0. */
export interface OverlapCounts {
  readonly labelLabel: number;
  readonly labelMark: number;
  readonly labelCluster: number;
  readonly clusterCluster: number;
  readonly clusterMark: number;
  readonly total: number;
}

/**
 * Counts intersecting pairs: label–label, label–mark, label–cluster, cluster–cluster and
 * cluster–mark (marks of clustered or folded events included).
 *
 * @example
 * ```ts
 * overlapCount(layoutTimeline(timeline, { width: 800, height: 400 })).total; // → 0
 * ```
 */
export function overlapCount(layout: Layout): OverlapCounts {
  const labels = layout.labels.map((l) => l.box);
  const clusters = layout.clusters.map((c) => c.box);
  const marks = layout.marks.map((m) => m.box);
  const labelGrid = new Grid(labels);
  const clusterGrid = new Grid(clusters);
  const labelLabel = labelGrid.count(labels, true);
  const labelMark = labelGrid.count(marks, false);
  const labelCluster = labelGrid.count(clusters, false);
  const clusterCluster = clusterGrid.count(clusters, true);
  const clusterMark = clusterGrid.count(marks, false);
  return {
    labelLabel,
    labelMark,
    labelCluster,
    clusterCluster,
    clusterMark,
    total: labelLabel + labelMark + labelCluster + clusterCluster + clusterMark,
  };
}

function outside(b: Box, width: number, height: number): boolean {
  return b.x < -EPS || b.y < -EPS || b.x + b.width > width + EPS || b.y + b.height > height + EPS || !(b.width >= 0 && b.height >= 0);
}

/**
 * Number of labels, clusters, marks, tick labels, lanes, eras and connector points that are not
 * inside the drawing (`layout.size`), or have non-finite numbers.
 *
 * @example
 * ```ts
 * outOfViewportCount(layout); // → 0
 * ```
 */
export function outOfViewportCount(layout: Layout): number {
  const { width, height } = layout.size;
  let count = 0;
  const check = (b: Box): void => {
    if (!Number.isFinite(b.x + b.y + b.width + b.height) || outside(b, width, height)) count++;
  };
  for (const l of layout.labels) {
    check(l.box);
    for (const p of l.leader) check({ x: p.x, y: p.y, width: 0, height: 0 });
  }
  for (const c of layout.clusters) check(c.box);
  for (const m of layout.marks) check(m.box);
  for (const t of layout.axis.ticks) if (t.label !== "") check(t.labelBox);
  for (const l of layout.lanes) {
    check(l.box);
    if (l.labelBox !== null) check(l.labelBox);
  }
  for (const e of layout.eras) {
    check(e.box);
    check(e.labelBox);
  }
  for (const c of layout.connectors) for (const p of c.path) check({ x: p.x, y: p.y, width: 0, height: 0 });
  return count;
}

/** How far labels sit from their marks, px (from the mark's anchor to the nearest point of the box). */
export interface Displacement {
  readonly mean: number;
  readonly max: number;
}

/**
 * Mean and maximum distance between each label box and its mark's anchor (0 without labels).
 *
 * @example
 * ```ts
 * labelDisplacement(layout).max; // e.g. 42.5
 * ```
 */
export function labelDisplacement(layout: Layout): Displacement {
  let sum = 0;
  let max = 0;
  for (const l of layout.labels) {
    const p = l.leader[0];
    if (p === undefined) continue;
    const b = l.box;
    const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
    const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
    const d = Math.hypot(dx, dy);
    sum += d;
    if (d > max) max = d;
  }
  return { mean: layout.labels.length > 0 ? sum / layout.labels.length : 0, max };
}

/** Whether every event is drawn exactly once: with a label, or counted in one cluster. */
export interface Accounting {
  readonly events: number;
  readonly labelled: number;
  readonly clustered: number;
  /** Events with neither a label nor a cluster. */
  readonly missing: number;
  /** Events with more than one (label or cluster membership). */
  readonly duplicated: number;
  readonly ok: boolean;
}

/**
 * Checks that each of the `layout.eventCount` events has exactly one label or cluster membership.
 *
 * @example
 * ```ts
 * accountedFor(layout).ok; // → true
 * ```
 */
export function accountedFor(layout: Layout): Accounting {
  const n = layout.eventCount;
  const seen = new Uint32Array(n);
  let clustered = 0;
  let stray = 0;
  const mark = (i: number): void => {
    if (i >= 0 && i < n) seen[i] = (seen[i] as number) + 1;
    else stray++;
  };
  for (const l of layout.labels) mark(l.eventIndex);
  for (const c of layout.clusters) {
    clustered += c.eventIndices.length;
    for (const i of c.eventIndices) mark(i);
  }
  let missing = 0;
  let duplicated = stray;
  for (let i = 0; i < n; i++) {
    if (seen[i] === 0) missing++;
    else if ((seen[i] as number) > 1) duplicated++;
  }
  return { events: n, labelled: layout.labels.length, clustered, missing, duplicated, ok: missing === 0 && duplicated === 0 };
}

/** Whether segment p→q passes through the interior of box b (inset by `inset` px; Liang–Barsky). */
function segmentCrossesBox(p: Point, q: Point, b: Box, inset: number): boolean {
  const x0 = b.x + inset;
  const x1 = b.x + b.width - inset;
  const y0 = b.y + inset;
  const y1 = b.y + b.height - inset;
  if (!(x1 > x0 && y1 > y0)) return false;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let u0 = 0;
  let u1 = 1;
  const clip = (den: number, num: number): boolean => {
    // Inside where den * u <= num.
    if (den === 0) return num >= 0;
    const u = num / den;
    if (den > 0) u1 = Math.min(u1, u);
    else u0 = Math.max(u0, u);
    return u0 <= u1;
  };
  return clip(-dx, p.x - x0) && clip(dx, x1 - p.x) && clip(-dy, p.y - y0) && clip(dy, y1 - p.y) && u1 - u0 > EPS;
}

/**
 * Number of (leader line, other label) pairs where the leader runs through the other label's box
 * (more than half a pixel inside it): a leader drawn across text reads as strikethrough.
 *
 * @example
 * ```ts
 * leaderCrossings(layoutTimeline(timeline, { width: 800, height: 480, orientation: "vertical" })); // → 0
 * ```
 */
export function leaderCrossings(layout: Layout): number {
  const boxes = layout.labels.map((l) => l.box);
  const grid = new Grid(boxes);
  let count = 0;
  layout.labels.forEach((l, li) => {
    for (let k = 0; k + 1 < l.leader.length; k++) {
      const p = l.leader[k] as Point;
      const q = l.leader[k + 1] as Point;
      const query = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(q.x - p.x) + 1, height: Math.abs(q.y - p.y) + 1 };
      for (const i of grid.near(query)) if (i !== li && segmentCrossesBox(p, q, boxes[i] as Box, 0.5)) count++;
    }
  });
  return count;
}

/** All metrics at once (what the benchmark prints). */
export interface LayoutMetrics {
  readonly overlaps: OverlapCounts;
  readonly outOfViewport: number;
  readonly displacement: Displacement;
  readonly accounting: Accounting;
  /** Leader lines running through other labels (see {@link leaderCrossings}). */
  readonly leaderCrossings: number;
}

/**
 * Every quality metric of a layout.
 *
 * @example
 * ```ts
 * const m = layoutMetrics(layout);
 * m.overlaps.total === 0 && m.outOfViewport === 0 && m.accounting.ok; // → true
 * ```
 */
export function layoutMetrics(layout: Layout): LayoutMetrics {
  return {
    overlaps: overlapCount(layout),
    outOfViewport: outOfViewportCount(layout),
    displacement: labelDisplacement(layout),
    accounting: accountedFor(layout),
    leaderCrossings: leaderCrossings(layout),
  };
}
