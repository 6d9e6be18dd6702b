import { mkdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTimeline } from "../../src/model/timeline.js";
import { parseEvents } from "../../src/formats/parse-events.js";
import { ARTIFACTS, ROOT, launch } from "../browser/harness.js";
import { STRICT_CSP, newPage, rendered, reportOf, requireBuild, seedText, serveProject } from "./support.js";

const example = (name: string) => readFileSync(`${ROOT}examples/${name}`, "utf8");

/** The text of every `<script type="application/json">` in a page. */
function inlineJson(html: string): string[] {
  return [...html.matchAll(/<script type="application\/json">\n?([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

describe("example pages (source)", () => {
  it("index.html carries seeds/seed.json verbatim", () => {
    const [json] = inlineJson(example("index.html"));
    expect(json).toBe(seedText());
  });

  it("csp.html carries seeds/seed.json verbatim and declares the strict policy", () => {
    const html = example("csp.html");
    expect(inlineJson(html)).toEqual([seedText()]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`);
    // Nothing inline that the policy would block.
    for (const [tag] of html.matchAll(/<script[^>]*>/g)) expect(tag).toMatch(/ src="|type="application\/json"/);
    expect(html).not.toMatch(/<style|\sstyle="/);
  });

  it("blog.html embeds with the script tag (plus the formats add-on for its text-syntax timeline), and its JSON timeline reads cleanly", () => {
    const html = example("blog.html");
    expect(html.match(/<script src="[^"]*"/g)).toEqual(['<script src="../dist/chronoline.iife.min.js"', '<script src="../dist/chronoline-formats.iife.min.js"']);
    const [json] = inlineJson(html);
    const timeline = createTimeline(parseEvents(json!, { filename: "apollo.json", checkDates: false }));
    expect(timeline.events.length).toBeGreaterThanOrEqual(12);
    expect(timeline.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("every page loads the bundle from ../dist so it also opens from the file system", () => {
    for (const name of ["index.html", "blog.html", "large.html", "csp.html"]) {
      expect(example(name), name).toContain('<script src="../dist/chronoline.iife.min.js"');
      expect(example(name), name).not.toMatch(/type="module"/);
    }
  });
});

// Screenshots of the pages as readers see them, at desktop and phone widths, light and dark:
// test/artifacts/examples/<page>-<width>-<scheme>.png.
describe.skipIf(process.env.CHRONOLINE_BROWSER === "skip")("example pages in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveProject>>;
  const shots = `${ARTIFACTS}examples/`;

  beforeAll(async () => {
    requireBuild();
    mkdirSync(shots, { recursive: true });
    server = await serveProject();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openFile(name: string, width: number, colorScheme: "light" | "dark"): Promise<Page> {
    const page = await newPage(browser, { width, height: 900, colorScheme });
    await page.goto(pathToFileURL(`${ROOT}examples/${name}`).href);
    return page;
  }

  async function timelineIds(page: Page): Promise<string[]> {
    return page.evaluate(() => [...document.querySelectorAll("chrono-line")].map((e) => e.id));
  }

  for (const name of ["index.html", "blog.html"]) {
    it(`${name} works opened from the file system, at 1200 and 360 px, light and dark`, async () => {
      for (const width of [1200, 360]) {
        for (const scheme of ["light", "dark"] as const) {
          const page = await openFile(name, width, scheme);
          for (const id of await timelineIds(page)) await rendered(page, id);
          const state = await page.evaluate(() =>
            [...document.querySelectorAll("chrono-line")].map((el) => ({
              events: el.shadowRoot!.querySelectorAll(".chronoline-event").length,
              errors: el.shadowRoot!.querySelectorAll('[part="error"]').length,
              width: el.getBoundingClientRect().width,
              // How far the drawing reaches below the element's own box.
              spill: (el.shadowRoot!.querySelector("svg.chronoline")?.getBoundingClientRect().bottom ?? 0) - el.getBoundingClientRect().bottom,
            })),
          );
          for (const s of state) {
            expect(s.errors).toBe(0);
            expect(s.events).toBeGreaterThan(2);
            // Never wider than the page, never spilling over what follows the element.
            expect(s.width).toBeLessThanOrEqual(width);
            expect(s.spill).toBeLessThanOrEqual(1);
          }
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `${shots}${name.replace(".html", "")}-${width}-${scheme}.png`, fullPage: true });
          expect(reportOf(page).errors).toEqual([]);
          await page.close();
        }
      }
    });
  }

  it("large.html draws 100,000 events and prints the render time", async () => {
    for (const [width, scheme] of [[1200, "light"], [1200, "dark"], [360, "light"], [360, "dark"]] as const) {
      const page = await openFile("large.html", width, scheme);
      await page.waitForFunction(() => document.getElementById("render-time")?.hasAttribute("data-ms"), null, { timeout: 30_000 });
      const line = await page.locator("#render-time").innerText();
      expect(line).toMatch(/^100,000 events: generated in \d+ ms, read, laid out and drawn in \d+ ms/);
      const elements = await page.evaluate(() => document.getElementById("large")!.shadowRoot!.querySelectorAll("*").length);
      // The drawing stays small however many events there are.
      expect(elements).toBeLessThan(5000);
      // The drawing fits its element (found by QA: a height attribute taller than the page's CSS height spilled over the text below).
      await page.waitForFunction(() => document.getElementById("large")!.shadowRoot!.querySelector("svg.chronoline") !== null);
      const spill = await page.evaluate(() => {
        const el = document.getElementById("large")!;
        return el.shadowRoot!.querySelector("svg.chronoline")!.getBoundingClientRect().bottom - el.getBoundingClientRect().bottom;
      });
      expect(spill).toBeLessThanOrEqual(1);
      await page.screenshot({ path: `${shots}large-${width}-${scheme}.png`, fullPage: true });
      expect(reportOf(page).errors).toEqual([]);
      await page.close();
    }
  });

  it("csp.html, served, renders with no script blocked", async () => {
    const page = await newPage(browser, { width: 1200 });
    await page.goto(`${server.origin}/examples/csp.html`);
    await rendered(page, "csp-timeline");
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `${shots}csp-1200-light.png`, fullPage: true });
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    // The drawing's inline <style> is still blocked (see element.test.ts, "under a strict CSP").
    expect(violations.filter((v) => !v.startsWith("style-src-elem inline"))).toEqual([]);
    expect(await page.evaluate(() => document.getElementById("csp-timeline")!.shadowRoot!.querySelectorAll(".chronoline-event").length)).toBe(10);
    expect(reportOf(page).errors).toEqual([]);
    await page.close();
  });
});
