/** Cluster badges in final x/y: one per group of folded events, in its lane's (or the shared) strip. */

import { badgeText } from "./badge.js";
import type { LayoutContext } from "./context.js";
import type { ClusterSet } from "./folding.js";
import type { CrossGeometry, LaneFrame } from "./lane-frame.js";
import { AFTER, BEFORE } from "./marks.js";
import type { ClusterLayout } from "./types.js";

/**
 * Every cluster as a {@link ClusterLayout}, and per event the index of its cluster (-1 when
 * not folded; memory from the scratch).
 *
 * @example
 * ```ts
 * layoutClusters(ctx, time.marks.side, folding.clusterSets, geometry).clusters[0].label; // → "+12"
 * ```
 */
export function layoutClusters(
  ctx: LayoutContext,
  sides: Int8Array,
  clusterSets: readonly ClusterSet[],
  g: CrossGeometry,
): { clusters: ClusterLayout[]; clusterIndex: Int32Array } {
  const { o, scratch, horizontal, n, columns, axisFont } = ctx;
  const { lane: laneOf, ms0, ms1, ids } = columns;
  const { f, strip, frames, lanesEnd } = g;
  const { box } = g.map;
  const clusterIndex = scratch.i32("clusterIndex", n).fill(-1);
  const clusters: ClusterLayout[] = [];
  clusterSets.forEach(({ members, groups }, set) => {
    const stripC = horizontal ? (frames[set] as LaneFrame).stripC : lanesEnd;
    groups.forEach((group, k) => {
      const count = group.to - group.from;
      const text = badgeText(count);
      const crossSize = (horizontal ? strip : Math.min(o.measure(text, axisFont) + 10, strip)) - 2 * f;
      let d0 = Infinity;
      let d1 = -Infinity;
      let before = 0;
      let after = 0;
      // Horizontal: the lane of this strip. Vertical: the members' lane, or -1 when they differ.
      let lane = horizontal ? set : (laneOf[members[group.from] as number] as number);
      const indices = Array.from(members.subarray(group.from, group.to));
      for (const e of indices) {
        clusterIndex[e] = clusters.length;
        if (lane !== laneOf[e]) lane = -1;
        d0 = Math.min(d0, ms0[e] as number);
        d1 = Math.max(d1, ms1[e] as number);
        if (sides[e] === BEFORE) before++;
        else if (sides[e] === AFTER) after++;
      }
      clusters.push({
        id: `cluster-${set}-${k}`,
        lane,
        t: group.t,
        box: box(group.start, stripC + f, group.length, Math.max(crossSize, 0)),
        label: text,
        count,
        eventIds: indices.map((e) => ids[e] as string),
        eventIndices: indices,
        domain: [d0, d1],
        edge: before === count ? "before" : after === count ? "after" : null,
      });
    });
  });
  return { clusters, clusterIndex };
}
