/**
 * A binary min-heap of (number key, integer value) pairs over two growing arrays; ties pop
 * the smaller value first, so results are deterministic.
 *
 * @example
 * ```ts
 * const h = new MinHeap();
 * h.push(5, 1); h.push(2, 7);
 * h.pop(); // → 7
 * ```
 */
export class MinHeap {
  // Plain arrays (packed doubles and small integers) grow by themselves as entries append.
  private keys: number[] = [];
  private values: number[] = [];
  size = 0;

  push(key: number, value: number): void {
    let i = this.size++;
    const keys = this.keys;
    const values = this.values;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p] as number;
      if (pk < key || (pk === key && (values[p] as number) <= value)) break;
      keys[i] = pk;
      values[i] = values[p] as number;
      i = p;
    }
    keys[i] = key;
    values[i] = value;
  }

  topKey(): number {
    return this.keys[0] as number;
  }

  /** Removes the smallest entry and returns its value. */
  pop(): number {
    const keys = this.keys;
    const values = this.values;
    const top = values[0] as number;
    const n = --this.size;
    const key = keys[n] as number;
    const value = values[n] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && ((keys[r] as number) < (keys[c] as number) || ((keys[r] as number) === (keys[c] as number) && (values[r] as number) < (values[c] as number)))) c = r;
      const ck = keys[c] as number;
      if (key < ck || (key === ck && value <= (values[c] as number))) break;
      keys[i] = ck;
      values[i] = values[c] as number;
      i = c;
    }
    keys[i] = key;
    values[i] = value;
    return top;
  }
}
