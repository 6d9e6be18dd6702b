/**
 * Fast, deterministic orderings of event indexes over typed columns — the two sorts on the hot
 * path, done without a comparator callback where possible.
 */

import { Scratch } from "./scratch.js";

/**
 * Event indexes `0 … n-1` ordered by `position` (ties by index). Positions are quantised to a
 * fine grid (far below a pixel) and packed with the index into one double, so a native numeric
 * sort does the work; very large `n` falls back to a comparator sort.
 *
 * @example
 * ```ts
 * orderByPosition(Float64Array.of(5, 1, 5)); // → Uint32Array [1, 0, 2]
 * ```
 */
export function orderByPosition(position: Float64Array, scratch: Scratch = new Scratch()): Uint32Array {
  const n = position.length;
  const order = scratch.u32("order", n);
  if (n === 0) return order;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const p = position[i] as number;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const slots = 2 ** (52 - indexBits); // quantisation steps available below 2^52
  const step = (hi - lo) / (slots - 1) || 1;
  if (indexBits > 30 || !(step <= 1e-3)) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => (position[a] as number) - (position[b] as number) || a - b);
  }
  const radix = 2 ** indexBits;
  const keys = scratch.f64("orderKeys", n);
  for (let i = 0; i < n; i++) keys[i] = Math.round(((position[i] as number) - lo) / step) * radix + i;
  keys.sort();
  for (let k = 0; k < n; k++) order[k] = (keys[k] as number) % radix;
  return order;
}

/**
 * `list` reordered by `importance` descending, keeping `list`'s order among equals (a stable
 * bucket sort when there are few distinct importances, as there usually are).
 *
 * @example
 * ```ts
 * byImportance(Int32Array.of(0, 1, 2), Float64Array.of(1, 3, 1)); // → Int32Array [1, 0, 2]
 * ```
 */
export function byImportance(list: ArrayLike<number>, importance: Float64Array): Int32Array {
  const levels = new Map<number, number>();
  for (let i = 0; i < list.length; i++) {
    const v = importance[list[i] as number] as number;
    if (!levels.has(v)) {
      levels.set(v, 0);
      if (levels.size > 256) {
        const pos = new Int32Array(importance.length);
        for (let k = 0; k < list.length; k++) pos[list[k] as number] = k;
        return Int32Array.from(list).sort((a, b) => (importance[b] as number) - (importance[a] as number) || (pos[a] as number) - (pos[b] as number));
      }
    }
  }
  const values = [...levels.keys()].sort((a, b) => b - a);
  const counts = new Int32Array(values.length + 1);
  // From here on, `levels` maps an importance to its bucket.
  const bucket = levels;
  values.forEach((v, i) => bucket.set(v, i));
  for (let i = 0; i < list.length; i++) {
    const b = bucket.get(importance[list[i] as number] as number) as number;
    counts[b + 1] = (counts[b + 1] as number) + 1;
  }
  for (let b = 0; b < values.length; b++) counts[b + 1] = (counts[b + 1] as number) + (counts[b] as number);
  const out = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as number;
    const b = bucket.get(importance[e] as number) as number;
    out[counts[b] as number] = e;
    counts[b] = (counts[b] as number) + 1;
  }
  return out;
}
