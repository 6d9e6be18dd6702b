/**
 * The one-script-tag build (global `Chronoline`): the whole library, and `<chrono-line>`
 * registered on load.
 */
export * from "./index.js";
export { defineChronoLine } from "./element/define.js";
