/**
 * The one-script-tag build (global `Chronoline`): model, layout, SVG string, `mount`, and
 * `<chrono-line>` registered on load. File formats other than chronoline JSON live in the formats
 * add-on (`src/formats-addon.ts`, global `ChronolineFormats`), which plugs itself in whichever
 * of the two scripts loads first.
 */
import { readJsonOnly, useFormats } from "./element/json-reader.js";
import type { DataParser } from "./element/read-data.js";
import { registerChronoLine } from "./element/register.js";

export * from "./core.js";
export { mount } from "./render/dom.js";
export { useFormats };

/**
 * Defines `<chrono-line>` under `name` (default `"chrono-line"`; done on load) with the
 * JSON-only reader, or every format once the add-on is loaded.
 *
 * @example
 * ```ts
 * Chronoline.defineChronoLine("news-timeline");
 * ```
 */
export function defineChronoLine(name = "chrono-line"): ReturnType<typeof registerChronoLine> {
  return registerChronoLine(name, readJsonOnly);
}

// The formats add-on, if it loaded first.
const addon = (globalThis as { ChronolineFormats?: { parseEvents?: DataParser } }).ChronolineFormats?.parseEvents;
if (addon) useFormats(addon);
defineChronoLine();
