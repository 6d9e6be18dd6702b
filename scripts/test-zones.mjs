// Runs the unit suite once per host time zone. Results must not depend on the zone the machine
// is in: UTC (the pinned zone), a zone with DST, and one with a half-hour offset. The browser and
// package tests are zone-independent and slow, so they run once, with the first zone.
// The last line totals every run: "tests: N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const zones = (process.env.CHRONOLINE_TEST_ZONES ?? "UTC,America/Chicago,Asia/Kolkata").split(",");
const extra = process.argv.slice(2);
const reports = ".tmp/test-reports";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const total = { passed: 0, failed: 0, skipped: 0 };
let failedRuns = 0;
for (const [i, zone] of zones.entries()) {
  console.log(`\n== tests with TZ=${zone} ==`);
  const env = { ...process.env, TZ: zone, CHRONOLINE_BROWSER: i === 0 ? process.env.CHRONOLINE_BROWSER ?? "" : "skip" };
  const report = `${reports}/${i}.json`;
  const args = ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra];
  const run = spawnSync("npx", args, { stdio: "inherit", env });
  if (run.status !== 0) failedRuns++;
  try {
    const r = JSON.parse(readFileSync(report, "utf8"));
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    total.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  } catch {
    // No report means the run itself broke (a syntax error, a crash): count it as a failure.
    total.failed += 1;
  }
}
console.log(`\nzones: ${zones.length - failedRuns} of ${zones.length} runs passed (${zones.join(", ")})`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedRuns || total.failed ? 1 : 0);
