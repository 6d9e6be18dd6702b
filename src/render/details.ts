/**
 * The details popover of the interactive timeline: title, the date in words (at its precision),
 * description, quote with speaker and sources as safe links. User text reaches the DOM only as
 * text nodes (`textContent`), and every link passes the URL allow-list again.
 */

import { formatTimePoint } from "../model/format-date.js";
import { comparePrecision } from "../model/precision.js";
import { epochToWall } from "../model/time-zone.js";
import type { TimelineEvent } from "../model/types.js";
import { eventDateWords } from "./a11y.js";
import type { ChromeStrings } from "./mount-options.js";
import { DEFAULT_CHROME_STRINGS } from "./mount-options.js";
import { safeUrl } from "./url.js";

/** A rectangle in client (viewport) pixels. */
export interface ClientRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Where {@link placePopover} put the popover, in client pixels, and on which side of its anchor. */
export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly side: "above" | "below";
}

/**
 * Places a popover of `size` next to `anchor` inside `bounds` (the browser viewport): below the
 * anchor when it fits, else above, else wherever it overlaps least; horizontally centred on the
 * anchor and clamped to the bounds, `margin` px from their edges (default 8).
 *
 * @example
 * ```ts
 * placePopover({ left: 10, top: 100, width: 8, height: 8 }, { width: 200, height: 80 },
 *   { left: 0, top: 0, width: 1200, height: 600 });
 * // { left: 8, top: 116, side: "below" }
 * ```
 */
export function placePopover(
  anchor: ClientRect,
  size: { readonly width: number; readonly height: number },
  bounds: ClientRect,
  margin = 8,
): Placement {
  const minTop = bounds.top + margin;
  const maxTop = bounds.top + bounds.height - margin - size.height;
  const below = anchor.top + anchor.height + margin;
  const above = anchor.top - margin - size.height;
  // Below when it fits, else the roomier side (above whenever it fits there); clamped, so that
  // a popover that fits nowhere whole at least shows its top.
  const side = below <= maxTop || maxTop - below >= above - minTop ? "below" : "above";
  return {
    left: Math.max(bounds.left + margin, Math.min(anchor.left + anchor.width / 2 - size.width / 2, bounds.left + bounds.width - margin - size.width)),
    top: side === "above" ? Math.max(above, minTop) : below > maxTop ? Math.max(minTop, maxTop) : below,
    side,
  };
}

/** What {@link fillDetails} needs besides the event. */
export interface DetailsContext {
  /** BCP-47 locale of the date text. */
  readonly locale: string;
  /** Show a close button (the popover was opened on purpose: click, Enter, Space). */
  readonly pinned: boolean;
  /** Called when the close button is pressed. */
  readonly onClose?: () => void;
  /** The popover's own words (close button, approximate-date tooltip, sources list). Default: English. */
  readonly strings?: Partial<Pick<ChromeStrings, "close" | "approximate" | "sources">>;
}

/**
 * Appends a new `tag` element with `className` (and `text` as its text) to `parent`, an element
 * or a shadow root; returns it. Also builds `<chrono-line>`'s frame, status and error box.
 *
 * @example
 * ```ts
 * child(popover, "p", "chronoline-details-date", "in 2017");
 * ```
 */
export function child<K extends keyof HTMLElementTagNameMap>(
  parent: Node,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = parent.ownerDocument!.createElement(tag);
  if (className !== "") element.className = className;
  if (text !== undefined) element.textContent = text;
  parent.appendChild(element);
  return element;
}

/**
 * Replaces the popover's content with the event's details. Returns nothing; the popover element
 * keeps its identity (its id is what `aria-describedby` points at).
 *
 * @example
 * ```ts
 * fillDetails(popover, timeline.events[0], { locale: "en-US", pinned: true, onClose: close });
 * popover.textContent; // "Illinois passes the Trust Act in 2017 Illinois passed …"
 * ```
 */
export function fillDetails(popover: HTMLElement, event: TimelineEvent, context: DetailsContext): void {
  popover.replaceChildren();
  const words = { ...DEFAULT_CHROME_STRINGS, ...context.strings };
  const header = child(popover, "div", "chronoline-details-header");
  child(header, "strong", "chronoline-details-title", event.title);
  if (context.pinned) {
    const close = child(header, "button", "chronoline-details-close", "×");
    close.type = "button";
    close.setAttribute("aria-label", words.close);
    close.onclick = () => context.onClose?.();
  }
  const date = child(popover, "p", "chronoline-details-date");
  const time = child(date, "time", "", eventDateWords(event, context.locale));
  const iso = isoValue(event);
  if (iso) time.dateTime = iso;
  if (event.start.approximate || event.end?.approximate) time.title = words.approximate;
  if (event.description) child(popover, "p", "chronoline-details-description", event.description);
  if (event.quote) {
    const figure = child(popover, "figure", "chronoline-details-quote");
    child(figure, "blockquote", "", event.quote.text);
    if (event.quote.speaker) child(figure, "figcaption", "", `— ${event.quote.speaker}`);
  }
  const sources = event.sources.filter((s) => s.url || s.title || s.publisher);
  if (sources.length > 0) {
    const list = child(popover, "ul", "chronoline-details-sources");
    list.setAttribute("aria-label", words.sources);
    for (const source of sources) {
      const item = child(list, "li", "");
      const url = source.url && safeUrl(source.url);
      const name = child(item, url ? "a" : "span", "", source.title ?? source.publisher ?? source.url ?? "");
      if (url) Object.assign(name, { href: url, rel: "noopener noreferrer nofollow", target: "_blank" });
      const extra = [source.title && source.publisher, source.date && formatTimePoint(source.date, { locale: context.locale })].filter(Boolean);
      if (extra.length > 0) item.append(`, ${extra.join(", ")}`);
    }
  }
}

/**
 * The `datetime` of the date, only when it is known to the day or finer (`2017` as a datetime
 * would claim more than the data says): the day in the event's zone, or the UTC instant; null
 * outside the years a `datetime` value writes with four digits.
 */
function isoValue(event: TimelineEvent): string | null {
  const { start, precision, timeZone } = event.start;
  if (event.end || event.openStart || event.openEnd || comparePrecision(precision, "day") < 0) return null;
  const day = precision === "day";
  const iso = new Date(day ? epochToWall(start, timeZone) : start).toISOString();
  // A day in years 1000–9999, an instant in years 1–9999 (what the Intl date and toISOString checks allowed).
  return (day ? /^[1-9]\d{3}-/ : /^(?!0000)\d{4}-/).test(iso) ? (day ? iso.slice(0, 10) : iso) : null;
}
