/**
 * The time domain to draw and its pieces: the data's extent (events and eras), or the
 * viewport's explicit domain, split by gap compression into linear pieces and breaks.
 */

import type { Timeline } from "../model/types.js";
import { findGaps, normaliseGaps, planPieces } from "./gaps.js";
import type { ScalePiece } from "./scale.js";
import type { GapRange } from "./types.js";

/**
 * The year 2000 (UTC): the window an axis spans when there is nothing to show. Any window would
 * do, as it gets no ticks (dates there would be made up).
 */
export const EMPTY_WINDOW: GapRange = { start: 946_684_800_000, end: 978_307_200_000 };

/**
 * `[earliest start, latest end)` over events (`ms0`/`ms1` columns) and eras; for an empty
 * timeline the reference date's interval, else null (never the clock).
 *
 * @example
 * ```ts
 * dataExtent(timeline, cols.ms0, cols.ms1); // → { start: Date.UTC(2017, 0, 1), end: … }
 * ```
 */
export function dataExtent(timeline: Timeline, ms0: Float64Array, ms1: Float64Array): GapRange | null {
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < ms0.length; i++) {
    const a = ms0[i] as number;
    const b = ms1[i] as number;
    if (a < start) start = a;
    if (b > end) end = b;
  }
  for (const era of timeline.eras) {
    if (era.start.start < start) start = era.start.start;
    if (era.end.end > end) end = era.end.end;
  }
  if (end > start) return { start, end };
  const ref = timeline.referenceDate;
  return ref !== undefined ? { start: ref.start, end: ref.end } : null;
}

/**
 * The scale's pieces for a domain and a gap mode. `starts`/`ends` are the event intervals
 * sorted by start (the timeline's order); automatic gaps never cover an era either.
 *
 * @example
 * ```ts
 * planDomain({ start: 0, end: 100 }, false, "auto", Float64Array.of(0, 90), Float64Array.of(10, 100));
 * ```
 */
export function planDomain(
  domain: GapRange,
  fixed: boolean,
  gaps: "auto" | "none" | readonly GapRange[],
  starts: Float64Array,
  ends: Float64Array,
  eras: Timeline["eras"] = [],
): ScalePiece[] {
  const { start, end } = domain;
  let ranges: GapRange[];
  if (gaps === "none") ranges = [];
  else if (gaps === "auto") ranges = findGaps(starts, ends, start, end, eras.map((era) => ({ start: era.start.start, end: era.end.end })));
  else ranges = normaliseGaps(gaps, start, end);
  // A domain that is all gap (no event or era in it) has nothing to make room for: draw it linear.
  const only = ranges[0];
  if (ranges.length === 1 && only !== undefined && only.start <= start && only.end >= end) ranges = [];
  return planPieces(starts, start, end, ranges, fixed);
}
