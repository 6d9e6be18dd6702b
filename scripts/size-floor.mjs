// How small the static core could get by leaving parts out: each row bundles a subset of the
// core's exports (esbuild, then terser with the build's options) and prints its min+gzip size,
// so "model + layout, no SVG at all" shows the floor before any drawing code is added.
//   node scripts/size-floor.mjs        (npm run size:floor)
// Figures run ~0.5 KB above scripts/size-check.mjs's (esbuild's bundle keeps a little more
// than rollup's); use them to compare rows, the size check for the budget.
import { build } from "esbuild";
import { minify } from "terser";
import { gzipSync } from "node:zlib";

const from = (names, path) => `export { ${names} } from "./src/${path}";`;
const model = from("createTimeline", "model/timeline.ts");
const layout = from("layoutTimeline", "layout/layout.ts");
const svg = from("toSVGString, renderToSVG", "render/to-svg-string.ts");
const rest = from("parseDate", "model/parse-date.ts") + from("formatTimePoint, spokenDate", "model/format-date.ts") + from("ChronolineError", "errors.ts");
const rows = [
  ["static core (bench/size-core.ts's exports)", model + layout + svg + rest],
  ["model + layout, no SVG string at all", model + layout],
  ["layout alone (with the model parts it imports)", layout],
  ["model alone (createTimeline)", model],
];
const budget = 20;
for (const [name, contents] of rows) {
  const { outputFiles } = await build({ stdin: { contents, resolveDir: process.cwd(), loader: "ts" }, bundle: true, format: "iife", globalName: "ChronolineCore", write: false, legalComments: "none" });
  const { code } = await minify(outputFiles[0].text, { compress: { passes: 2 } });
  const kb = gzipSync(code ?? "", { level: 9 }).length / 1024;
  console.log(`${name.padEnd(50)} ${kb.toFixed(1).padStart(5)} KB min+gzip  (${kb > budget ? "+" : ""}${(kb - budget).toFixed(1)} against the 20 KB core budget)`);
}
