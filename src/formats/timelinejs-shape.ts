/**
 * Telling TimelineJS3's JSON from chronoline's own, on the parsed value. Kept apart from the
 * readers so the one-script-tag build can recognise TimelineJS data without carrying its reader.
 */

/**
 * True when parsed JSON is TimelineJS3's (its slides have `start_date` or a `text` object, or it
 * has a title slide with `text`), false for chronoline's own schema.
 *
 * @example
 * isTimelineJsValue({ events: [{ start_date: { year: 2017 } }] }); // → true
 */
export function isTimelineJsValue(data: unknown): boolean {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  const events = record["events"];
  if (Array.isArray(events)) {
    for (const event of events.slice(0, 20)) {
      if (typeof event !== "object" || event === null) continue;
      if ("start_date" in event || "unique_id" in event) return true;
      const text = (event as Record<string, unknown>)["text"];
      if (typeof text === "object" && text !== null) return true;
    }
  }
  const title = record["title"];
  return typeof title === "object" && title !== null && "text" in title;
}
