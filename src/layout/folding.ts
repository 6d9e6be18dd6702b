/**
 * The folding phase: every event without a label folds into a "+N" badge — per lane in
 * horizontal, in one shared strip in vertical — and each lane title finds its spot.
 */

import { badgeText } from "./badge.js";
import type { LaneBudget } from "./budget.js";
import { foldClusters, type ClusterGroup } from "./clusters.js";
import type { LayoutContext } from "./context.js";
import type { CrossAxis } from "./cross-axis.js";
import { TITLE_MARGIN, type Labelling } from "./labelling.js";
import { select, type LaneRows } from "./lane-rows.js";
import type { TimeAxis } from "./time-axis.js";

/**
 * Where a lane's title sits: nowhere (no titles, an empty label, or no room for a line of
 * text); in its usual place (horizontal: the start of the first label track; vertical: the
 * header); at the start of the lane's cluster strip; or in its point row (a lane without events).
 */
export const TITLE_NONE = 0;
export const TITLE_TRACK = 1;
export const TITLE_STRIP = 2;
export const TITLE_ROW = 3;

/** Folded events of one strip (by position) and their badges (runs of `members`). */
export interface ClusterSet {
  readonly members: Int32Array;
  readonly groups: readonly ClusterGroup[];
}

/** The clusters of one layout and where the lane titles go. */
export interface Folding {
  /** Per lane: TITLE_NONE, TITLE_TRACK, TITLE_STRIP or TITLE_ROW. */
  readonly titleSpot: Uint8Array;
  /** One set per lane (horizontal) or a single shared set (vertical). */
  readonly clusterSets: readonly ClusterSet[];
}

/**
 * Folds the unlabelled events into clusters and places the lane titles. Vertical: the header.
 * Horizontal: the start of the lane's first label track; a lane left without tracks (squeezed
 * cross axis) puts it at the start of its cluster strip instead (its badges start after it), or
 * in its empty point row when it has no events. Only where not even that holds a line of text
 * does a lane go untitled (labelBox null).
 *
 * @example
 * ```ts
 * foldEvents(ctx, time, rows, cross, labelling).clusterSets[0].groups.length; // → badges of lane 0
 * ```
 */
export function foldEvents(ctx: LayoutContext, time: TimeAxis, rows: LaneRows, cross: CrossAxis, labelling: Labelling): Folding {
  const { o, horizontal, showTitles, axisFont, axisLh, columns } = ctx;
  const { measure, fontSize } = o;
  const { trackOf, tMin, tMax } = labelling;
  const { sizes, plan, titles } = cross;
  const badgeLengths = new Map<number, number>();
  const foldOptions = {
    tMin,
    tMax,
    gap: 4,
    badgeLength: horizontal
      ? (count: number): number => {
          let length = badgeLengths.get(count);
          if (length === undefined) badgeLengths.set(count, (length = measure(badgeText(count), axisFont) + 10));
          return length;
        }
      : () => axisLh + 2,
  };
  const titleSpot = new Uint8Array(columns.lanes.length);
  const clusterSets: ClusterSet[] = (horizontal ? rows.laneAll : [rows.byT]).map((list, l) => {
    const members = select(list, (e) => trackOf[e] === -1);
    let options = foldOptions;
    const title = titles[l] ?? 0;
    if (title > 0) {
      const start = title + 2 + TITLE_MARGIN + foldOptions.gap;
      const band = (members.length > 0 ? sizes.strip : sizes.pointRow) * plan.factor;
      if ((plan.lanes[l] as LaneBudget).tracks > 0) titleSpot[l] = TITLE_TRACK;
      else if (band >= fontSize && tMax - start >= foldOptions.badgeLength(members.length)) {
        titleSpot[l] = members.length > 0 ? TITLE_STRIP : TITLE_ROW;
        options = { ...foldOptions, tMin: start };
      }
    }
    return { members, groups: foldClusters(members, time.marks.t, options) };
  });
  if (!horizontal && showTitles && time.header > 0) titleSpot.fill(TITLE_TRACK);
  return { titleSpot, clusterSets };
}
