/**
 * Colour validation: the only way a colour from data or options reaches the CSS. A value passes
 * only if it is a complete hex, rgb()/rgba(), hsl()/hsla() or named colour, so nothing else
 * (`;`, `}`, `<`, `url(`, comments) can ever be written into a style sheet.
 */

// CSS Color Module Level 4 named colours, space-separated to stay small in the bundle.
const NAMED = new Set(
  (
    "aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown " +
    "burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan " +
    "darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid " +
    "darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet " +
    "deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro " +
    "ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki " +
    "lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow " +
    "lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray " +
    "lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine " +
    "mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise " +
    "mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab " +
    "orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru " +
    "pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown " +
    "seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan " +
    "teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen"
  ).split(" "),
);

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;
const NUM = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)";
const PCT = `${NUM}%`;
const NUM_OR_PCT = `${NUM}%?`;
const HUE = `${NUM}(?:deg)?`;
const ALPHA = `(?:${NUM_OR_PCT})`;
// Legacy comma syntax and the modern space/slash syntax, for both functions.
const RGB = new RegExp(
  `^rgba?\\(\\s*(?:${NUM_OR_PCT}\\s*,\\s*${NUM_OR_PCT}\\s*,\\s*${NUM_OR_PCT}(?:\\s*,\\s*${ALPHA})?` +
    `|${NUM_OR_PCT}\\s+${NUM_OR_PCT}\\s+${NUM_OR_PCT}(?:\\s*/\\s*${ALPHA})?)\\s*\\)$`,
);
const HSL = new RegExp(
  `^hsla?\\(\\s*(?:${HUE}\\s*,\\s*${PCT}\\s*,\\s*${PCT}(?:\\s*,\\s*${ALPHA})?` +
    `|${HUE}\\s+${NUM_OR_PCT}\\s+${NUM_OR_PCT}(?:\\s*/\\s*${ALPHA})?)\\s*\\)$`,
);

/**
 * Returns the colour in a normalised form (trimmed, lower case) when it is a complete CSS
 * colour of an allowed kind — `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()`,
 * `hsl()`/`hsla()` with numeric arguments, or a CSS named colour — and `null` otherwise.
 *
 * @example
 * ```ts
 * validColor(" #0072B2 ");            // "#0072b2"
 * validColor("rgb(0 114 178 / 50%)"); // "rgb(0 114 178 / 50%)"
 * validColor("red;}</style>");        // null
 * ```
 */
export function validColor(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 64) return null;
  const color = value.trim().toLowerCase();
  if (HEX.test(color) || NAMED.has(color) || RGB.test(color) || HSL.test(color)) return color;
  return null;
}
