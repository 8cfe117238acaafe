/**
 * Colours for actors, sides and lanes that the data leaves uncoloured, and the contrast arithmetic
 * that keeps text on them readable (WCAG 2.2 relative luminance and contrast ratio).
 */
import { parseColor, type RgbaColor } from './color.js';
import type { Actor, Side } from './types.js';

/** Label colour on dark fills. */
export const LIGHT_LABEL = '#ffffff';
/**
 * Label colour on light fills. Black, not the theme's near-black text: with black or white, the
 * better of the two keeps at least 4.58:1 on any fill, so a colour from data can never leave its
 * label below WCAG AA.
 */
export const DARK_LABEL = '#000000';

/**
 * The default categorical palette: 16 colours of mixed hue and lightness, chosen so that every pair,
 * and each colour with the "other" lane's grey, stays at least `DISTINCT_DELTA_E` (CIEDE2000)
 * apart for normal vision and under simulated protanopia, deuteranopia and tritanopia (see
 * `color-vision.ts`). Each has at least 4.5:1 (WCAG AA for text) against its label colour from
 * {@link readableTextOn}.
 */
export const DEFAULT_PALETTE: readonly string[] = Object.freeze([
  '#1761ef', // blue
  '#bac406', // citron
  '#642835', // maroon
  '#0ce5ff', // cyan
  '#61986d', // sage green
  '#b787af', // mauve
  '#6b03a8', // purple
  '#b4ea96', // light green
  '#ff3953', // red
  '#ac8aef', // lavender
  '#005f56', // teal
  '#ffcad3', // pink
  '#a20524', // crimson
  '#f78b98', // salmon
  '#3a3858', // slate
  '#af5800', // orange-brown
]);

/** WCAG relative luminance of an sRGB colour (alpha is ignored: colours are taken as opaque). */
export function relativeLuminance({ r, g, b }: Pick<RgbaColor, 'r' | 'g' | 'b'>): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The WCAG contrast ratio of two CSS colours, from 1 (same) to 21 (black on white), or `undefined`
 * when either is not a colour `parseColor` reads. Alpha is ignored (both are taken as opaque).
 */
export function contrastRatio(a: string, b: string): number | undefined {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) return undefined;
  const [light, dark] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The label colour for text on a fill: {@link LIGHT_LABEL} or {@link DARK_LABEL}, whichever contrasts
 * more. Not a colour: {@link DARK_LABEL}.
 */
export function readableTextOn(color: string): typeof LIGHT_LABEL | typeof DARK_LABEL {
  const onLight = contrastRatio(color, DARK_LABEL);
  const onDark = contrastRatio(color, LIGHT_LABEL);
  if (onLight === undefined || onDark === undefined) return DARK_LABEL;
  return onDark > onLight ? LIGHT_LABEL : DARK_LABEL;
}

/** FNV-1a: a small, stable string hash (the same key gets the same colour on every page and run). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A palette colour for a key (an actor id, a side id, a category), always the same for the same key. */
export function colorFor(key: string, palette: readonly string[] = DEFAULT_PALETTE): string {
  const colors = palette.length > 0 ? palette : DEFAULT_PALETTE;
  return colors[hash(String(key)) % colors.length];
}

/**
 * The colour an actor is drawn in: its own, else its side's, else a stable palette colour for its id.
 * One rule for badges, lanes and chips, so an actor looks the same everywhere.
 */
export function actorColor(
  actor: Pick<Actor, 'id' | 'color' | 'side'>,
  sidesById: ReadonlyMap<string, Side>,
): string {
  const side = actor.side === undefined ? undefined : sidesById.get(actor.side);
  return actor.color ?? side?.color ?? colorFor(actor.id);
}

/** The shape of an actor's swatch: a circle without a side, one of {@link SIDE_SHAPES} with one. */
export type SwatchShape = 'circle' | 'triangle' | 'square' | 'diamond' | 'triangle-down' | 'cross' | 'star';

/**
 * The swatch shapes of sides, by the side's place in the data (cycling past the sixth side). With the
 * side's name in the accessible name, the shape is what tells sides apart on a chip without colour.
 * The circle is left to actors without a side.
 */
export const SIDE_SHAPES: readonly SwatchShape[] = Object.freeze([
  'triangle',
  'square',
  'diamond',
  'triangle-down',
  'cross',
  'star',
]);

/** The swatch shape for an actor of side `sideId` among `sides`: a circle when it has no known side. */
export function sideShape(sideId: string | undefined, sides: readonly Pick<Side, 'id'>[]): SwatchShape {
  const index = sideId === undefined ? -1 : sides.findIndex((side) => side.id === sideId);
  return index < 0 ? 'circle' : SIDE_SHAPES[index % SIDE_SHAPES.length];
}
