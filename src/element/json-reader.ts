/**
 * The data reader of the one-script-tag build: chronoline JSON only, so the build does not carry
 * the CSV, TimelineJS and text-syntax readers (about a third of the library). Loading the formats
 * add-on (`chronoline-formats.iife.min.js`, before or after the main script) switches every
 * `<chrono-line>` on the page to the full `parseEvents` through {@link useFormats}.
 */
import { ChronolineError } from "../errors.js";
import type { ParseOptions, ParsedEvents } from "../formats/types.js";
import { isTimelineJsValue } from "../formats/timelinejs-shape.js";
import type { TimelineInput } from "../model/types.js";
import type { ChronoLineElement } from "./chrono-line.js";
import { errorMessage } from "./error-box.js";
import type { DataParser } from "./read-data.js";

let full: DataParser | undefined;
/** Reads waiting for the add-on while the page still loads its scripts. */
const waiting: ((parse: DataParser) => void)[] = [];

/** The add-on's file name, as the error message and the docs name it. */
const ADDON = "chronoline-formats.iife.min.js";

/**
 * Reads chronoline JSON (an object `{events, …}` or a bare array of events); any other format,
 * TimelineJS JSON included, throws `format-unavailable` naming the add-on, unless the add-on
 * has been loaded, in which case everything goes to its `parseEvents`. While the page is still
 * loading, other formats wait for the page's scripts (the add-on may come later in the page)
 * rather than flash an error. Events are passed on as written: `createTimeline` validates them
 * and names the event and field of any problem.
 *
 * @throws {@link ChronolineError} `parse-error` for invalid JSON, `format-unavailable` for other formats.
 * @example
 * ```ts
 * (await readJsonOnly('[{"title": "Trust Act", "start": "2017-08-28"}]', {})).events.length; // 1
 * ```
 */
export async function readJsonOnly(text: string, options: ParseOptions): Promise<ParsedEvents> {
  if (full) return full(text, options);
  const body = text.replace(/^\ufeff/, "");
  const named = options.format ?? (options.filename?.endsWith(".json") || /^\s*[[{]/.test(body) ? "json" : undefined);
  if (named !== "json") {
    const late = await pageLoaded();
    if (late) return late(text, options);
    throw unavailable(named ? `the ${named} format` : "this data (it is not JSON)");
  }
  let data: unknown;
  try {
    data = JSON.parse(body) as unknown;
  } catch (error) {
    throw new ChronolineError("parse-error", `invalid JSON: ${errorMessage(error)}`, { path: "$" });
  }
  if (isTimelineJsValue(data)) throw unavailable("TimelineJS JSON");
  if (data === null || typeof data !== "object") {
    throw new ChronolineError("parse-error", 'the JSON must be an object {"events": [...]} or an array of events', { path: "$" });
  }
  return { ...(Array.isArray(data) ? { events: data } : (data as TimelineInput)), diagnostics: [], format: "json" };
}

/** The add-on's reader once the page has loaded (its scripts have run) or the add-on has arrived. */
function pageLoaded(): Promise<DataParser | undefined> {
  return typeof document === "undefined" || document.readyState === "complete"
    ? Promise.resolve(full)
    : new Promise((resolve) => {
        waiting.push(resolve);
        addEventListener("load", () => resolve(full), { once: true });
      });
}

function unavailable(what: string): ChronolineError {
  return new ChronolineError(
    "format-unavailable",
    `reading ${what} needs the formats add-on: add <script src="${ADDON}"></script> to the page, or convert the file to JSON with \`npx chronoline convert\``,
    { field: "format" },
  );
}

/**
 * Switches the one-script-tag build to a full reader (the formats add-on calls this when it
 * loads) and re-reads every `<chrono-line>` that showed `format-unavailable`.
 *
 * @example
 * ```ts
 * useFormats(ChronolineFormats.parseEvents);
 * ```
 */
export function useFormats(parse: DataParser): void {
  full = parse;
  for (const resolve of waiting.splice(0)) resolve(parse);
  if (typeof document === "undefined") return;
  for (const element of document.querySelectorAll<Element & Partial<ChronoLineElement>>("chrono-line")) {
    const error = element.error;
    if (error instanceof ChronolineError && error.code === "format-unavailable") element.reload?.();
  }
}
