/**
 * What every layout phase reads: the timeline, the resolved viewport, the event columns and the
 * few values derived from them once.
 */

import type { Timeline } from "../model/types.js";
import { timelineColumns, type EventColumns } from "./columns.js";
import type { Scratch } from "./scratch.js";
import type { ResolvedViewport } from "./viewport.js";

/** The inputs of one layout, shared read-only by its phases. */
export interface LayoutContext {
  readonly timeline: Timeline;
  readonly o: ResolvedViewport;
  /** Reusable per-event memory (never referenced by the result). */
  readonly scratch: Scratch;
  readonly horizontal: boolean;
  /** Number of events. */
  readonly n: number;
  /** Drawing size along the time axis and across it, px. */
  readonly timeLength: number;
  readonly crossLength: number;
  readonly columns: EventColumns;
  /** Lane titles shown (option `laneLabels`, default: more than one lane). */
  readonly showTitles: boolean;
  /** Axis and badge text: a point smaller than labels. */
  readonly axisFont: number;
  readonly axisLh: number;
}

/**
 * Reads the timeline into columns (memory from `scratch`) and derives the shared values.
 *
 * @example
 * ```ts
 * const ctx = layoutContext(timeline, resolveViewport({ width: 800, height: 480 }, timeline), new Scratch());
 * ctx.timeLength; // → 800
 * ```
 */
export function layoutContext(timeline: Timeline, o: ResolvedViewport, scratch: Scratch): LayoutContext {
  const horizontal = o.orientation === "horizontal";
  const columns = timelineColumns(timeline, scratch);
  const axisFont = Math.max(1, o.fontSize - 1);
  return {
    timeline,
    o,
    scratch,
    horizontal,
    n: timeline.events.length,
    timeLength: horizontal ? o.width : o.height,
    crossLength: horizontal ? o.height : o.width,
    columns,
    showTitles: o.laneLabels ?? columns.lanes.length > 1,
    axisFont,
    axisLh: Math.round(axisFont * 1.25),
  };
}

/**
 * `v` limited to `[lo, hi]`.
 *
 * @example
 * ```ts
 * clamp(12, 0, 10); // → 10
 * ```
 */
export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
