/** Writes chronoline's JSON schema. */
import type { TimelineInput } from "../model/types.js";
import type { Writable } from "./to-input.js";
import { toWritableInput } from "./to-input.js";

/** Options of {@link toJSON}. */
export interface ToJSONOptions {
  /** Spaces per indentation level; 0 writes one line. Default 2. */
  indent?: number;
}

const KEY_ORDER = ["title", "description", "referenceDate", "timeZone", "locale", "groups", "eras", "events"] as const;

/**
 * A timeline (model) or timeline input as JSON text in chronoline's schema, which
 * `parseEvents(text, { format: "json" })` reads back. Model dates are written as ISO text at
 * their precision; a parseEvents result's `diagnostics` and `format` are left out.
 *
 * @example
 * toJSON({ events: [{ title: "Trust Act", start: "2017" }] }, { indent: 0 });
 * // → '{"events":[{"title":"Trust Act","start":"2017"}]}\n'
 */
export function toJSON(timeline: Writable, options: ToJSONOptions = {}): string {
  const input = toWritableInput(timeline);
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = (input as TimelineInput)[key];
    if (value !== undefined) ordered[key] = value;
  }
  const indent = options.indent ?? 2;
  return `${JSON.stringify(ordered, null, indent > 0 ? indent : undefined)}\n`;
}
