/**
 * The last phase: with every phase's plan in hand, fix the cross-axis positions (lane-frame.ts),
 * then emit labels, clusters, marks, lanes, eras, the axis and relation connectors in final x/y.
 */

import { assembleAxis } from "./axis.js";
import { layoutClusters } from "./cluster-layout.js";
import type { LayoutContext } from "./context.js";
import { connectRelations } from "./connectors.js";
import { layoutEras } from "./eras.js";
import { TICK, TICK_LABEL_GAP, type CrossAxis } from "./cross-axis.js";
import type { Folding } from "./folding.js";
import { layoutLabels } from "./label-layout.js";
import type { Labelling } from "./labelling.js";
import { frameLanes, layoutLanes } from "./lane-frame.js";
import type { LaneRows } from "./lane-rows.js";
import { layoutMarks } from "./mark-layout.js";
import type { TimeAxis } from "./time-axis.js";
import type { ClusterLayout, Layout } from "./types.js";


/**
 * Builds the final {@link Layout} from what the earlier phases worked out.
 *
 * @example
 * ```ts
 * // called by layoutTimeline only
 * ```
 */
export function assemble(ctx: LayoutContext, time: TimeAxis, rows: LaneRows, cross: CrossAxis, labelling: Labelling, folding: Folding): Layout {
  const { timeline, o, horizontal, n, timeLength, axisFont, axisLh } = ctx;
  const events = timeline.events;
  const { scale, ticks, r0, r1 } = time;
  const { t, kind, side } = time.marks;
  const g = frameLanes(ctx, kind, rows, cross, labelling.trackOf, folding);
  const { f, axisBand, lanesStart, lanesEnd, width, height, markCross } = g;
  const { box, point } = g.map;
  const { labels, labelIndex } = layoutLabels(ctx, time, rows.laneIn, labelling, g);
  const { clusters, clusterIndex } = layoutClusters(ctx, side, folding.clusterSets, g);
  const { marks, visibleCount } = layoutMarks(ctx, time, rows.row, g, labelIndex, clusterIndex);
  const lanes = layoutLanes(ctx, time.header, cross.titles, folding.titleSpot, g);

  const eras = layoutEras(cross.visibleEras, time, horizontal, g);

  const axis = assembleAxis(scale, ticks, {
    horizontal,
    map: g.map,
    lineC: horizontal ? lanesEnd : axisBand,
    c0: horizontal ? lanesEnd : 0,
    c1: horizontal ? lanesEnd + axisBand : axisBand,
    breakC0: horizontal ? lanesStart : 0,
    breakC1: horizontal ? lanesEnd + axisBand : lanesEnd,
    tickLength: TICK * f,
    fontSize: axisFont,
    lineHeight: axisLh * f,
    timeLength,
    labels: axisHoldsText(horizontal, axisBand, TICK * f, axisFont),
  });

  // Relations are read from the events themselves; past maxMarks events, only from labelled
  // ones (touching a million relation lists would cost more than the rest of the layout).
  const related: number[] = [];
  if (n <= o.maxMarks) for (let e = 0; e < n; e++) related.push(e);
  else for (const label of labels) related.push(label.eventIndex);
  const connectors = connectRelations(
    events,
    related,
    {
      point: (e) => {
        const ci = clusterIndex[e] as number;
        if (ci < 0) {
          const c = markCross(e);
          return point(t[e] as number, ((c[0] as number) + (c[1] as number)) / 2);
        }
        const b = (clusters[ci] as ClusterLayout).box;
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      },
      cluster: clusterIndex,
    },
    horizontal,
    width,
    height,
    { count: labels.length + marks.length, boxes: () => [...labels.map((label) => label.box), ...marks.map((mark) => mark.box)] },
  );

  return {
    orientation: o.orientation,
    size: { width, height },
    plot: box(r0, lanesStart, r1 - r0, lanesEnd - lanesStart),
    scale,
    axis,
    lanes,
    marks,
    labels,
    clusters,
    connectors,
    eras,
    visibleCount,
    eventCount: n,
    locale: o.locale,
    timeZone: o.timeZone,
  };
}

/**
 * Whether tick labels are kept: a squeezed drawing (factor < 1) scales the axis band down with
 * everything else, yet keeps its labels while a line of axis text still fits under the ticks
 * (horizontal). Vertical labels sit beside the line, and each one that does not fit is dropped.
 *
 * @example
 * ```ts
 * axisHoldsText(true, 19.6, 4.1, 11); // → true: 150 px high, 4 lanes
 * ```
 */
function axisHoldsText(horizontal: boolean, axisBand: number, tickLength: number, axisFont: number): boolean {
  return !horizontal || axisBand - tickLength - TICK_LABEL_GAP >= axisFont;
}
