/**
 * Registers `<chrono-line>`. Importing this module is the package's only side effect (declared
 * in package.json `sideEffects`); in Node, where there is no `customElements`, it does nothing.
 */
import { parseEvents } from "../formats/parse-events.js";
import type { ChronoLineElement } from "./chrono-line.js";
import { registerChronoLine } from "./register.js";

export type { ChronoLineElement, ElementStrings } from "./chrono-line.js";
export { CHRONO_LINE_ATTRIBUTES, optionsFromAttributes } from "./attributes.js";
export type { ElementOptions } from "./attributes.js";

/**
 * Defines the element under `name` (default `"chrono-line"`) unless it is already defined; it
 * reads every format ({@link parseEvents}). Returns the class, or undefined where custom
 * elements are not available (Node).
 *
 * @example
 * ```ts
 * import { defineChronoLine } from "chronoline/element";
 * defineChronoLine(); // then <chrono-line src="events.json"></chrono-line> renders
 * ```
 */
export function defineChronoLine(name = "chrono-line"): (new () => ChronoLineElement) | undefined {
  return registerChronoLine(name, parseEvents);
}

declare global {
  interface HTMLElementTagNameMap {
    "chrono-line": ChronoLineElement;
  }
}

defineChronoLine();
