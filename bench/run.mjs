// Runs every benchmark in turn, each in its own process (so one's heap does not weigh on the
// next): layout, SVG string, formats, then the browser (Chromium). `npm run bench`;
// `npm run bench -- layout svg` runs a subset. Each prints its own table; results are kept in
// bench/RESULTS.md by hand, with the machine and its load.
import { spawnSync } from "node:child_process";

const all = ["layout", "svg", "formats", "browser"];
const chosen = process.argv.slice(2).filter((name) => all.includes(name));
let failed = 0;
for (const name of chosen.length ? chosen : all) {
  console.log(`\n== bench/${name}.ts ==`);
  const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", `bench/${name}.ts`], { stdio: "inherit" });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
