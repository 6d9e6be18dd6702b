/**
 * Shared set-up of the element and example tests: the built one-script bundle (dist/ must exist:
 * `npm test` builds first), the project's own example server on an ephemeral port, and pages that
 * record what a strict Content Security Policy or a broken script would report.
 */

import { existsSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { ROOT } from "../browser/harness.js";

/** The one-script-tag bundle authors load. */
export const IIFE = `${ROOT}dist/chronoline.iife.min.js`;

/** The policy csp.html declares and the CSP tests serve. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Fails with a message that says what to do when the package has not been built. */
export function requireBuild(): void {
  if (!existsSync(IIFE)) {
    throw new Error(`${IIFE} is missing: build the package first (npm run build, or npx rollup -c); npm test builds it for you`);
  }
}

/** The seed document as text, exactly as on disk. */
export function seedText(): string {
  return readFileSync(`${ROOT}seeds/seed.json`, "utf8");
}

/** Starts scripts/serve.mjs's server on a free port; returns its origin and a stop function. */
export async function serveProject(): Promise<{ origin: string; stop: () => Promise<void> }> {
  // A computed specifier: serve.mjs is plain JavaScript without type declarations.
  const module = (await import(pathToFileURL(`${ROOT}scripts/serve.mjs`).href)) as {
    startServer: (port?: number, host?: string) => Promise<Server>;
  };
  const server = await module.startServer(0);
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a page reported while it ran. */
export interface PageReport {
  /** Uncaught exceptions. */
  readonly errors: string[];
  /** `console.error` messages (a blocked inline style shows up here too). */
  readonly consoleErrors: string[];
}

const REPORTS = new WeakMap<Page, PageReport>();

/** The page's uncaught errors and console errors so far. */
export function reportOf(page: Page): PageReport {
  return REPORTS.get(page) ?? { errors: [], consoleErrors: [] };
}

/**
 * A new page that records errors, Content Security Policy violations (`window.violations`) and
 * every `chronoline:render` / `chronoline:error` event (`window.renders`, `window.failures`) from
 * the first script on.
 */
export async function newPage(
  browser: Browser,
  options: { width?: number; height?: number; colorScheme?: "light" | "dark" } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1200, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? "light",
    reducedMotion: "reduce",
  });
  const report: PageReport = { errors: [], consoleErrors: [] };
  REPORTS.set(page, report);
  page.on("pageerror", (error) => report.errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") report.consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[]; renders: unknown[]; failures: unknown[] };
    w.violations = [];
    w.renders = [];
    w.failures = [];
    document.addEventListener("securitypolicyviolation", (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    document.addEventListener("chronoline:render", (e) => {
      const target = e.target as Element;
      const detail = (e as CustomEvent).detail as { reason: string; orientation: string; totalMs: number };
      w.renders.push({ id: target.id, reason: detail.reason, orientation: detail.orientation });
    });
    document.addEventListener("chronoline:error", (e) => {
      const error = (e as CustomEvent).detail.error as { message?: string };
      w.failures.push({ id: (e.target as Element).id, message: String(error?.message ?? error) });
    });
  });
  return page;
}

/**
 * Serves `html` at `${origin}/__test__/<name>` (optionally with a CSP header) and opens it, so
 * the page's scripts and data come from the project server, same origin.
 */
export async function openHtml(page: Page, origin: string, html: string, options: { csp?: string; name?: string } = {}): Promise<void> {
  const url = `${origin}/__test__/${options.name ?? "page.html"}`;
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html; charset=utf-8",
      headers: options.csp ? { "content-security-policy": options.csp } : {},
      body: html,
    }),
  );
  await page.goto(url);
}

/**
 * A minimal page: `body` plus the script tag, and the formats add-on after it unless
 * `formats` is false (then the element reads chronoline JSON only).
 */
export function pageHtml(body: string, head = "", formats = true): string {
  const addon = formats ? `<script src="/dist/chronoline-formats.iife.min.js" defer></script>` : "";
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chrono-line test</title>${head}` +
    `<script src="/dist/chronoline.iife.min.js" defer></script>${addon}</head><body>${body}</body></html>`
  );
}

/** Waits until the element with `id` has rendered `count` times in all. */
export async function rendered(page: Page, id: string, count = 1): Promise<void> {
  await page.waitForFunction(
    ({ id, count }) => (window as unknown as { renders: { id: string }[] }).renders.filter((r) => r.id === id).length >= count,
    { id, count },
    { timeout: 15_000 },
  );
}

/** Waits until the element with `id` reported an error; returns its message. */
export async function failed(page: Page, id: string): Promise<string> {
  const handle = await page.waitForFunction(
    (id) => (window as unknown as { failures: { id: string; message: string }[] }).failures.find((f) => f.id === id)?.message,
    id,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** The renders recorded for `id`, oldest first. */
export function rendersOf(page: Page, id: string): Promise<{ reason: string; orientation: string }[]> {
  return page.evaluate((id) => (window as unknown as { renders: { id: string; reason: string; orientation: string }[] }).renders.filter((r) => r.id === id), id);
}

/** Data ids of the events drawn inside the element's shadow root. */
export function drawnIds(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    return [...root.querySelectorAll(".chronoline-event")].map((node) => node.getAttribute("data-id") ?? "");
  }, selector);
}

/** Escapes text for an HTML text node (a test's inline data). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
