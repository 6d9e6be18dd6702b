/**
 * Shared set-up of the browser tests and the browser bench: bundles the library for the page
 * with esbuild, launches Debian's Chromium through playwright-core (never a downloaded browser)
 * and opens pages at a given size with the bundle loaded.
 */

import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import type { TimelineInput } from "../../src/model/types.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL("../artifacts/", import.meta.url));
export const CHROMIUM = process.env.CHRONOLINE_CHROMIUM ?? "/usr/bin/chromium";

/** Bundles test/browser/entry.ts as an IIFE exposing the global `Chronoline`; returns its path. */
export async function bundle(minify = false): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const outfile = `${ARTIFACTS}chronoline-test${minify ? ".min" : ""}.js`;
  await build({
    entryPoints: [`${ROOT}test/browser/entry.ts`],
    bundle: true,
    format: "iife",
    globalName: "Chronoline",
    outfile,
    minify,
    target: "es2022",
    logLevel: "silent",
  });
  return outfile;
}

/** Launches headless Chromium with the flags the project allows. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

/** The seed story, as authors write it. */
export function seed(): TimelineInput {
  return JSON.parse(readFileSync(`${ROOT}seeds/seed.json`, "utf8")) as TimelineInput;
}

/** A page of the given size with `body` (HTML written by the test) and the bundle loaded. */
export async function openPage(
  browser: Browser,
  bundlePath: string,
  options: { width?: number; height?: number; body?: string; reducedMotion?: boolean; hasTouch?: boolean; dark?: boolean } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1200, height: options.height ?? 600 },
    reducedMotion: options.reducedMotion === false ? "no-preference" : "reduce",
    colorScheme: options.dark ? "dark" : "light",
    hasTouch: options.hasTouch ?? false,
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  (page as Page & { errors: string[] }).errors = errors;
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chronoline test</title>` +
      `<style>body{margin:0;font-family:sans-serif}</style></head><body><main><h1>chronoline test page</h1>${options.body ?? '<div id="app"></div>'}</main></body></html>`,
  );
  await page.addScriptTag({ path: bundlePath });
  // tsx (esbuild with keepNames) wraps functions in `__name(...)`, also inside the callbacks we
  // send to page.evaluate: give the page a no-op one so the bench can run under tsx.
  await page.evaluate("globalThis.__name = (f) => f");
  return page;
}

/** Uncaught page errors seen so far. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** Whether browser tests should run (CHRONOLINE_BROWSER=skip turns them off). */
export const browserTestsEnabled = process.env.CHRONOLINE_BROWSER !== "skip";
