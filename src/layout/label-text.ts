/**
 * The text of one event label: the title wrapped to the room available (at most `maxLines`
 * lines, the last one ellipsised), plus the event's date on its own line when asked for.
 */

import { formatRange, formatTimePoint } from "../model/format-date.js";
import type { TimelineEvent } from "../model/types.js";
import type { TextMeasurer } from "./types.js";
import { wrapText } from "./wrap.js";

/** A label's lines and size. */
export interface LabelText {
  readonly lines: string[];
  /** Widest line, px. */
  readonly width: number;
  readonly truncated: boolean;
  readonly dateText?: string;
}

/** What sizing a label needs. */
export interface LabelTextOptions {
  readonly maxWidth: number;
  readonly maxLines: number;
  readonly fontSize: number;
  readonly showDate: boolean;
  readonly locale: string;
  readonly measure: TextMeasurer;
}

/**
 * Wraps an event's title (and date line) into at most `maxWidth` px. Null when not even an
 * ellipsis fits.
 *
 * @example
 * ```ts
 * labelText(event, { maxWidth: 160, maxLines: 2, fontSize: 12, showDate: true, locale: "en-US", measure: measureText });
 * // → { lines: ["Illinois passes the Trust Act", "2017"], … }
 * ```
 */
export function labelText(event: TimelineEvent, options: LabelTextOptions): LabelText | null {
  const { maxWidth, maxLines, fontSize, measure } = options;
  const title = wrapText(event.title, maxWidth, maxLines, fontSize, measure);
  if (title.lines.length === 0) return null;
  if (!options.showDate) return title;
  const locale = { locale: options.locale };
  const dateText =
    event.end === undefined
      ? formatTimePoint(event.start, locale)
      : formatRange(event.openStart === true ? null : event.start, event.openEnd === true ? null : event.end, locale);
  const date = wrapText(dateText, maxWidth, 1, fontSize, measure);
  return {
    lines: [...title.lines, ...date.lines],
    width: Math.max(title.width, date.width),
    truncated: title.truncated,
    dateText,
  };
}
