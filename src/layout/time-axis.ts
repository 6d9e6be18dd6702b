/**
 * The time-axis phase: where the time axis starts and ends, the scale (domain, gaps, zoom), every
 * event's px interval and side of the view, and the ticks.
 */

import type { Precision } from "../model/precision.js";
import { PRECISIONS } from "../model/precision.js";
import type { EventColumns } from "./columns.js";
import type { LayoutContext } from "./context.js";
import { dataExtent, EMPTY_WINDOW, planDomain } from "./domain.js";
import { lowerBound } from "./gaps.js";
import { markColumns, type MarkColumns } from "./marks.js";
import { compileScale, fitScale } from "./scale.js";
import { planTicks, type PlannedTick } from "./ticks.js";
import type { LayoutScale } from "./types.js";

/** The time axis of one layout. */
export interface TimeAxis {
  /** Vertical: the header for lane titles before the time axis, px (0 in horizontal). */
  readonly header: number;
  /** The time axis' visible px range. */
  readonly r0: number;
  readonly r1: number;
  readonly scale: LayoutScale;
  readonly toPx: (ms: number) => number;
  /** Per event: anchor px, kind and side of the view. */
  readonly marks: MarkColumns;
  readonly ticks: readonly PlannedTick[];
}

/**
 * Plans the time axis: padding at both ends (in vertical after a header for lane titles), the
 * piecewise-linear scale, the events' time-axis geometry and the ticks.
 *
 * @example
 * ```ts
 * planTimeAxis(layoutContext(timeline, o, new Scratch())).r0; // → 12 at 800 px
 * ```
 */
export function planTimeAxis(ctx: LayoutContext): TimeAxis {
  const { timeline, o, scratch, horizontal, timeLength, columns, showTitles, axisFont, axisLh } = ctx;
  const { measure, fontSize } = o;
  const { ms0, ms1 } = columns;
  // Vertical lane titles run along the time axis (rotated) in a header as long as the longest.
  let header = 0;
  if (!horizontal && showTitles) {
    for (const lane of columns.lanes) header = Math.max(header, measure(lane.label, fontSize) * 1.1 + 8);
    header = Math.min(header, timeLength * 0.25, 160);
  }
  const pad = Math.min(12, timeLength / 8);
  if (timeLength - header - 2 * pad < 1) header = 0;
  const r0 = header + pad;
  const r1 = Math.max(timeLength - pad, r0 + Number.EPSILON);

  // Nothing to show and no window asked for: a bare axis line, as any dates on it would be made up.
  const extent = o.domain ?? dataExtent(timeline, ms0, ms1);
  const pieces = planDomain(extent ?? EMPTY_WINDOW, o.domain !== null, o.gaps, ms0, ms1, timeline.eras);
  const scale = fitScale(pieces, [r0, r1], o.breakSize, o.transform);
  const toPx = compileScale(scale);
  const marks = markColumns(columns, toPx, r0, r1, scratch);
  const ticks = extent === null ? [] : planTicks(scale, {
    measure,
    fontSize: axisFont,
    lineHeight: axisLh,
    locale: o.locale,
    timeZone: o.timeZone,
    orientation: o.orientation,
    length: timeLength,
    finestPrecision: (from, to) => finestPrecision(columns, from, to),
  });
  return { header, r0, r1, scale, toPx, marks, ticks };
}

/** The finest precision of the events starting in `[from, to)` (`ms0` is sorted), if any. */
function finestPrecision(columns: EventColumns, from: number, to: number): Precision | undefined {
  const { ms0, precision, endPrecision } = columns;
  let finest = -1;
  for (let i = lowerBound(ms0, from); i < columns.n && (ms0[i] as number) < to; i++) finest = Math.max(finest, precision[i] as number, endPrecision[i] as number);
  return PRECISIONS[finest];
}
