/**
 * The cross-axis phase: how much each part wants across the time axis (axis, era strip, point
 * and range rows, cluster strips, label tracks) and how the drawing's cross size is shared.
 */

import type { Timeline, TimelineEvent } from "../model/types.js";
import { planCross, type CrossPlan, type CrossSizes, type LaneDemand } from "./budget.js";
import type { LayoutContext } from "./context.js";
import { trackDemand } from "./demand.js";
import { LABEL_EDGE } from "./labelling.js";
import type { LaneRows } from "./lane-rows.js";
import type { TimeAxis } from "./time-axis.js";

/** Fixed sizes, px, at the default 12 px font (text-bound ones follow the font size). */
const POINT_ROW = 14;
const RANGE_ROW = 8;
const LANE_PAD = 6;
/** Tick length, px. */
export const TICK = 5;
/** Gap between a tick's end and its label, px. */
export const TICK_LABEL_GAP = 3;
const MIN_VERTICAL_TRACK = 60;
/** Widest vertical label, px: most titles fit on one line, yet a label still reads as one block. */
const MAX_VERTICAL_LABEL = 320;
/** Vertical lane columns may widen up to this factor (28 → 56 px), taking at most LANE_SHARE of the width. */
const MAX_LANE_SCALE = 2;
const LANE_SHARE = 0.25;
/** Horizontal: up to this many visible events, titles are measured to see whether one line is enough. */
const MAX_MEASURED = 2000;

/** The cross axis of one layout. */
export interface CrossAxis {
  /** Eras that overlap the visible time range. */
  readonly visibleEras: Timeline["eras"];
  /** Full sizes of the parts (the plan's factor scales them down in a squeezed drawing). */
  readonly sizes: CrossSizes;
  /** Per lane, the length of its horizontal title, px; 0 when untitled (always in vertical). */
  readonly titles: readonly number[];
  /** Horizontal: lines of title a label may take (tracks are this high, plus a date line). */
  readonly labelLines: number;
  /** The share of each lane; later phases trade tracks, strips and spare room in it. */
  readonly plan: CrossPlan;
}

/**
 * Sizes the cross-axis parts, estimates how many label tracks each lane wants, and shares the
 * cross size among lanes (planCross).
 *
 * @example
 * ```ts
 * planCrossAxis(ctx, time, rows).plan.factor; // → 1 unless the drawing is squeezed
 * ```
 */
export function planCrossAxis(ctx: LayoutContext, time: TimeAxis, rows: LaneRows): CrossAxis {
  const { timeline, o, horizontal, timeLength, crossLength, columns, showTitles, axisFont, axisLh } = ctx;
  const { lineHeight: lh, measure, fontSize, maxWidth, gap } = o;
  const { scale, ticks } = time;
  const t = time.marks.t;
  const { laneAll, laneIn, depth } = rows;
  const visibleEras = timeline.eras.filter((era) => era.end.end > scale.visible[0] && era.start.start < scale.visible[1]);
  const axisSize = horizontal
    ? TICK + TICK_LABEL_GAP + axisLh + 2
    : Math.min(ticks.reduce((w, tick) => Math.max(w, tick.width), 0) + TICK + 8, crossLength * 0.35);
  const eraSize = visibleEras.length > 0 ? lh + 4 : 0;
  // Vertical: the shared strip is as wide as the widest badge it can hold ("+99" for 99 events
  // or fewer, "+999k" at most): a narrow drawing's label track needs every pixel.
  const widestBadge = ctx.n < 1000 ? "+" + "9".repeat(String(ctx.n).length) : "+999k";
  const stripSize = horizontal ? axisLh + 6 : measure(widestBadge, axisFont) + 8;
  const maxTrack = horizontal ? Infinity : MAX_VERTICAL_LABEL + gap;
  // Vertical: when the width leaves room beyond one full-width label track, the lane columns
  // widen (up to MAX_LANE_SCALE, at most LANE_SHARE of the width) so a wide drawing is not a
  // strip of hairline columns. Narrow widths keep the natural sizes.
  let laneScale = 1;
  if (!horizontal) {
    const natural = depth.reduce((w, d) => w + POINT_ROW + LANE_PAD + d * RANGE_ROW, 0);
    const labelRoom = crossLength - axisSize - eraSize - stripSize - natural - maxTrack;
    if (natural > 0 && labelRoom > 0) {
      laneScale = Math.min(MAX_LANE_SCALE, 1 + labelRoom / natural, Math.max(1, (crossLength * LANE_SHARE) / natural));
    }
  }
  const labelLines = horizontal ? titleLines(ctx, laneIn) : o.maxLines;
  const track = horizontal ? (labelLines + (o.showDate ? 1 : 0)) * lh + 4 : MIN_VERTICAL_TRACK;
  const sizes: CrossSizes = {
    axis: axisSize,
    era: eraSize,
    pointRow: POINT_ROW * laneScale,
    rangeRow: RANGE_ROW * laneScale,
    lanePad: LANE_PAD * laneScale,
    strip: stripSize,
    track,
    maxTrack,
  };
  // A horizontal lane title takes the start of its lane's first track (none if it cannot fit).
  const titles = columns.lanes.map((lane): number => {
    if (!showTitles || !horizontal) return 0;
    const length = Math.min(measure(lane.label, fontSize) * 1.1, maxWidth);
    return length > 0 && length + 4 <= timeLength ? length : 0;
  });
  // Label widths estimated from title lengths; exact widths are measured only when placing.
  const estimate = (e: number): number => Math.min(maxWidth, (columns.titleLength[e] as number) * fontSize * 0.5);
  const trackCap = Math.max(1, Math.floor(crossLength / track));
  const demands: LaneDemand[] = columns.lanes.map((_, l) => {
    const all = laneAll[l] as Int32Array;
    const inside = laneIn[l] as Int32Array;
    const tracks = horizontal ? trackDemand(inside, (e) => t[e] as number, estimate, gap, trackCap) : 0;
    return {
      rows: depth[l] as number,
      // The lane title sits in the first track, so a titled lane wants one at least.
      tracks: (titles[l] as number) > 0 ? Math.max(tracks, 1) : tracks,
      events: all.length,
      // Off-screen events always fold, so their lane needs a strip.
      strip: all.length > inside.length,
    };
  });
  return { visibleEras, sizes, titles, labelLines, plan: planCross(crossLength, horizontal, sizes, demands) };
}

/**
 * Lines a horizontal label title may take: `maxLines`, or 1 when every visible title fits on
 * one line (checked up to MAX_MEASURED titles). Tracks are then one line high, so short titles
 * get about twice the tracks; labels are wrapped to this many lines, so none outgrows its track.
 */
function titleLines(ctx: LayoutContext, laneIn: readonly Int32Array[]): number {
  const { o, timeline, timeLength } = ctx;
  if (o.maxLines === 1) return 1;
  // The width labels are wrapped to (labelling.ts keeps a few px off the far edge).
  const width = Math.min(o.maxWidth, timeLength - LABEL_EDGE);
  if (laneIn.reduce((n, lane) => n + lane.length, 0) > MAX_MEASURED) return o.maxLines;
  for (const lane of laneIn) {
    for (const e of lane) if (o.measure((timeline.events[e] as TimelineEvent).title, o.fontSize) > width) return o.maxLines;
  }
  return 1;
}
