/** Marks in final x/y: one per visible event, in timeline order. */

import type { TimelineEvent } from "../model/types.js";
import { PRECISIONS, type Precision } from "../model/precision.js";
import { APPROXIMATE, OPEN_END, OPEN_START } from "./columns.js";
import { clamp, type LayoutContext } from "./context.js";
import type { CrossGeometry } from "./lane-frame.js";
import { INSIDE, KIND_POINT, KIND_RANGE, KINDS } from "./marks.js";
import type { TimeAxis } from "./time-axis.js";
import type { Mark, MarkKind, TimeSpan } from "./types.js";

/**
 * The marks of the visible events — beyond `maxMarks` visible events only those of labelled
 * ones (clusters draw the rest) — and the number of visible events.
 *
 * @example
 * ```ts
 * layoutMarks(ctx, time, rows.row, geometry, labelIndex, clusterIndex).marks[0].box; // → the first mark's box
 * ```
 */
export function layoutMarks(
  ctx: LayoutContext,
  time: TimeAxis,
  row: Int32Array,
  g: CrossGeometry,
  labelIndex: Int32Array,
  clusterIndex: Int32Array,
): { marks: Mark[]; visibleCount: number } {
  const { timeline, o, n, timeLength, columns } = ctx;
  const events = timeline.events;
  const { lane: laneOf, ms0, ms1, ids } = columns;
  const { r0, r1, toPx } = time;
  const { t, kind: kinds, side: sides } = time.marks;
  const { radius, markCross } = g;
  const { box, point } = g.map;
  const span = (p0: number, p1: number): TimeSpan => ({ t0: clamp(p0, r0, r1), t1: clamp(p1, r0, r1) });
  const marks: Mark[] = [];
  let visibleCount = 0;
  for (let e = 0; e < n; e++) if (sides[e] === INSIDE) visibleCount++;
  // Beyond maxMarks visible events, clustered events are drawn by their clusters only.
  const clusteredMarks = visibleCount <= o.maxMarks;
  for (let e = 0; e < n; e++) {
    if (sides[e] !== INSIDE || (!clusteredMarks && (labelIndex[e] as number) < 0)) continue;
    const kind = kinds[e] as number;
    const mc = markCross(e);
    const c0 = mc[0] as number;
    const c1 = mc[1] as number;
    const p0 = toPx(ms0[e] as number);
    const p1 = toPx(ms1[e] as number);
    const anchorT = t[e] as number;
    const whole = span(p0, p1);
    let b0 = whole.t0;
    let b1 = whole.t1;
    if (kind === KIND_POINT) {
      b0 = anchorT - radius;
      b1 = anchorT + radius;
    } else if (b1 - b0 < 2) {
      const mid = (b0 + b1) / 2;
      b0 = mid - 1;
      b1 = mid + 1;
    }
    b0 = clamp(b0, 0, timeLength);
    b1 = clamp(b1, b0, timeLength);
    const flags = columns.flags[e] as number;
    const range = kind === KIND_RANGE;
    const event = events[e] as TimelineEvent;
    marks.push({
      id: ids[e] as string,
      eventIndex: e,
      kind: KINDS[kind] as MarkKind,
      lane: laneOf[e] as number,
      row: row[e] as number,
      t0: whole.t0,
      t1: whole.t1,
      t: anchorT,
      startSpan: range ? span(p0, toPx(columns.startEnd[e] as number)) : whole,
      endSpan: range ? span(toPx((event.end ?? event.start).start), p1) : whole,
      box: box(b0, c0, b1 - b0, c1 - c0),
      anchor: point(anchorT, (c0 + c1) / 2),
      approximate: (flags & APPROXIMATE) !== 0,
      precision: PRECISIONS[columns.precision[e] as number] as Precision,
      endPrecision: PRECISIONS[columns.endPrecision[e] as number] as Precision,
      openStart: (flags & OPEN_START) !== 0,
      openEnd: (flags & OPEN_END) !== 0,
      clippedStart: p0 < r0,
      clippedEnd: p1 > r1,
      label: labelIndex[e] as number,
      cluster: clusterIndex[e] as number,
    });
  }
  return { marks, visibleCount };
}
