/**
 * Keeps the live DOM bounded by the viewport, not by the number of events. The layout already
 * drops what lies outside the visible window; what remains unbounded is the marks of events
 * folded into clusters (at 100k events, nearly all of them). Those are thinned here, before the
 * scene is built: labelled marks always stay, clustered marks stay one per few pixels of each
 * mark row, up to a budget.
 */

import type { Layout, Mark } from "../layout/types.js";

/** Elements the scene draws per event, roughly: group, title, shape, sometimes desc. */
const ELEMENTS_PER_CLUSTERED_MARK = 4;
/** …and with a label: group, shape, leader, text, tspans, sometimes title and desc. */
const ELEMENTS_PER_LABELLED_MARK = 7;

/**
 * How many clustered marks fit in `maxElements` besides everything else the layout draws
 * (ticks, clusters, lanes, eras, labelled events): an estimate, which the caller checks against
 * the scene it built.
 *
 * @example
 * ```ts
 * clusteredRoom(layout, 3000); // e.g. 640
 * ```
 */
export function clusteredRoom(layout: Layout, maxElements: number): number {
  // Every label belongs to exactly one mark.
  const labelled = layout.labels.length;
  const fixed =
    40 + layout.axis.ticks.length * 4 + layout.clusters.length * 3 + layout.lanes.length * 2 + layout.eras.length * 2 + layout.connectors.length;
  return Math.max(0, Math.floor((maxElements - fixed - labelled * ELEMENTS_PER_LABELLED_MARK) / ELEMENTS_PER_CLUSTERED_MARK));
}

/**
 * Returns a layout whose `marks` hold every labelled mark, the marks in `keep` (e.g. the
 * focused event), and at most `room` clustered marks: at most one per `bucket` px of each lane
 * row, sampled evenly over time when there are still too many. Everything else is shared with the input, which is never
 * mutated. Returns the input itself when nothing needs dropping.
 *
 * @example
 * ```ts
 * const drawn = cullLayout(layout, clusteredRoom(layout, 3000), new Set([focusedIndex]));
 * drawn.marks.length <= layout.marks.length; // true
 * ```
 */
export function cullLayout(layout: Layout, room: number, keep: ReadonlySet<number> = new Set(), bucket = 3): Layout {
  const marks = layout.marks;
  if (marks.length - layout.labels.length <= room) return layout;

  // Candidates: one clustered mark per bucket of each lane row (more would paint the same pixels).
  const seen = new Set<number>();
  const candidates: number[] = [];
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i] as Mark;
    if (mark.label >= 0 || keep.has(mark.eventIndex)) continue;
    // Row -1 (a folded range, drawn thin in the point row) buckets apart from the rows.
    const key = (mark.lane * 4097 + Math.min(mark.row + 1, 4096)) * 1_000_003 + Math.round(mark.t / bucket);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push(i);
  }
  // Still too many: take an even sample, so the density shows everywhere.
  const chosen = new Uint8Array(marks.length);
  const take = Math.min(room, candidates.length);
  for (let j = 0; j < take; j++) chosen[candidates[Math.floor((j * candidates.length) / take)] as number] = 1;
  const kept = marks.filter((mark, i) => mark.label >= 0 || chosen[i] === 1 || keep.has(mark.eventIndex));
  return kept.length === marks.length ? layout : { ...layout, marks: kept };
}
