/**
 * What a mounted timeline tells the page, and how: every notification is both a DOM
 * `CustomEvent` on the mounted element (`chronoline:select`, `chronoline:focus`,
 * `chronoline:zoom`, `chronoline:render`; they bubble and cross shadow roots) and a call to the
 * listeners registered with `handle.on(type, fn)`.
 */

import type { Orientation } from "../layout/types.js";
import type { TimelineEvent } from "../model/types.js";

/** `chronoline:select` — an event was chosen (click, Enter, Space) or the choice was cleared. */
export interface SelectDetail {
  /** The chosen event's id, or null when the selection was cleared (click on empty space, Esc). */
  readonly id: string | null;
  readonly event: TimelineEvent | null;
}

/** `chronoline:focus` — keyboard (or programmatic) focus moved to an event. */
export interface FocusDetail {
  readonly id: string;
  readonly event: TimelineEvent;
}

/** `chronoline:zoom` — the visible time window changed. */
export interface ZoomDetail {
  /** Visible window, epoch ms: `[start, end]`. */
  readonly start: number;
  readonly end: number;
  /** Zoom factor over the fitted view (1 = everything visible). */
  readonly k: number;
}

/** `chronoline:render` — the drawing was updated. */
export interface RenderDetail {
  /** Why: first draw, data or options changed, zoom/pan, size change. */
  readonly reason: "mount" | "update" | "options" | "zoom" | "resize";
  readonly orientation: Orientation;
  readonly width: number;
  readonly height: number;
  /** Elements inside the SVG after this render. */
  readonly elements: number;
  /** Time spent in the layout stage, ms. */
  readonly layoutMs: number;
  /** Time for layout + scene + DOM join, ms. */
  readonly totalMs: number;
  /** Events drawn with a label, and folded into clusters. */
  readonly labelled: number;
  readonly clustered: number;
}

/** Detail type of each notification. */
export interface ChronolineEventMap {
  select: SelectDetail;
  focus: FocusDetail;
  zoom: ZoomDetail;
  render: RenderDetail;
}

/** A notification name: `"select" | "focus" | "zoom" | "render"`. */
export type ChronolineEventType = keyof ChronolineEventMap;

/** A listener for `handle.on(type, fn)`. */
export type ChronolineListener<K extends ChronolineEventType> = (detail: ChronolineEventMap[K]) => void;

/** The DOM event name of a notification: `chronoline:<type>`. */
export const EVENT_PREFIX = "chronoline:";

/** Every notification name, for checking `handle.on(type, …)`. */
export const EVENT_TYPES: readonly ChronolineEventType[] = ["select", "focus", "zoom", "render"];

/** Listeners of one mounted timeline plus the element its DOM events go to. */
export interface Emitter {
  on<K extends ChronolineEventType>(type: K, fn: ChronolineListener<K>): void;
  /** Removes `fn`, or every listener of `type` when `fn` is omitted. */
  off<K extends ChronolineEventType>(type: K, fn?: ChronolineListener<K>): void;
  emit<K extends ChronolineEventType>(type: K, detail: ChronolineEventMap[K]): void;
  clear(): void;
}

/**
 * Creates the emitter of one mounted timeline. A throwing listener does not stop the others nor
 * the timeline: its error is reported to the page (`reportError`) after the others ran.
 *
 * @example
 * ```ts
 * const emitter = createEmitter(element);
 * emitter.on("zoom", ({ start, end }) => console.log(start, end));
 * element.addEventListener("chronoline:zoom", (e) => console.log(e.detail.k));
 * ```
 */
export function createEmitter(target: EventTarget): Emitter {
  const listeners = new Map<ChronolineEventType, Set<(detail: never) => void>>();
  return {
    on(type, fn) {
      let set = listeners.get(type);
      if (set === undefined) listeners.set(type, (set = new Set()));
      set.add(fn as (detail: never) => void);
    },
    off(type, fn) {
      if (fn === undefined) listeners.delete(type);
      else listeners.get(type)?.delete(fn as (detail: never) => void);
    },
    emit(type, detail) {
      dispatch(target, type, detail);
      const set = listeners.get(type);
      if (set === undefined) return;
      for (const fn of [...set]) {
        try {
          (fn as (value: unknown) => void)(detail);
        } catch (error) {
          report(error);
        }
      }
    },
    clear() {
      listeners.clear();
    },
  };
}

/**
 * Dispatches the DOM event `chronoline:<type>` on `target`, bubbling and crossing shadow roots
 * (also `<chrono-line>`'s `chronoline:error`).
 *
 * @example
 * ```ts
 * dispatch(element, "error", { error });
 * ```
 */
export function dispatch(target: EventTarget, type: string, detail: unknown): void {
  target.dispatchEvent(new CustomEvent(EVENT_PREFIX + type, { detail, bubbles: true, composed: true }));
}

function report(error: unknown): void {
  const global = globalThis as { reportError?: (error: unknown) => void };
  if (typeof global.reportError === "function") global.reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
}
