/**
 * Functions the browser tests run in the page (through `page.evaluate`) and read back: label
 * boxes, element counts, the visible range, a promise for the next painted frame.
 */

import type { Page } from "playwright-core";

/** Waits until the page has painted `frames` more animation frames. */
export async function frames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    count,
  );
}

/** Mounts `data` into `selector` and records every notification in `window.log[name]`. */
export async function mountInPage(page: Page, selector: string, data: unknown, options: Record<string, unknown> = {}, name = "main"): Promise<void> {
  await page.evaluate(
    ({ selector, data, options, name }) => {
      const w = window as unknown as { Chronoline: { mount: Function }; handles: Record<string, any>; logs: Record<string, unknown[][]> };
      w.handles ??= {};
      w.logs ??= {};
      const log: unknown[][] = (w.logs[name] = []);
      const element = document.querySelector(selector);
      const handle = w.Chronoline.mount(element, data, options);
      for (const type of ["select", "focus", "zoom", "render"]) {
        handle.on(type, (detail: any) => log.push([type, detail?.id ?? detail?.reason ?? detail?.k ?? null]));
      }
      w.handles[name] = handle;
    },
    { selector, data, options, name },
  );
  await frames(page);
}

/** The visible window `[start, end]` (epoch ms) of a mounted timeline. */
export function visibleRange(page: Page, name = "main"): Promise<{ start: number; end: number }> {
  return page.evaluate((name) => (window as any).handles[name].visibleRange(), name);
}

/** Client boxes of every drawn event label under `selector`. */
export function labelBoxes(page: Page, selector = "#app"): Promise<{ x: number; y: number; width: number; height: number; text: string }[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    return [...root.querySelectorAll(".chronoline-label")].map((node) => {
      const r = node.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, text: node.textContent ?? "" };
    });
  }, selector);
}

/** Pairs of boxes that overlap by more than `tolerance` px in both directions. */
export function overlaps<T extends { x: number; y: number; width: number; height: number }>(boxes: T[], tolerance = 0.5): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > tolerance && h > tolerance) out.push([a, b]);
    }
  }
  return out;
}

/** Number of elements inside the mounted root under `selector` (the root included). */
export function elementCount(page: Page, selector = "#app"): Promise<number> {
  return page.evaluate((selector) => {
    const root = document.querySelector(`${selector} .chronoline-root`)!;
    return root.getElementsByTagName("*").length + 1;
  }, selector);
}

/** Centre of the drawing's plot area in client px. */
export function plotCentre(page: Page, selector = "#app"): Promise<{ x: number; y: number }> {
  return page.evaluate((selector) => {
    const svg = document.querySelector(`${selector} svg.chronoline`)!;
    const r = svg.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + Math.min(r.height / 2, 150) };
  }, selector);
}

/** The zoom of the drawn layout: its transform's k (1 = everything in view). */
export function zoomK(page: Page, name = "main"): Promise<number> {
  return page.evaluate((name) => (window as any).handles[name].layout.scale.transform.k, name);
}
