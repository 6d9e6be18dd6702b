/**
 * Input and output formats: {@link parseEvents} reads chronoline JSON, CSV, TimelineJS3 (JSON or
 * its sheet as CSV) and the text syntax; {@link toJSON}, {@link toCSV} and {@link toText} write
 * them back. Readers return raw input for `createTimeline`; writers take input or a Timeline.
 */
export type { Format, ParseOptions, ParsedEvents, Location } from "./types.js";
export { FORMATS } from "./types.js";
export { parseEvents } from "./parse-events.js";
export { detectFormat } from "./detect.js";
export { toJSON } from "./write-json.js";
export type { ToJSONOptions } from "./write-json.js";
export { toCSV } from "./write-csv.js";
export type { ToCSVOptions } from "./write-csv.js";
export { toText } from "./write-text.js";
export { toIsoText } from "./iso.js";
export { timelineToInput } from "./to-input.js";
export type { Writable } from "./to-input.js";
export { htmlToText } from "./html-text.js";
export type { HtmlText, HtmlLink } from "./html-text.js";
