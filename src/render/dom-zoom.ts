/**
 * Zoom maths for the interactive timeline, as pure functions over plain numbers.
 *
 * The view is kept in a size-independent form, {@link View}: the visible window as a fraction of
 * the fitted (unzoomed) time axis. `start` = 0 and `span` = 1 show everything; `span` = 0.5 shows
 * half of it. Because it does not depend on pixels, a resize keeps the same stretch of time in
 * view, and it converts to the layout's {@link ZoomTransform} for any range (`toTransform`).
 */

import { timeToPixel } from "../layout/scale.js";
import type { LayoutScale, ZoomTransform } from "../layout/types.js";

/** The visible window in fractions of the fitted time axis: `[start, start + span]` ⊆ `[0, 1]`. */
export interface View {
  readonly start: number;
  readonly span: number;
}

/** Everything visible. */
export const FULL_VIEW: View = Object.freeze({ start: 0, span: 1 });

/**
 * True when `b` is the same window as `a` (false for null).
 *
 * @example
 * ```ts
 * sameView(FULL_VIEW, { start: 0, span: 1 }); // true
 * ```
 */
export const sameView = (a: View, b: View | null): boolean => a.start === b?.start && a.span === b.span;

/**
 * Clamps a view to the data: never wider than everything, never narrower than `minSpan`, never
 * past either end. NaN or infinite input falls back to {@link FULL_VIEW}, so a bad gesture can
 * never produce an invalid domain.
 *
 * @example
 * ```ts
 * constrainView({ start: -0.2, span: 0.5 }, 0.01); // { start: 0, span: 0.5 }
 * constrainView({ start: 0.5, span: 4 }, 0.01);    // { start: 0, span: 1 }
 * ```
 */
export function constrainView(view: View, minSpan: number): View {
  if (!Number.isFinite(view.start) || !Number.isFinite(view.span) || view.span <= 0) return FULL_VIEW;
  const floor = Math.min(Math.max(minSpan, 1e-12), 1);
  const span = Math.min(Math.max(view.span, floor), 1);
  const start = Math.min(Math.max(view.start, 0), 1 - span);
  return start === view.start && span === view.span ? view : { start, span };
}

/**
 * Zooms by `factor` (> 1 zooms in) about the fraction `at` of the visible window (0 = its start,
 * 1 = its end), keeping the time under `at` in place, then constrains.
 *
 * @example
 * ```ts
 * zoomView(FULL_VIEW, 2, 0.5, 0.001); // { start: 0.25, span: 0.5 }
 * ```
 */
export function zoomView(view: View, factor: number, at: number, minSpan: number): View {
  if (!(factor > 0) || !Number.isFinite(factor)) return view;
  const anchor = view.start + at * view.span;
  const span = Math.min(Math.max(view.span / factor, minSpan), 1);
  return constrainView({ start: anchor - at * span, span }, minSpan);
}

/**
 * Moves the window by `delta` window-widths (positive shows later times), then constrains.
 *
 * @example
 * ```ts
 * panView({ start: 0.25, span: 0.5 }, 0.5, 0.001); // { start: 0.5, span: 0.5 }
 * ```
 */
export function panView(view: View, delta: number, minSpan: number): View {
  return constrainView({ start: view.start + delta * view.span, span: view.span }, minSpan);
}

/**
 * The layout transform showing `view` on a time axis whose visible pixels are `[r0, r1]`:
 * fitted pixel `p` is drawn at `p·k + x` (see `ZoomTransform`).
 *
 * @example
 * ```ts
 * toTransform({ start: 0.25, span: 0.5 }, 0, 1000); // { k: 2, x: -500 }
 * ```
 */
export function toTransform(view: View, r0: number, r1: number): ZoomTransform {
  const k = 1 / view.span;
  const length = r1 - r0;
  // r0 + (u - start)·k·length for the fitted fraction u, written as p·k + x with p = r0 + u·length.
  return { k, x: r0 - r0 * k - view.start * k * length };
}

/**
 * The view a layout transform shows on the visible pixels `[r0, r1]`: the inverse of
 * {@link toTransform}.
 *
 * @example
 * ```ts
 * fromTransform({ k: 2, x: -500 }, 0, 1000); // { start: 0.25, span: 0.5 }
 * ```
 */
export function fromTransform(transform: ZoomTransform, r0: number, r1: number): View {
  const length = r1 - r0 || 1;
  const span = 1 / transform.k;
  return { start: (r0 - r0 * transform.k - transform.x) / (transform.k * length), span };
}

/**
 * Fraction of the fitted time axis at which an instant sits, read from any layout's scale (its
 * zoom is undone). Instants outside the fitted domain give fractions outside `[0, 1]`.
 *
 * @example
 * ```ts
 * fractionOfTime(layout.scale, Date.UTC(2021, 0, 20)); // e.g. 0.61
 * ```
 */
export function fractionOfTime(scale: LayoutScale, ms: number): number {
  const [r0, r1] = scale.range;
  const { k, x } = scale.transform;
  const fitted = (timeToPixel(scale, ms) - x) / k;
  return (fitted - r0) / (r1 - r0 || 1);
}

/**
 * The narrowest window, as a fraction of the fitted axis, that still shows at least `minMs` of
 * time anywhere on the axis: the densest linear segment decides (breaks are skipped).
 *
 * @example
 * ```ts
 * minSpanFraction(layout.scale, 3_600_000); // zoom stops at about one hour across the view
 * ```
 */
export function minSpanFraction(scale: LayoutScale, minMs: number): number {
  const [r0, r1] = scale.range;
  const length = r1 - r0;
  if (!(length > 0)) return 1;
  let fraction = 0;
  for (const segment of scale.segments) {
    if (segment.kind !== "linear") continue;
    const ms = segment.domain[1] - segment.domain[0];
    const px = (segment.range[1] - segment.range[0]) / scale.transform.k;
    if (!(ms > 0) || !(px > 0)) continue;
    // Fitted px that `minMs` covers in this segment, as a fraction of the axis.
    fraction = Math.max(fraction, (minMs * px) / ms / length);
  }
  return fraction > 0 ? Math.min(fraction, 1) : 1;
}

/**
 * A point on the smooth path from view `a` to view `b` at `u` ∈ [0, 1]: the span changes
 * geometrically (a constant zoom speed) and the window's edges move so that a pure zoom keeps
 * its fixed point fixed.
 *
 * @example
 * ```ts
 * interpolateView(FULL_VIEW, { start: 0.25, span: 0.25 }, 0.5); // { start: 0.1667, span: 0.5 } (zoom about 1/3)
 * ```
 */
export function interpolateView(a: View, b: View, u: number): View {
  if (u <= 0) return a;
  if (u >= 1) return b;
  const span = a.span * Math.pow(b.span / a.span, u);
  // Progress of the span change, used to move the start so a zoom about a point stays about it.
  const t = a.span === b.span ? u : (span - a.span) / (b.span - a.span);
  return { start: a.start + (b.start - a.start) * t, span };
}
