/**
 * Pointer gestures of the interactive timeline: wheel and trackpad zoom/pan, drag to pan, pinch
 * with two pointers, double-click to zoom in (Shift: out), and taps. Written on Pointer Events
 * instead of d3-zoom, which would bring d3-transition, d3-interpolate and d3-drag (about 14 KB
 * min+gzip) for the same maths; the zoom constraints live in `dom-zoom.ts`.
 *
 * Positions are reported along the time axis, in the drawing's pixels.
 */

/** What the gestures ask the timeline to do. Each returns whether the view changed. */
export interface GestureTarget {
  /** Which client axis time runs along. */
  axis(): "x" | "y";
  /** Zoom by `factor` (> 1 = in) about time-axis pixel `at`. */
  zoom(factor: number, at: number): boolean;
  /** Move the content by `pixels` along the time axis (positive = content moves right/down). */
  pan(pixels: number): boolean;
  /** A gesture (drag, pinch, wheel burst) started or ended: the timeline may throttle meanwhile. */
  active(on: boolean): void;
  /** A press and release without movement on `target`. */
  tap(target: Element, event: PointerEvent): void;
}

/**
 * Per wheel `deltaMode` (pixels, lines, pages): zoom exponent per unit, as d3-zoom's (a notch of
 * ≈100 px zooms by 2^0.2; pinch-on-trackpad, ctrlKey, is 10× finer grained), and pixels per unit
 * when panning.
 */
const WHEEL_UNITS = [
  [0.002, 1],
  [0.05, 20],
  [1, 400],
] as const;
const TAP_SLOP = 4;
const WHEEL_REST_MS = 160;

/**
 * A drawing on screen: its client box, and CSS px per drawing px across (`width`) and down
 * (`height`); 1 where the SVG has no viewBox or no size.
 *
 * @example
 * ```ts
 * onScreen(svg).width; // 0.5 when a 1200-wide viewBox shows 600 px wide
 * ```
 */
export function onScreen(svg: SVGSVGElement): { box: DOMRect; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const view = svg.viewBox?.baseVal;
  const per = (length: "width" | "height") => (view && view[length] > 0 && box[length] > 0 ? box[length] / view[length] : 1);
  return { box, width: per("width"), height: per("height") };
}

/**
 * Listens for gestures on `surface` and reports them to `target` until `signal` aborts (which
 * removes every listener).
 *
 * @example
 * ```ts
 * const listening = new AbortController();
 * attachGestures(svg, { axis: () => "x", zoom, pan, active, tap }, listening.signal);
 * listening.abort(); // on destroy
 * ```
 */
export function attachGestures(surface: SVGSVGElement, target: GestureTarget, signal: AbortSignal): void {
  const pointers = new Map<number, { x: number; y: number }>();
  let moved = false;
  let downTarget: Element | null = null;
  let downAt = { x: 0, y: 0 };
  let wheelTimer: ReturnType<typeof setTimeout> | undefined;
  let wheeling = false;
  let reported = false;
  // Wheel bursts and pointer gestures overlap (a drag right after a wheel zoom): report one
  // gesture while either is going on.
  const report = () => {
    const on = wheeling || pointers.size > 0;
    if (on !== reported) {
      reported = on;
      target.active(on);
    }
  };

  const along = (p: { x: number; y: number }) => (target.axis() === "x" ? p.x : p.y);
  // Client px → drawing px: the SVG may be scaled by CSS (viewBox vs. its box on the page).
  const local = ({ clientX, clientY }: MouseEvent) => {
    const { box, width, height } = onScreen(surface);
    return { x: (clientX - box.left) / width, y: (clientY - box.top) / height };
  };

  function onWheel(event: WheelEvent): void {
    const [zoomUnit, panUnit] = WHEEL_UNITS[event.deltaMode] ?? WHEEL_UNITS[0];
    const { deltaX, deltaY, ctrlKey } = event;
    // A sideways trackpad swipe pans along time in horizontal (vertical timelines pan on
    // shift+wheel); shift+wheel pans; any other wheel zooms.
    const changed =
      Math.abs(deltaX) > Math.abs(deltaY) && !ctrlKey
        ? target.axis() === "x" && target.pan(-deltaX * panUnit)
        : event.shiftKey && !ctrlKey
          ? target.pan(-deltaY * panUnit)
          : target.zoom(2 ** (-deltaY * zoomUnit * (ctrlKey ? 10 : 1)), along(local(event)));
    // At a bound nothing changes: let the page scroll instead of swallowing the wheel.
    if (!changed) return;
    event.preventDefault();
    wheeling = true;
    report();
    clearTimeout(wheelTimer);
    wheelTimer = setTimeout(() => {
      wheeling = false;
      report();
    }, WHEEL_REST_MS);
  }

  function onPointerDown(event: PointerEvent): void {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    // Controls and links inside the drawing keep their own behaviour. (Pointer events target elements.)
    const on = event.target as Element;
    if (on.closest("a")) return;
    pointers.set(event.pointerId, local(event));
    if (pointers.size === 1) {
      moved = false;
      downTarget = on;
      downAt = { x: event.clientX, y: event.clientY };
    } else moved = true; // a second finger: never a tap
    report();
    try {
      surface.setPointerCapture(event.pointerId);
    } catch {
      // Synthetic events in tests have no active pointer to capture: harmless.
    }
  }

  function onPointerMove(event: PointerEvent): void {
    const previous = pointers.get(event.pointerId);
    if (previous === undefined) return;
    const now = local(event);
    if (!moved && Math.hypot(event.clientX - downAt.x, event.clientY - downAt.y) < TAP_SLOP) return;
    moved = true;
    // With two pointers (pinch), the other stays where it was last seen: pan by the midpoint's
    // move and zoom about it by the change of distance. With one, pan by its move.
    let other: { x: number; y: number } | undefined;
    for (const [id, p] of pointers) if (id !== event.pointerId) other = p;
    pointers.set(event.pointerId, now);
    const mid = (p: { x: number; y: number }) => (other ? (along(p) + along(other)) / 2 : along(p));
    target.pan(mid(now) - mid(previous));
    if (other) {
      const before = Math.hypot(previous.x - other.x, previous.y - other.y);
      const after = Math.hypot(now.x - other.x, now.y - other.y);
      if (before > 0 && after > 0) target.zoom(after / before, mid(now));
    }
    event.preventDefault();
  }

  function onPointerUp(event: PointerEvent): void {
    if (!pointers.delete(event.pointerId)) return;
    report();
    if (pointers.size > 0) return;
    if (!moved && downTarget !== null && event.type === "pointerup") target.tap(downTarget, event);
    downTarget = null;
  }

  function onDoubleClick(event: MouseEvent): void {
    const p = along(local(event));
    if (target.zoom(event.shiftKey ? 0.5 : 2, p)) event.preventDefault();
  }

  // Not passive (the default for all but wheel): the handlers call preventDefault.
  const options = { passive: false, signal };
  const listen = <K extends keyof GlobalEventHandlersEventMap>(type: K, fn: (event: GlobalEventHandlersEventMap[K]) => void) =>
    surface.addEventListener(type, fn as EventListener, options);
  listen("wheel", onWheel);
  listen("pointerdown", onPointerDown);
  listen("pointermove", onPointerMove);
  listen("pointerup", onPointerUp);
  listen("pointercancel", onPointerUp);
  listen("dblclick", onDoubleClick);
  signal.addEventListener("abort", () => clearTimeout(wheelTimer));
}
