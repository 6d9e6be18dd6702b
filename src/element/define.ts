/**
 * Registers `<chrono-line>`. Importing this module is the package's only side effect (declared
 * in package.json `sideEffects`); in Node, where there is no `customElements`, it does nothing.
 */
import type { ChronoLineElement } from "./chrono-line.js";
import { createChronoLineClass } from "./chrono-line.js";

export type { ChronoLineElement } from "./chrono-line.js";
export { CHRONO_LINE_ATTRIBUTES, optionsFromAttributes } from "./attributes.js";
export type { ElementOptions } from "./attributes.js";

/**
 * Defines the element under `name` (default `"chrono-line"`) unless it is already defined.
 * Returns the class, or undefined where custom elements are not available (Node).
 *
 * @example
 * ```ts
 * import { defineChronoLine } from "chronoline/element";
 * defineChronoLine(); // then <chrono-line src="events.json"></chrono-line> renders
 * ```
 */
export function defineChronoLine(name = "chrono-line"): (new () => ChronoLineElement) | undefined {
  if (typeof customElements === "undefined" || typeof HTMLElement === "undefined") return undefined;
  const existing = customElements.get(name);
  if (existing) return existing as unknown as new () => ChronoLineElement;
  const element = createChronoLineClass();
  customElements.define(name, element);
  return element;
}

declare global {
  interface HTMLElementTagNameMap {
    "chrono-line": ChronoLineElement;
  }
}

defineChronoLine();
