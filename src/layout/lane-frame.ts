/**
 * Lanes on the cross axis (c: y in horizontal, x in vertical), in order: horizontal = eras,
 * lanes, axis; vertical = axis, eras, lanes, then the shared cluster strip and label tracks.
 * A lane holds, along c:
 *
 * ```
 *   horizontal (c = y, downward)          vertical (c = x, rightward)
 *   ┌ "before" tracks n … 1               point row │ range rows │ padding
 *   │ cluster strip
 *   │ point row, range rows
 *   │ "after" tracks 1 … n
 *   └ padding
 * ```
 *
 * Horizontal track ranks (0 = nearest the marks) alternate: even ranks lie before, odd after,
 * the (rank >> 1) + 1-th from the marks. Vertical ranks count the shared tracks.
 */

import type { LaneBudget } from "./budget.js";
import type { LayoutContext } from "./context.js";
import type { CrossAxis } from "./cross-axis.js";
import { TITLE_NONE, TITLE_STRIP, TITLE_TRACK, type ClusterSet, type Folding } from "./folding.js";
import type { LaneRows } from "./lane-rows.js";
import { frameMap, type FrameMap } from "./frame-map.js";
import { KIND_POINT } from "./marks.js";
import type { Box, LaneLayout } from "./types.js";

/** Half the thickness of a folded span's or range's bar, in range rows (a row's bar is 0.75). */
const FOLDED_BAR = 0.25;

/** Cross-axis positions of one lane's parts, px. */
export interface LaneFrame {
  readonly offset: number;
  readonly size: number;
  /** Horizontal: the cluster strip. */
  readonly stripC: number;
  readonly rowsC: number;
  /** Range rows (below the point row). */
  readonly rows: number;
  /** Start of the "after" tracks (the "before" tracks start at `offset`). */
  readonly afterC: number;
  /** Number of "before" tracks. */
  readonly before: number;
}

/** The final cross-axis geometry, px: sizes scaled by the plan's factor, and every lane's frame. */
export interface CrossGeometry {
  /** Time/cross → x/y. */
  readonly map: FrameMap;
  /** The plan's factor (< 1 only in a squeezed drawing), which scales every fixed size. */
  readonly f: number;
  readonly axisBand: number;
  readonly eraBand: number;
  readonly pointRow: number;
  readonly rangeRow: number;
  readonly lanePad: number;
  readonly strip: number;
  readonly trackSize: number;
  readonly frames: readonly LaneFrame[];
  /** Where the lanes start and end. */
  readonly lanesStart: number;
  readonly lanesEnd: number;
  /** The drawing's size. */
  readonly width: number;
  readonly height: number;
  /** Cross-axis start of the track with this rank. */
  readonly trackC: (frame: LaneFrame, rank: number) => number;
  /** A point mark's radius. */
  readonly radius: number;
  /** Cross-axis extent of a visible mark (marks, leaders and connectors use it); one reused array. */
  readonly markCross: (e: number) => Float64Array;
}

/**
 * Stacks the lanes along the cross axis from what each holds (rows, tracks used, a strip).
 *
 * @example
 * ```ts
 * frameLanes(ctx, time.marks.kind, rows, cross, labelling.trackOf, folding).frames[0].offset; // → the era strip's size in horizontal
 * ```
 */
export function frameLanes(
  ctx: LayoutContext,
  kinds: Uint8Array,
  rows: LaneRows,
  cross: CrossAxis,
  trackOf: Int32Array,
  folding: Folding,
): CrossGeometry {
  const { horizontal, n, crossLength, o, columns } = ctx;
  const { sizes, plan } = cross;
  const { laneIn, row } = rows;
  const { titleSpot, clusterSets } = folding;
  const laneOf = columns.lane;
  const f = plan.factor;
  const axisBand = sizes.axis * f;
  const eraBand = sizes.era * f;
  const pointRow = sizes.pointRow * f;
  const rangeRow = sizes.rangeRow * f;
  const lanePad = sizes.lanePad * f;
  const strip = sizes.strip * f;
  const lanesStart = horizontal ? eraBand : axisBand + eraBand;
  const trackSize = plan.trackSize;
  let c = lanesStart;
  const frames: LaneFrame[] = columns.lanes.map((_, l) => {
    let before = horizontal && titleSpot[l] === TITLE_TRACK ? 1 : 0;
    let after = 0;
    let rows = 0;
    for (const e of laneIn[l] as Int32Array) {
      rows = Math.max(rows, row[e] as number);
      const rank = trackOf[e] as number;
      if (rank < 0 || !horizontal) continue;
      if (rank % 2 === 0) before = Math.max(before, (rank >> 1) + 1);
      else after = Math.max(after, (rank >> 1) + 1);
    }
    const offset = c;
    rows = Math.min(rows, (plan.lanes[l] as LaneBudget).rows);
    const stripC = offset + before * trackSize;
    const rowsC = stripC + (horizontal && (clusterSets[l] as ClusterSet).groups.length > 0 ? strip : 0);
    const afterC = rowsC + (pointRow + rows * rangeRow);
    const size = afterC + after * trackSize + lanePad - offset;
    c += size;
    return { offset, size, stripC, rowsC, rows, afterC, before };
  });
  const lanesEnd = c;
  // Vertical: the shared cluster strip (when used) and the shared label tracks follow the lanes.
  let sharedUsed = 0;
  if (!horizontal) for (let e = 0; e < n; e++) sharedUsed = Math.max(sharedUsed, (trackOf[e] as number) + 1);
  const tracksC = lanesEnd + (!horizontal && (clusterSets[0]?.groups.length ?? 0) > 0 ? strip : 0);
  const crossUsed = Math.min(horizontal ? lanesEnd + axisBand : tracksC + sharedUsed * trackSize, crossLength);
  const trackC = (frame: LaneFrame, rank: number): number =>
    !horizontal
      ? tracksC + rank * trackSize
      : rank % 2 === 0
        ? frame.offset + (frame.before - ((rank >> 1) + 1)) * trackSize
        : frame.afterC + (rank >> 1) * trackSize;

  const radius = Math.min(4, pointRow * 0.3);
  const extent = new Float64Array(2);
  const markCross = (e: number): Float64Array => {
    const frame = frames[laneOf[e] as number] as LaneFrame;
    const r = row[e] as number;
    if (kinds[e] === KIND_POINT || r <= 0) {
      // A span or range without a row of its own (folded) is still drawn, as a thin bar along
      // the middle of the point row: its extent is data, and the point row is always there.
      const half = r < 0 ? rangeRow * FOLDED_BAR : radius;
      const mid = frame.rowsC + pointRow / 2;
      extent[0] = mid - half;
      extent[1] = mid + half;
    } else {
      const top = frame.rowsC + pointRow + (r - 1) * rangeRow;
      extent[0] = top + rangeRow * 0.125;
      extent[1] = top + rangeRow * 0.875;
    }
    return extent;
  };
  return {
    map: frameMap(horizontal),
    f,
    axisBand,
    eraBand,
    pointRow,
    rangeRow,
    lanePad,
    strip,
    trackSize,
    frames,
    lanesStart,
    lanesEnd,
    width: horizontal ? o.width : crossUsed,
    height: horizontal ? crossUsed : o.height,
    trackC,
    radius,
    markCross,
  };
}

/**
 * The lanes' final boxes, with their title boxes.
 *
 * @example
 * ```ts
 * layoutLanes(ctx, time.header, cross.titles, folding.titleSpot, geometry)[0].labelBox; // → the first lane's title box
 * ```
 */
export function layoutLanes(
  ctx: LayoutContext,
  header: number,
  titles: readonly number[],
  titleSpot: Uint8Array,
  g: CrossGeometry,
): LaneLayout[] {
  const { horizontal, o, timeLength } = ctx;
  const { fontSize, lineHeight: lh } = o;
  const { frames, lanePad, pointRow, strip, trackSize } = g;
  const { box } = g.map;
  return ctx.columns.lanes.map((spec, l) => {
    const frame = frames[l] as LaneFrame;
    let labelBox: Box | null = null;
    const spot = titleSpot[l];
    if (!horizontal) {
      // The header above the lane's column, when the column is at least a line of text wide.
      const cross = frame.size - lanePad;
      if (spot === TITLE_TRACK && cross >= fontSize) labelBox = box(0, frame.offset, header, cross);
    } else if (spot === TITLE_TRACK) {
      labelBox = box(2, g.trackC(frame, 0) + trackSize - 2 - lh, titles[l] as number, lh);
    } else if (spot !== TITLE_NONE) {
      // Centred in the strip (or point row), at most a line high: the layout checked it holds the text.
      const c0 = spot === TITLE_STRIP ? frame.stripC : frame.rowsC;
      const band = spot === TITLE_STRIP ? strip : pointRow;
      const size = Math.min(lh, band);
      labelBox = box(2, c0 + (band - size) / 2, titles[l] as number, size);
    }
    return {
      id: spec.id,
      label: spec.label,
      index: l,
      offset: frame.offset,
      size: frame.size,
      rows: 1 + frame.rows,
      rowsOffset: frame.rowsC,
      pointRowSize: pointRow,
      rowSize: g.rangeRow,
      box: box(0, frame.offset, timeLength, frame.size),
      labelBox,
    };
  });
}
