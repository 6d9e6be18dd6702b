/**
 * Relations ("responds-to", "cites", …) drawn as curves between the things that stand for the
 * two events: the mark of a labelled event, the cluster badge of a folded one. A curve bulges
 * toward the "before" side of the cross axis so that it leaves the marks' row.
 */

import type { TimelineEvent } from "../model/types.js";
import { frameMap } from "./frame-map.js";
import type { ConnectorLayout, Point } from "./types.js";

/** Where an event is drawn, and which cluster holds it (-1 when labelled). */
export interface ConnectorEnds {
  readonly point: (event: number) => Point;
  readonly cluster: Int32Array;
}

/**
 * One connector per relation of the events listed in `from` (indexes into `events`) whose two
 * ends are drawn apart (not in the same cluster). Control points stay inside
 * `[0, width] × [0, height]`.
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
      const p0 = ends.point(i);
      const p3 = ends.point(j);
      out.push({ from: e.id, to: relation.to, fromIndex: i, toIndex: j, kind: relation.kind, path: curve(p0, p3, horizontal, width, height) });
    }
  }
  return out;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function curve(p0: Point, p3: Point, horizontal: boolean, width: number, height: number): [Point, Point, Point, Point] {
  // In time/cross coordinates: the control points lie a quarter of the way along, bulged
  // toward "before" across (up in horizontal, right in vertical).
  const map = frameMap(horizontal);
  const [t0, c0, t3, c3, timeMax, crossMax] = horizontal
    ? [p0.x, p0.y, p3.x, p3.y, width, height]
    : [p0.y, p0.x, p3.y, p3.x, height, width];
  const along = t3 - t0;
  const across = c3 - c0;
  const bulge = (horizontal ? -1 : 1) * Math.min(36, 8 + Math.abs(along) * 0.15);
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
