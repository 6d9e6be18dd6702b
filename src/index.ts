/**
 * chronoline: dated events in, honest and accessible timelines out.
 *
 * Everything in `chronoline/static` (model, formats, layout, SVG string) plus `mount`, the
 * interactive timeline for the browser. The `<chrono-line>` element registers itself from
 * `chronoline/element` (or the one-script-tag build).
 *
 * @packageDocumentation
 */
export * from "./static.js";
export { mount } from "./render/dom.js";
export type {
  MountData,
  MountHandle,
  MountOptions,
  MountStrings,
  ChromeStrings,
  TimeRange,
  ChronolineEventMap,
  ChronolineEventType,
  ChronolineListener,
  FocusDetail,
  RenderDetail,
  SelectDetail,
  ZoomDetail,
} from "./render/dom.js";
