/**
 * Interval partitioning: spans and ranges of one lane stack into rows so that no two in a row
 * overlap in time. Sweeping in start order and always taking the lowest free row gives the
 * minimum number of rows (the maximum overlap) in O(n log rows).
 */

import { MinHeap } from "./heap.js";
import { Track } from "./track.js";

/**
 * Gives each interval `[starts[e], ends[e])` of `order` (event indexes sorted by start) the lowest
 * row free at its start, writing it to `rowOut[e]` (rows count from `firstRow`). Intervals that
 * would need more than `maxRows` rows get -1. Returns the number of rows used.
 *
 * @example
 * ```ts
 * const rows = new Int32Array(3);
 * assignRows(Int32Array.of(0, 1, 2), Float64Array.of(0, 5, 10), Float64Array.of(10, 15, 20), 4, 1, rows);
 * // → 2; rows = [1, 2, 1]
 * ```
 */
export function assignRows(
  order: ArrayLike<number>,
  starts: Float64Array,
  ends: Float64Array,
  maxRows: number,
  firstRow: number,
  rowOut: Int32Array,
): number {
  const busy = new MinHeap(); // key: end time, value: row
  const free = new MinHeap(); // key: row, value: row
  let used = 0;
  for (let i = 0; i < order.length; i++) {
    const e = order[i] as number;
    const s = starts[e] as number;
    while (busy.size > 0 && busy.topKey() <= s) {
      const row = busy.pop();
      free.push(row, row);
    }
    let row: number;
    if (free.size > 0) row = free.pop();
    else if (used < maxRows) row = used++;
    else {
      rowOut[e] = -1;
      continue;
    }
    busy.push(Math.max(ends[e] as number, s), row);
    rowOut[e] = row + firstRow;
  }
  return used;
}

/**
 * Like {@link assignRows} but in the given (priority) order, first-fit: each interval takes the
 * lowest row where it overlaps nothing, so when rows run out it is the least important that
 * fold (-1). Used only when the optimal sweep needs more rows than there is room for.
 *
 * @example
 * ```ts
 * const rows = new Int32Array(2);
 * assignRowsFirstFit([1, 0], Float64Array.of(0, 0), Float64Array.of(5, 5), 1, 1, rows); // rows = [-1, 1]
 * ```
 */
export function assignRowsFirstFit(
  order: ArrayLike<number>,
  starts: Float64Array,
  ends: Float64Array,
  maxRows: number,
  firstRow: number,
  rowOut: Int32Array,
): number {
  // Each row's intervals, sorted (a Track per row).
  const rows: Track[] = [];
  for (let i = 0; i < order.length; i++) {
    const e = order[i] as number;
    const s = starts[e] as number;
    const end = Math.max(ends[e] as number, s);
    let placed = rows.findIndex((row) => row.blocker(s, end, 0) < 0);
    if (placed < 0 && rows.length < maxRows) placed = rows.push(new Track()) - 1;
    rows[placed]?.insert(s, end);
    rowOut[e] = placed < 0 ? -1 : placed + firstRow;
  }
  return rows.length;
}
