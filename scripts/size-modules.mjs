// Which modules the size budget is spent on: each module's marginal min+gzip bytes in a bundle,
// i.e. gzip(bundle) - gzip(bundle without that module), so text a module shares with others
// (gzip compresses repeats) is not counted twice.
//   node scripts/size-modules.mjs [entry] [filter]     (npm run size:modules -- …)
//   node scripts/size-modules.mjs src/browser.ts src/render/dom
// Default entry: bench/size-core.ts (the static core). Modules are bundled by esbuild (which
// keeps all of a dependency such as d3-time, where rollup drops unused parts) and minified one
// by one by terser without compression (local names mangled, top-level names kept), so figures
// run a little above scripts/size-check.mjs's; use them to rank and compare, not as the budget.
import { build } from "esbuild";
import { minify } from "terser";
import { gzipSync } from "node:zlib";

const entry = process.argv[2] ?? "bench/size-core.ts";
const filter = process.argv[3] ?? "";
const { outputFiles } = await build({ entryPoints: [entry], bundle: true, format: "esm", write: false, legalComments: "none" });
const modules = [];
let current = { name: "(bundle head)", code: "" };
for (const line of outputFiles[0].text.split("\n")) {
  const marker = /^\/\/ (\S+\.(?:ts|mjs|js))$/.exec(line);
  if (marker) {
    modules.push(current);
    current = { name: marker[1], code: "" };
  } else current.code += `${line}\n`;
}
modules.push(current);
for (const m of modules) {
  m.min = (await minify(m.code, { module: true, compress: false, mangle: { toplevel: false } })).code ?? "";
}
const gz = (text) => gzipSync(text, { level: 9 }).length;
const total = gz(modules.map((m) => m.min).join("\n"));
for (const m of modules) m.gz = total - gz(modules.filter((o) => o !== m).map((o) => o.min).join("\n"));
const byDir = new Map();
for (const m of modules) {
  const dir = m.name.replace(/\/[^/]*$/, "");
  byDir.set(dir, (byDir.get(dir) ?? 0) + m.gz);
}
console.log(`${entry}: ${(total / 1024).toFixed(1)} KB min+gzip (modules minified separately)`);
for (const [dir, bytes] of [...byDir].sort((a, b) => b[1] - a[1])) console.log(`  ${String(bytes).padStart(6)}  ${dir}/`);
console.log("  marginal gzip   min  module");
for (const m of modules.filter((m) => m.name.includes(filter) && m.min.length > 0).sort((a, b) => b.gz - a.gz)) {
  console.log(`  ${String(m.gz).padStart(14)} ${String(m.min.length).padStart(6)}  ${m.name}`);
}
