/**
 * Colour validation: the only way a colour from data or options reaches the CSS. A value passes
 * only if it is a complete hex, rgb()/rgba(), hsl()/hsla() or named colour, so nothing else
 * (`;`, `}`, `<`, `url(`, comments) can ever be written into a style sheet.
 */

// The CSS Color Module Level 4 named colours. A set, so the order carries no meaning: this one
// (found by a search over orders) compresses best, about 55 bytes under alphabetical order.
const NAMED = new Set(
  (
    "plum black magenta darkmagenta red orangered mediumvioletred orchid mediumturquoise mediumorchid " +
    "gold burlywood goldenrod teal crimson palegoldenrod firebrick maroon palegreen orange limegreen " +
    "whitesmoke purple lime darkorange aquamarine aqua mediumpurple turquoise mediumaquamarine fuchsia " +
    "white slateblue darkslateblue darkblue mistyrose mediumblue powderblue coral lightcoral dodgerblue " +
    "cornflowerblue cadetblue lightblue darkorchid ghostwhite skyblue lightskyblue papayawhip khaki " +
    "deepskyblue peru aliceblue royalblue peachpuff snow lavenderblush antiquewhite tan darkkhaki " +
    "rebeccapurple linen darkturquoise mediumslateblue darksalmon paleturquoise mintcream green wheat " +
    "deeppink lightseagreen lightpink indigo palevioletred hotpink floralwhite sienna blanchedalmond cyan " +
    "darkcyan blue lightcyan darkseagreen darkolivegreen darkgreen chocolate azure cornsilk lightgreen " +
    "chartreuse mediumspringgreen darkviolet salmon olivedrab greenyellow brown blueviolet saddlebrown " +
    "pink indianred honeydew lavender gainsboro midnightblue yellow bisque yellowgreen lightsalmon olive " +
    "violet sandybrown seagreen lightgoldenrodyellow moccasin seashell forestgreen lightsteelblue " +
    "rosybrown springgreen darkred mediumseagreen lightgray lightyellow beige gray darkslategray " +
    "lightslategray dimgray darkgray darkgoldenrod tomato thistle steelblue lawngreen silver grey " +
    "navajowhite slategrey lemonchiffon oldlace slategray darkslategrey lightslategrey darkgrey dimgrey " +
    "lightgrey ivory navy"
  ).split(" "),
);

// `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, then rgb()/rgba() and hsl()/hsla() in the legacy
// comma syntax or the modern space/slash syntax, written out in full (it compresses better than
// composing it): a number is
// `[+-]?(?=\.?\d)\d*\.?\d*` (digits with an optional decimal point, at least one digit), and
//   rgb(N%?, N%?, N%?[, N%?])   rgb(N%? N%? N%?[ / N%?])
//   hsl(N[deg], N%, N%[, N%?])  hsl(N[deg] N%? N%?[ / N%?])
const COLOR =
  /^(?:#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|rgba?\(\s*(?:[+-]?(?=\.?\d)\d*\.?\d*%?\s*,\s*[+-]?(?=\.?\d)\d*\.?\d*%?\s*,\s*[+-]?(?=\.?\d)\d*\.?\d*%?(?:\s*,\s*[+-]?(?=\.?\d)\d*\.?\d*%?)?|[+-]?(?=\.?\d)\d*\.?\d*%?\s+[+-]?(?=\.?\d)\d*\.?\d*%?\s+[+-]?(?=\.?\d)\d*\.?\d*%?(?:\s*\/\s*[+-]?(?=\.?\d)\d*\.?\d*%?)?)\s*\)|hsla?\(\s*(?:[+-]?(?=\.?\d)\d*\.?\d*(?:deg)?\s*,\s*[+-]?(?=\.?\d)\d*\.?\d*%\s*,\s*[+-]?(?=\.?\d)\d*\.?\d*%(?:\s*,\s*[+-]?(?=\.?\d)\d*\.?\d*%?)?|[+-]?(?=\.?\d)\d*\.?\d*(?:deg)?\s+[+-]?(?=\.?\d)\d*\.?\d*%?\s+[+-]?(?=\.?\d)\d*\.?\d*%?(?:\s*\/\s*[+-]?(?=\.?\d)\d*\.?\d*%?)?)\s*\))$/;

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
  return NAMED.has(color) || COLOR.test(color) ? color : null;
}
