/**
 * Reusable typed-array memory for the layout's per-event columns. Laying out a million events
 * needs ~100 MB of columns; allocating them afresh on every re-layout (every zoom step) makes V8
 * run a full garbage collection over the whole timeline each time. A Scratch hands out zeroed
 * views of buffers kept from the previous layout instead. The pool is held through a WeakRef,
 * so the garbage collector may still take it back between layouts, and nothing in a returned
 * Layout ever points into it.
 */

type Kind = "f64" | "i32" | "u32" | "u16" | "u8" | "i8";

const BYTES: Readonly<Record<Kind, number>> = { f64: 8, i32: 4, u32: 4, u16: 2, u8: 1, i8: 1 };

/** Named, growable buffers; each name is one array that is alive during a layout. */
export class Scratch {
  private readonly buffers = new Map<string, ArrayBuffer>();

  private view(name: string, kind: Kind, n: number): ArrayBuffer {
    const bytes = Math.max(n * BYTES[kind], 8);
    let buffer = this.buffers.get(name);
    if (buffer === undefined || buffer.byteLength < bytes) {
      // Grow with headroom so zooming across sizes does not reallocate every time.
      buffer = new ArrayBuffer(Math.ceil((bytes * 1.25) / 8) * 8);
      this.buffers.set(name, buffer);
    }
    return buffer;
  }

  /** A zeroed Float64Array of length `n` for `name`. */
  f64(name: string, n: number): Float64Array {
    return new Float64Array(this.view(name, "f64", n), 0, n).fill(0);
  }
  /** A zeroed Int32Array of length `n` for `name`. */
  i32(name: string, n: number): Int32Array {
    return new Int32Array(this.view(name, "i32", n), 0, n).fill(0);
  }
  /** A zeroed Uint32Array of length `n` for `name`. */
  u32(name: string, n: number): Uint32Array {
    return new Uint32Array(this.view(name, "u32", n), 0, n).fill(0);
  }
  /** A zeroed Uint16Array of length `n` for `name`. */
  u16(name: string, n: number): Uint16Array {
    return new Uint16Array(this.view(name, "u16", n), 0, n).fill(0);
  }
  /** A zeroed Uint8Array of length `n` for `name`. */
  u8(name: string, n: number): Uint8Array {
    return new Uint8Array(this.view(name, "u8", n), 0, n).fill(0);
  }
  /** A zeroed Int8Array of length `n` for `name`. */
  i8(name: string, n: number): Int8Array {
    return new Int8Array(this.view(name, "i8", n), 0, n).fill(0);
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
