#!/usr/bin/env node
// The `chronoline` command: a thin launcher for the built CLI (dist/cli.mjs, made by `npm run build`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = new URL("../dist/cli.mjs", import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write("chronoline: dist/cli.mjs is missing; run `npm run build` first\n");
  process.exit(1);
}
const { run } = await import(cli.href);
await run(process.argv.slice(2));
