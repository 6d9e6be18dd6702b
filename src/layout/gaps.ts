/**
 * Gap compression: splits the time domain into linear pieces (where events are) and breaks
 * (long empty stretches drawn at a fixed width), and weighs each linear piece by a mix of its
 * duration and its number of events — so eight busy days in 2025 get room next to a whole year
 * of 2017 instead of a sliver proportional to their duration.
 */

import type { GapRange } from "./types.js";
import type { ScalePiece } from "./scale.js";

/** A stretch at least this share of the extent, with no event in it, becomes a break (`"auto"`). */
export const AUTO_GAP_FRACTION = 0.2;
/** At most this many automatic breaks (the longest win). */
export const MAX_AUTO_GAPS = 8;
/** Share of a linear piece's width that follows its duration; the rest follows its event count. */
export const DURATION_WEIGHT = 0.4;
/** Linear pieces are padded by this share of their duration, taken from the neighbouring gap. */
const PIECE_PADDING = 0.05;
/** …and made at least this share of the whole extent long. */
const MIN_PIECE_SHARE = 0.01;

/**
 * Stretches of `[domainStart, domainEnd)` covered by no event interval and no `content` span
 * (the eras: an era is content too, and squeezing it into a break would hide it and its title),
 * at least `fraction` of the domain long; longest `maxGaps`, returned in time order. `starts`
 * must be sorted ascending; `ends[i]` belongs to `starts[i]`.
 *
 * @example
 * ```ts
 * findGaps(Float64Array.of(0, 90), Float64Array.of(10, 100), 0, 100); // → [{ start: 10, end: 90 }]
 * findGaps(Float64Array.of(0, 90), Float64Array.of(10, 100), 0, 100, [{ start: 25, end: 75 }]); // → []
 * ```
 */
export function findGaps(
  starts: Float64Array,
  ends: Float64Array,
  domainStart: number,
  domainEnd: number,
  content: readonly GapRange[] = [],
  fraction = AUTO_GAP_FRACTION,
  maxGaps = MAX_AUTO_GAPS,
): GapRange[] {
  const total = domainEnd - domainStart;
  if (!(total > 0)) return [];
  const minLength = total * fraction;
  let found: GapRange[] = [];
  let covered = domainStart;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] as number;
    const e = ends[i] as number;
    if (s - covered >= minLength) found.push({ start: covered, end: s });
    if (e > covered) covered = e;
  }
  if (domainEnd - covered >= minLength) found.push({ start: covered, end: domainEnd });
  // Cutting the content out of the (few) empty stretches only shortens them: no gap is missed.
  if (content.length > 0) {
    const spans = [...content].sort((a, b) => a.start - b.start);
    found = found.flatMap((gap) => subtractSpans(gap, spans)).filter((gap) => gap.end - gap.start >= minLength);
  }
  if (found.length > maxGaps) {
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    found.length = maxGaps;
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

/** The parts of `gap` outside every span; `spans` sorted by start. */
function subtractSpans(gap: GapRange, spans: readonly GapRange[]): GapRange[] {
  const parts: GapRange[] = [];
  let at = gap.start;
  for (const span of spans) {
    if (span.start >= gap.end) break;
    if (span.end <= at) continue;
    if (span.start > at) parts.push({ start: at, end: span.start });
    at = span.end;
  }
  if (gap.end > at) parts.push({ start: at, end: gap.end });
  return parts;
}

/**
 * Clips explicit gaps to the domain, sorts and merges them.
 *
 * @example
 * ```ts
 * normaliseGaps([{ start: 50, end: 200 }, { start: 10, end: 60 }], 0, 100); // → [{ start: 10, end: 100 }]
 * ```
 */
export function normaliseGaps(gaps: readonly GapRange[], domainStart: number, domainEnd: number): GapRange[] {
  const clipped = gaps
    .map((g) => ({ start: Math.max(g.start, domainStart), end: Math.min(g.end, domainEnd) }))
    .filter((g) => g.end > g.start)
    .sort((a, b) => a.start - b.start);
  const merged: GapRange[] = [];
  for (const g of clipped) {
    const last = merged[merged.length - 1];
    if (last !== undefined && g.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, g.end) };
    else merged.push(g);
  }
  return merged;
}

/** Index of the first of the sorted `a` not below `x`. */
export function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Splits `[domainStart, domainEnd)` into linear pieces and breaks at `gaps` (sorted, disjoint,
 * inside the domain). Unless `fixedDomain`, the outer ends are padded so the first and last
 * events do not sit on the edge. Linear pieces get padded into their neighbouring breaks and
 * weighted by duration and event count (see {@link DURATION_WEIGHT}).
 *
 * @example
 * ```ts
 * planPieces(Float64Array.of(0, 90), 0, 100, [{ start: 10, end: 90 }], true);
 * // → linear [0, 10.5), break, linear [89.5, 100)
 * ```
 */
export function planPieces(
  starts: Float64Array,
  domainStart: number,
  domainEnd: number,
  gaps: readonly GapRange[],
  fixedDomain: boolean,
): ScalePiece[] {
  const total = domainEnd - domainStart;
  // Linear stretches between gaps, before padding.
  const linear: { start: number; end: number }[] = [];
  let at = domainStart;
  for (const g of gaps) {
    if (g.start > at) linear.push({ start: at, end: g.start });
    at = g.end;
  }
  if (domainEnd > at || linear.length === 0) linear.push({ start: at, end: Math.max(domainEnd, at) });

  // Pad each linear piece on both sides, into at most a quarter of the neighbouring gap.
  let durationSum = 0;
  let countSum = 0;
  const padded = linear.map((piece, i) => {
    const duration = piece.end - piece.start;
    const want = Math.max(duration * PIECE_PADDING, (total * MIN_PIECE_SHARE - duration) / 2, 0);
    const prevEnd = linear[i - 1]?.end ?? -Infinity;
    const nextStart = linear[i + 1]?.start ?? Infinity;
    const roomBefore = piece.start === domainStart ? (fixedDomain ? 0 : Infinity) : (piece.start - Math.max(prevEnd, domainStart)) / 4;
    const roomAfter = piece.end === domainEnd ? (fixedDomain ? 0 : Infinity) : (Math.min(nextStart, domainEnd) - piece.end) / 4;
    let start = piece.start - Math.min(want, roomBefore);
    let end = piece.end + Math.min(want, roomAfter);
    if (!(end > start)) {
      // A zero-length domain (one instant): give it a millisecond either side.
      start -= 1;
      end += 1;
    }
    durationSum += end - start;
    // Events in [start, end).
    const count = lowerBound(starts, end) - lowerBound(starts, start);
    countSum += count;
    return { start, end, count };
  });

  const pieces: ScalePiece[] = [];
  let prevEnd = domainStart;
  for (const { start, end, count } of padded) {
    if (start > prevEnd) pieces.push({ start: prevEnd, end: start, kind: "break", weight: 0 });
    const byDuration = (end - start) / durationSum;
    const byCount = countSum > 0 ? count / countSum : byDuration;
    pieces.push({ start, end, kind: "linear", weight: DURATION_WEIGHT * byDuration + (1 - DURATION_WEIGHT) * byCount });
    prevEnd = end;
  }
  if (domainEnd > prevEnd) pieces.push({ start: prevEnd, end: domainEnd, kind: "break", weight: 0 });
  return pieces;
}
