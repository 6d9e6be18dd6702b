/**
 * The core every build shares — model, layout and the SVG string renderer, no DOM and no file
 * formats. `chronoline/static` adds the formats and layout metrics; the one-script-tag build adds
 * `mount` and the element (its formats come as an add-on).
 *
 * Pipeline: createTimeline → layoutTimeline → scene → serialiseScene, or all at once with
 * toSVGString.
 */
export { ChronolineError } from "./errors.js";
export type { Diagnostic, ErrorCode, WarningCode, ErrorContext } from "./errors.js";
export type { TimelineOptions, ErrorMode } from "./options.js";
export { DEFAULT_TIMELINE_OPTIONS } from "./options.js";

export { createTimeline, compareEvents, eventEnd } from "./model/timeline.js";
export { parseDate, parseDateRange } from "./model/parse-date.js";
export type { DateOptions } from "./model/parse-date.js";
export { formatTimePoint, spokenDate, formatRange, spokenRange, formatTick } from "./model/format-date.js";
export type { FormatDateOptions, FormatTickOptions } from "./model/format-date.js";
export { PRECISIONS, comparePrecision, isPrecision } from "./model/precision.js";
export type { Precision } from "./model/precision.js";
export { midpoint, compareTimePoints } from "./model/timepoint.js";
export type { TimePoint, DateRange } from "./model/timepoint.js";
export type {
  DateInput,
  DateFields,
  EpochMs,
  EventInput,
  SourceInput,
  QuoteInput,
  MediaInput,
  RelationInput,
  GroupInput,
  EraInput,
  TimelineInput,
  Timeline,
  TimelineEvent,
  TimelineGroup,
  Era,
  Extent,
  Source,
  Quote,
  Media,
  Relation,
} from "./model/types.js";


export { layoutTimeline } from "./layout/layout.js";
export { measureText } from "./layout/measure.js";
export { timeToPixel, pixelToTime } from "./layout/scale.js";
export type {
  Viewport,
  Layout,
  Orientation,
  ZoomTransform,
  GapRange,
  TextMeasurer,
  LabelOptions,
  Box,
  Point,
  Tick,
  Mark,
  MarkKind,
  LabelLayout,
  LaneLayout,
  AxisLayout,
  BreakMark,
  LayoutScale,
  ScaleSegment,
  TimeSpan,
  ClusterLayout,
  ConnectorLayout,
  EraLayout,
} from "./layout/types.js";

export { scene, createSceneCache } from "./render/scene.js";
export type { SceneOptions, SceneCache } from "./render/scene.js";
export type { SceneNode, SceneAttrValue, SceneTag } from "./render/scene-types.js";
export { SCENE_TAGS } from "./render/scene-types.js";
export { serialiseScene } from "./render/svg-string.js";
export { toSVGString, renderToSVG } from "./render/to-svg-string.js";
export type { SVGOptions, SVGRenderResult } from "./render/to-svg-string.js";
export type { SceneStrings } from "./render/a11y.js";
export { OKABE_ITO, LIGHT_THEME, DARK_THEME } from "./render/theme.js";
export type { ThemeName, ThemeColors } from "./render/theme.js";
export { safeUrl } from "./render/url.js";
export { escapeXml, sanitiseText } from "./render/escape.js";
export type { SanitisedText } from "./render/escape.js";
export { validColor } from "./render/color.js";
