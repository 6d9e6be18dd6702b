/**
 * Relations ("responds-to", "cites", …) drawn as curves between the things that stand for the
 * two events: the mark of a labelled event, the cluster badge of a folded one. A curve bulges
 * toward the "before" side of the cross axis so that it leaves the marks' row, and bows the
 * other way when that way it runs through less of the labels and marks.
 */

import type { TimelineEvent } from "../model/types.js";
import { frameMap } from "./frame-map.js";
import type { Box, ConnectorLayout, Point } from "./types.js";

/** Where an event is drawn, and which cluster holds it (-1 when labelled). */
export interface ConnectorEnds {
  readonly point: (event: number) => Point;
  readonly cluster: Int32Array;
}

/**
 * One connector per relation of the events listed in `from` (indexes into `events`) whose two
 * ends are drawn apart (not in the same cluster). Control points stay inside
 * `[0, width] × [0, height]`. `obstacles` are the boxes (labels, marks) a curve should rather
 * not run through: how many, and a function that lists them, called only when some curve is
 * steered (most layouts have no relations, and a zoom frame should not copy 10k boxes for none).
 *
 * @example
 * ```ts
 * connectRelations(timeline.events, [4, 5], ends, true, 800, 400); // → [{ from: "libs-of-tiktok-post", to: "waukegan-statement", … }]
 * ```
 */
export function connectRelations(
  events: readonly TimelineEvent[],
  from: readonly number[],
  ends: ConnectorEnds,
  horizontal: boolean,
  width: number,
  height: number,
  obstacles: { readonly count: number; readonly boxes: () => readonly Box[] } = NO_OBSTACLES,
): ConnectorLayout[] {
  const out: ConnectorLayout[] = [];
  let index: Map<string, number> | undefined;
  for (const i of from) {
    const e = events[i] as TimelineEvent;
    if (e.relations.length === 0) continue;
    if (index === undefined) {
      index = new Map();
      for (let j = 0; j < events.length; j++) index.set((events[j] as TimelineEvent).id, j);
    }
    for (const relation of e.relations) {
      const j = index.get(relation.to);
      if (j === undefined || j === i) continue;
      const ci = ends.cluster[i] as number;
      if (ci >= 0 && ci === ends.cluster[j]) continue;
      const path = curve(ends.point(i), ends.point(j), horizontal, width, height, 1);
      out.push({ from: e.id, to: relation.to, fromIndex: i, toIndex: j, kind: relation.kind, path });
    }
  }
  // Steering costs connectors × obstacles box tests: cheap for the few relations a story has;
  // past the budget every curve keeps the usual bow.
  if (out.length === 0 || obstacles.count === 0 || out.length * obstacles.count > STEERING_BUDGET) return out;
  const boxes = obstacles.boxes();
  return out.map((c) => ({ ...c, path: leastCrossing(c.path, horizontal, width, height, boxes) }));
}

const NO_OBSTACLES = { count: 0, boxes: (): readonly Box[] => [] };

/** Most connector × obstacle pairs worth testing when choosing bows (about a millisecond at most). */
const STEERING_BUDGET = 20_000;

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

type Curve = readonly [Point, Point, Point, Point];

/** The usual curve, or the one bulging the other way if it runs through less of the obstacles. */
function leastCrossing(usual: Curve, horizontal: boolean, width: number, height: number, obstacles: readonly Box[]): Curve {
  const crossedUsual = crossed(usual, obstacles);
  if (crossedUsual === 0) return usual;
  const other = curve(usual[0], usual[3], horizontal, width, height, -1);
  return crossed(other, obstacles) < crossedUsual ? other : usual;
}

/** Points of the curve, about every 4 px, that fall inside an obstacle. */
function crossed(path: Curve, obstacles: readonly Box[]): number {
  const [a, b, c, d] = path;
  // The curve lies inside its control points' hull: only boxes meeting their bounds can count.
  const x0 = Math.min(a.x, b.x, c.x, d.x);
  const x1 = Math.max(a.x, b.x, c.x, d.x);
  const y0 = Math.min(a.y, b.y, c.y, d.y);
  const y1 = Math.max(a.y, b.y, c.y, d.y);
  const near = obstacles.filter((o) => o.x < x1 && o.x + o.width > x0 && o.y < y1 && o.y + o.height > y0);
  if (near.length === 0) return 0;
  const steps = Math.min(256, Math.ceil((Math.hypot(b.x - a.x, b.y - a.y) + Math.hypot(c.x - b.x, c.y - b.y) + Math.hypot(d.x - c.x, d.y - c.y)) / 4));
  let count = 0;
  for (let k = 1; k < steps; k++) {
    const t = k / steps;
    const u = 1 - t;
    // Bernstein form of the cubic Bézier.
    const w0 = u * u * u;
    const w1 = 3 * u * u * t;
    const w2 = 3 * u * t * t;
    const w3 = t * t * t;
    const x = w0 * a.x + w1 * b.x + w2 * c.x + w3 * d.x;
    const y = w0 * a.y + w1 * b.y + w2 * c.y + w3 * d.y;
    if (near.some((o) => x > o.x && x < o.x + o.width && y > o.y && y < o.y + o.height)) count++;
  }
  return count;
}

/** The connector's curve; `bulgeSign` 1 bulges it toward "before" across, -1 toward "after". */
function curve(p0: Point, p3: Point, horizontal: boolean, width: number, height: number, bulgeSign: 1 | -1): Curve {
  // In time/cross coordinates: the control points lie a quarter of the way along, bulged
  // across (usually toward "before": up in horizontal, right in vertical).
  const map = frameMap(horizontal);
  const [t0, c0, t3, c3, timeMax, crossMax] = horizontal
    ? [p0.x, p0.y, p3.x, p3.y, width, height]
    : [p0.y, p0.x, p3.y, p3.x, height, width];
  const along = t3 - t0;
  const across = c3 - c0;
  const bulge = bulgeSign * (horizontal ? -1 : 1) * Math.min(36, 8 + Math.abs(along) * 0.15);
  // Two events at about the same time in different lanes would join by a straight line across
  // the lanes between, over the labels that start at those marks: bow it toward earlier time.
  const sway = Math.max(0, Math.min(36, 8 + Math.abs(across) * 0.15) - Math.abs(along) * 0.5);
  return [
    p0,
    map.point(clamp(t0 + along * 0.25 - sway, 0, timeMax), clamp(c0 + bulge, 0, crossMax)),
    map.point(clamp(t3 - along * 0.25 - sway, 0, timeMax), clamp(c3 + bulge, 0, crossMax)),
    p3,
  ];
}
