/**
 * Colour vision: how colours look to readers with a dichromacy (protanopia, deuteranopia,
 * tritanopia), and how far apart two colours look (CIEDE2000 in CIELAB), so that colours that mark
 * different sides or lanes can be checked for every reader.
 *
 * Simulation works on linear RGB (sRGB decoded with its transfer function), and clips the result to
 * the sRGB gamut:
 * - protanopia and deuteranopia: the matrices of Machado, Oliveira & Fernandes, "A Physiologically-based
 *   Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009, at severity 1.0;
 * - tritanopia: Brettel, Viénot & Mollon, "Computerized simulation of color appearance for
 *   dichromats", JOSA A 14(10), 1997, two half-planes, with the matrices libDaltonLens (public domain)
 *   precomputes for sRGB and the Smith & Pokorny cone fundamentals. Machado's own tritan matrix is
 *   not used: its authors note the model is not validated for tritan deficiencies.
 *
 * Distance: CIEDE2000 (CIE 142-2001; Sharma, Wu & Dalal 2005) between CIELAB colours under D65.
 */
import { parseColor } from './color.js';

/** Normal vision, or one of the three dichromacies. */
export type ColorVision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

/** Every vision the checks cover, normal first. */
export const COLOR_VISIONS: readonly ColorVision[] = Object.freeze([
  'normal',
  'protanopia',
  'deuteranopia',
  'tritanopia',
]);

/**
 * The smallest CIEDE2000 distance at which two colours count as distinguishable at a glance, for
 * marks as small as a lane's dots and a chip's swatch (far above a just-noticeable difference, which
 * small marks need).
 */
export const DISTINCT_DELTA_E = 10;

/** An sRGB colour, channels 0–255 (not necessarily whole numbers). */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** A CIELAB colour (D65 white): `l` 0–100, `a` and `b` roughly −128 to 127. */
export interface Lab {
  l: number;
  a: number;
  b: number;
}

type Matrix = readonly [number, number, number, number, number, number, number, number, number];
type Vector = [number, number, number];

const PROTANOPIA: Matrix = [
  0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998,
];
const DEUTERANOPIA: Matrix = [
  0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881,
];
// Brettel's two half-planes, and the normal of the plane between them, all in linear RGB.
const TRITANOPIA_1: Matrix = [
  1.01277, 0.13548, -0.14826, -0.01243, 0.86812, 0.14431, 0.07589, 0.805, 0.11911,
];
const TRITANOPIA_2: Matrix = [
  0.93678, 0.18979, -0.12657, 0.06154, 0.81526, 0.1232, -0.37562, 1.12767, 0.24796,
];
const TRITANOPIA_SEPARATION: Vector = [0.03901, -0.02788, -0.01113];

const multiply = (m: Matrix, [x, y, z]: Vector): Vector => [
  m[0] * x + m[1] * y + m[2] * z,
  m[3] * x + m[4] * y + m[5] * z,
  m[6] * x + m[7] * y + m[8] * z,
];

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

const toLinear = (channel: number) => {
  const c = clamp01(channel / 255);
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

const fromLinear = (v: number) => {
  const c = clamp01(v);
  return 255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** The colour in linear RGB as a reader with `vision` sees it, clipped to the sRGB gamut. */
function simulateLinear(linear: Vector, vision: ColorVision): Vector {
  let out: Vector;
  switch (vision) {
    case 'protanopia':
      out = multiply(PROTANOPIA, linear);
      break;
    case 'deuteranopia':
      out = multiply(DEUTERANOPIA, linear);
      break;
    case 'tritanopia': {
      const [nx, ny, nz] = TRITANOPIA_SEPARATION;
      const side = nx * linear[0] + ny * linear[1] + nz * linear[2];
      out = multiply(side >= 0 ? TRITANOPIA_1 : TRITANOPIA_2, linear);
      break;
    }
    default:
      out = linear;
  }
  return [clamp01(out[0]), clamp01(out[1]), clamp01(out[2])];
}

const linearOf = ({ r, g, b }: Rgb): Vector => [toLinear(r), toLinear(g), toLinear(b)];

/**
 * The sRGB colour a reader with `vision` sees instead of `rgb` (channels 0–255, unrounded). `normal`
 * gives the colour back (clipped to 0–255).
 */
export function simulateColorVision(rgb: Rgb, vision: ColorVision): Rgb {
  const [r, g, b] = simulateLinear(linearOf(rgb), vision);
  return { r: fromLinear(r), g: fromLinear(g), b: fromLinear(b) };
}

/** CIELAB (D65) from linear sRGB, through CIE XYZ. */
function labFromLinear([r, g, b]: Vector): Lab {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return { l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

/** The CIELAB (D65) coordinates of an sRGB colour, as a reader with `vision` sees it. */
export function toLab(rgb: Rgb, vision: ColorVision = 'normal'): Lab {
  return labFromLinear(simulateLinear(linearOf(rgb), vision));
}

const DEG = Math.PI / 180;

/** The CIEDE2000 colour difference of two CIELAB colours (kL = kC = kH = 1). */
export function deltaE2000(x: Lab, y: Lab): number {
  const c1 = Math.hypot(x.a, x.b);
  const c2 = Math.hypot(y.a, y.b);
  const cMean7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + 25 ** 7)));
  const a1 = (1 + g) * x.a;
  const a2 = (1 + g) * y.a;
  const cp1 = Math.hypot(a1, x.b);
  const cp2 = Math.hypot(a2, y.b);
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / DEG + 360) % 360);
  const h1 = hue(x.b, a1);
  const h2 = hue(y.b, a2);
  const chromatic = cp1 * cp2 !== 0;

  const dL = y.l - x.l;
  const dC = cp2 - cp1;
  let dh = 0;
  if (chromatic) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dh / 2) * DEG);

  const lMean = (x.l + y.l) / 2;
  const cpMean = (cp1 + cp2) / 2;
  let hMean = h1 + h2;
  if (chromatic) {
    if (Math.abs(h1 - h2) <= 180) hMean = (h1 + h2) / 2;
    else hMean = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos((hMean - 30) * DEG) +
    0.24 * Math.cos(2 * hMean * DEG) +
    0.32 * Math.cos((3 * hMean + 6) * DEG) -
    0.2 * Math.cos((4 * hMean - 63) * DEG);
  const dTheta = 30 * Math.exp(-(((hMean - 275) / 25) ** 2));
  const cpMean7 = cpMean ** 7;
  const rC = 2 * Math.sqrt(cpMean7 / (cpMean7 + 25 ** 7));
  const sL = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sC = 1 + 0.045 * cpMean;
  const sH = 1 + 0.015 * cpMean * t;
  const rT = -Math.sin(2 * dTheta * DEG) * rC;
  const [l, c, h] = [dL / sL, dC / sC, dH / sH];
  return Math.sqrt(l * l + c * c + h * h + rT * c * h);
}

const asRgb = (color: string | Rgb): Rgb | undefined =>
  typeof color === 'string' ? parseColor(color) : color;

/**
 * How different two colours look to a reader with `vision` (CIEDE2000; 0 = the same), or `undefined`
 * when either is not a colour `parseColor` reads. Alpha is ignored (colours are taken as opaque).
 */
export function colorDistance(
  a: string | Rgb,
  b: string | Rgb,
  vision: ColorVision = 'normal',
): number | undefined {
  const ca = asRgb(a);
  const cb = asRgb(b);
  return ca && cb ? deltaE2000(toLab(ca, vision), toLab(cb, vision)) : undefined;
}

/** Two colours of a list (by index, `first < second`) and how close they look, for the worst vision. */
export interface ColorPairDistance {
  first: number;
  second: number;
  /** The vision under which the two look most alike. */
  vision: ColorVision;
  /** Their CIEDE2000 distance under that vision. */
  distance: number;
}

/**
 * Every pair of `colors` that looks closer than `threshold` (CIEDE2000) under any of `visions`, once
 * per pair with the vision where it is closest, in list order (by `first`, then `second`). What is not
 * a colour is skipped. The work grows with the square of the list: give it distinct colours.
 */
export function confusablePairs(
  colors: readonly string[],
  threshold: number = DISTINCT_DELTA_E,
  visions: readonly ColorVision[] = COLOR_VISIONS,
): ColorPairDistance[] {
  const labs = colors.map((color) => {
    const rgb = parseColor(color);
    return rgb && visions.map((vision) => toLab(rgb, vision));
  });
  const pairs: ColorPairDistance[] = [];
  for (let i = 0; i < labs.length; i++) {
    const li = labs[i];
    if (!li) continue;
    for (let j = i + 1; j < labs.length; j++) {
      const lj = labs[j];
      if (!lj) continue;
      let worst: ColorPairDistance | undefined;
      visions.forEach((vision, k) => {
        const distance = deltaE2000(li[k], lj[k]);
        if (!worst || distance < worst.distance) worst = { first: i, second: j, vision, distance };
      });
      if (worst && worst.distance < threshold) pairs.push(worst);
    }
  }
  return pairs;
}

/**
 * The closest-looking pair of `colors` over `visions` (CIEDE2000), or `undefined` for fewer than two
 * colours. What is not a colour is skipped.
 */
export function minDistanceUnderCvd(
  colors: readonly string[],
  visions: readonly ColorVision[] = COLOR_VISIONS,
): ColorPairDistance | undefined {
  let closest: ColorPairDistance | undefined;
  for (const pair of confusablePairs(colors, Infinity, visions)) {
    if (!closest || pair.distance < closest.distance) closest = pair;
  }
  return closest;
}
