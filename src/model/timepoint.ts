import type { Precision } from "./precision.js";

/**
 * An instant known to a precision: it covers the half-open interval `[start, end)` in epoch
 * milliseconds (UTC). `"2017"` covers all of 2017 with precision `year`; `"2025-01-20"` covers
 * that day (in the timeline's time zone) with precision `day`.
 *
 * Years are astronomical internally (year 0 = 1 BC, -43 = 44 BC); `label` keeps the author's own
 * wording when there is one (TimelineJS `display_date`, or the original text).
 */
export interface TimePoint {
  /** First millisecond covered (inclusive), epoch ms UTC. */
  readonly start: number;
  /** First millisecond after the interval (exclusive); always `> start`. */
  readonly end: number;
  readonly precision: Precision;
  /** "circa 1850", "~1850", "1850?", "recently": the date is an estimate. */
  readonly approximate: boolean;
  /** The author's display text, when given (shown instead of the formatted date). */
  readonly label?: string;
  /** IANA zone the calendar fields were read in (`"UTC"` by default); used to format the point. */
  readonly timeZone: string;
}

/** A parsed range: either side may be open (`"../2021"`, `"2017/.."`), never both. */
export interface DateRange {
  readonly start: TimePoint | null;
  readonly end: TimePoint | null;
}

/** The middle of a TimePoint's interval: where a point mark sits. */
export function midpoint(point: TimePoint): number {
  return point.start + (point.end - point.start) / 2;
}

/** Orders TimePoints by start, then by end (the shorter interval first). */
export function compareTimePoints(a: TimePoint, b: TimePoint): number {
  return a.start - b.start || a.end - b.end;
}
