/**
 * Defining `<chrono-line>` with a given data reader: the npm build passes `parseEvents` (every
 * format), the one-script-tag build its JSON-only reader.
 */
import type { ChronoLineElement } from "./chrono-line.js";
import { createChronoLineClass } from "./chrono-line.js";
import type { DataParser } from "./read-data.js";

/**
 * Defines the element under `name` with `parse` as its reader unless the name is taken; returns
 * the class in use, or undefined where custom elements are not available (Node).
 *
 * @example
 * ```ts
 * registerChronoLine("chrono-line", parseEvents);
 * ```
 */
export function registerChronoLine(name: string, parse: DataParser): (new () => ChronoLineElement) | undefined {
  if (typeof customElements === "undefined") return undefined;
  let element = customElements.get(name) as (new () => ChronoLineElement) | undefined;
  if (!element) customElements.define(name, (element = createChronoLineClass(parse)));
  return element;
}
