import { defineConfig } from "vitest/config";

// Browser tests (test/browser) drive Debian's Chromium through playwright-core against the built
// IIFE bundle; they run once (scripts/test-zones.mjs sets CHRONOLINE_BROWSER=skip for the other zones).
const skipBrowser = process.env.CHRONOLINE_BROWSER === "skip";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["node_modules/**", ...(skipBrowser ? ["test/browser/**"] : [])],
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
