/**
 * Keeps the live DOM bounded by the viewport, not by the number of events. The layout already
 * drops what lies outside the visible window; what remains unbounded is the marks of events
 * folded into clusters (at 100k events, nearly all of them). Those are thinned here, before the
 * scene is built: labelled marks always stay, clustered marks stay one per few pixels of each
 * mark row, up to a budget.
 */

import type { Layout, Mark } from "../layout/types.js";

/** Elements the scene draws per event, roughly: group, title, shape, plus desc/leader/label. */
const ELEMENTS_PER_CLUSTERED_MARK = 3;
const ELEMENTS_PER_LABELLED_MARK = 6;
/** Elements the frame costs besides events: ticks (4 each), clusters (3 each), lanes, axis. */
function fixedElements(layout: Layout): number {
  return 40 + layout.axis.ticks.length * 4 + layout.clusters.length * 3 + layout.lanes.length * 2 + layout.eras.length * 2;
}

/**
 * Returns a layout whose `marks` hold every labelled mark, the marks in `keep` (e.g. the
 * focused event), and as many clustered marks as fit in `maxElements`, at most one per
 * `bucket` px of each lane row (the first in time wins). Everything else is shared with the
 * input, which is never mutated. Returns the input itself when nothing needs dropping.
 *
 * @example
 * ```ts
 * const drawn = cullLayout(layout, 3000, new Set([focusedIndex]));
 * drawn.marks.length <= layout.marks.length; // true
 * ```
 */
export function cullLayout(layout: Layout, maxElements: number, keep: ReadonlySet<number> = new Set(), bucket = 3): Layout {
  const marks = layout.marks;
  let labelled = 0;
  for (const mark of marks) if (mark.label >= 0) labelled++;
  const budget = maxElements - fixedElements(layout) - labelled * ELEMENTS_PER_LABELLED_MARK;
  const clusteredRoom = Math.max(0, Math.floor(budget / ELEMENTS_PER_CLUSTERED_MARK));
  if (marks.length - labelled <= clusteredRoom) return layout;

  const seen = new Set<number>();
  const kept: Mark[] = [];
  let clustered = 0;
  for (const mark of marks) {
    if (mark.label >= 0 || keep.has(mark.eventIndex)) {
      kept.push(mark);
      continue;
    }
    if (clustered >= clusteredRoom || mark.row < 0) continue;
    // One mark per bucket of each lane row: beyond that, extra marks draw on the same pixels.
    const key = (mark.lane * 4096 + Math.min(mark.row, 4095)) * 1_000_003 + Math.round(mark.t / bucket);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(mark);
    clustered++;
  }
  if (kept.length === marks.length) return layout;
  return { ...layout, marks: kept };
}
