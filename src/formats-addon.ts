/**
 * The formats add-on of the one-script-tag build (global `ChronolineFormats`): CSV, TimelineJS3
 * (JSON and sheet CSV) and the text syntax for `<chrono-line>`, plus the readers and writers.
 * Load it before or after `chronoline.iife.min.js`; whichever comes second connects the two.
 */
import type { DataParser } from "./element/read-data.js";
import { parseEvents } from "./formats/parse-events.js";

export { parseEvents, detectFormat, toJSON, toCSV, toText, FORMATS } from "./formats/index.js";

const host = (globalThis as { Chronoline?: { useFormats?: (parse: DataParser) => void } }).Chronoline;
host?.useFormats?.(parseEvents);
