/**
 * The `<chrono-line>` custom element: a timeline from one script tag.
 *
 * Data comes from, in order of preference: the `data` property; a `src` URL (JSON, CSV,
 * TimelineJS JSON or the text syntax, detected from the content and the file name); a child
 * `<script type="application/json">` (our JSON or TimelineJS) or `<script type="text/plain">`
 * (any format, `format` attribute or detection); or, with `format="text"`, the element's own text.
 * A static `<svg>` child (what the CLI or `toSVGString` wrote) is shown at once and taken over
 * (hydrated) when the data is ready; without data it simply stays as the static picture.
 *
 * Bad data never leaves a blank box: the element shows a readable message (`part="error"`,
 * `role="alert"`) naming the event and field, and dispatches `chronoline:error`.
 *
 * Works under a strict Content Security Policy: no inline script runs (data scripts are only
 * read as text), styles go through a constructed stylesheet, nothing is evaluated.
 */
import { ChronolineError } from "../errors.js";
import { parseEvents } from "../formats/parse-events.js";
import type { Format } from "../formats/types.js";
import type { TimelineInput } from "../model/types.js";
import type { MountHandle, MountOptions } from "../render/dom.js";
import { mount } from "../render/dom.js";

/** Attributes the element reacts to. */
export const CHRONO_LINE_ATTRIBUTES = Object.freeze([
  "src",
  "format",
  "orientation",
  "theme",
  "height",
  "reference-date",
  "time-zone",
  "gaps",
  "locale",
  "vertical-below",
] as const);

const FORMATS: readonly string[] = ["json", "csv", "timelinejs", "text"];

const ELEMENT_CSS = `
:host { display: block; position: relative; min-height: 120px; color: var(--chronoline-text, inherit); }
:host([hidden]) { display: none; }
.frame { position: relative; width: 100%; height: 100%; }
.error {
  box-sizing: border-box; margin: 0; padding: 12px 14px; border-radius: 6px;
  border: 1px solid var(--chronoline-error-border, #b42318);
  background: var(--chronoline-error-bg, #fff4f2); color: var(--chronoline-error-text, #7a1b10);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.error strong { display: block; margin-bottom: 4px; }
.loading { font: 13px system-ui, sans-serif; color: var(--chronoline-muted, #666); padding: 8px 0; }
`;

/** Reads the options the attributes describe; attributes left out fall back to mount's defaults. */
export function optionsFromAttributes(element: Element): MountOptions & { format?: Format } {
  const options: MountOptions & { format?: Format } = {};
  const attr = (name: string) => {
    const value = element.getAttribute(name);
    return value === null || value.trim() === "" ? undefined : value.trim();
  };
  const orientation = attr("orientation");
  if (orientation === "horizontal" || orientation === "vertical") options.orientation = orientation;
  else if (orientation !== undefined && orientation !== "auto") {
    throw new ChronolineError("invalid-option", `orientation="${orientation}" must be horizontal, vertical or auto`, {
      field: "orientation",
      input: orientation,
    });
  }
  const theme = attr("theme");
  if (theme === "light" || theme === "dark" || theme === "auto") options.theme = theme;
  else if (theme !== undefined) {
    throw new ChronolineError("invalid-option", `theme="${theme}" must be light, dark or auto`, { field: "theme", input: theme });
  }
  const height = attr("height");
  if (height !== undefined) options.height = positiveNumber("height", height);
  const verticalBelow = attr("vertical-below");
  if (verticalBelow !== undefined) options.verticalBelow = positiveNumber("vertical-below", verticalBelow, true);
  const gaps = attr("gaps");
  if (gaps === "auto" || gaps === "none") options.gaps = gaps;
  else if (gaps !== undefined) {
    throw new ChronolineError("invalid-option", `gaps="${gaps}" must be auto or none`, { field: "gaps", input: gaps });
  }
  const locale = attr("locale");
  if (locale !== undefined) options.locale = locale;
  const referenceDate = attr("reference-date");
  if (referenceDate !== undefined) options.referenceDate = referenceDate;
  const timeZone = attr("time-zone");
  if (timeZone !== undefined) options.timeZone = timeZone;
  const format = attr("format");
  if (format !== undefined) {
    if (!FORMATS.includes(format)) {
      throw new ChronolineError("invalid-option", `format="${format}" must be one of ${FORMATS.join(", ")}`, {
        field: "format",
        input: format,
      });
    }
    options.format = format as Format;
  }
  return options;
}

function positiveNumber(name: string, value: string, allowZero = false): number {
  const n = Number(value.replace(/px$/, ""));
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) {
    throw new ChronolineError("invalid-option", `${name}="${value}" must be a positive number of pixels`, {
      field: name,
      input: value,
    });
  }
  return n;
}

/**
 * Defines the element class. A function rather than a top-level class so that importing this
 * module in Node (where `HTMLElement` does not exist) is harmless.
 */
export function createChronoLineClass(): CustomElementConstructor {
  return class ChronoLineElement extends HTMLElement {
    static get observedAttributes(): readonly string[] {
      return CHRONO_LINE_ATTRIBUTES;
    }

    readonly #root: ShadowRoot;
    readonly #frame: HTMLDivElement;
    #handle: MountHandle | undefined;
    #data: TimelineInput | undefined;
    #token = 0;
    #scheduled = false;

    constructor() {
      super();
      this.#root = this.attachShadow({ mode: "open" });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(ELEMENT_CSS);
      this.#root.adoptedStyleSheets = [sheet];
      this.#frame = document.createElement("div");
      this.#frame.className = "frame";
      this.#frame.setAttribute("part", "timeline");
      this.#root.append(this.#frame);
    }

    /** The timeline input set from script; setting it re-renders (it wins over `src` and children). */
    get data(): TimelineInput | undefined {
      return this.#data;
    }

    set data(value: TimelineInput | undefined) {
      this.#data = value;
      this.#schedule();
    }

    /** The live timeline handle (zoomTo, focus, on/off…), once rendered. */
    get timeline(): MountHandle | undefined {
      return this.#handle;
    }

    connectedCallback(): void {
      // Children of an element parsed after the script are not there yet while the document loads.
      if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", () => this.#schedule(), { once: true });
      } else {
        this.#schedule();
      }
    }

    disconnectedCallback(): void {
      this.#token++;
      this.#handle?.destroy();
      this.#handle = undefined;
    }

    attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
      if (oldValue === newValue || !this.isConnected) return;
      if (name === "src" || name === "format" || !this.#handle) {
        this.#schedule();
        return;
      }
      try {
        const { format: _format, ...options } = optionsFromAttributes(this);
        this.#handle.setOptions(options);
      } catch (error) {
        this.#showError(error);
      }
    }

    #schedule(): void {
      if (this.#scheduled) return;
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        void this.#render();
      });
    }

    async #render(): Promise<void> {
      const token = ++this.#token;
      let input: TimelineInput | undefined;
      let options: MountOptions & { format?: Format };
      try {
        options = optionsFromAttributes(this);
        input = await this.#readInput(options.format);
      } catch (error) {
        if (token === this.#token) this.#showError(error);
        return;
      }
      if (token !== this.#token || !this.isConnected) return;
      const staticSvg = this.querySelector(":scope > svg");
      if (!input) {
        // Progressive enhancement: a static SVG without data stays as it is.
        if (staticSvg) this.#frame.replaceChildren(staticSvg);
        return;
      }
      const { format: _format, ...mountOptions } = options;
      try {
        if (this.#handle) {
          this.#handle.setOptions(mountOptions);
          this.#handle.update(input);
        } else {
          this.#frame.replaceChildren(...(staticSvg ? [staticSvg] : []));
          this.#handle = mount(this.#frame, input, mountOptions);
        }
      } catch (error) {
        this.#showError(error);
      }
    }

    async #readInput(format: Format | undefined): Promise<TimelineInput | undefined> {
      if (this.#data) return this.#data;
      const src = this.getAttribute("src");
      if (src) {
        this.#showLoading();
        const response = await fetch(src, { credentials: "same-origin" });
        if (!response.ok) {
          throw new ChronolineError("invalid-input", `could not load ${src}: HTTP ${response.status}`, { input: src });
        }
        return parseEvents(await response.text(), { ...(format ? { format } : {}), filename: src });
      }
      const script = this.querySelector(
        ':scope > script[type="application/json"], :scope > script[type="text/plain"], :scope > script[type="text/chronoline"]',
      );
      if (script) {
        const text = script.textContent ?? "";
        const json = script.getAttribute("type") === "application/json";
        return parseEvents(text, format ? { format } : json ? { filename: "data.json" } : {});
      }
      if (format === "text") {
        let text = "";
        for (const node of Array.from(this.childNodes)) {
          if (node.nodeType === 3) text += node.textContent ?? "";
        }
        // The text is the author's timeline: hide the raw source now that it is read.
        return parseEvents(dedent(text), { format: "text" });
      }
      return undefined;
    }

    #showLoading(): void {
      if (this.#handle) return;
      const loading = document.createElement("p");
      loading.className = "loading";
      loading.textContent = "Loading timeline…";
      this.#frame.replaceChildren(loading);
    }

    #showError(error: unknown): void {
      this.#handle?.destroy();
      this.#handle = undefined;
      const box = document.createElement("div");
      box.className = "error";
      box.setAttribute("part", "error");
      box.setAttribute("role", "alert");
      const heading = document.createElement("strong");
      heading.textContent = "This timeline could not be shown.";
      const detail = document.createElement("span");
      detail.textContent =
        error instanceof ChronolineError ? error.message : error instanceof Error ? error.message : String(error);
      box.append(heading, detail);
      this.#frame.replaceChildren(box);
      this.dispatchEvent(new CustomEvent("chronoline:error", { detail: { error }, bubbles: true, composed: true }));
    }
  };
}


function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && lines[0]!.trim() === "") lines.shift();
  while (lines.length && lines[lines.length - 1]!.trim() === "") lines.pop();
  const indents = lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n");
}
