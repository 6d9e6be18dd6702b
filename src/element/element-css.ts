/**
 * The style sheet of the `<chrono-line>` shadow root (the frame, the loading line and the error
 * box); the timeline inside brings its own. Installed as a constructed style sheet, which a
 * strict Content Security Policy allows. Colours follow the `theme` attribute, else the reader's
 * `prefers-color-scheme`; every one can be overridden with a custom property or `::part(error)`.
 */

import { themed } from "../render/theme.js";

const FONT = 'font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;';

// Error colours (text on background ≥ 7:1 in both themes) and the loading line's, under the
// private names that theme.ts's `themed` falls back to.
const LIGHT = "--chronoline-default-error-bg:#fff4f2;--chronoline-default-error-border:#b42318;--chronoline-default-error-text:#7a1b10;--chronoline-default-muted:#59636e";
const DARK = "--chronoline-default-error-bg:#2b1411;--chronoline-default-error-border:#f97066;--chronoline-default-error-text:#ffd7d2;--chronoline-default-muted:#9198a1";

/** The element's own CSS. */
export const ELEMENT_CSS =
  `:host{display:block;position:relative;${LIGHT}}` +
  `:host([theme="dark"]){${DARK}}` +
  `@media (prefers-color-scheme:dark){:host(:not([theme="light"])){${DARK}}}` +
  ":host([hidden]){display:none}" +
  ".frame{position:relative;width:100%;height:100%}" +
  `.error{box-sizing:border-box;margin:0;padding:12px 14px;border-radius:6px;${FONT}` +
  `border:1px solid ${themed("error-border")};background:${themed("error-bg")};color:${themed("error-text")};` +
  "overflow-wrap:anywhere}" +
  ".error strong{display:block;margin-bottom:4px}" +
  ".error .where{display:block;margin-top:4px;font-size:13px;opacity:.85}" +
  `.loading{margin:0;padding:8px 0;${FONT}color:${themed("muted")}}`;
