/**
 * Era bands across the lanes and the room for their titles in the era strip. A title starts at
 * its era's start and may run on until the next era's start (or the end of the time axis), so
 * titles never overlap even when eras overlap or nest, and a title too long for its room is cut
 * by the scene (the era is still named in the drawing's description).
 */

import { clamp } from "./context.js";
import type { CrossGeometry } from "./lane-frame.js";
import type { TimeAxis } from "./time-axis.js";
import type { Timeline } from "../model/types.js";
import type { EraLayout } from "./types.js";

/**
 * Where each era's title may end on the time axis: at the start of the era starting next (ties
 * go to the one listed first, so a later era starting at the same instant gets no room), else
 * at `limit`.
 *
 * @example
 * ```ts
 * eraTitleEnds([0, 50, 50], 800); // → [50, 800, 50]
 * ```
 */
export function eraTitleEnds(starts: readonly number[], limit: number): number[] {
  // Among equal starts the first listed goes last, so it is the one that reaches the next start.
  const order = starts.map((_, i) => i).sort((a, b) => (starts[a] as number) - (starts[b] as number) || b - a);
  const ends = starts.map(() => limit);
  order.forEach((era, k) => {
    const next = order[k + 1];
    if (next !== undefined) ends[era] = starts[next] as number;
  });
  return ends;
}

/**
 * The visible eras' bands (across the lanes) and title boxes (in the era strip), final coordinates.
 *
 * @example
 * ```ts
 * // called by assemble only
 * ```
 */
export function layoutEras(visible: Timeline["eras"], time: TimeAxis, horizontal: boolean, g: CrossGeometry): EraLayout[] {
  const { toPx, r0, r1 } = time;
  const { box } = g.map;
  const spans = visible.map((era) => ({ t0: clamp(toPx(era.start.start), r0, r1), t1: clamp(toPx(era.end.end), r0, r1) }));
  const titleEnds = eraTitleEnds(spans.map((s) => s.t0), r1);
  return visible.map((era, i) => {
    const { t0, t1 } = spans[i] as { t0: number; t1: number };
    return {
      title: era.title,
      t0,
      t1,
      box: box(t0, g.lanesStart, t1 - t0, g.lanesEnd - g.lanesStart),
      labelBox: box(t0, horizontal ? 0 : g.axisBand, (titleEnds[i] as number) - t0, g.eraBand),
    };
  });
}
