// Builds, all from the same sources:
//   dist/chronoline.mjs / .cjs     the public barrel, dependencies external (npm users)
//   dist/element.mjs / .cjs        registers <chrono-line> (the package's only side effect)
//   dist/static.mjs                model + formats + layout + SVG string, no DOM (server rendering)
//   dist/cli.mjs                   the `chronoline` command
//   dist/chronoline.iife.min.js    model, layout, SVG, mount, element; dependencies bundled; global `Chronoline`
//   dist/chronoline-formats.iife.min.js  the formats add-on for it (CSV, TimelineJS, text syntax); global `ChronolineFormats`
//   dist/size/core.min.js          model + layout + SVG string bundled and minified: measured by the size check
import { readFileSync } from "node:fs";
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const banner = `/*! chronoline ${pkg.version} | MIT License | https://www.npmjs.com/package/chronoline */`;
const external = (id) => /^(d3-|node:)/.test(id);
const ts = () => typescript({ tsconfig: "./tsconfig.build.json", declaration: false, declarationDir: undefined, outDir: undefined, rootDir: undefined, noEmit: false, emitDeclarationOnly: false, sourceMap: false });
const min = () => terser({ format: { comments: /^!/ }, compress: { passes: 2 } });

export default [
  {
    input: { chronoline: "src/index.ts", element: "src/element/define.ts", static: "src/static.ts" },
    external,
    plugins: [ts()],
    output: [
      { dir: "dist", format: "es", entryFileNames: "[name].mjs", chunkFileNames: "chunks/[name]-[hash].mjs", banner },
      { dir: "dist", format: "cjs", entryFileNames: "[name].cjs", chunkFileNames: "chunks/[name]-[hash].cjs", banner },
    ],
  },
  {
    input: "src/cli/main.ts",
    external: (id) => external(id) || id.startsWith("node:"),
    plugins: [ts()],
    output: { file: "dist/cli.mjs", format: "es", banner },
  },
  {
    input: "src/browser.ts",
    plugins: [nodeResolve(), ts()],
    output: { file: "dist/chronoline.iife.min.js", format: "iife", name: "Chronoline", banner, plugins: [min()] },
  },
  {
    input: "src/formats-addon.ts",
    plugins: [nodeResolve(), ts()],
    output: { file: "dist/chronoline-formats.iife.min.js", format: "iife", name: "ChronolineFormats", banner, plugins: [min()] },
  },
  {
    input: "bench/size-core.ts",
    plugins: [nodeResolve(), typescript({ tsconfig: "./tsconfig.json", include: ["src/**/*.ts", "bench/size-core.ts"], noEmit: false, declaration: false, sourceMap: false })],
    output: { file: "dist/size/core.min.js", format: "iife", name: "ChronolineCore", banner, plugins: [min()] },
  },
];
