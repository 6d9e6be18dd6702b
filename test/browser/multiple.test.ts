import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, browserTestsEnabled, bundle, launch, openPage, seed } from "./harness.js";
import { frames, mountInPage, plotCentre, zoomK } from "./page-helpers.js";

const small = {
  title: "Small",
  events: [
    { id: "a", title: "First thing", start: "2020-03-01" },
    { id: "b", title: "Second thing", start: "2020-06-15" },
    { id: "trust-act", title: "Same id as in the seed", start: "2020-09-01" },
  ],
};

describe.skipIf(!browserTestsEnabled)("several timelines on one page", () => {
  let browser: Browser;
  let script: string;
  let page: Page;

  beforeAll(async () => {
    script = await bundle();
    browser = await launch();
    page = await openPage(browser, script, { width: 1000, height: 900, body: '<div id="one"></div><div id="two"></div>' });
    await mountInPage(page, "#one", seed(), { height: 380 }, "one");
    await mountInPage(page, "#two", small, { height: 300 }, "two");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("share no DOM ids", async () => {
    const ids = await page.$$eval("[id]", (nodes) => nodes.map((n) => n.id));
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
    await page.screenshot({ path: `${ARTIFACTS}two-timelines.png` });
  });

  it("zooming one leaves the other alone", async () => {
    const centre = await plotCentre(page, "#one");
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(250);
    await frames(page, 2);
    expect(await zoomK(page, "one")).toBeGreaterThan(1.5);
    expect(await zoomK(page, "two")).toBe(1);
    const zooms = await page.evaluate(() => (window as any).logs.two.filter(([t]: [string]) => t === "zoom").length);
    expect(zooms).toBe(0);
  });

  it("keyboard, focus and details stay in their own timeline, even with equal event ids", async () => {
    await page.evaluate(() => (window as any).handles.two.focus("trust-act"));
    await page.keyboard.press("Enter");
    await frames(page, 2);
    const state = await page.evaluate(() => ({
      active: document.activeElement?.closest("#two") !== null,
      oneDetails: (document.querySelector("#one .chronoline-details") as HTMLElement).hidden,
      twoDetails: document.querySelector("#two .chronoline-details-title")?.textContent,
      oneFocus: (window as any).logs.one.filter(([t]: [string]) => t === "focus").length,
      twoSelect: (window as any).logs.two.filter(([t]: [string]) => t === "select").map(([, id]: [string, string]) => id),
      oneSelect: (window as any).logs.one.filter(([t]: [string]) => t === "select").length,
    }));
    expect(state).toEqual({ active: true, oneDetails: true, twoDetails: "Same id as in the seed", oneFocus: 0, twoSelect: ["trust-act"], oneSelect: 0 });
    // DOM events reach only their own element.
    const heard = await page.evaluate(async () => {
      const heard: string[] = [];
      document.querySelector("#one")!.addEventListener("chronoline:focus", () => heard.push("one"));
      document.querySelector("#two")!.addEventListener("chronoline:focus", (e) => heard.push(`two:${(e as CustomEvent).detail.id}`));
      (window as any).handles.two.focus("b");
      return heard;
    });
    expect(heard).toEqual(["two:b"]);
  });
});
