// Runs the unit suite once per host time zone. Results must not depend on the zone the machine
// is in: UTC (the pinned zone), a zone with DST, and one with a half-hour offset.
import { spawnSync } from "node:child_process";

const zones = (process.env.CHRONOLINE_TEST_ZONES ?? "UTC,America/Chicago,Asia/Kolkata").split(",");
const extra = process.argv.slice(2);
let failed = 0;
for (const [i, zone] of zones.entries()) {
  console.log(`\n== unit tests with TZ=${zone} ==`);
  // The browser suite is zone-independent and slow, so it runs once, with the first zone.
  const env = { ...process.env, TZ: zone, CHRONOLINE_BROWSER: i === 0 ? process.env.CHRONOLINE_BROWSER ?? "" : "skip" };
  const run = spawnSync("npx", ["vitest", "run", ...extra], { stdio: "inherit", env });
  if (run.status !== 0) failed++;
}
console.log(`\nzones: ${zones.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
