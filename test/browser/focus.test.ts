import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, browserTestsEnabled, bundle, launch, openPage, pageErrors, seed } from "./harness.js";
import { frames, mountInPage, visibleRange } from "./page-helpers.js";

// Keyboard focus around and inside the drawing, and zoomTo across compressed gaps: defects found
// by QA in Chromium, reproduced with the seed story between two buttons of the page.
describe.skipIf(!browserTestsEnabled)("focus and zoomTo in Chromium", () => {
  let browser: Browser;
  let script: string;
  let page: Page;
  const body = '<button id="before">before</button><div id="app"></div><button id="after">after</button>';

  beforeAll(async () => {
    script = await bundle();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function fresh(options: Record<string, unknown> = {}, width = 1200, height = 800): Promise<Page> {
    page = await openPage(browser, script, { width, height, body });
    await mountInPage(page, "#app", seed(), { height: 420, ...options });
    return page;
  }

  /** What has the focus: the page's button id, "zoom:<label>", "event:<id>", "svg", or the tag. */
  const focusedName = () =>
    page.evaluate(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      if (a === null) return "none";
      if (a.id === "before" || a.id === "after") return a.id;
      if (a.closest(".chronoline-controls")) return `zoom:${a.getAttribute("aria-label")}`;
      if (a.classList.contains("chronoline-event")) return `event:${a.getAttribute("data-id")}`;
      return a.tagName.toLowerCase();
    });

  /** From the "before" button, Tab into the drawing and step onto an event with →. */
  async function tabOntoAnEvent(): Promise<string> {
    await page.focus("#before");
    for (let i = 0; i < 4 && !["svg", "event"].includes((await focusedName()).split(":")[0]!); i++) await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    await frames(page, 3);
    const on = await focusedName();
    expect(on).toMatch(/^event:/);
    return on;
  }

  it("Shift+Tab leaves a focused event for the zoom buttons, then the page", async () => {
    await fresh();
    await tabOntoAnEvent();
    await page.keyboard.press("Shift+Tab");
    expect(await focusedName()).toBe("zoom:Zoom in");
    await page.keyboard.press("Shift+Tab");
    expect(await focusedName()).toBe("before");
    // Tab comes back to the same event (the roving tab stop), and Tab again leaves forward.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const back = await focusedName();
    expect(back).toMatch(/^event:/);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await focusedName()).toBe("after");
    expect(pageErrors(page)).toEqual([]);
  });

  it("Shift+Tab leaves with the details closed by Esc, with details off, and inside a shadow root", async () => {
    await fresh();
    await tabOntoAnEvent();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Shift+Tab");
    expect(await focusedName()).toBe("zoom:Zoom in");

    await fresh({ details: false });
    await tabOntoAnEvent();
    await page.keyboard.press("Shift+Tab");
    expect(await focusedName()).toBe("zoom:Zoom in");

    // As <chrono-line> does: the timeline in a shadow root. Without the zoom buttons, straight to the page.
    page = await openPage(browser, script, { body: '<button id="before">before</button><div id="host"></div><button id="after">after</button>' });
    await page.evaluate((data) => {
      const shadow = document.getElementById("host")!.attachShadow({ mode: "open" });
      const app = shadow.appendChild(document.createElement("div"));
      (window as any).Chronoline.mount(app, data, { height: 420, controls: false });
    }, seed());
    await frames(page);
    await page.focus("#before");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    await frames(page, 3);
    expect(await focusedName()).toMatch(/^event:/);
    await page.keyboard.press("Shift+Tab");
    expect(await focusedName()).toBe("before");
    expect(pageErrors(page)).toEqual([]);
  });

  it("keeps the focus in the drawing when the focused event leaves the view, and the arrows go on", async () => {
    await fresh();
    await tabOntoAnEvent();
    await page.keyboard.press("Home");
    await frames(page, 3);
    const first = await focusedName();
    expect(first).toMatch(/^event:/);
    // Wheel-zoom far from the first event, until it scrolls out of the view.
    const box = (await page.locator("#app svg.chronoline").boundingBox())!;
    await page.mouse.move(box.x + box.width - 200, box.y + 150);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(400);
    await frames(page, 3);
    expect(await page.evaluate(() => document.querySelector(`#app [data-id="trust-act"]`))).toBeNull();
    const inDrawing = () => page.evaluate(() => document.querySelector("#app svg.chronoline")!.contains(document.activeElement));
    expect(await inDrawing()).toBe(true);
    // The drawing is the tab stop now; the arrows start from what is in view.
    const range = await visibleRange(page);
    await page.keyboard.press("ArrowRight");
    await frames(page, 3);
    const next = await focusedName();
    expect(next).toMatch(/^event:/);
    const start = await page.evaluate((id) => (window as any).handles.main.timeline.events.find((e: any) => e.id === id).start.start, next.slice(6));
    expect(start).toBeGreaterThanOrEqual(range.start);
    expect(start).toBeLessThanOrEqual(range.end);
    expect(await visibleRange(page)).toEqual(range);
    // Focus stays through data and option changes too, also when they take the focused event away.
    await page.evaluate(
      ({ data, id }) => (window as any).handles.main.update({ ...data, events: data.events.filter((e: { id?: string }) => e.id !== id) }),
      { data: seed(), id: next.slice(6) },
    );
    await frames(page, 3);
    expect(await inDrawing()).toBe(true);
    await page.evaluate(() => (window as any).handles.main.setOptions({ theme: "dark" }));
    await frames(page, 3);
    expect(await inDrawing()).toBe(true);
    // The focused event is gone with the data: again from what is in view, not back to the first event of all.
    await page.keyboard.press("ArrowRight");
    await frames(page, 3);
    expect(await focusedName()).toMatch(/^event:/);
    expect(await focusedName()).not.toBe(first);
    await page.screenshot({ path: `${ARTIFACTS}focus-kept-after-wheel.png` });
    expect(pageErrors(page)).toEqual([]);
  });

  it("a zoom button that disables itself hands the focus to one that still works", async () => {
    await fresh();
    await page.focus("#app button[aria-label='Zoom in']");
    await page.keyboard.press("Enter");
    await frames(page, 3);
    await page.focus("#app button[aria-label='Fit all events']");
    await page.keyboard.press("Enter");
    await frames(page, 3);
    expect(await page.isDisabled("#app button[aria-label='Fit all events']")).toBe(true);
    expect(await focusedName()).toBe("zoom:Zoom in");
    await page.keyboard.press("Enter");
    await frames(page, 3);
    await page.focus("#app button[aria-label='Zoom out']");
    await page.keyboard.press("Enter");
    await frames(page, 3);
    expect(await focusedName()).toBe("zoom:Zoom in");
  });

  it("zoomTo shows the asked window also when gaps are compressed", async () => {
    await fresh({ gaps: "auto" }, 1200, 560);
    const day = 86_400_000;
    for (const gaps of ["auto", "none"]) {
      await page.evaluate((gaps) => (window as any).handles.main.setOptions({ gaps }), gaps);
      for (const [from, to] of [
        ["2024-12-20", "2025-02-05"],
        ["2024-06-01", "2025-02-05"],
      ] as const) {
        await page.evaluate(([start, end]) => (window as any).handles.main.zoomTo({ start, end }, { animate: false }), [from, to]);
        await frames(page, 3);
        const range = await visibleRange(page);
        const asked = Date.parse(from);
        // Within a day of the asked start (time zones), never years before it.
        expect(Math.abs(range.start - asked), `${gaps} ${from}: ${new Date(range.start).toISOString()}`).toBeLessThan(day);
        // The end: the asked one, or the end of the data when that comes first.
        const last = await page.evaluate(() => Math.max(...(window as any).handles.main.timeline.events.map((e: any) => e.start.start)));
        expect(range.end).toBeGreaterThanOrEqual(Math.min(Date.parse(to), last));
        expect(range.end).toBeLessThanOrEqual(Date.parse(to) + 2 * day);
        if (from === "2024-12-20") await page.screenshot({ path: `${ARTIFACTS}zoomto-${from}-${gaps}.png` });
      }
    }
    expect(pageErrors(page)).toEqual([]);
  });
});
