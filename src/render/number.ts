import { ChronolineError } from "../errors.js";

/**
 * Writes a coordinate for SVG: rounded to 2 decimals (a hundredth of a pixel is invisible and
 * keeps snapshots stable across engines), `-0` as `0`, no exponent for ordinary sizes.
 *
 * @throws {@link ChronolineError} (`invalid-input`) for NaN or ±Infinity: a non-finite number
 *   reaching the output is a bug upstream, and failing loudly keeps it out of anyone's page.
 * @example
 * ```ts
 * formatNumber(12.3456); // "12.35"
 * formatNumber(-0.001);  // "0"
 * ```
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) internalError(`a non-finite number (${value}) reached the SVG output`);
  // `Math.round(-0.001 * 100)` is -0, which String() writes as "0"; `-1.5` rounds towards +∞.
  return String(Math.round(value * 100) / 100);
}

/**
 * Builds SVG path data from commands and numbers, formatting every number with
 * {@link formatNumber} (so a NaN can never hide inside a `d` attribute).
 *
 * @example
 * ```ts
 * pathData("M", 0, 0, "Q", 5, -4, 10, 0); // "M0 0Q5 -4 10 0"
 * ```
 */
export function pathData(...parts: (string | number)[]): string {
  let out = "";
  let previous: string | number = "";
  for (const part of parts) {
    // Two numbers in a row need a space between them; a command letter separates them itself.
    out += typeof part === "string" ? part : (typeof previous === "number" ? " " : "") + formatNumber(part);
    previous = part;
  }
  return out;
}

/**
 * Throws `invalid-input` for what can only be a bug upstream (never bad data), so it fails loudly
 * instead of reaching anyone's page.
 *
 * @example
 * ```ts
 * internalError("tag 'script' is not a scene tag"); // throws "internal error: tag 'script' is not a scene tag"
 * ```
 */
export function internalError(message: string): never {
  throw new ChronolineError("invalid-input", `internal error: ${message}`);
}
