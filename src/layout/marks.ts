/**
 * Mark geometry along the time axis, in columns (typed arrays indexed by event) so the hot loop
 * over a million events allocates nothing per event. A mark spans its TimePoint interval: "2017"
 * covers the pixels of 2017 and draws as a `span` when that is wide enough to see, a `point` dot
 * at the interval's middle otherwise; a point of day precision or finer is always a dot (a day is
 * "a moment" to a reader, however far one zooms in); a range covers `[start.start, end.end)`.
 */

import type { EventColumns } from "./columns.js";
import { PRECISIONS } from "../model/precision.js";
import type { Scratch } from "./scratch.js";
import type { MarkKind } from "./types.js";

/** An interval narrower than this (px) draws as a dot. */
export const SPAN_MIN_PX = 6;

/** Index into PRECISIONS of `day`: points this fine (or finer) are always dots. */
const DAY_INDEX = PRECISIONS.indexOf("day");

/** Mark kind codes in {@link MarkColumns.kind}; `KINDS[code]` is the name. */
export const KIND_POINT = 0;
/** See {@link KIND_POINT}. */
export const KIND_SPAN = 1;
/** See {@link KIND_POINT}. */
export const KIND_RANGE = 2;
/** Kind names by code. */
export const KINDS: readonly MarkKind[] = ["point", "span", "range"];

/** Where an event sits relative to the visible window ({@link MarkColumns.side}). */
export const BEFORE = -1;
/** See {@link BEFORE}. */
export const INSIDE = 0;
/** See {@link BEFORE}. */
export const AFTER = 1;

/** Time-axis geometry of every event. */
export interface MarkColumns {
  /** Interval start and end (`start.start`, (`end` ?? `start`).end), epoch ms. */
  readonly ms0: Float64Array;
  readonly ms1: Float64Array;
  /** Anchor px: a dot's centre, a span's or range's start — clamped into the visible range. */
  readonly t: Float64Array;
  readonly kind: Uint8Array;
  /** BEFORE, INSIDE or AFTER the visible window. */
  readonly side: Int8Array;
}

/**
 * Computes every event's time-axis geometry with `toPixel`, and which side of the visible
 * time-axis range `[r0, r1]` it falls on. Typed arrays only: no event object is read.
 *
 * @example
 * ```ts
 * const geometry = markColumns(eventColumns(timeline), compileScale(scale), 12, 788, new Scratch());
 * geometry.kind[0]; // KIND_SPAN for "2017" at 800 px
 * ```
 */
export function markColumns(
  cols: EventColumns,
  toPixel: (ms: number) => number,
  r0: number,
  r1: number,
  scratch: Scratch,
): MarkColumns {
  const { n, ms0, ms1, startEnd, isRange, precision } = cols;
  const t = scratch.f64("t", n);
  const kind = scratch.u8("kind", n);
  const side = scratch.i8("side", n);
  for (let i = 0; i < n; i++) {
    const a = ms0[i] as number;
    const p0 = toPixel(a);
    const p1 = toPixel(ms1[i] as number);
    let anchor: number;
    let k: number;
    if (isRange[i] === 1) {
      k = KIND_RANGE;
      anchor = p0;
    } else if (p1 - p0 >= SPAN_MIN_PX && (precision[i] as number) < DAY_INDEX) {
      k = KIND_SPAN;
      anchor = p0;
    } else {
      k = KIND_POINT;
      anchor = toPixel(a + ((startEnd[i] as number) - a) / 2);
    }
    kind[i] = k;
    // A dot is visible when its centre is; a bar when any of it is.
    const lo = k === KIND_POINT ? anchor : p1;
    const hi = k === KIND_POINT ? anchor : p0;
    side[i] = lo < r0 ? BEFORE : hi > r1 ? AFTER : INSIDE;
    t[i] = anchor < r0 ? r0 : anchor > r1 ? r1 : anchor;
  }
  return { ms0, ms1, t, kind, side };
}
