/**
 * The rows phase: events grouped per lane in position order, and spans and ranges stacked into
 * rows per lane (interval partitioning); later, the rows beyond a lane's budget fold.
 */

import type { CrossPlan, LaneBudget } from "./budget.js";
import type { LayoutContext } from "./context.js";
import { INSIDE, KIND_POINT, type MarkColumns } from "./marks.js";
import { byImportance, orderByPosition } from "./order.js";
import { assignRows, assignRowsFirstFit } from "./rows.js";

/** Events per lane and their rows. */
export interface LaneRows {
  /** All events by anchor position (ties by index). */
  readonly byT: Uint32Array;
  /** Per lane, by position: all its events, and its visible ones. */
  readonly laneAll: readonly Int32Array[];
  readonly laneIn: readonly Int32Array[];
  /** Per lane, its visible spans and ranges in timeline (start) order. */
  readonly laneBars: readonly Int32Array[];
  /** Per event: its row (0 = the point row), -1 when folded. */
  readonly row: Int32Array;
  /** Per lane, the rows its bars stack into. */
  readonly depth: readonly number[];
}

/**
 * Groups events per lane (a counting sort keeps position order) and stacks each lane's spans and
 * ranges into rows.
 *
 * @example
 * ```ts
 * planLaneRows(ctx, planTimeAxis(ctx).marks).depth; // → [2, 0, 1, 3]
 * ```
 */
export function planLaneRows(ctx: LayoutContext, marks: MarkColumns): LaneRows {
  const { scratch, n, columns } = ctx;
  const { lane: laneOf, ms0, ms1 } = columns;
  const laneCount = columns.lanes.length;
  const { kind: kinds, side: sides } = marks;
  const byT = orderByPosition(marks.t, scratch);
  const laneAll = groupByLane(scratch.i32("laneAll", n), byT, laneOf, laneCount, () => true);
  const laneIn = groupByLane(scratch.i32("laneIn", n), byT, laneOf, laneCount, (e) => sides[e] === INSIDE);
  const row = scratch.i32("row", n);
  const laneBars = groupByLane(scratch.i32("laneBars", n), null, laneOf, laneCount, (e) => sides[e] === INSIDE && kinds[e] !== KIND_POINT);
  const depth = laneBars.map((bars) => assignRows(bars, ms0, ms1, Infinity, 1, row));
  return { byT, laneAll, laneIn, laneBars, row, depth };
}

/**
 * Folds the ranges beyond each lane's row budget (in `rows.row`): the latest ones, or the least
 * important ones when importance differs (first-fit in priority order then). A squeezed plan
 * has no rows: every span and range folds.
 *
 * @example
 * ```ts
 * capRows(ctx, rows, planCrossAxis(ctx, time, rows).plan);
 * ```
 */
export function capRows(ctx: LayoutContext, rows: LaneRows, plan: CrossPlan): void {
  const { columns, n } = ctx;
  const { row, depth } = rows;
  rows.laneBars.forEach((bars, l) => {
    const cap = (plan.lanes[l] as LaneBudget).rows;
    if ((depth[l] as number) <= cap) return;
    if (columns.uniformImportance) {
      for (const e of bars) if ((row[e] as number) > cap) row[e] = -1;
    } else {
      assignRowsFirstFit(byImportance(bars, columns.importance), columns.ms0, columns.ms1, cap, 1, row);
    }
  });
  if (plan.factor < 1) for (let e = 0; e < n; e++) if (row[e] !== 0) row[e] = -1;
}

/**
 * Event indexes per lane, keeping the order of `order` (or index order when null), for the
 * events `keep` accepts: one Int32Array per lane (subarrays of `into`, which must hold them all).
 */
function groupByLane(
  into: Int32Array,
  order: Uint32Array | null,
  laneOf: Int32Array,
  laneCount: number,
  keep: (event: number) => boolean,
): Int32Array[] {
  const n = laneOf.length;
  const counts = new Int32Array(laneCount + 1);
  for (let i = 0; i < n; i++) if (keep(i)) counts[(laneOf[i] as number) + 1] = (counts[(laneOf[i] as number) + 1] as number) + 1;
  for (let l = 0; l < laneCount; l++) counts[l + 1] = (counts[l + 1] as number) + (counts[l] as number);
  const starts = counts.slice();
  const buffer = into.subarray(0, counts[laneCount] as number);
  for (let k = 0; k < n; k++) {
    const e = order === null ? k : (order[k] as number);
    if (!keep(e)) continue;
    const l = laneOf[e] as number;
    buffer[starts[l] as number] = e;
    starts[l] = (starts[l] as number) + 1;
  }
  return Array.from({ length: laneCount }, (_, l) => buffer.subarray(counts[l] as number, counts[l + 1] as number));
}

/**
 * The entries of `list` that `keep` accepts, as a new Int32Array (two passes, no temporary list).
 *
 * @example
 * ```ts
 * select([3, 1, 4], (e) => e > 1); // → Int32Array [3, 4]
 * ```
 */
export function select(list: ArrayLike<number>, keep: (event: number) => boolean): Int32Array {
  let count = 0;
  for (let i = 0; i < list.length; i++) if (keep(list[i] as number)) count++;
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as number;
    if (keep(e)) out[k++] = e;
  }
  return out;
}
