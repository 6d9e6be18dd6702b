// Installs the locked dependencies when they are missing or older than the lock file, so that
// `npm start` and `npm test` work on a fresh clone as the README's only two commands.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const marker = "node_modules/.package-lock.json";
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync("package-lock.json").mtimeMs;
if (stale) {
  console.log("Installing the locked dependencies (npm ci)…");
  const run = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
  process.exit(run.status ?? 1);
}
