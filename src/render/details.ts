/**
 * The details popover of the interactive timeline: title, the date in words (at its precision),
 * description, quote with speaker and sources as safe links. User text reaches the DOM only as
 * text nodes (`textContent`), and every link passes the URL allow-list again.
 */

import { formatTimePoint } from "../model/format-date.js";
import type { TimelineEvent } from "../model/types.js";
import { eventDateWords } from "./a11y.js";
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
  const below = anchor.top + anchor.height + margin;
  const above = anchor.top - margin - size.height;
  const bottomLimit = bounds.top + bounds.height - margin;
  let side: Placement["side"] = "below";
  let top = below;
  if (below + size.height > bottomLimit) {
    if (above >= bounds.top + margin) {
      side = "above";
      top = above;
    } else {
      // Fits nowhere whole: take the roomier side and clamp, so at least its top shows.
      const roomBelow = bottomLimit - below;
      const roomAbove = anchor.top - margin - (bounds.top + margin);
      side = roomAbove > roomBelow ? "above" : "below";
      top = side === "above" ? bounds.top + margin : below;
      top = Math.max(bounds.top + margin, Math.min(top, bottomLimit - size.height));
    }
  }
  const centre = anchor.left + anchor.width / 2 - size.width / 2;
  const maxLeft = bounds.left + bounds.width - margin - size.width;
  const left = Math.max(bounds.left + margin, Math.min(centre, maxLeft));
  return { left, top, side };
}

/** What {@link fillDetails} needs besides the event. */
export interface DetailsContext {
  /** BCP-47 locale of the date text. */
  readonly locale: string;
  /** Show a close button (the popover was opened on purpose: click, Enter, Space). */
  readonly pinned: boolean;
  /** Called when the close button is pressed. */
  readonly onClose?: () => void;
}

function child<K extends keyof HTMLElementTagNameMap>(
  parent: Element,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = parent.ownerDocument.createElement(tag);
  element.className = className;
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
  const header = child(popover, "div", "chronoline-details-header");
  child(header, "strong", "chronoline-details-title", event.title);
  if (context.pinned) {
    const close = child(header, "button", "chronoline-details-close", "×");
    close.type = "button";
    close.setAttribute("aria-label", "Close details");
    const onClose = context.onClose;
    if (onClose) close.addEventListener("click", () => onClose());
  }
  const date = child(popover, "p", "chronoline-details-date");
  const time = child(date, "time", "", eventDateWords(event, context.locale));
  // A machine-readable value only when the date is known to the day or finer; "2017" as a
  // datetime would claim more than the data says, so coarser dates keep the year only.
  const iso = isoValue(event);
  if (iso !== null) time.dateTime = iso;
  if (event.start.approximate || event.end?.approximate) time.title = "Approximate date";
  if (event.description) child(popover, "p", "chronoline-details-description", event.description);
  if (event.quote) {
    const figure = child(popover, "figure", "chronoline-details-quote");
    child(figure, "blockquote", "", event.quote.text);
    if (event.quote.speaker) child(figure, "figcaption", "", `— ${event.quote.speaker}`);
  }
  const sources = event.sources.filter((s) => s.url || s.title || s.publisher);
  if (sources.length > 0) {
    const list = child(popover, "ul", "chronoline-details-sources");
    list.setAttribute("aria-label", "Sources");
    for (const source of sources) {
      const item = child(list, "li", "");
      const name = source.title ?? source.publisher ?? source.url ?? "";
      const url = source.url === undefined ? null : safeUrl(source.url);
      if (url !== null) {
        const link = child(item, "a", "", name);
        link.href = url;
        link.rel = "noopener noreferrer nofollow";
        link.target = "_blank";
      } else child(item, "span", "", name);
      const extra: string[] = [];
      if (source.title && source.publisher) extra.push(source.publisher);
      if (source.date) extra.push(formatTimePoint(source.date, { locale: context.locale }));
      if (extra.length > 0) item.appendChild(popover.ownerDocument.createTextNode(`, ${extra.join(", ")}`));
    }
  }
}

const DAY_OR_FINER = new Set(["day", "hour", "minute", "second", "millisecond"]);

function isoValue(event: TimelineEvent): string | null {
  if (event.end || event.openStart || event.openEnd) return null;
  const point = event.start;
  if (!DAY_OR_FINER.has(point.precision)) return null;
  const date = new Date(point.start);
  if (!Number.isFinite(date.getTime())) return null;
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  return point.precision === "day" ? dayInZone(point.start, point.timeZone) : date.toISOString();
}

function dayInZone(ms: number, timeZone: string): string | null {
  try {
    const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(ms);
    return /^\d{4}-\d{2}-\d{2}$/.test(parts) ? parts : null;
  } catch {
    return null;
  }
}
