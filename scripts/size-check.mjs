// Reports min+gzip sizes of the bundled builds against the budgets (the full browser build
// ≤ 40 KB, the static part ≤ 20 KB). With --enforce it fails when a budget is exceeded.
// The budgets are not met yet (see bench/RESULTS.md, "Bundle size"), so `npm test` reports
// without --enforce; `npm run size` enforces.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const budgets = [
  { file: "dist/chronoline.iife.min.js", label: "full browser build (IIFE, interactive + element)", limit: 40 * 1024 },
  { file: "dist/size/core.min.js", label: "static core (model + layout + SVG string)", limit: 20 * 1024 },
  { file: "dist/chronoline-formats.iife.min.js", label: "formats add-on (CSV, TimelineJS, text syntax; optional)" },
];
let failed = 0;
for (const { file, label, limit } of budgets) {
  const bytes = readFileSync(file);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const ok = limit === undefined || gz <= limit;
  if (!ok) failed++;
  console.log(
    `${ok ? "ok  " : "FAIL"} ${label}: ${(bytes.length / 1024).toFixed(1)} KB min, ${(gz / 1024).toFixed(1)} KB min+gzip${limit === undefined ? "" : ` (budget ${(limit / 1024).toFixed(0)} KB)`}`,
  );
}
if (failed) console.log(`${failed} budget(s) exceeded${process.argv.includes("--enforce") ? "" : " (report only: run with --enforce to fail)"}`);
process.exit(failed && process.argv.includes("--enforce") ? 1 : 0);
