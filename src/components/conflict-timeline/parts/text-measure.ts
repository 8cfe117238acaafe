import { estimateLabelWidth, type AxisLabelKind } from '../../../core/ticks.js';
import { DEFAULT_FONT_FAMILY } from '../../../styles/tokens.js';

/** The axis labels' fonts, as the styles set them: ticks 12 px, major ticks bold, gap labels 11 px italic. */
const FONTS: Record<AxisLabelKind, (family: string) => string> = {
  tick: (family) => `12px ${family}`,
  major: (family) => `600 12px ${family}`,
  gap: (family) => `italic 11px ${family}`,
};

/**
 * Texts remembered per kind before starting over: enough for every title on the track and the
 * shortenings tried for them, so that zooming and panning measure only what is new.
 */
const REMEMBERED = 20000;

/**
 * Widths of label texts (px) in the element's font, measured on a canvas and remembered; the estimate
 * of core's axis where there is no canvas. `family` is read once, when first needed.
 */
export function canvasTextMeasure(family: () => string): (text: string, kind: AxisLabelKind) => number {
  let context: CanvasRenderingContext2D | null | undefined;
  let fonts: Record<AxisLabelKind, string> | undefined;
  // One map per kind: no key to build for every lookup.
  const widths: Record<AxisLabelKind, Map<string, number>> = {
    tick: new Map(),
    major: new Map(),
    gap: new Map(),
  };
  return (text, kind) => {
    const known = widths[kind];
    let width = known.get(text);
    if (width !== undefined) return width;
    if (context === undefined) {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
      const f = family();
      fonts = { tick: FONTS.tick(f), major: FONTS.major(f), gap: FONTS.gap(f) };
    }
    if (context && fonts) {
      context.font = fonts[kind];
      width = context.measureText(text).width;
    } else width = estimateLabelWidth(text, kind);
    if (known.size >= REMEMBERED) known.clear();
    known.set(text, width);
    return width;
  };
}

/**
 * Draws nothing: has a canvas measure a text in each of the labels' fonts of `family`, so that the
 * browser has their faces ready (a few ms each the first time) before the first timeline measures
 * its labels. For a page that is idle before its data comes; a failure here is of no consequence.
 */
export function prepareTextMeasure(family = DEFAULT_FONT_FAMILY): void {
  try {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return;
    for (const kind of Object.keys(FONTS) as AxisLabelKind[]) {
      context.font = FONTS[kind](family);
      context.measureText('0 Jan 2014');
    }
  } catch {
    // (No canvas: the labels' widths are estimated.)
  }
}

/**
 * The root font size (px) of `host`'s page, which rem sizes follow: read when first needed and again
 * when `key` (the host's width) changes, since a text zoom or a late style sheet changes it with the
 * layout (16 on a server).
 */
export function rootFontSize(host: Element): (key: number) => number {
  let size: number | undefined;
  let sizeKey: number | undefined;
  return (key) => {
    if (size === undefined || key !== sizeKey) {
      sizeKey = key;
      size =
        (typeof getComputedStyle === 'function' &&
          parseFloat(getComputedStyle(host.ownerDocument.documentElement).fontSize)) ||
        16;
    }
    return size;
  };
}
