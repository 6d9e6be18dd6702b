/**
 * Registers `<chrono-line>`. Importing this module is the package's only side effect (declared
 * in package.json `sideEffects`); in Node, where there is no `customElements`, it does nothing.
 */
import { createChronoLineClass } from "./chrono-line.js";

/**
 * Defines the element under `name` (default `"chrono-line"`) unless it is already defined.
 * Returns the class, or undefined where custom elements are not available.
 *
 * @example
 * ```ts
 * import { defineChronoLine } from "chronoline/element";
 * defineChronoLine(); // then <chrono-line src="events.json"></chrono-line> renders
 * ```
 */
export function defineChronoLine(name = "chrono-line"): CustomElementConstructor | undefined {
  if (typeof customElements === "undefined" || typeof HTMLElement === "undefined") return undefined;
  const existing = customElements.get(name);
  if (existing) return existing;
  const element = createChronoLineClass();
  customElements.define(name, element);
  return element;
}

defineChronoLine();
