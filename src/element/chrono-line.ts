/**
 * The `<chrono-line>` custom element: a timeline from one script tag.
 *
 *   attributes ─optionsFromAttributes─▶ mount options ─┐
 *   data / src / <script> / text ─readElementData─▶ raw input ─┴─mount(frame)─▶ live timeline
 *                                       (any failure) ─────────────────────────▶ error box
 *
 * Data comes from, in order of preference: the `data` property; a `src` URL (JSON, CSV,
 * TimelineJS JSON or the text syntax, detected from the content and the file name); a child
 * `<script type="application/json">` or `<script type="text/plain">`; or, with a `format`
 * attribute, a child `<pre>` or the element's own text. Changing an attribute, the data
 * property or the element's content re-renders.
 *
 * A static `<svg class="chronoline">` child (what the CLI or `toSVGString` wrote) stays visible
 * until the data is ready and is then taken over (hydrated) — the same element, never an empty
 * box in between; without data it simply stays as the static picture.
 *
 * Bad data never leaves a blank box: the element shows a readable message (`part="error"`,
 * `role="alert"`) naming the event and field, and dispatches `chronoline:error`.
 *
 * Works under a strict Content Security Policy: data scripts are only read as text, the
 * element's styles are a constructed style sheet, nothing is evaluated.
 */
import { ChronolineError } from "../errors.js";
import type { MountData, MountHandle } from "../render/dom.js";
import { mount } from "../render/dom.js";
import type { MountOptions } from "../render/mount-options.js";
import { CHRONO_LINE_ATTRIBUTES, STICKY_OPTIONS, optionsFromAttributes } from "./attributes.js";
import { ELEMENT_CSS } from "./element-css.js";
import { errorBox } from "./error-box.js";
import type { DataParser } from "./read-data.js";
import { DATA_SCRIPT, readElementData } from "./read-data.js";

/** The `<chrono-line>` element's own API, besides its attributes. */
export interface ChronoLineElement extends HTMLElement {
  /** Timeline data set from script; it wins over `src` and the element's content. Setting it re-renders. */
  data: MountData | undefined;
  /** The live timeline (zoomTo, focus, on/off…), once rendered; undefined before or after an error. */
  readonly timeline: MountHandle | undefined;
  /** The error shown instead of the timeline, if any. */
  readonly error: unknown;
  /** Reads the data again (e.g. after the file behind `src` changed). */
  reload(): void;
}

/**
 * Creates the element class. A function rather than a top-level class so that importing this
 * module in Node (where `HTMLElement` does not exist) is harmless.
 *
 * @example
 * ```ts
 * customElements.define("chrono-line", createChronoLineClass(parseEvents));
 * ```
 */
export function createChronoLineClass(parse: DataParser): { new (): ChronoLineElement; readonly observedAttributes: readonly string[] } {
  return class extends HTMLElement implements ChronoLineElement {
    static get observedAttributes(): readonly string[] {
      return CHRONO_LINE_ATTRIBUTES;
    }

    readonly #frame: HTMLDivElement;
    /** Shows the element's own content (a static SVG, fallback markup) until a timeline replaces it. */
    readonly #slot: HTMLSlotElement;
    #handle: MountHandle | undefined;
    /** The mount options in force, to notice attributes that were removed. */
    #applied: MountOptions = {};
    #data: MountData | undefined;
    #error: unknown;
    /** Increases with every render and disconnect, so a late `src` response is dropped. */
    #token = 0;
    #scheduled = false;
    #abort: AbortController | undefined;
    #observer: MutationObserver | undefined;
    /** The next render mounts afresh instead of updating (an option was taken away). */
    #remount = false;

    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(ELEMENT_CSS);
      root.adoptedStyleSheets = [sheet];
      this.#frame = document.createElement("div");
      this.#frame.className = "frame";
      this.#frame.setAttribute("part", "timeline");
      this.#slot = document.createElement("slot");
      this.#frame.append(this.#slot);
      root.append(this.#frame);
      // The drawing is a part too (`::part(drawing)`); a hydrating render drops attributes it
      // did not write, so the part is put back after every render.
      this.#frame.addEventListener("chronoline:render", () => this.#markDrawing());
      // `data` set by a page or framework before this script defined the element is an own
      // property hiding the accessor: take it over.
      if (Object.prototype.hasOwnProperty.call(this, "data")) {
        const early = (this as { data?: MountData }).data;
        delete (this as { data?: MountData }).data;
        this.#data = early;
      }
    }

    get data(): MountData | undefined {
      return this.#data;
    }

    set data(value: MountData | undefined) {
      this.#data = value;
      if (this.isConnected) this.#schedule();
    }

    get timeline(): MountHandle | undefined {
      return this.#handle;
    }

    get error(): unknown {
      return this.#error;
    }

    reload(): void {
      if (this.isConnected) this.#schedule();
    }

    connectedCallback(): void {
      // When the script runs before the parser reaches the element's children, wait for them.
      if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", () => this.#start(), { once: true });
      } else {
        this.#start();
      }
    }

    disconnectedCallback(): void {
      this.#token++;
      this.#abort?.abort();
      this.#observer?.disconnect();
      this.#observer = undefined;
      this.#destroy();
      this.#frame.replaceChildren(this.#slot);
    }

    attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
      if (oldValue === newValue || this.#observer === undefined) return;
      if (name === "src" || name === "format" || this.#handle === undefined) {
        this.#schedule();
        return;
      }
      try {
        const { mount: options } = optionsFromAttributes(this);
        if (this.#lostSticky(options)) {
          this.#schedule(true);
          return;
        }
        this.#handle.setOptions(options);
        this.#applied = options;
      } catch (error) {
        this.#showError(error);
      }
    }

    #start(): void {
      if (!this.isConnected || this.#observer !== undefined) return;
      // Content changed by a script or a framework re-renders, like an attribute change.
      this.#observer = new MutationObserver(() => this.#schedule());
      this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
      this.#schedule();
    }

    #schedule(remount = false): void {
      this.#remount ||= remount;
      if (this.#scheduled) return;
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        void this.#render();
      });
    }

    /** Whether an option that setOptions cannot take back (height, locale…) was removed. */
    #lostSticky(options: MountOptions): boolean {
      return STICKY_OPTIONS.some((key) => this.#applied[key] !== undefined && options[key] === undefined);
    }

    async #render(): Promise<void> {
      const token = ++this.#token;
      this.#abort?.abort();
      const abort = (this.#abort = new AbortController());
      let options: ReturnType<typeof optionsFromAttributes>;
      let input: MountData | undefined;
      try {
        options = optionsFromAttributes(this);
        input =
          this.#data ??
          (await readElementData(this, {
            parse,
            format: options.format,
            timeZone: options.mount.timeZone,
            referenceDate: options.mount.referenceDate,
            signal: abort.signal,
            onLoading: () => this.#showLoading(),
          }));
      } catch (error) {
        if (token === this.#token && !abort.signal.aborted) this.#showError(error);
        return;
      }
      if (token !== this.#token || !this.isConnected) return;
      if (input === undefined) {
        this.#destroy();
        if (this.#hasFallback()) this.#frame.replaceChildren(this.#slot);
        else this.#showError(noData());
        return;
      }
      try {
        if (this.#handle !== undefined && !this.#remount && !this.#lostSticky(options.mount)) {
          this.#handle.setOptions(options.mount);
          this.#handle.update(input);
        } else {
          this.#destroy();
          this.#remount = false;
          // Hydration: the server-rendered drawing moves into the frame and mount takes it over.
          const drawing = this.querySelector(":scope > svg.chronoline");
          this.#frame.replaceChildren(...(drawing !== null ? [drawing] : []));
          this.#observer?.takeRecords(); // that move is ours, not the author's
          this.#handle = mount(this.#frame, input, options.mount);
          this.#markDrawing();
        }
        this.#applied = options.mount;
        this.#error = undefined;
      } catch (error) {
        this.#showError(error);
      }
    }

    /** Whether the author put something to show in the element (a static SVG, fallback markup). */
    #hasFallback(): boolean {
      for (const child of Array.from(this.children)) if (!child.matches(DATA_SCRIPT) && child.localName !== "script") return true;
      return false;
    }

    #markDrawing(): void {
      const svg = this.#frame.querySelector("svg.chronoline");
      if (svg !== null && svg.getAttribute("part") !== "drawing") svg.setAttribute("part", "drawing");
    }

    #showLoading(): void {
      // A static drawing or fallback content is better to look at than "Loading…".
      if (this.#handle !== undefined || this.#hasFallback()) return;
      const loading = document.createElement("p");
      loading.className = "loading";
      loading.setAttribute("role", "status");
      loading.textContent = "Loading timeline…";
      this.#frame.replaceChildren(loading);
    }

    #destroy(): void {
      this.#handle?.destroy();
      this.#handle = undefined;
    }

    #showError(error: unknown): void {
      this.#destroy();
      this.#error = error;
      this.#frame.replaceChildren(errorBox(document, error));
      this.dispatchEvent(new CustomEvent("chronoline:error", { detail: { error }, bubbles: true, composed: true }));
    }
  };
}

function noData(): ChronolineError {
  return new ChronolineError(
    "invalid-input",
    'no timeline data: give <chrono-line> a src="events.json" attribute, a <script type="application/json"> child, or a format="text" attribute and the timeline as its text',
  );
}
