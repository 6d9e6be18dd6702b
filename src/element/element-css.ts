/**
 * The style sheet of the `<chrono-line>` shadow root (the frame, the loading line and the error
 * box); the timeline inside brings its own. Installed as a constructed style sheet, which a
 * strict Content Security Policy allows. Colours follow the `theme` attribute, else the reader's
 * `prefers-color-scheme`; every one can be overridden with a custom property or `::part(error)`.
 */

const FONT = 'font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;';

// Error colours: text on background ≥ 7:1 in both themes.
const LIGHT = "--_cl-err-bg:#fff4f2;--_cl-err-border:#b42318;--_cl-err-text:#7a1b10;--_cl-muted:#59636e";
const DARK = "--_cl-err-bg:#2b1411;--_cl-err-border:#f97066;--_cl-err-text:#ffd7d2;--_cl-muted:#9198a1";

/** The element's own CSS (written minified: it ships in the bundle as it is). */
export const ELEMENT_CSS =
  `:host{display:block;position:relative;${LIGHT}}` +
  `:host([theme="dark"]){${DARK}}` +
  `@media (prefers-color-scheme:dark){:host(:not([theme="light"])){${DARK}}}` +
  ":host([hidden]){display:none}" +
  ".frame{position:relative;width:100%;height:100%}" +
  `.error{box-sizing:border-box;margin:0;padding:12px 14px;border-radius:6px;${FONT}` +
  "border:1px solid var(--chronoline-error-border,var(--_cl-err-border));" +
  "background:var(--chronoline-error-bg,var(--_cl-err-bg));" +
  "color:var(--chronoline-error-text,var(--_cl-err-text));" +
  "overflow-wrap:anywhere}" +
  ".error strong{display:block;margin-bottom:4px}" +
  ".error .where{display:block;margin-top:4px;font-size:13px;opacity:.85}" +
  `.loading{margin:0;padding:8px 0;${FONT}color:var(--chronoline-muted,var(--_cl-muted))}`;
