/**
 * Reusable typed-array memory for the layout's per-event columns. Laying out a million events
 * needs ~100 MB of columns; allocating them afresh on every re-layout (every zoom step) makes V8
 * run a full garbage collection over the whole timeline each time. A Scratch hands out zeroed
 * views of buffers kept from the previous layout instead. The pool is held through a WeakRef,
 * so the garbage collector may still take it back between layouts, and nothing in a returned
 * Layout ever points into it.
 */

/** A typed-array constructor over a slice of a buffer. */
interface TypedArrayType<T> {
  new (buffer: ArrayBuffer, offset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** Named, growable buffers; each name is one array that is alive during a layout. */
export class Scratch {
  private readonly buffers = new Map<string, ArrayBuffer>();

  /** A zeroed array of `type` and length `n` over the buffer for `name`. */
  private view<T extends { fill(value: number): T }>(name: string, type: TypedArrayType<T>, n: number): T {
    const bytes = Math.max(n * type.BYTES_PER_ELEMENT, 8);
    let buffer = this.buffers.get(name);
    if (buffer === undefined || buffer.byteLength < bytes) {
      // Grow with headroom so zooming across sizes does not reallocate every time.
      buffer = new ArrayBuffer(Math.ceil((bytes * 1.25) / 8) * 8);
      this.buffers.set(name, buffer);
    }
    return new type(buffer, 0, n).fill(0);
  }

  /** A zeroed Float64Array of length `n` for `name`. */
  f64(name: string, n: number): Float64Array {
    return this.view(name, Float64Array, n);
  }
  /** A zeroed Int32Array of length `n` for `name`. */
  i32(name: string, n: number): Int32Array {
    return this.view(name, Int32Array, n);
  }
  /** A zeroed Uint32Array of length `n` for `name`. */
  u32(name: string, n: number): Uint32Array {
    return this.view(name, Uint32Array, n);
  }
  /** A zeroed Uint16Array of length `n` for `name`. */
  u16(name: string, n: number): Uint16Array {
    return this.view(name, Uint16Array, n);
  }
  /** A zeroed Uint8Array of length `n` for `name`. */
  u8(name: string, n: number): Uint8Array {
    return this.view(name, Uint8Array, n);
  }
  /** A zeroed Int8Array of length `n` for `name`. */
  i8(name: string, n: number): Int8Array {
    return this.view(name, Int8Array, n);
  }
}

let pool: WeakRef<Scratch> | undefined;
let busy = false;

/**
 * Runs `fn` with the shared Scratch (a fresh one if the pool was collected or is in use by an
 * outer call). Whatever `fn` returns must not keep views of the scratch memory.
 *
 * @example
 * ```ts
 * const total = withScratch((s) => s.f64("tmp", 10).length); // → 10
 * ```
 */
export function withScratch<T>(fn: (scratch: Scratch) => T): T {
  if (busy) return fn(new Scratch());
  let scratch = pool?.deref();
  if (scratch === undefined) {
    scratch = new Scratch();
    pool = new WeakRef(scratch);
  }
  busy = true;
  try {
    return fn(scratch);
  } finally {
    busy = false;
  }
}
