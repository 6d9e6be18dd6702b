/**
 * The package as users get it: `npm pack`, installed into a scratch project from the tarball,
 * then used the four ways the README promises — ESM import, CommonJS require, the DOM-free
 * `chronoline/static`, the `chronoline` command — and the one-script bundle in Chromium.
 * Zone-independent and slow (an npm install), so it runs once, with the browser suite.
 */

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, launch, seed } from "../browser/harness.js";

const SEED_IDS = seed().events.map((e) => e.id);
const BUILT = ["dist/chronoline.mjs", "dist/chronoline.cjs", "dist/static.mjs", "dist/static.cjs", "dist/element.mjs", "dist/cli.mjs", "dist/chronoline.iife.min.js", "dist/chronoline-formats.iife.min.js"];

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" }, timeout: 120_000 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stderr}\n${result.stdout}`.slice(0, 4000));
  }
  return result.stdout;
}

/** Relative imports of a built module and of everything it imports, as file paths. */
function importGraph(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(file, "utf8");
    seen.set(file, code);
    for (const match of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), match[1]!));
  };
  visit(entry);
  return seen;
}

describe.skipIf(process.env.CHRONOLINE_BROWSER === "skip")("the npm package, packed and installed", () => {
  let dir: string;
  let app: string;
  let installed: string;
  let packed: string[];

  beforeAll(() => {
    const missing = BUILT.filter((file) => !existsSync(join(ROOT, file)));
    if (missing.length > 0) throw new Error(`not built: ${missing.join(", ")}. Run npm run build first (npm test does it for you).`);
    dir = mkdtempSync(join(tmpdir(), "chronoline-pack-"));
    const report = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir], ROOT)) as { filename: string; files: { path: string }[] }[];
    const tarball = join(dir, report[0]!.filename);
    packed = report[0]!.files.map((f) => f.path);
    app = join(dir, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "scratch-app", private: true, version: "1.0.0" }));
    const base = ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", tarball];
    // From npm's cache when it has every dependency; the registry otherwise.
    try {
      run("npm", [...base.slice(0, 1), "--offline", ...base.slice(1)], app);
    } catch {
      run("npm", base, app);
    }
    installed = join(app, "node_modules", "chronoline");
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("packs the builds, the command, the seeds and the licence, and no sources or tests", () => {
    for (const file of [...BUILT, "bin/chronoline.mjs", "seeds/seed.json", "seeds/chronoline.schema.json", "README.md", "LICENSE", "package.json"]) {
      expect(packed, file).toContain(file);
    }
    if (existsSync(join(ROOT, "dist/types/index.d.ts"))) expect(packed).toContain("dist/types/index.d.ts");
    expect(packed.filter((p) => /^(src|test|examples|bench|scripts|node_modules)\//.test(p))).toEqual([]);
  });

  it("import { createTimeline, toSVGString } from 'chronoline' renders the seed in Node (ESM)", () => {
    writeFileSync(
      join(app, "esm.mjs"),
      `import { readFileSync } from "node:fs";
import { createTimeline, toSVGString } from "chronoline";
const seed = JSON.parse(readFileSync(new URL("./node_modules/chronoline/seeds/seed.json", import.meta.url), "utf8"));
process.stdout.write(toSVGString(createTimeline(seed), { width: 800 }));`,
    );
    const svg = run("node", ["esm.mjs"], app);
    expect(svg.startsWith("<svg")).toBe(true);
    for (const id of SEED_IDS) expect(svg).toContain(`data-id="${id}"`);
  });

  it("require('chronoline') renders the seed in Node (CommonJS)", () => {
    writeFileSync(
      join(app, "cjs.cjs"),
      `const { readFileSync } = require("node:fs");
const { createTimeline, toSVGString, ChronolineError } = require("chronoline");
const seed = JSON.parse(readFileSync(require.resolve("chronoline/package.json").replace("package.json", "seeds/seed.json"), "utf8"));
if (typeof ChronolineError !== "function") throw new Error("ChronolineError missing");
process.stdout.write(toSVGString(createTimeline(seed), { width: 800 }));`,
    );
    const svg = run("node", ["cjs.cjs"], app);
    expect(svg.startsWith("<svg")).toBe(true);
    for (const id of SEED_IDS) expect(svg).toContain(`data-id="${id}"`);
  });

  it("chronoline/static imports and renders without any DOM, and never pulls in the DOM code", () => {
    writeFileSync(
      join(app, "static.mjs"),
      `import * as lib from "chronoline/static";
for (const name of ["document", "window", "HTMLElement", "customElements"]) if (name in globalThis) throw new Error(name + " exists");
if ("mount" in lib) throw new Error("mount is in chronoline/static");
const svg = lib.toSVGString({ events: [{ title: "Illinois passes the Trust Act", start: "2017" }] });
process.stdout.write(String(svg.startsWith("<svg")));`,
    );
    expect(run("node", ["static.mjs"], app)).toBe("true");
    const graph = importGraph(join(installed, "dist/static.mjs"));
    for (const [file, code] of graph) {
      expect(code, file).not.toMatch(/["']d3-(selection|zoom)["']/);
      expect(code, file).not.toMatch(/\bdocument\.|customElements\b|HTMLElement\b/);
    }
  });

  it("chronoline/element is harmless in Node (nothing to register)", () => {
    writeFileSync(join(app, "element.mjs"), `import { defineChronoLine } from "chronoline/element";\nprocess.stdout.write(String(defineChronoLine()));`);
    expect(run("node", ["element.mjs"], app)).toBe("undefined");
  });

  it("the chronoline command renders seeds/seed.json to an SVG file", () => {
    const out = join(app, "seed.svg");
    execFileSync(join(app, "node_modules/.bin/chronoline"), ["render", join(installed, "seeds/seed.json"), "-o", out, "--width", "900"], {
      cwd: app,
      stdio: "pipe",
    });
    const svg = readFileSync(out, "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('width="900"');
    for (const id of SEED_IDS) expect(svg).toContain(`data-id="${id}"`);
  });

  it("the one-script bundle contains no eval and no new Function, dependencies included", () => {
    const code = readFileSync(join(installed, "dist/chronoline.iife.min.js"), "utf8");
    expect(code).not.toMatch(/\bnew Function\b|[^.\w$]Function\(/);
    expect(code).not.toMatch(/[^.\w$]eval\(/);
    expect(code.startsWith("/*! chronoline")).toBe(true);
  });

  it("the installed one-script bundle renders the seed in Chromium", async () => {
    let browser: Browser | undefined;
    try {
      browser = await launch();
      const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.setContent(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>installed</title></head><body>` +
          `<chrono-line id="seed"><script type="application/json">${readFileSync(join(installed, "seeds/seed.json"), "utf8")}</script></chrono-line></body></html>`,
      );
      await page.addScriptTag({ path: join(installed, "dist/chronoline.iife.min.js") });
      await page.waitForFunction(() => (document.getElementById("seed")?.shadowRoot?.querySelectorAll(".chronoline-event").length ?? 0) > 0);
      const ids = await page.evaluate(() =>
        [...document.getElementById("seed")!.shadowRoot!.querySelectorAll(".chronoline-event")].map((n) => n.getAttribute("data-id")),
      );
      expect(ids.sort()).toEqual([...SEED_IDS].sort());
      expect(await page.evaluate(() => typeof (window as unknown as { Chronoline: { createTimeline: unknown } }).Chronoline.createTimeline)).toBe("function");
      expect(errors).toEqual([]);
    } finally {
      await browser?.close();
    }
  });
});
