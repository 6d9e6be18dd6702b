// Entry measured by scripts/size-check.mjs as "the static core": model + layout + SVG string,
// what a static embed or a server render needs (formats and the DOM renderer excluded).
export { createTimeline } from "../src/model/timeline.js";
export { parseDate } from "../src/model/parse-date.js";
export { formatTimePoint, spokenDate } from "../src/model/format-date.js";
export { layoutTimeline } from "../src/layout/layout.js";
export { toSVGString, renderToSVG } from "../src/render/to-svg-string.js";
export { ChronolineError } from "../src/errors.js";
