/**
 * A small piecewise-linear time scale (a polylinear domain, as d3-scale's, without its weight):
 * pieces of time map onto pieces of the time axis, a compressed gap being a piece with a fixed
 * pixel width. The zoom transform is applied on top. Plain data in, plain data out.
 */

import type { LayoutScale, ScaleSegment, ZoomTransform } from "./types.js";

/** Latest/earliest instants a JavaScript Date can hold (±8.64e15 ms, about ±273,790 years). */
export const MAX_MS = 8.64e15;

/** A piece of the domain before pixels are assigned: breaks get a fixed width, linear pieces share the rest by weight. */
export interface ScalePiece {
  readonly start: number;
  readonly end: number;
  readonly kind: "linear" | "break";
  /** Share of the linear pixels (linear pieces only; any positive number). */
  readonly weight: number;
}

function clampMs(ms: number): number {
  return ms < -MAX_MS ? -MAX_MS : ms > MAX_MS ? MAX_MS : ms;
}

/**
 * Fits pieces onto the time-axis pixels `[r0, r1]`, then applies the zoom `transform`
 * (`p ↦ p·k + x`). Breaks take `breakSize` px each, but never more than a third of the range
 * together.
 *
 * @example
 * ```ts
 * const s = fitScale([{ start: 0, end: 1000, kind: "linear", weight: 1 }], [0, 100], 24, { k: 1, x: 0 });
 * timeToPixel(s, 500); // → 50
 * ```
 */
export function fitScale(
  pieces: readonly ScalePiece[],
  range: readonly [number, number],
  breakSize: number,
  transform: ZoomTransform,
): LayoutScale {
  const [r0, r1] = range;
  const length = Math.max(r1 - r0, 0);
  const breaks = pieces.filter((p) => p.kind === "break").length;
  const linear = pieces.length - breaks;
  const breakPx = breaks === 0 ? 0 : Math.min(breakSize, (length / 3) / breaks);
  const linearPx = length - breakPx * breaks;
  let weightSum = 0;
  for (const p of pieces) if (p.kind === "linear") weightSum += p.weight;

  const segments: ScaleSegment[] = [];
  let at = r0;
  for (const p of pieces) {
    const w =
      p.kind === "break" ? breakPx : weightSum > 0 ? (linearPx * p.weight) / weightSum : linearPx / Math.max(linear, 1);
    const from = at;
    at = at + w;
    segments.push({
      domain: [p.start, p.end],
      range: [from * transform.k + transform.x, at * transform.k + transform.x],
      kind: p.kind,
    });
  }
  const scale: LayoutScale = { segments, transform, range: [r0, r1], visible: [0, 0] };
  return { ...scale, visible: [clampMs(pixelToTime(scale, r0)), clampMs(pixelToTime(scale, r1))] };
}

/** Index of the segment whose `side` (domain or range) holds `v` (the first or last one outside). */
function segmentAt(segments: readonly ScaleSegment[], side: "domain" | "range", v: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segments[mid] as ScaleSegment)[side][0] <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Pixels per ms of a segment. */
function slopeOf(s: ScaleSegment): number {
  return (s.range[1] - s.range[0]) / (s.domain[1] - s.domain[0]);
}

/** Pixels per ms of the nearest linear segment to index `i` (outside the domain we extrapolate that). */
function edgeSlope(segments: readonly ScaleSegment[], i: number): number {
  const step = i === 0 ? 1 : -1;
  for (let j = i; j >= 0 && j < segments.length; j += step) {
    const s = segments[j] as ScaleSegment;
    if (s.kind === "linear") return slopeOf(s);
  }
  return slopeOf(segments[i] as ScaleSegment);
}

/**
 * Time-axis pixel of an instant (epoch ms). Monotone non-decreasing in `ms`.
 *
 * @example
 * ```ts
 * timeToPixel(layout.scale, Date.UTC(2025, 0, 20)); // x of Jan 20, 2025 (horizontal)
 * ```
 */
export function timeToPixel(scale: LayoutScale, ms: number): number {
  const segs = scale.segments;
  if (segs.length === 0) return scale.range[0];
  const i = segmentAt(segs, "domain", ms);
  const s = segs[i] as ScaleSegment;
  const [d0, d1] = s.domain;
  if (ms < d0) return s.range[0] + (ms - d0) * edgeSlope(segs, 0);
  if (ms > d1) return s.range[1] + (ms - d1) * edgeSlope(segs, segs.length - 1);
  return s.range[0] + ((ms - d0) / (d1 - d0)) * (s.range[1] - s.range[0]);
}

/**
 * The instant (epoch ms) at a time-axis pixel: the inverse of {@link timeToPixel}.
 *
 * @example
 * ```ts
 * pixelToTime(layout.scale, 400); // the time under x = 400 (horizontal)
 * ```
 */
export function pixelToTime(scale: LayoutScale, px: number): number {
  const segs = scale.segments;
  if (segs.length === 0) return 0;
  const i = segmentAt(segs, "range", px);
  const s = segs[i] as ScaleSegment;
  const [r0, r1] = s.range;
  if (px < r0) return s.domain[0] + (px - r0) / edgeSlope(segs, 0);
  if (px > r1) return s.domain[1] + (px - r1) / edgeSlope(segs, segs.length - 1);
  if (r1 === r0) return s.domain[0];
  return s.domain[0] + ((px - r0) / (r1 - r0)) * (s.domain[1] - s.domain[0]);
}

/**
 * A fast time→pixel function for hot loops over many events (same result as
 * {@link timeToPixel}), reading the segments from typed arrays.
 *
 * @example
 * ```ts
 * const toPx = compileScale(layout.scale);
 * for (const e of events) toPx(e.start.start);
 * ```
 */
export function compileScale(scale: LayoutScale): (ms: number) => number {
  const segs = scale.segments;
  const n = segs.length;
  if (n === 0) return () => scale.range[0];
  const d0 = new Float64Array(n);
  const r0 = new Float64Array(n);
  const slope = new Float64Array(n);
  segs.forEach((s, i) => {
    d0[i] = s.domain[0];
    r0[i] = s.range[0];
    slope[i] = slopeOf(s);
  });
  const firstD = d0[0] as number;
  const firstR = r0[0] as number;
  const firstSlope = edgeSlope(segs, 0);
  const last = segs[n - 1] as ScaleSegment;
  const lastD = last.domain[1];
  const lastR = last.range[1];
  const lastSlope = edgeSlope(segs, n - 1);
  return (ms: number): number => {
    if (ms <= firstD) return firstR + (ms - firstD) * firstSlope;
    if (ms >= lastD) return lastR + (ms - lastD) * lastSlope;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((d0[mid] as number) <= ms) lo = mid;
      else hi = mid - 1;
    }
    return (r0[lo] as number) + (ms - (d0[lo] as number)) * (slope[lo] as number);
  };
}
