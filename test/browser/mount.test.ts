import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, browserTestsEnabled, bundle, launch, openPage, pageErrors, seed } from "./harness.js";
import { elementCount, frames, labelBoxes, mountInPage, overlaps, plotCentre, visibleRange, zoomK } from "./page-helpers.js";

// Drives the real thing: Debian's Chromium, the bundled library, the seed story.
describe.skipIf(!browserTestsEnabled)("mount() in Chromium with the seed timeline", () => {
  let browser: Browser;
  let script: string;
  let page: Page;

  beforeAll(async () => {
    script = await bundle();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function fresh(width = 1200, height = 600, options: Record<string, unknown> = {}): Promise<Page> {
    page = await openPage(browser, script, { width, height });
    await mountInPage(page, "#app", seed(), options);
    return page;
  }

  it("draws every seed event in an svg and reports the render", async () => {
    await fresh();
    const ids = await page.$$eval("#app .chronoline-event", (nodes) => nodes.map((n) => n.getAttribute("data-id")));
    expect(ids).toContain("trust-act");
    expect(ids).toContain("inauguration-address");
    const log = await page.evaluate(() => (window as any).logs.main);
    expect(log.some(([type]: [string]) => type === "render")).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}seed-1200.png` });
    expect(pageErrors(page)).toEqual([]);
  });

  it("writes its own words in the language the page asks for", async () => {
    await fresh(1200, 600, { strings: { events: "Ereignisse", lanes: "Spuren" } });
    const names = await page.$$eval("#app [role=list]", (nodes) => nodes.map((n) => n.getAttribute("aria-label")));
    expect(names).toContain("Ereignisse");
    expect(names).not.toContain("Events");
    expect(pageErrors(page)).toEqual([]);
  });

  it("names its controls and details popover in the page's language too, and takes new words live", async () => {
    const german = { zoom: "Zoomen", zoomIn: "Vergrößern", zoomOut: "Verkleinern", fit: "Alles", fitAll: "Alle Ereignisse zeigen", close: "Details schließen", approximate: "Ungefähres Datum", sources: "Quellen", timeline: "Zeitleiste" };
    page = await openPage(browser, script);
    await mountInPage(page, "#app", { events: [{ id: "x", title: "Gründung", start: "c. 1850", sources: [{ title: "Stadtchronik" }] }] }, { locale: "de-DE", strings: german });
    const chrome = () =>
      page.evaluate(() => {
        const root = document.querySelector("#app .chronoline-root")!;
        const buttons = [...root.querySelectorAll(".chronoline-controls button")];
        const details = root.querySelector(".chronoline-details")!;
        return {
          group: root.querySelector(".chronoline-controls")!.getAttribute("aria-label"),
          buttons: buttons.map((b) => [b.textContent, b.getAttribute("aria-label"), b.getAttribute("title")]),
          role: root.querySelector("svg.chronoline")!.getAttribute("aria-roledescription"),
          close: details.querySelector(".chronoline-details-close")?.getAttribute("aria-label"),
          approximate: details.querySelector("time")?.getAttribute("title"),
          sources: details.querySelector("ul")?.getAttribute("aria-label"),
        };
      });
    await page.evaluate(() => (window as any).handles.main.focus("x"));
    await page.keyboard.press("Enter");
    await frames(page);
    expect(await chrome()).toEqual({
      group: "Zoomen",
      buttons: [
        ["+", "Vergrößern", "Vergrößern"],
        ["−", "Verkleinern", "Verkleinern"],
        ["Alles", "Alle Ereignisse zeigen", "Alle Ereignisse zeigen"],
      ],
      role: "Zeitleiste",
      close: "Details schließen",
      approximate: "Ungefähres Datum",
      sources: "Quellen",
    });
    // New words replace the old ones at once, in the open popover too; words not given are English again.
    await page.evaluate(() => (window as any).handles.main.setOptions({ strings: { zoomIn: "Agrandir", sources: "Sources (fr)" } }));
    await frames(page);
    const after = await chrome();
    expect(after.buttons[0]).toEqual(["+", "Agrandir", "Agrandir"]);
    expect(after.buttons[2]).toEqual(["Fit", "Fit all events", "Fit all events"]);
    expect([after.group, after.role, after.close, after.approximate, after.sources]).toEqual(["Zoom", "timeline", "Close details", "Approximate date", "Sources (fr)"]);
    expect(pageErrors(page)).toEqual([]);
  });

  it("badges for events outside the view are marked as edge badges, dashed (found by QA)", async () => {
    await fresh();
    await page.evaluate(() => (window as any).handles.main.zoomTo({ start: "2017-05-01", end: "2019-07-31" }, { animate: false }));
    await frames(page);
    const edges = await page.$$eval("#app .chronoline-cluster-edge", (nodes) =>
      nodes.map((n) => [n.getAttribute("class"), getComputedStyle(n.querySelector(".chronoline-cluster-badge")!).strokeDasharray]),
    );
    expect(edges.length).toBeGreaterThan(0);
    for (const [cls, dash] of edges) {
      expect(cls).toMatch(/chronoline-cluster-(before|after)/);
      expect(dash).not.toBe("none");
    }
  });

  it("wheel zoom narrows the visible range and keeps labels apart", async () => {
    await fresh();
    const before = await visibleRange(page);
    const centre = await plotCentre(page);
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, -200);
      await frames(page, 1);
    }
    await page.waitForTimeout(250);
    await frames(page);
    const after = await visibleRange(page);
    // Time is piecewise (long gaps are compressed), so the zoom shows in k, the range shrinks.
    expect(await zoomK(page)).toBeGreaterThan(2);
    expect(after.end - after.start).toBeLessThan(before.end - before.start);
    expect(after.start).toBeGreaterThanOrEqual(before.start);
    expect(after.end).toBeLessThanOrEqual(before.end);
    const boxes = await labelBoxes(page);
    expect(boxes.length).toBeGreaterThan(0);
    expect(overlaps(boxes)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}seed-wheel-zoom.png` });
  });

  it("zooming out past everything is refused and the page may scroll instead", async () => {
    await fresh();
    const before = await visibleRange(page);
    const centre = await plotCentre(page);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, 600);
    await frames(page);
    expect(await visibleRange(page)).toEqual(before);
  });

  it("drag pans along time and stays within the data", async () => {
    await fresh();
    await page.evaluate(() => (window as any).handles.main.zoomTo({ start: "2024-06", end: "2024-12" }, { animate: false }));
    await frames(page);
    const before = await visibleRange(page);
    const k = await zoomK(page);
    expect(k).toBeGreaterThan(1);
    const centre = await plotCentre(page);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x - 200, centre.y, { steps: 8 });
    await page.mouse.up();
    await page.waitForTimeout(50);
    await frames(page);
    const after = await visibleRange(page);
    expect(after.start).toBeGreaterThan(before.start);
    expect(after.end).toBeGreaterThan(before.end);
    expect(await zoomK(page)).toBeCloseTo(k, 6);
    // A long drag the other way stops at the start of the data.
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x + 5000, centre.y, { steps: 10 });
    await page.mouse.up();
    await frames(page);
    const full = await page.evaluate(() => {
      const h = (window as any).handles.main;
      return h.layout.scale.segments[0].domain[0];
    });
    const end = await visibleRange(page);
    expect(end.start).toBeGreaterThanOrEqual(full - 1);
  });

  it("the buttons zoom in, out and back to everything", async () => {
    await fresh();
    const all = await visibleRange(page);
    expect(await page.isDisabled("#app button[aria-label='Zoom out']")).toBe(true);
    await page.click("#app button[aria-label='Zoom in']");
    await frames(page, 3);
    expect(await zoomK(page)).toBeCloseTo(2, 9);
    await page.click("#app button[aria-label='Zoom in']");
    await frames(page, 3);
    expect(await zoomK(page)).toBeCloseTo(4, 9);
    await page.click("#app button[aria-label='Zoom out']");
    await frames(page, 3);
    expect(await zoomK(page)).toBeCloseTo(2, 9);
    await page.click("#app button[aria-label='Fit all events']");
    await frames(page, 3);
    expect(await visibleRange(page)).toEqual(all);
  });

  it("double-click zooms in about the pointer", async () => {
    await fresh();
    const centre = await plotCentre(page);
    const at = await page.evaluate((x) => {
      const h = (window as any).handles.main;
      return x; // client x; the time under it must stay under it
    }, centre.x + 300);
    const timeAt = () =>
      page.evaluate((x) => {
        const h = (window as any).handles.main;
        const svg = document.querySelector("#app svg")!.getBoundingClientRect();
        const s = h.layout.scale;
        const px = x - svg.left;
        const seg = s.segments.find((g: any) => g.range[0] <= px && px <= g.range[1]);
        return seg.domain[0] + ((px - seg.range[0]) / (seg.range[1] - seg.range[0])) * (seg.domain[1] - seg.domain[0]);
      }, at);
    const before = await timeAt();
    await page.mouse.dblclick(at, centre.y);
    await frames(page, 3);
    expect(await zoomK(page)).toBeCloseTo(2, 9);
    const after = await timeAt();
    expect(Math.abs(after - before)).toBeLessThan(86_400_000 * 31);
  });

  it("the keyboard walks the events in time order from one tab stop", async () => {
    await fresh();
    const order = await page.evaluate(() => (window as any).handles.main.timeline.events.map((e: any) => e.id));
    // The zoom buttons come first (they sit above the drawing), then the timeline: one stop.
    const inDrawing = () => page.evaluate(() => document.activeElement?.closest("svg") !== null);
    for (let i = 0; i < 4 && !(await inDrawing()); i++) await page.keyboard.press("Tab");
    const first = await page.evaluate(() => document.activeElement?.getAttribute("data-id") ?? document.activeElement?.tagName);
    // The first Tab lands on the timeline (the svg when nothing was focused yet, or an event).
    expect(first === "svg" || order.includes(first)).toBe(true);
    await page.keyboard.press("Home");
    await frames(page, 3);
    const visited: string[] = [];
    for (let i = 0; i < order.length; i++) {
      visited.push(await page.evaluate(() => document.activeElement?.getAttribute("data-id") ?? ""));
      if (i === 0) {
        // Tab leaves the timeline at once: it is a single stop.
        await page.keyboard.press("Tab");
        expect(await inDrawing()).toBe(false);
        await page.keyboard.press("Shift+Tab");
        expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe(order[0]);
      }
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(20);
      await frames(page, 2);
    }
    expect(visited).toEqual(order);
    // Only one element of the drawing is in the tab order.
    const tabStops = await page.$$eval("#app svg [tabindex='0'], #app svg[tabindex='0']", (n) => n.length);
    expect(tabStops).toBe(1);
    await page.keyboard.press("Home");
    await frames(page, 3);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe(order[0]);
    await page.keyboard.press("End");
    await frames(page, 3);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe(order[order.length - 1]);
    // The focused event is visible, with a focus ring around it.
    const ring = await page.evaluate(() => {
      const ring = document.querySelector<HTMLElement>("#app .chronoline-ring")!;
      const target = document.activeElement!.getBoundingClientRect();
      const r = ring.getBoundingClientRect();
      return { hidden: ring.hidden, contains: r.left <= target.left && r.right >= target.right && r.top <= target.top && r.bottom >= target.bottom };
    });
    expect(ring).toEqual({ hidden: false, contains: true });
    const log = await page.evaluate(() => (window as any).logs.main.filter(([t]: [string]) => t === "focus").map(([, id]: [string, string]) => id));
    expect(log).toContain(order[1]);
    await page.screenshot({ path: `${ARTIFACTS}seed-keyboard-end.png` });
  });

  it("up and down move between lanes", async () => {
    await fresh();
    await page.evaluate(() => (window as any).handles.main.focus("inauguration-address"));
    await frames(page, 3);
    const lanes = await page.evaluate(() => {
      const h = (window as any).handles.main;
      const laneOf = (id: string) => h.timeline.events.find((e: any) => e.id === id).group;
      return { start: laneOf("inauguration-address"), ids: h.layout.lanes.map((l: any) => l.id) };
    });
    await page.keyboard.press("ArrowDown");
    await frames(page, 3);
    const now = await page.evaluate(() => {
      const h = (window as any).handles.main;
      const id = document.activeElement?.getAttribute("data-id");
      return h.timeline.events.find((e: any) => e.id === id)?.group;
    });
    expect(lanes.ids.indexOf(now)).toBe(lanes.ids.indexOf(lanes.start) + 1);
  });

  it("Enter opens the details with the date in words, the quote and safe links; Esc closes them", async () => {
    await fresh();
    await page.evaluate(() => (window as any).handles.main.focus("inauguration-address"));
    await frames(page, 3);
    await page.keyboard.press("Enter");
    await frames(page);
    const details = await page.evaluate(() => {
      const d = document.querySelector<HTMLElement>("#app .chronoline-details")!;
      const r = d.getBoundingClientRect();
      return {
        hidden: d.hidden,
        text: d.textContent,
        date: d.querySelector(".chronoline-details-date")?.textContent,
        quote: d.querySelector("blockquote")?.textContent,
        speaker: d.querySelector("figcaption")?.textContent,
        describedBy: document.activeElement?.getAttribute("aria-describedby") === d.id,
        inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
      };
    });
    expect(details.hidden).toBe(false);
    expect(details.text).toContain("Trump's inauguration address");
    expect(details.date).toBe("January 20, 2025");
    expect(details.quote).toContain("All illegal entry will immediately be halted");
    expect(details.speaker).toBe("— Donald Trump");
    expect(details.describedBy).toBe(true);
    expect(details.inside).toBe(true);
    const selects = await page.evaluate(() => (window as any).logs.main.filter(([t]: [string]) => t === "select"));
    expect(selects).toEqual([["select", "inauguration-address"]]);
    await page.screenshot({ path: `${ARTIFACTS}seed-details.png` });
    await page.keyboard.press("Escape");
    await frames(page);
    expect(await page.isHidden("#app .chronoline-details")).toBe(true);
    // Focus stays on the event (the popover never traps it).
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe("inauguration-address");
  });

  it("the trust act reads 'in 2017' and sources become links only when their URL is safe", async () => {
    page = await openPage(browser, script);
    await mountInPage(page, "#app", {
      events: [
        {
          id: "x",
          title: 'Bold <img src=x onerror="window.pwned=1"> claim',
          start: "c. 1850",
          description: "<script>window.pwned=2</script>",
          sources: [
            { url: "https://example.com/a?b=1&c=2", title: "Example report", publisher: "Example" },
            { title: "A book without a link" },
          ],
        },
        { id: "y", title: "Year", start: "2017" },
      ],
    });
    await page.evaluate(() => (window as any).handles.main.focus("x"));
    await page.keyboard.press("Enter");
    await frames(page);
    const d = await page.evaluate(() => {
      const d = document.querySelector("#app .chronoline-details")!;
      return {
        title: d.querySelector(".chronoline-details-title")?.textContent,
        date: d.querySelector(".chronoline-details-date")?.textContent,
        links: [...d.querySelectorAll("a")].map((a) => ({ href: a.getAttribute("href"), rel: a.rel, text: a.textContent })),
        items: [...d.querySelectorAll("li")].map((li) => li.textContent),
        images: document.querySelectorAll("#app img, #app script").length,
        pwned: (window as any).pwned ?? null,
      };
    });
    expect(d.title).toBe('Bold <img src=x onerror="window.pwned=1"> claim');
    expect(d.date).toBe("circa 1850");
    expect(d.links).toEqual([{ href: "https://example.com/a?b=1&c=2", rel: "noopener noreferrer nofollow", text: "Example report" }]);
    expect(d.items).toEqual(["Example report, Example", "A book without a link"]);
    expect(d.images).toBe(0);
    expect(d.pwned).toBeNull();
    await page.evaluate(() => (window as any).handles.main.focus("y"));
    await frames(page);
    expect(await page.textContent("#app .chronoline-details-date")).toBe("in 2017");
  });

  it("hovering an event shows its details; clicking one selects it and pins them", async () => {
    await fresh();
    const box = await page.$eval("#app [data-id='trust-act']", (n) => {
      const r = (n.querySelector("rect, circle, path") ?? n).getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await frames(page);
    expect(await page.textContent("#app .chronoline-details-title")).toBe("Illinois passes the Trust Act");
    await page.mouse.click(box.x, box.y);
    await frames(page);
    expect(await page.isVisible("#app .chronoline-details-close")).toBe(true);
    const selects = await page.evaluate(() => (window as any).logs.main.filter(([t]: [string]) => t === "select"));
    expect(selects).toEqual([["select", "trust-act"]]);
    // A click outside the timeline dismisses them.
    await page.mouse.click(5, 595);
    await frames(page);
    expect(await page.isHidden("#app .chronoline-details")).toBe(true);
  });

  it("turns vertical below 480 px and back", async () => {
    await fresh();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.waitForTimeout(100);
    await frames(page, 3);
    const vertical = await page.evaluate(() => (window as any).handles.main.layout.orientation);
    expect(vertical).toBe("vertical");
    const width = await page.$eval("#app svg.chronoline", (svg) => svg.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(360);
    const boxes = await labelBoxes(page);
    expect(overlaps(boxes)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}seed-vertical-360.png`, fullPage: true });
    await page.setViewportSize({ width: 900, height: 600 });
    await page.waitForTimeout(100);
    await frames(page, 3);
    expect(await page.evaluate(() => (window as any).handles.main.layout.orientation)).toBe("horizontal");
  });

  it("passes an axe-core scan, with and without the details open", async () => {
    await fresh();
    await page.addScriptTag({ path: `${process.cwd()}/node_modules/axe-core/axe.min.js` });
    const scan = () =>
      page.evaluate(async () => {
        const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
        return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`);
      });
    expect(await scan()).toEqual([]);
    await page.evaluate(() => (window as any).handles.main.focus("inauguration-address"));
    await page.keyboard.press("Enter");
    await frames(page);
    expect(await scan()).toEqual([]);
  });

  it("takes over an SVG made by toSVGString instead of redrawing it", async () => {
    page = await openPage(browser, script);
    const kept = await page.evaluate((data) => {
      const C = (window as any).Chronoline;
      const app = document.querySelector("#app")!;
      // Server markup, as a page would ship it.
      app.insertAdjacentHTML("afterbegin", C.toSVGString(data, { width: 1200, height: 400, idPrefix: "story" }));
      const svg = app.querySelector("svg")!;
      const event = svg.querySelector("[data-id='trust-act']")!;
      const axis = svg.querySelector(".chronoline-axis")!;
      const h = C.mount(app, data, { height: 400, measureText: "table" });
      (window as any).handles = { main: h };
      return {
        sameSvg: app.querySelector("svg") === svg,
        sameEvent: svg.querySelector("[data-id='trust-act']") === event,
        sameAxis: svg.querySelector(".chronoline-axis") === axis,
        svgCount: app.querySelectorAll("svg.chronoline").length,
        id: svg.id,
      };
    }, seed());
    expect(kept).toEqual({ sameSvg: true, sameEvent: true, sameAxis: true, svgCount: 1, id: "story" });
  });

  it("setOptions switches orientation and controls; off() stops notifications", async () => {
    await fresh();
    const state = await page.evaluate(() => {
      const h = (window as any).handles.main;
      const heard: string[] = [];
      const listener = () => heard.push("render");
      h.on("render", listener);
      h.setOptions({ orientation: "vertical", controls: false, height: 500 });
      const vertical = h.layout.orientation;
      const controlsHidden = (document.querySelector("#app .chronoline-controls") as HTMLElement).hidden;
      const height = document.querySelector("#app svg")!.getAttribute("height");
      h.off("render", listener);
      h.setOptions({ orientation: "auto", controls: true });
      return { vertical, controlsHidden, height, heard, back: h.layout.orientation };
    });
    expect(state).toEqual({ vertical: "vertical", controlsHidden: true, height: "500", heard: ["render"], back: "horizontal" });
    await expect(page.evaluate(() => (window as any).handles.main.setOptions({ orientation: "diagonal" }))).rejects.toThrow(/orientation/);
  });

  it("copes with no events and with a single event", async () => {
    page = await openPage(browser, script);
    await mountInPage(page, "#app", { events: [] });
    expect(await page.evaluate(() => (window as any).handles.main.visibleRange())).toBeNull();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    await page.evaluate(() => (window as any).handles.main.update([{ id: "one", title: "Only one", start: "2025-01-20" }]));
    await frames(page);
    await page.click("#app button[aria-label='Zoom in']");
    await frames(page, 3);
    expect(await page.$$eval("#app .chronoline-event", (n) => n.map((e) => e.getAttribute("data-id")))).toEqual(["one"]);
    expect(pageErrors(page)).toEqual([]);
  });

  it("destroy removes what mount added", async () => {
    await fresh();
    await page.evaluate(() => (window as any).handles.main.destroy());
    expect(await page.$$eval("#app *", (n) => n.length)).toBe(0);
  });

  it("styles the drawing from one constructed sheet, kept up to date and removed on destroy", async () => {
    await fresh();
    const sheets = () =>
      page.evaluate(() => {
        const id = document.querySelector("#app svg.chronoline")?.id ?? "";
        return document.adoptedStyleSheets
          .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join("\n"))
          .filter((text) => id !== "" && text.includes(`#${id}`));
      });
    // No inline <style> in the live drawing (a strict CSP blocks those).
    expect(await page.$$eval("#app svg style", (n) => n.length)).toBe(0);
    const before = await sheets();
    expect(before).toHaveLength(1);
    expect(await page.$eval("#app .chronoline-bg", (n) => getComputedStyle(n).fill)).toBe("rgb(255, 255, 255)");
    await page.evaluate(() => (window as any).handles.main.setOptions({ theme: "dark" }));
    await frames(page);
    const after = await sheets();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
    expect(await page.$eval("#app .chronoline-bg", (n) => getComputedStyle(n).fill)).not.toBe("rgb(255, 255, 255)");
    await page.evaluate(() => (window as any).handles.main.destroy());
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  });

  it("stays under the element bound with the seed", async () => {
    await fresh();
    expect(await elementCount(page)).toBeLessThan(3000);
  });
});
