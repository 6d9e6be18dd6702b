import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toSVGString } from "../../src/render/to-svg-string.js";
import { ARTIFACTS, launch, seed } from "../browser/harness.js";
import {
  STRICT_CSP,
  drawnIds,
  escapeHtml,
  failed,
  newPage,
  openHtml,
  pageHtml,
  reportOf,
  rendered,
  rendersOf,
  requireBuild,
  seedText,
  serveProject,
} from "./support.js";

const SEED_IDS = seed().events.map((e) => e.id);
const inline = (id: string, json: string, attributes = "") =>
  `<chrono-line id="${id}" ${attributes}><script type="application/json">${json}</script></chrono-line>`;

// The built one-script bundle in Debian's Chromium, pages served by scripts/serve.mjs.
describe.skipIf(process.env.CHRONOLINE_BROWSER === "skip")("<chrono-line> in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveProject>>;
  const pages: Page[] = [];

  beforeAll(async () => {
    requireBuild();
    server = await serveProject();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(body: string, options: { csp?: string; width?: number; head?: string; formats?: boolean } = {}): Promise<Page> {
    const page = await newPage(browser, { width: options.width ?? 1000 });
    pages.push(page);
    await openHtml(page, server.origin, pageHtml(body, options.head, options.formats ?? true), options.csp ? { csp: options.csp } : {});
    return page;
  }

  it("reads chronoline JSON without the formats add-on, and names the add-on for any other format", async () => {
    const page = await open(
      inline("json", seedText()) +
        `<chrono-line id="text" format="text">2017: Illinois passes the Trust Act</chrono-line>` +
        `<chrono-line id="csv" src="/seeds/seed-timelinejs.csv"></chrono-line>`,
      { formats: false },
    );
    await rendered(page, "json");
    expect((await drawnIds(page, "#json")).sort()).toEqual([...SEED_IDS].sort());
    for (const id of ["text", "csv"]) {
      const message = await failed(page, id);
      expect(message).toContain("chronoline-formats.iife.min.js");
      expect(await page.locator(`#${id}`).getByRole("alert").innerText()).toContain("formats add-on");
    }
    expect(await page.evaluate(() => typeof (window as any).Chronoline.parseEvents)).toBe("undefined");
    // The add-on loaded afterwards re-reads exactly the elements that were waiting for it.
    await page.addScriptTag({ url: "/dist/chronoline-formats.iife.min.js" });
    await rendered(page, "text");
    await rendered(page, "csv");
    expect(await drawnIds(page, "#text")).toHaveLength(1);
    expect((await drawnIds(page, "#csv")).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => typeof (window as any).ChronolineFormats.toCSV)).toBe("function");
    expect((await rendersOf(page, "json")).length).toBe(1);
  });

  it("takes the formats add-on loaded before the main script", async () => {
    const page = await newPage(browser, { width: 1000 });
    pages.push(page);
    const html =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>add-on first</title>` +
      `<script src="/dist/chronoline-formats.iife.min.js"></script><script src="/dist/chronoline.iife.min.js"></script></head>` +
      `<body><chrono-line id="first" format="text">2017: Illinois passes the Trust Act\n2025-01-20: Inauguration</chrono-line></body></html>`;
    await openHtml(page, server.origin, html);
    await rendered(page, "first");
    expect(await drawnIds(page, "#first")).toHaveLength(2);
  });

  it("renders inline JSON data: every seed event, in its shadow root, with its parts", async () => {
    const page = await open(inline("story", seedText()));
    await rendered(page, "story");
    expect((await drawnIds(page, "#story")).sort()).toEqual([...SEED_IDS].sort());
    const parts = await page.evaluate(() => {
      const root = document.querySelector("chrono-line")!.shadowRoot!;
      return [...root.querySelectorAll("[part]")].map((n) => `${n.localName}:${n.getAttribute("part")}`);
    });
    expect(parts).toEqual(expect.arrayContaining(["div:timeline", "svg:drawing"]));
    const box = await page.locator("#story").boundingBox();
    expect(box?.height).toBeGreaterThan(300);
    expect(reportOf(page).errors).toEqual([]);
  });

  it("loads src= from the server (and says so when the URL is wrong)", async () => {
    const page = await open(`<chrono-line id="remote" src="/seeds/seed.json"></chrono-line><chrono-line id="missing" src="/seeds/nope.json"></chrono-line>`);
    await rendered(page, "remote");
    expect((await drawnIds(page, "#remote")).length).toBe(SEED_IDS.length);
    const message = await failed(page, "missing");
    expect(message).toContain("/seeds/nope.json");
    expect(message).toContain("404");
    const shown = await page.locator("#missing").getByRole("alert").innerText();
    expect(shown).toContain("404");
    // A new src is fetched and read in its own format: the seed in the text syntax.
    await page.evaluate(() => document.getElementById("missing")!.setAttribute("src", "/seeds/seed.txt"));
    await rendered(page, "missing");
    expect((await drawnIds(page, "#missing")).sort()).toEqual([...SEED_IDS].sort());
  });

  it("renders with a blocking script in <head>, and again after being moved in the page", async () => {
    const page = await newPage(browser, { width: 1000 });
    pages.push(page);
    const html =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blocking</title>` +
      `<script src="/dist/chronoline.iife.min.js"></script></head><body>${inline("early", seedText())}<div id="elsewhere"></div></body></html>`;
    await openHtml(page, server.origin, html);
    await rendered(page, "early");
    expect((await drawnIds(page, "#early")).length).toBe(SEED_IDS.length);
    await page.evaluate(() => document.getElementById("elsewhere")!.append(document.getElementById("early")!));
    await rendered(page, "early", 2);
    expect((await drawnIds(page, "#early")).length).toBe(SEED_IDS.length);
    expect(await page.evaluate(() => document.getElementById("early")!.shadowRoot!.querySelectorAll("svg.chronoline").length)).toBe(1);
    expect(reportOf(page).errors).toEqual([]);
  });

  it("re-renders when attributes change, and removing one restores its default", async () => {
    const page = await open(inline("story", seedText()));
    await rendered(page, "story");
    const fill = () =>
      page.evaluate(() => getComputedStyle(document.querySelector("#story")!.shadowRoot!.querySelector(".chronoline-bg")!).fill);
    expect((await rendersOf(page, "story")).at(-1)?.orientation).toBe("horizontal");
    expect(await fill()).toBe("rgb(255, 255, 255)");

    await page.evaluate(() => document.querySelector("#story")!.setAttribute("orientation", "vertical"));
    await page.waitForFunction(() => (window as any).renders.at(-1)?.orientation === "vertical");
    await page.evaluate(() => document.querySelector("#story")!.setAttribute("theme", "dark"));
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector("#story")!.shadowRoot!.querySelector(".chronoline-bg")!).fill === "rgb(13, 17, 23)",
    );
    await page.screenshot({ path: `${ARTIFACTS}element-vertical-dark.png` });

    await page.evaluate(() => {
      const el = document.querySelector("#story")!;
      el.removeAttribute("orientation");
      el.removeAttribute("theme");
    });
    await page.waitForFunction(() => (window as any).renders.at(-1)?.orientation === "horizontal");
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector("#story")!.shadowRoot!.querySelector(".chronoline-bg")!).fill === "rgb(255, 255, 255)",
    );
    // height sets the drawing's height; taking it away brings the default back.
    const svgHeight = () => page.evaluate(() => document.querySelector("#story")!.shadowRoot!.querySelector("svg.chronoline")!.getBoundingClientRect().height);
    const initial = await svgHeight();
    expect(initial).not.toBe(300);
    await page.evaluate(() => document.querySelector("#story")!.setAttribute("height", "300"));
    await expect.poll(svgHeight).toBe(300);
    await page.evaluate(() => document.querySelector("#story")!.removeAttribute("height"));
    await expect.poll(svgHeight).toBe(initial);
    // Every seed event is still there after the round trip.
    expect((await drawnIds(page, "#story")).length).toBe(SEED_IDS.length);
    expect(reportOf(page).errors).toEqual([]);
  });

  it("shows a readable error naming the event and field when the data is bad, and recovers when it is fixed", async () => {
    const bad = JSON.stringify({
      events: [
        { id: "trust-act", title: "Illinois passes the Trust Act", start: "2017" },
        { id: "waukegan-statement", title: "Waukegan police statement", start: "Jan 32, 2025" },
      ],
    });
    const page = await open(inline("bad", bad) + `<chrono-line id="bad-attr" orientation="sideways">${`<script type="application/json">${seedText()}</script>`}</chrono-line>`);
    const message = await failed(page, "bad");
    expect(message).toContain("waukegan-statement");
    expect(message).toContain("start");
    const alert = page.locator("#bad").getByRole("alert");
    await expect.poll(() => alert.isVisible()).toBe(true);
    const text = await alert.innerText();
    expect(text).toContain("could not be shown");
    expect(text).toContain("waukegan-statement");
    expect(text).toContain("Jan 32, 2025");
    const box = await alert.boundingBox();
    expect(box!.height).toBeGreaterThan(30);
    // Readable: dark text on a light box.
    const colours = await alert.evaluate((node) => [getComputedStyle(node).color, getComputedStyle(node).backgroundColor]);
    expect(colours[0]).not.toBe(colours[1]);

    expect(await failed(page, "bad-attr")).toContain("orientation");
    await page.screenshot({ path: `${ARTIFACTS}element-error.png` });

    // Fixing the data in place (as a script or a framework would) renders the timeline.
    await page.evaluate(() => {
      const script = document.querySelector("#bad > script")!;
      script.textContent = script.textContent!.replace("Jan 32, 2025", "Jan 28, 2025");
    });
    await rendered(page, "bad");
    expect((await drawnIds(page, "#bad")).sort()).toEqual(["trust-act", "waukegan-statement"]);
    expect(await page.locator("#bad").getByRole("alert").count()).toBe(0);
  });

  it("points at the line of a text-syntax mistake", async () => {
    const page = await open(`<chrono-line id="typo" format="text">
      2017: Illinois passes the Trust Act
      2025-02-30: A day that never was
    </chrono-line>`);
    const message = await failed(page, "typo");
    expect(message).toMatch(/line 2/);
    expect(message).toContain("2025-02-30");
  });

  it("hydrates a static SVG from toSVGString: visible before the script, the same element after, never an empty box", async () => {
    const svg = toSVGString(seed(), { width: 1000, idPrefix: "seed-static" });
    const page = await newPage(browser, { width: 1000 });
    pages.push(page);
    // The page first loads without the script: what a reader sees while it downloads.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hydration</title></head><body>` +
      `<chrono-line id="hydrate">${svg}<script type="application/json">${seedText()}</script></chrono-line></body></html>`;
    await openHtml(page, server.origin, html);
    const before = await page.locator("#hydrate svg.chronoline").boundingBox();
    expect(before!.height).toBeGreaterThan(200);
    expect(await page.locator("#hydrate svg.chronoline .chronoline-event").count()).toBe(SEED_IDS.length);
    // Mark the node, and watch every frame for a moment with nothing drawn.
    await page.evaluate(() => {
      const w = window as any;
      const el = document.querySelector("#hydrate")!;
      w.staticSvg = el.querySelector("svg.chronoline");
      w.emptyFrames = 0;
      w.frames = 0;
      const check = () => {
        const svg = el.shadowRoot?.querySelector("svg.chronoline") ?? el.querySelector("svg.chronoline");
        const r = svg?.getBoundingClientRect();
        if (!r || r.height < 100 || r.width < 100) w.emptyFrames++;
        w.frames++;
        if (w.frames < 600) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.addScriptTag({ url: "/dist/chronoline.iife.min.js" });
    await rendered(page, "hydrate");
    const result = await page.evaluate(() => {
      const w = window as any;
      const el = document.querySelector("#hydrate")!;
      const live = el.shadowRoot!.querySelector("svg.chronoline");
      return { same: live === w.staticSvg, emptyFrames: w.emptyFrames, frames: w.frames, id: live?.id, interactive: live?.matches("[tabindex]") || live?.querySelector("[tabindex]") !== null };
    });
    expect(result.same).toBe(true);
    expect(result.id).toBe("seed-static");
    expect(result.frames).toBeGreaterThan(0);
    expect(result.emptyFrames).toBe(0);
    expect(result.interactive).toBe(true);
    expect(reportOf(page).errors).toEqual([]);
  });

  it("keeps a static SVG without data as it is", async () => {
    const svg = toSVGString(seed(), { width: 800, idPrefix: "only-static" });
    const page = await open(`<chrono-line id="picture">${svg}</chrono-line>`);
    await page.waitForFunction(() => customElements.get("chrono-line") !== undefined);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const box = await page.locator("#picture svg.chronoline").boundingBox();
    expect(box!.height).toBeGreaterThan(200);
    expect(await page.locator("#picture").getByRole("alert").count()).toBe(0);
  });

  async function openUnderCsp(): Promise<{ page: Page; styled: { background: string; font: string; button: string } }> {
    const page = await open(inline("csp", seedText()), { csp: STRICT_CSP });
    await rendered(page, "csp");
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const styled = await page.evaluate(() => {
      const root = document.querySelector("#csp")!.shadowRoot!;
      const label = root.querySelector(".chronoline-label") ?? root.querySelector("text");
      const controls = root.querySelector(".chronoline-controls button");
      return {
        background: getComputedStyle(root.querySelector(".chronoline-bg")!).fill,
        font: label ? getComputedStyle(label).fontFamily : "",
        button: controls ? getComputedStyle(controls).cursor : "",
      };
    });
    return { page, styled };
  }

  it("works under a strict Content Security Policy: no script is blocked, data scripts are read, the chrome is styled", async () => {
    const { page, styled } = await openUnderCsp();
    await page.screenshot({ path: `${ARTIFACTS}element-csp.png` });
    const violations = (await page.evaluate(() => (window as any).violations)) as string[];
    expect(violations.filter((v) => v.startsWith("script-src"))).toEqual([]);
    expect((await drawnIds(page, "#csp")).length).toBe(SEED_IDS.length);
    expect(reportOf(page).errors).toEqual([]);
    // The element's and the zoom buttons' sheets are constructed, which the policy allows.
    expect(styled.button).toBe("pointer");
  });

  // Known gap, outside src/element: mount writes the scene's <style> (theme CSS) into the live
  // SVG as an inline <style> element, which style-src 'self' blocks, so the drawing shows black
  // shapes in the default font. Fix in src/render/dom.ts: take the scene's style node out of the
  // tree and install its text as a constructed sheet (as the chrome's). Flip to it() when fixed.
  it("under a strict CSP the drawing itself is styled and nothing at all is blocked", async () => {
    const { page, styled } = await openUnderCsp();
    expect(await page.evaluate(() => (window as any).violations)).toEqual([]);
    expect(reportOf(page).consoleErrors.filter((m) => !m.includes("favicon"))).toEqual([]);
    // Unstyled SVG fills black and uses the browser's default serif font.
    expect(styled.background).toBe("rgb(255, 255, 255)");
    expect(styled.font).toContain("Helvetica");
  });

  it("is usable from the keyboard inside its shadow root", async () => {
    const page = await open(`<button id="before">before</button>` + inline("keys", seedText()));
    await rendered(page, "keys");
    await page.focus("#before");
    const active = () => page.evaluate(() => document.getElementById("keys")!.shadowRoot!.activeElement?.getAttribute("data-id") ?? null);
    // Tab passes the zoom-in button (zoom out and fit are disabled at full view), then the drawing.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    expect(await active()).toBe("trust-act");
    await page.keyboard.press("ArrowRight");
    expect(await active()).toBe("trump-first-term");
    await page.keyboard.press("Enter");
    const details = page.locator("#keys .chronoline-details");
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.innerText()).toContain("Donald Trump's first term");
    await page.keyboard.press("Escape");
    await expect.poll(() => details.isVisible()).toBe(false);
  });

  // Known gap, outside src/element: mount compares document.activeElement with its tab stop, but
  // inside a shadow root document.activeElement is the host, so the focus ring never shows (and
  // hover-out closes details of the focused event). Fix in src/render/dom.ts: read activeElement
  // from root.getRootNode(). Flip to it() when fixed.
  it("shows the focus ring for the focused event inside its shadow root", async () => {
    const page = await open(`<button id="before">before</button>` + inline("ring", seedText()));
    await rendered(page, "ring");
    await page.focus("#before");
    for (const key of ["Tab", "Tab", "ArrowRight"]) await page.keyboard.press(key);
    await expect
      .poll(() => page.evaluate(() => document.getElementById("ring")!.shadowRoot!.querySelector<HTMLElement>(".chronoline-ring")?.hidden), { timeout: 2000 })
      .toBe(false);
  });

  it("reads the text syntax written inside the element", async () => {
    const text = `
      ---
      title: Apollo 11
      timezone: UTC
      ---
      # Flight
      1969-07-16T13:32Z: Launch from Kennedy Space Center
        Neil Armstrong, Buzz Aldrin & Michael Collins.
      1969-07-24T16:50Z: Splashdown in the Pacific
      # On the Moon
      1969-07-20T20:17Z: Eagle lands
        id: landing
    `;
    const page = await open(`<chrono-line id="text" format="text">${escapeHtml(text)}</chrono-line>` +
      `<chrono-line id="pre" format="text"><pre>2017: Illinois passes the Trust Act\n2021-01-20: End of the first term</pre></chrono-line>`);
    await rendered(page, "text");
    await rendered(page, "pre");
    const ids = await drawnIds(page, "#text");
    expect(ids).toHaveLength(3);
    expect(ids).toContain("landing");
    const names = await page.evaluate(() =>
      [...document.querySelector("#text")!.shadowRoot!.querySelectorAll(".chronoline-event")].map((n) => n.getAttribute("aria-label") ?? ""),
    );
    expect(names.join(" | ")).toContain("Eagle lands");
    expect(await drawnIds(page, "#pre")).toHaveLength(2);
    // The raw text is not left visible next to the timeline.
    expect(await page.locator("#text").innerText()).not.toContain("1969-07-16T13:32Z");
  });

  it("keeps two elements on one page apart", async () => {
    const page = await open(inline("one", seedText(), 'theme="light"') + inline("two", seedText(), 'theme="dark" orientation="vertical"'));
    await rendered(page, "one");
    await rendered(page, "two");
    const info = await page.evaluate(() =>
      ["one", "two"].map((id) => {
        const root = document.getElementById(id)!.shadowRoot!;
        const svg = root.querySelector("svg.chronoline")!;
        return { svgId: svg.id, bg: getComputedStyle(root.querySelector(".chronoline-bg")!).fill, events: root.querySelectorAll(".chronoline-event").length };
      }),
    );
    expect(info[0]!.svgId).not.toBe(info[1]!.svgId);
    expect(info[0]!.bg).toBe("rgb(255, 255, 255)");
    expect(info[1]!.bg).toBe("rgb(13, 17, 23)");
    expect(info.map((i) => i.events)).toEqual([SEED_IDS.length, SEED_IDS.length]);
    expect((await rendersOf(page, "two")).at(-1)?.orientation).toBe("vertical");
    // Changing one leaves the other alone.
    const before = await rendersOf(page, "one");
    await page.evaluate(() => document.getElementById("two")!.setAttribute("theme", "light"));
    await page.waitForFunction(
      () => getComputedStyle(document.getElementById("two")!.shadowRoot!.querySelector(".chronoline-bg")!).fill === "rgb(255, 255, 255)",
    );
    expect(await rendersOf(page, "one")).toEqual(before);
    await page.screenshot({ path: `${ARTIFACTS}element-two.png`, fullPage: true });
  });

  it("takes data from script through the data property", async () => {
    const page = await open(`<chrono-line id="prop"></chrono-line>`);
    await page.waitForFunction(() => customElements.get("chrono-line") !== undefined);
    await page.evaluate((data) => {
      (document.getElementById("prop") as any).data = data;
    }, seed());
    await rendered(page, "prop");
    expect((await drawnIds(page, "#prop")).length).toBe(SEED_IDS.length);
    const handle = await page.evaluate(() => typeof (document.getElementById("prop") as any).timeline?.zoomTo);
    expect(handle).toBe("function");
  });

  it("writes its own words in the page's language through the strings property", async () => {
    const page = await open(`<chrono-line id="de" locale="de-DE"></chrono-line><chrono-line id="de-bad"></chrono-line>`);
    await page.waitForFunction(() => customElements.get("chrono-line") !== undefined);
    await page.evaluate((data) => {
      const de = document.getElementById("de") as any;
      de.strings = { zoomIn: "Vergrößern", events: "Ereignisse", failed: "Diese Zeitleiste kann nicht angezeigt werden." };
      de.data = data;
      const bad = document.getElementById("de-bad") as any;
      bad.strings = { failed: "Diese Zeitleiste kann nicht angezeigt werden." };
      bad.data = { events: [{ id: "a", title: "A", start: "Jan 32, 2025" }] };
    }, seed());
    await rendered(page, "de");
    const words = () =>
      page.evaluate(() => {
        const root = document.getElementById("de")!.shadowRoot!;
        return [root.querySelector(".chronoline-controls button")?.getAttribute("aria-label"), root.querySelector("[role=list]")?.getAttribute("aria-label")];
      });
    expect(await words()).toEqual(["Vergrößern", "Ereignisse"]);
    // The element's own words: the error box's heading.
    await failed(page, "de-bad");
    expect(await page.locator("#de-bad").getByRole("alert").innerText()).toContain("Diese Zeitleiste kann nicht angezeigt werden.");
    // Taking the property away restores English without new data; a bad entry is named in the error box.
    await page.evaluate(() => ((document.getElementById("de") as any).strings = undefined));
    await expect.poll(words).toEqual(["Zoom in", "Events"]);
    await page.evaluate(() => ((document.getElementById("de") as any).strings = { zoomIn: 2 }));
    await page.waitForFunction(() => (window as any).failures.some((f: { id: string; message: string }) => f.id === "de" && f.message.includes("strings.zoomIn")));
    expect(await page.locator("#de").getByRole("alert").innerText()).toContain("strings.zoomIn must be a string");
  });

  it("renders new data once, not once for the options and again for the data (found by QA)", async () => {
    const page = await open(`<chrono-line id="once"></chrono-line>`);
    await page.waitForFunction(() => customElements.get("chrono-line") !== undefined);
    await page.evaluate((data) => ((document.getElementById("once") as any).data = data), seed());
    await rendered(page, "once");
    const before = (await rendersOf(page, "once")).length;
    await page.evaluate((data) => ((document.getElementById("once") as any).data = { ...data, title: "Again" }), seed());
    await rendered(page, "once", before + 1);
    await page.waitForTimeout(200);
    expect((await rendersOf(page, "once")).slice(before).map((r) => r.reason)).toEqual(["update"]);
  });

  it("keeps data and strings set on the element before the script defined it", async () => {
    const page = await newPage(browser, { width: 1000 });
    pages.push(page);
    await openHtml(page, server.origin, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>early data</title></head><body><chrono-line id="early"></chrono-line></body></html>`);
    await page.evaluate((data) => {
      (document.getElementById("early") as any).data = data;
      (document.getElementById("early") as any).strings = { zoomIn: "Vergrößern" };
    }, seed());
    await page.addScriptTag({ url: "/dist/chronoline.iife.min.js" });
    await rendered(page, "early");
    expect((await drawnIds(page, "#early")).length).toBe(SEED_IDS.length);
    expect(await page.evaluate(() => document.getElementById("early")!.shadowRoot!.querySelector(".chronoline-controls button")?.getAttribute("aria-label"))).toBe("Vergrößern");
  });

  async function themedPage(): Promise<{ frame: string; bg: string; lane: string }> {
    const head = `<link rel="stylesheet" href="/test/element/fixtures/theme.css">`;
    const page = await open(inline("themed", seedText()), { head });
    await rendered(page, "themed");
    return page.evaluate(() => {
      const root = document.getElementById("themed")!.shadowRoot!;
      return {
        frame: getComputedStyle(root.querySelector('[part="timeline"]')!).outlineStyle,
        bg: getComputedStyle(root.querySelector(".chronoline-bg")!).fill,
        lane: getComputedStyle(root.querySelector("svg.chronoline")!).getPropertyValue("--chronoline-group-0").trim(),
      };
    });
  }

  it("is themed from the page through ::part(timeline) and ::part(drawing)", async () => {
    const looks = await themedPage();
    expect(looks.frame).toBe("dashed");
    expect(looks.lane).toBe("#222222");
  });

  // The drawing keeps its defaults under --chronoline-default-*, so a page's value is inherited.
  it("takes a --chronoline-* property set on the element itself", async () => {
    const looks = await themedPage();
    expect(looks.bg).toBe("rgb(253, 246, 227)");
  });
});

describe.skipIf(process.env.CHRONOLINE_BROWSER === "skip")("scripts/serve.mjs", () => {
  it("serves the examples and the bundle, and nothing outside the project", async () => {
    const server = await serveProject();
    try {
      const home = await fetch(`${server.origin}/`);
      expect(home.status).toBe(200);
      expect(home.headers.get("content-type")).toContain("text/html");
      expect(await home.text()).toContain("<chrono-line");
      for (const path of ["/examples/blog.html", "/examples/large.html", "/examples/large.js", "/examples/csp.html", "/seeds/seed.json"]) {
        expect((await fetch(server.origin + path)).status, path).toBe(200);
      }
      const escape = await fetch(`${server.origin}/..%2f..%2fetc/passwd`);
      expect([403, 404]).toContain(escape.status);
    } finally {
      await server.stop();
    }
  });
});
