/**
 * The static part of chronoline — model, formats, layout and the SVG string renderer — with no
 * DOM code at all: what a server, a static-site build or the CLI needs (`chronoline/static`).
 *
 * Pipeline: parseEvents → createTimeline → layoutTimeline → scene → serialiseScene, or all at
 * once with toSVGString.
 */
export * from "./core.js";
export { parseEvents, detectFormat, toJSON, toCSV, toText, FORMATS } from "./formats/index.js";
export type { Format, ParseOptions, ParsedEvents, ToJSONOptions, ToCSVOptions, Writable, Location } from "./formats/index.js";
export { layoutMetrics, overlapCount, outOfViewportCount, labelDisplacement, accountedFor, leaderCrossings } from "./layout/metrics.js";
export type { LayoutMetrics, OverlapCounts, Displacement, Accounting } from "./layout/metrics.js";
