// The test bundle's entry: what the lead's src/browser.ts will expose, built here on the fly so
// the browser tests do not depend on the package build.
export { mount } from "../../src/render/dom.js";
export { createTimeline } from "../../src/model/timeline.js";
export { renderToSVG, toSVGString } from "../../src/render/to-svg-string.js";
