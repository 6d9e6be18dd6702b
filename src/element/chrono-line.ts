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
import { child } from "../render/details.js";
import { mount } from "../render/dom.js";
import { dispatch } from "../render/dom-events.js";
import { checkStrings } from "../render/check-option.js";
import type { MountOptions, MountStrings } from "../render/mount-options.js";
import { DEFAULT_CHROME_STRINGS } from "../render/mount-options.js";
import { DEFAULT_STRINGS } from "../render/a11y.js";
import { CHRONO_LINE_ATTRIBUTES, STICKY_OPTIONS, optionsFromAttributes } from "./attributes.js";
import { ELEMENT_CSS } from "./element-css.js";
import { errorBox } from "./error-box.js";
import type { DataParser } from "./read-data.js";
import { readElementData } from "./read-data.js";

/** The words `<chrono-line>` writes itself, beside the timeline's ({@link MountStrings}). */
export interface ElementStrings {
  /** Shown while the data loads (when there is no static drawing to show meanwhile). Default "Loading timeline…". */
  readonly loading: string;
  /** Heading of the error box. Default "This timeline could not be shown.". */
  readonly failed: string;
}

/** The English defaults of {@link ElementStrings}. */
export const DEFAULT_ELEMENT_STRINGS: ElementStrings = Object.freeze({
  loading: "Loading timeline…",
  failed: "This timeline could not be shown.",
});

/** Every default word of the element, for checking its `strings` property. */
const ALL_STRINGS: MountStrings & ElementStrings = { ...DEFAULT_STRINGS, ...DEFAULT_CHROME_STRINGS, ...DEFAULT_ELEMENT_STRINGS };
const NO_STRINGS = Object.freeze({});

/** The `<chrono-line>` element's own API, besides its attributes. */
export interface ChronoLineElement extends HTMLElement {
  /** Timeline data set from script; it wins over `src` and the element's content. Setting it re-renders. */
  data: MountData | undefined;
  /**
   * The words the element writes itself, for other languages (any subset; default English):
   * the timeline's (`mount`'s `strings`) plus `loading` and `failed`. Set it from script, like
   * `data`; a bad entry shows the error box naming it.
   *
   * @example
   * ```ts
   * document.querySelector("chrono-line").strings = { zoomIn: "Vergrößern", loading: "Zeitleiste wird geladen…" };
   * ```
   */
  strings: Partial<MountStrings & ElementStrings> | undefined;
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
    static observedAttributes: readonly string[] = CHRONO_LINE_ATTRIBUTES;

    readonly #frame: HTMLDivElement;
    /** Shows the element's own content (a static SVG, fallback markup) until a timeline replaces it. */
    readonly #slot: HTMLSlotElement;
    #handle: MountHandle | undefined;
    /** The mount options in force, to notice attributes that were removed. */
    #applied: MountOptions = {};
    #data: MountData | undefined;
    #strings: Partial<MountStrings & ElementStrings> | undefined;
    /** The timeline's share of #strings (checked), and the #strings it was taken from. */
    #words: Partial<MountStrings> = NO_STRINGS;
    #wordsOf: ChronoLineElement["strings"] | null = null;
    #error: unknown;
    #scheduled = false;
    /** Aborted by the next render and on disconnect, so a late `src` response is dropped. */
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
      this.#frame = child(root, "div", "frame");
      this.#frame.setAttribute("part", "timeline");
      this.#slot = child(this.#frame, "slot", "");
      // The drawing is a part too (`::part(drawing)`); a hydrating render drops attributes it
      // did not write, so the part is put back after every render.
      this.#frame.addEventListener("chronoline:render", () => this.#frame.querySelector("svg.chronoline")?.setAttribute("part", "drawing"));
      // `data` or `strings` set by a page or framework before this script defined the element
      // is an own property hiding the accessor: take it over.
      const own = this as { data?: MountData; strings?: ChronoLineElement["strings"] };
      if (Object.hasOwn(this, "data")) {
        this.#data = own.data;
        delete own.data;
      }
      if (Object.hasOwn(this, "strings")) {
        this.#strings = own.strings;
        delete own.strings;
      }
    }

    get data(): MountData | undefined {
      return this.#data;
    }

    set data(value: MountData | undefined) {
      this.#data = value;
      this.reload();
    }

    get strings(): ChronoLineElement["strings"] {
      return this.#strings;
    }

    set strings(value: ChronoLineElement["strings"]) {
      this.#strings = value;
      // Words alone need no new data: a live timeline takes them as options.
      if (this.#handle) this.#apply();
      else this.reload();
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
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => this.#start(), { once: true });
      else this.#start();
    }

    disconnectedCallback(): void {
      this.#abort?.abort();
      this.#observer?.disconnect();
      this.#observer = undefined;
      this.#show(this.#slot);
    }

    attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
      if (oldValue === newValue || !this.#observer) return;
      if (name === "src" || name === "format" || !this.#handle) this.#schedule();
      else this.#apply();
    }

    #start(): void {
      if (!this.isConnected || this.#observer) return;
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

    async #render(): Promise<void> {
      this.#abort?.abort();
      const { signal } = (this.#abort = new AbortController());
      try {
        const { mount, format } = this.#options();
        const input = this.#data ?? (await readElementData(this, { ...mount, format, parse, signal, onLoading: () => this.#showLoading() }));
        if (signal.aborted || !this.isConnected) return;
        if (input) this.#apply(mount, input);
        else if (this.#hasFallback()) this.#show(this.#slot);
        else {
          throw new ChronolineError(
            "invalid-input",
            'no timeline data: add src="events.json", a <script type="application/json"> child, or format="text" and the timeline as text',
          );
        }
      } catch (error) {
        if (!signal.aborted) this.#showError(error);
      }
    }

    /**
     * Applies the attributes' options (default: read them now) and new data to the live timeline,
     * or mounts afresh (with data) or schedules that (without) when an option that setOptions
     * cannot take back was removed.
     */
    #apply(options?: MountOptions, input?: MountData): void {
      try {
        options ??= this.#options().mount;
        if (this.#handle && !this.#remount && !STICKY_OPTIONS.some((key) => this.#applied[key] !== undefined && options![key] === undefined)) {
          // New data with the same attributes is one render (update), not two.
          if (!sameOptions(options, this.#applied)) this.#handle.setOptions(options);
          if (input) this.#handle.update(input);
        } else if (!input) return this.#schedule(true);
        else {
          this.#remount = false;
          // Hydration: the server-rendered drawing moves into the frame and mount takes it over
          // (the render event then marks it as a part).
          const drawing = this.querySelector(":scope > svg.chronoline");
          this.#show(...(drawing ? [drawing] : []));
          this.#observer?.takeRecords(); // that move is ours, not the author's
          this.#handle = mount(this.#frame, input, options);
        }
        this.#applied = options;
        this.#error = undefined;
      } catch (error) {
        this.#showError(error);
      }
    }

    /** The attributes' options and the `strings` property's timeline words (checked: a bad one throws). */
    #options(): ReturnType<typeof optionsFromAttributes> {
      const options = optionsFromAttributes(this);
      // Always passed (empty for none), so that taking the property away restores the defaults;
      // the same object until the property changes, so unchanged options compare equal.
      if (this.#wordsOf !== this.#strings) {
        const words: ChronoLineElement["strings"] = this.#strings === undefined ? NO_STRINGS : checkStrings(this.#strings, ALL_STRINGS);
        const { loading, failed, ...timelineWords } = words;
        this.#words = timelineWords;
        this.#wordsOf = this.#strings;
      }
      return { ...options, mount: { ...options.mount, strings: this.#words } };
    }

    /** The element's own words, when the `strings` property gives valid ones. */
    #word(key: keyof ElementStrings): string {
      const word = this.#strings?.[key];
      return typeof word === "string" ? word : DEFAULT_ELEMENT_STRINGS[key];
    }

    /** Whether the author put something to show in the element (a static SVG, fallback markup). */
    #hasFallback(): boolean {
      return [...this.children].some((child) => child.localName !== "script");
    }

    /** Drops the live timeline and shows `nodes` in its place. */
    #show(...nodes: Node[]): void {
      this.#handle?.destroy();
      this.#handle = undefined;
      this.#frame.replaceChildren(...nodes);
    }

    #showLoading(): void {
      // A static drawing or fallback content is better to look at than "Loading…".
      if (this.#handle || this.#hasFallback()) return;
      this.#show();
      child(this.#frame, "p", "loading", this.#word("loading")).setAttribute("role", "status");
    }

    #showError(error: unknown): void {
      this.#show();
      this.#error = error;
      errorBox(this.#frame, error, this.#word("failed"));
      dispatch(this, "error", { error });
    }
  };
}

/** Whether two sets of mount options hold the same values (attribute values, and the same strings object). */
function sameOptions(a: MountOptions, b: MountOptions): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof MountOptions)[]);
  return [...keys].every((key) => a[key] === b[key]);
}
