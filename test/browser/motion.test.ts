import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, browserTestsEnabled, bundle, launch, openPage, seed } from "./harness.js";
import { frames, mountInPage, plotCentre, zoomK } from "./page-helpers.js";

// Touch, transitions and reduced motion: what only a browser shows.
describe.skipIf(!browserTestsEnabled)("mount() gestures and motion in Chromium", () => {
  let browser: Browser;
  let script: string;

  beforeAll(async () => {
    script = await bundle();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a two-finger pinch zooms in and a one-finger swipe pans", async () => {
    const page = await openPage(browser, script, { hasTouch: true });
    await mountInPage(page, "#app", seed());
    const c = await plotCentre(page);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: { x: number; y: number }[]) =>
      cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
    await touch("touchStart", [{ x: c.x - 40, y: c.y }, { x: c.x + 40, y: c.y }]);
    for (let i = 1; i <= 10; i++) {
      await touch("touchMove", [{ x: c.x - 40 - i * 16, y: c.y }, { x: c.x + 40 + i * 16, y: c.y }]);
      await frames(page, 1);
    }
    await touch("touchEnd", []);
    await page.waitForTimeout(200);
    await frames(page, 2);
    const k = await zoomK(page);
    expect(k).toBeGreaterThan(2.5);
    const before = await page.evaluate(() => (window as any).handles.main.visibleRange());
    await touch("touchStart", [{ x: c.x, y: c.y }]);
    for (let i = 1; i <= 8; i++) {
      await touch("touchMove", [{ x: c.x + i * 20, y: c.y }]);
      await frames(page, 1);
    }
    await touch("touchEnd", []);
    await frames(page, 2);
    const after = await page.evaluate(() => (window as any).handles.main.visibleRange());
    expect(after.start).toBeLessThan(before.start);
    expect(await zoomK(page)).toBeCloseTo(k, 6);
    await page.close();
  });

  it("zoom buttons animate over several frames, and jump at once under reduced motion", async () => {
    const renders = async (reducedMotion: boolean) => {
      const page = await openPage(browser, script, { reducedMotion });
      await mountInPage(page, "#app", seed(), { measureText: "table" });
      await page.evaluate(() => ((window as any).logs.main.length = 0));
      await page.click("#app button[aria-label='Zoom in']");
      await page.waitForTimeout(500);
      await frames(page, 2);
      const zooms = await page.evaluate(() => (window as any).logs.main.filter(([t]: [string]) => t === "zoom").length);
      expect(await zoomK(page)).toBeCloseTo(2, 9);
      await page.close();
      return zooms;
    };
    expect(await renders(true)).toBe(1);
    expect(await renders(false)).toBeGreaterThan(3);
  });

  it("update() fades new events in (not under reduced motion) and keeps the focused event", async () => {
    for (const reducedMotion of [false, true]) {
      const page = await openPage(browser, script, { reducedMotion });
      await mountInPage(page, "#app", seed());
      await page.evaluate(() => (window as any).handles.main.focus("trust-act"));
      const result = await page.evaluate((data) => {
        const h = (window as any).handles.main;
        const before = document.querySelector("#app [data-id='trust-act']");
        h.update({ ...data, events: [...data.events, { id: "new-one", title: "Something new", start: "2025-01-22", group: "city" }] });
        const added = document.querySelector("#app [data-id='new-one']");
        return {
          added: added !== null,
          entering: added?.classList.contains("chronoline-enter") ?? false,
          kept: document.querySelector("#app [data-id='trust-act']") === before,
          focused: document.activeElement?.getAttribute("data-id"),
          count: h.timeline.events.length,
        };
      }, seed());
      expect(result).toEqual({ added: true, entering: !reducedMotion, kept: true, focused: "trust-act", count: seed().events.length + 1 });
      const animation = await page.evaluate(() => getComputedStyle(document.querySelector("#app [data-id='new-one']")!).animationName);
      expect(animation).toBe(reducedMotion ? "none" : "chronoline-enter");
      await page.close();
    }
  });

  it("follows the dark colour scheme, details included", async () => {
    const page = await openPage(browser, script, { dark: true });
    await page.evaluate(() => (document.body.style.background = "#0d1117"));
    await mountInPage(page, "#app", seed());
    await page.evaluate(() => (window as any).handles.main.focus("inauguration-address"));
    await page.keyboard.press("Enter");
    await frames(page, 2);
    const colours = await page.evaluate(() => ({
      details: getComputedStyle(document.querySelector("#app .chronoline-details")!).backgroundColor,
      bg: getComputedStyle(document.querySelector("#app .chronoline-bg")!).fill,
    }));
    expect(colours.details).toBe("rgb(22, 27, 34)");
    expect(colours.bg).toBe("rgb(13, 17, 23)");
    await page.screenshot({ path: `${ARTIFACTS}seed-dark-details.png` });
    await page.close();
  });
});
