/** Label boxes and leaders in final x/y, lane by lane in time order. */

import type { TimelineEvent } from "../model/types.js";
import { clamp, type LayoutContext } from "./context.js";
import type { Labelling } from "./labelling.js";
import type { LaneFrame, CrossGeometry } from "./lane-frame.js";
import type { LabelText } from "./label-text.js";
import type { TimeAxis } from "./time-axis.js";
import type { LabelLayout } from "./types.js";

/**
 * Every placed label as a {@link LabelLayout}, and per event its index in that list (-1 when
 * unlabelled; memory from the scratch).
 *
 * @example
 * ```ts
 * layoutLabels(ctx, time, rows.laneIn, labelling, geometry).labels[0].box; // → the first label's box
 * ```
 */
export function layoutLabels(
  ctx: LayoutContext,
  time: TimeAxis,
  laneIn: readonly Int32Array[],
  labelling: Labelling,
  g: CrossGeometry,
): { labels: LabelLayout[]; labelIndex: Int32Array } {
  const { timeline, o, scratch, horizontal, n, timeLength } = ctx;
  const events = timeline.events;
  const { lineHeight: lh, fontSize, gap } = o;
  const { trackOf, startOf, texts } = labelling;
  const { header, marks } = time;
  const t = marks.t;
  const { frames, trackSize, trackC, markCross } = g;
  const { box, point } = g.map;
  const labelIndex = scratch.i32("labelIndex", n).fill(-1);
  const labels: LabelLayout[] = [];
  laneIn.forEach((lane, l) => {
    const frame = frames[l] as LaneFrame;
    for (const e of lane) {
      const rank = trackOf[e] as number;
      if (rank < 0) continue;
      const text = texts.get(e) as LabelText;
      const lines = text.lines.length;
      const tl = horizontal ? text.width : lines * lh;
      const cl = horizontal ? lines * lh : text.width;
      // Horizontal: even ranks lie before (above) the marks.
      const above = horizontal && rank % 2 === 0;
      const tc = trackC(frame, rank);
      const boxC = above ? tc + trackSize - 2 - cl : tc + (horizontal ? 2 : gap / 2);
      const st = startOf.get(e) as number;
      const anchorT = t[e] as number;
      const preferred = clamp(anchorT + (horizontal ? 0 : -tl / 2), horizontal ? 0 : header, timeLength - tl);
      const mc = markCross(e);
      const event = events[e] as TimelineEvent;
      const index = horizontal ? (rank >> 1) + 1 : rank + 1;
      labelIndex[e] = labels.length;
      labels.push({
        eventId: event.id,
        eventIndex: e,
        lane: l,
        track: above ? -index : index,
        box: box(st, boxC, tl, cl),
        lines: text.lines,
        text: event.title,
        truncated: text.truncated,
        ...(text.dateText !== undefined ? { dateText: text.dateText } : {}),
        anchor: "start",
        fontSize,
        lineHeight: lh,
        leader: [point(anchorT, mc[above ? 0 : 1] as number), point(clamp(anchorT, st, st + tl), above ? boxC + cl : boxC)],
        displacement: Math.abs(st - preferred),
      });
    }
  });
  return { labels, labelIndex };
}
