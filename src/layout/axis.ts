/**
 * The time axis in final coordinates: its line, placed tick labels (under the line in
 * horizontal, right-aligned left of it in vertical) and the break marks of compressed gaps.
 */

import { TICK_LABEL_GAP } from "./cross-axis.js";
import type { FrameMap } from "./frame-map.js";
import type { PlannedTick } from "./ticks.js";
import type { AxisLayout, BreakMark, LayoutScale, Tick } from "./types.js";

/** Where the axis goes on the cross axis, and what it spans. */
export interface AxisPlacement {
  readonly horizontal: boolean;
  readonly map: FrameMap;
  /** Cross-axis position of the axis line. */
  readonly lineC: number;
  /** The axis area on the cross axis. */
  readonly c0: number;
  readonly c1: number;
  /** Cross extent break marks cover (lanes and axis). */
  readonly breakC0: number;
  readonly breakC1: number;
  readonly tickLength: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly timeLength: number;
  /** False when the axis is squeezed (a degenerate viewport): ticks keep no labels. */
  readonly labels: boolean;
}

/**
 * Places planned ticks and the scale's visible breaks. A vertical tick label that does not fit
 * left of the line is dropped (its tick stays).
 *
 * @example
 * ```ts
 * assembleAxis(scale, ticks, placement).ticks[0].labelBox;
 * ```
 */
export function assembleAxis(scale: LayoutScale, planned: readonly PlannedTick[], p: AxisPlacement): AxisLayout {
  const { map, horizontal, lineC } = p;
  const [r0, r1] = scale.range;
  const ticks: Tick[] = planned.map((pt) => {
    let label = p.labels ? pt.label : "";
    let labelBox;
    if (horizontal) {
      labelBox = map.box(label === "" ? pt.t : pt.labelStart, lineC + p.tickLength + TICK_LABEL_GAP, pt.width, label === "" ? 0 : p.lineHeight);
    } else {
      const x = lineC - p.tickLength - TICK_LABEL_GAP - pt.width;
      if (x < 0) label = "";
      labelBox =
        label === ""
          ? map.box(pt.t, lineC, 0, 0)
          : map.box(pt.labelStart, x, p.lineHeight, pt.width);
    }
    const at = map.point(pt.t, lineC);
    return {
      ms: pt.ms,
      t: pt.t,
      x: at.x,
      y: at.y,
      label,
      labelBox,
      anchor: horizontal ? "middle" : "end",
      precision: pt.precision,
      major: pt.major,
    };
  });
  const breaks: BreakMark[] = [];
  for (const s of scale.segments) {
    if (s.kind !== "break") continue;
    const t0 = Math.max(s.range[0], r0);
    const t1 = Math.min(s.range[1], r1);
    if (!(t1 > t0)) continue;
    breaks.push({ domain: [s.domain[0], s.domain[1]], t0, t1, box: map.box(t0, p.breakC0, t1 - t0, p.breakC1 - p.breakC0) });
  }
  const a = map.point(r0, lineC);
  const b = map.point(r1, lineC);
  return {
    line: { x1: a.x, y1: a.y, x2: b.x, y2: b.y },
    box: map.box(0, p.c0, p.timeLength, p.c1 - p.c0),
    ticks,
    breaks,
    fontSize: p.fontSize,
  };
}
