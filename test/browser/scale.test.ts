import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomEvents } from "../render/random-events.js";
import { ARTIFACTS, browserTestsEnabled, bundle, launch, openPage, pageErrors } from "./harness.js";
import { elementCount, frames, labelBoxes, mountInPage, overlaps, plotCentre, zoomK } from "./page-helpers.js";

// Only what is visible is in the DOM: the element count is bounded by the viewport, not by N.
describe.skipIf(!browserTestsEnabled)("mount() with 10k and 100k events in Chromium", () => {
  let browser: Browser;
  let script: string;

  beforeAll(async () => {
    script = await bundle();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function wheelAndDrag(page: Page): Promise<number[]> {
    const counts: number[] = [];
    const centre = await plotCentre(page);
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, -240);
      await frames(page, 1);
    }
    await page.waitForTimeout(250);
    await frames(page, 2);
    counts.push(await elementCount(page));
    await page.mouse.down();
    await page.mouse.move(centre.x - 400, centre.y, { steps: 10 });
    await page.mouse.up();
    await page.waitForTimeout(250);
    await frames(page, 2);
    counts.push(await elementCount(page));
    return counts;
  }

  it("10k events stay under 3,000 elements, zoomed or not, with labels apart", async () => {
    const page = await openPage(browser, script);
    await mountInPage(page, "#app", { events: randomEvents(10_000, 7) });
    const fit = await elementCount(page);
    expect(fit).toBeLessThanOrEqual(3000);
    const folded = () =>
      page.evaluate(() => {
        const layout = (window as any).handles.main.layout;
        return layout.clusters.filter((c: any) => c.edge === null).reduce((n: number, c: any) => n + c.count, 0);
      });
    const foldedAtFit = await folded();
    expect(overlaps(await labelBoxes(page))).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}random-10k-fit.png` });
    const counts = await wheelAndDrag(page);
    for (const count of counts) expect(count).toBeLessThanOrEqual(3000);
    expect(await zoomK(page)).toBeGreaterThan(2);
    // Semantic zoom: with more room, fewer of the visible events stay folded into clusters.
    expect(await folded()).toBeLessThan(foldedAtFit);
    const boxes = await labelBoxes(page);
    expect(boxes.length).toBeGreaterThan(5);
    expect(overlaps(boxes)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}random-10k-zoomed.png` });
    // A click on a "+N" badge zooms into its events, splitting it.
    const k = await zoomK(page);
    const badge = await page.evaluate(() => {
      const layout = (window as any).handles.main.layout;
      const inner = layout.clusters.find((c: any) => c.edge === null && c.count > 3);
      const b = document.querySelector(`#app [data-cluster='${inner.id}'] rect`)!.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    });
    await page.mouse.click(badge.x, badge.y);
    await page.waitForTimeout(100);
    await frames(page, 3);
    expect(await zoomK(page)).toBeGreaterThan(k);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("the keyboard reaches an event that a dense view shows only inside a '+N' badge, by zooming in on it", async () => {
    const page = await openPage(browser, script);
    await mountInPage(page, "#app", { events: randomEvents(10_000, 7) });
    const k = await zoomK(page);
    const id = await page.evaluate(() => {
      const handle = (window as any).handles.main;
      const drawn = new Set(handle.layout.marks.map((m: any) => m.eventIndex));
      const cluster = handle.layout.clusters.find((c: any) => c.edge === null && c.eventIndices.some((i: number) => !drawn.has(i)));
      const id = handle.timeline.events[cluster.eventIndices.find((i: number) => !drawn.has(i))].id;
      handle.focus(id);
      return id;
    });
    await frames(page, 3);
    expect(await zoomK(page)).toBeGreaterThan(k);
    const focused = await page.evaluate(() => {
      const ring = document.querySelector("#app .chronoline-ring") as HTMLElement;
      return { id: document.activeElement?.getAttribute("data-id"), ring: !ring.hidden };
    });
    expect(focused).toEqual({ id, ring: true });
    await page.screenshot({ path: `${ARTIFACTS}random-10k-keyboard.png` });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("100k events stay under 3,000 elements", async () => {
    const page = await openPage(browser, script);
    await mountInPage(page, "#app", { events: randomEvents(100_000, 11) });
    expect(await elementCount(page)).toBeLessThanOrEqual(3000);
    // Mid-gesture (a full render costs far more than a frame here) the drawn groups move in a
    // layer of their own; once the gesture rests they are back in the drawing, re-laid out.
    const where = () =>
      page.evaluate(() => ({
        inLayer: document.querySelector("#app .chronoline-layer .chronoline-events") !== null,
        inDrawing: document.querySelector("#app .chronoline-root>svg>.chronoline-events") !== null,
      }));
    const centre = await plotCentre(page);
    await page.mouse.move(centre.x, centre.y);
    // A slow machine may let the gesture rest between two wheel steps (a full render then): try a few.
    let during = await where();
    for (let i = 0; i < 6 && !during.inLayer; i++) {
      await page.mouse.wheel(0, -120);
      await frames(page, 1);
      during = await where();
    }
    expect(during).toEqual({ inLayer: true, inDrawing: false });
    await page.waitForTimeout(400);
    await frames(page, 2);
    expect(await where()).toEqual({ inLayer: false, inDrawing: true });
    expect(await zoomK(page)).toBeGreaterThan(1);
    for (const count of await wheelAndDrag(page)) expect(count).toBeLessThanOrEqual(3000);
    await page.screenshot({ path: `${ARTIFACTS}random-100k-zoomed.png` });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
