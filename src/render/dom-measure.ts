/**
 * Text measurement in the browser: a canvas set in the same font stack the drawing uses, with a
 * small cache because the layout measures the same titles again on every zoom.
 */

import { measureText as tableMeasure } from "../layout/measure.js";
import type { TextMeasurer } from "../layout/types.js";
import { FONT_STACK } from "./theme.js";

const CACHE_LIMIT = 20_000;

/**
 * Makes a measurer backed by a 2D canvas of `document`, in the theme's font stack. Falls back
 * to the built-in width table when the canvas is unavailable.
 *
 * @example
 * ```ts
 * const measure = canvasMeasurer(document);
 * measure("Illinois passes the Trust Act", 12); // ≈ 163 (px, in the page's font)
 * ```
 */
export function canvasMeasurer(document: Document): TextMeasurer {
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = document.createElement("canvas").getContext("2d");
  } catch {
    // no canvas: the table below
  }
  if (ctx === null) return tableMeasure;
  const context = ctx;
  const cache = new Map<string, number>();
  let font = "";
  return (text: string, fontSize: number): number => {
    const key = fontSize + "|" + text;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const wanted = `${fontSize}px ${FONT_STACK}`;
    if (font !== wanted) context.font = font = wanted;
    const width = context.measureText(text).width;
    // A full cache starts over: simpler than LRU, and one layout's texts refill it at once.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, width);
    return width;
  };
}

// Text whose width tells Helvetica/Arial metrics apart from other sans-serif fonts.
const PROBE = "The quick brown fox jumps over 2025 lazy dogs; WAUKEGAN, Ill.";

/**
 * The measurer for `measureText: "auto"`: the built-in table when the page's font has the
 * table's metrics (Helvetica, Arial, Liberation Sans, Arimo… — the theme's font stack, within
 * 1 %), since it is faster and matches the server's layout exactly; else the canvas.
 *
 * @example
 * ```ts
 * const measure = autoMeasurer(document); // tableMeasure on most systems
 * ```
 */
export function autoMeasurer(document: Document): TextMeasurer {
  const canvas = canvasMeasurer(document);
  if (canvas === tableMeasure) return tableMeasure;
  const size = 100;
  const expected = tableMeasure(PROBE, size);
  const actual = canvas(PROBE, size);
  return Math.abs(actual - expected) <= expected * 0.01 ? tableMeasure : canvas;
}
