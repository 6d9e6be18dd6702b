/**
 * How finely a date is known. Ordered from coarsest to finest; a TimePoint of precision `year`
 * covers the whole year, one of precision `day` the whole day.
 */
export type Precision =
  | "millennium"
  | "century"
  | "decade"
  | "year"
  | "quarter"
  | "month"
  | "week"
  | "day"
  | "hour"
  | "minute"
  | "second"
  | "millisecond";

/** All precisions, coarsest first. */
export const PRECISIONS: readonly Precision[] = Object.freeze([
  "millennium",
  "century",
  "decade",
  "year",
  "quarter",
  "month",
  "week",
  "day",
  "hour",
  "minute",
  "second",
  "millisecond",
]);

/** Negative when `a` is coarser than `b`, positive when finer, 0 when equal. */
export function comparePrecision(a: Precision, b: Precision): number {
  return PRECISIONS.indexOf(a) - PRECISIONS.indexOf(b);
}

/** True for a known precision name. */
export function isPrecision(value: unknown): value is Precision {
  return (PRECISIONS as readonly unknown[]).includes(value);
}
