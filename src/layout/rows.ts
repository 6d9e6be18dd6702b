/**
 * Interval partitioning: spans and ranges of one lane stack into rows so that no two in a row
 * overlap in time. Sweeping in start order and always taking the lowest free row gives the
 * minimum number of rows (the maximum overlap) in O(n log rows).
 */

import { MinHeap } from "./heap.js";

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
