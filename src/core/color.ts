/**
 * Colours from data. A colour string reaches CSS only after `normalizeColor` has rebuilt it from parsed
 * numbers, so nothing else in it (`;`, `url(…)`, `var(…)`, `expression(…)`) can get through.
 *
 * Accepted: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`; `rgb()`/`rgba()`/`hsl()`/`hsla()` with numbers, in
 * the comma or the space syntax (`rgb(255 0 0 / 50%)`), with `%` and hue units (`deg`, `turn`, `rad`,
 * `grad`); the CSS named colours and `transparent`. Case and surrounding white space do not matter.
 */

/** A colour as numbers: `r`, `g`, `b` integers 0–255 and `a` (alpha) 0–1. */
export interface RgbaColor {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** No real colour is this long; refusing early keeps a megabyte string from reaching the regexes. */
const MAX_COLOR_LENGTH = 200;

// The CSS named colours (CSS Color 4, 148 names) as name:rrggbb.
const NAMED_COLORS_TABLE =
  'aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff beige:f5f5dc bisque:ffe4c4 ' +
  'black:000000 blanchedalmond:ffebcd blue:0000ff blueviolet:8a2be2 brown:a52a2a burlywood:deb887 ' +
  'cadetblue:5f9ea0 chartreuse:7fff00 chocolate:d2691e coral:ff7f50 cornflowerblue:6495ed cornsilk:fff8dc ' +
  'crimson:dc143c cyan:00ffff darkblue:00008b darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9 ' +
  'darkgreen:006400 darkgrey:a9a9a9 darkkhaki:bdb76b darkmagenta:8b008b darkolivegreen:556b2f ' +
  'darkorange:ff8c00 darkorchid:9932cc darkred:8b0000 darksalmon:e9967a darkseagreen:8fbc8f ' +
  'darkslateblue:483d8b darkslategray:2f4f4f darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 ' +
  'deeppink:ff1493 deepskyblue:00bfff dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222 ' +
  'floralwhite:fffaf0 forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ghostwhite:f8f8ff gold:ffd700 ' +
  'goldenrod:daa520 gray:808080 green:008000 greenyellow:adff2f grey:808080 honeydew:f0fff0 hotpink:ff69b4 ' +
  'indianred:cd5c5c indigo:4b0082 ivory:fffff0 khaki:f0e68c lavender:e6e6fa lavenderblush:fff0f5 ' +
  'lawngreen:7cfc00 lemonchiffon:fffacd lightblue:add8e6 lightcoral:f08080 lightcyan:e0ffff ' +
  'lightgoldenrodyellow:fafad2 lightgray:d3d3d3 lightgreen:90ee90 lightgrey:d3d3d3 lightpink:ffb6c1 ' +
  'lightsalmon:ffa07a lightseagreen:20b2aa lightskyblue:87cefa lightslategray:778899 lightslategrey:778899 ' +
  'lightsteelblue:b0c4de lightyellow:ffffe0 lime:00ff00 limegreen:32cd32 linen:faf0e6 magenta:ff00ff ' +
  'maroon:800000 mediumaquamarine:66cdaa mediumblue:0000cd mediumorchid:ba55d3 mediumpurple:9370db ' +
  'mediumseagreen:3cb371 mediumslateblue:7b68ee mediumspringgreen:00fa9a mediumturquoise:48d1cc ' +
  'mediumvioletred:c71585 midnightblue:191970 mintcream:f5fffa mistyrose:ffe4e1 moccasin:ffe4b5 ' +
  'navajowhite:ffdead navy:000080 oldlace:fdf5e6 olive:808000 olivedrab:6b8e23 orange:ffa500 ' +
  'orangered:ff4500 orchid:da70d6 palegoldenrod:eee8aa palegreen:98fb98 paleturquoise:afeeee ' +
  'palevioletred:db7093 papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f pink:ffc0cb plum:dda0dd ' +
  'powderblue:b0e0e6 purple:800080 rebeccapurple:663399 red:ff0000 rosybrown:bc8f8f royalblue:4169e1 ' +
  'saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460 seagreen:2e8b57 seashell:fff5ee sienna:a0522d ' +
  'silver:c0c0c0 skyblue:87ceeb slateblue:6a5acd slategray:708090 slategrey:708090 snow:fffafa ' +
  'springgreen:00ff7f steelblue:4682b4 tan:d2b48c teal:008080 thistle:d8bfd8 tomato:ff6347 ' +
  'turquoise:40e0d0 violet:ee82ee wheat:f5deb3 white:ffffff whitesmoke:f5f5f5 yellow:ffff00 yellowgreen:9acd32';

let namedColorMap: Map<string, string> | undefined;

/** The CSS named colours (lower case) and their `#rrggbb` values; `transparent` is not among them. */
export function namedColors(): ReadonlyMap<string, string> {
  namedColorMap ??= new Map(
    NAMED_COLORS_TABLE.split(' ').map((entry) => {
      const [name, hex] = entry.split(':');
      return [name, `#${hex}`];
    }),
  );
  return namedColorMap;
}

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;
const FUNCTION = /^(rgba?|hsla?)\((.*)\)$/;
const NUMBER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(%|deg|grad|rad|turn)?$/;

interface Quantity {
  value: number;
  unit: string;
}

function quantity(token: string): Quantity | undefined {
  const m = NUMBER.exec(token);
  if (!m) return undefined;
  const value = Number(m[1]);
  return Number.isFinite(value) ? { value, unit: m[2] ?? '' } : undefined;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function channel(q: Quantity): number | undefined {
  if (q.unit === '%') return Math.round(clamp((q.value * 255) / 100, 0, 255));
  return q.unit === '' ? Math.round(clamp(q.value, 0, 255)) : undefined;
}

function alpha(q: Quantity | undefined): number | undefined {
  if (!q) return 1;
  if (q.unit === '%') return clamp(q.value / 100, 0, 1);
  return q.unit === '' ? clamp(q.value, 0, 1) : undefined;
}

function hueDegrees(q: Quantity): number | undefined {
  switch (q.unit) {
    case '':
    case 'deg':
      return q.value;
    case 'turn':
      return q.value * 360;
    case 'rad':
      return (q.value * 180) / Math.PI;
    case 'grad':
      return q.value * 0.9;
    default:
      return undefined;
  }
}

/** Saturation and lightness: a percentage (or, in CSS Color 4, a bare number meaning the same). */
function percent(q: Quantity): number | undefined {
  return q.unit === '%' || q.unit === '' ? clamp(q.value, 0, 100) / 100 : undefined;
}

function hslToRgb(h: number, s: number, l: number, a: number): RgbaColor {
  // CSS Color 4, "Converting HSL colors to sRGB colors".
  const hue = ((h % 360) + 360) % 360;
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    return l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return { r: Math.round(f(0) * 255), g: Math.round(f(8) * 255), b: Math.round(f(4) * 255), a };
}

/** The arguments of `rgb(…)`/`hsl(…)`: 3 values and an optional alpha, comma- or space-separated. */
function functionArguments(body: string): Quantity[] | undefined {
  let parts: string[];
  if (body.includes(',')) {
    parts = body.split(',').map((p) => p.trim());
  } else {
    const [main, alphaPart, ...rest] = body.split('/');
    if (rest.length > 0) return undefined;
    parts = main.trim().split(/\s+/);
    if (alphaPart !== undefined) {
      if (parts.length !== 3) return undefined;
      parts.push(alphaPart.trim());
    }
  }
  if (parts.length < 3 || parts.length > 4) return undefined;
  const values: Quantity[] = [];
  for (const part of parts) {
    const q = quantity(part);
    if (!q) return undefined;
    values.push(q);
  }
  return values;
}

/**
 * Parses a CSS colour (see this module's list of forms) to numbers, or `undefined` when it is not one
 * of them (including `currentcolor`, `var(…)` and anything else CSS could read but data should not send).
 */
export function parseColor(text: string): RgbaColor | undefined {
  if (typeof text !== 'string' || text.length > MAX_COLOR_LENGTH) return undefined;
  const s = text.trim().toLowerCase();

  const hex = HEX.exec(s);
  if (hex) {
    const digits = hex[1];
    const short = digits.length <= 4;
    const at = (i: number) =>
      short ? parseInt(digits[i] + digits[i], 16) : parseInt(digits.slice(i * 2, i * 2 + 2), 16);
    const hasAlpha = digits.length === 4 || digits.length === 8;
    return { r: at(0), g: at(1), b: at(2), a: hasAlpha ? at(3) / 255 : 1 };
  }

  const fn = FUNCTION.exec(s);
  if (fn) {
    const args = functionArguments(fn[2]);
    if (!args) return undefined;
    const a = alpha(args[3]);
    if (a === undefined) return undefined;
    if (fn[1].startsWith('rgb')) {
      const [r, g, b] = [channel(args[0]), channel(args[1]), channel(args[2])];
      return r === undefined || g === undefined || b === undefined ? undefined : { r, g, b, a };
    }
    const [h, sat, light] = [hueDegrees(args[0]), percent(args[1]), percent(args[2])];
    return h === undefined || sat === undefined || light === undefined
      ? undefined
      : hslToRgb(h, sat, light, a);
  }

  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const named = namedColors().get(s);
  return named ? parseColor(named) : undefined;
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/** The colour as a canonical, safe CSS string: `#rrggbb` when opaque, else `rgba(r, g, b, a)`. */
export function formatColor({ r, g, b, a }: RgbaColor): string {
  if (a >= 1) return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
  return `rgba(${r}, ${g}, ${b}, ${Math.round(a * 1000) / 1000})`;
}

/**
 * A colour from data as a canonical, safe CSS string (`#rrggbb`, or `rgba(r, g, b, a)` when it is
 * translucent), or `undefined` when `text` is not a colour. Only this output may reach CSS.
 */
export function normalizeColor(text: string): string | undefined {
  const color = parseColor(text);
  return color && formatColor(color);
}
