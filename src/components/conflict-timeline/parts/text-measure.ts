import { estimateLabelWidth, type AxisLabelKind } from '../../../core/ticks.js';

/** The axis labels' fonts, as the styles set them: ticks 12 px, major ticks bold, gap labels 11 px italic. */
const FONTS: Record<AxisLabelKind, (family: string) => string> = {
  tick: (family) => `12px ${family}`,
  major: (family) => `600 12px ${family}`,
  gap: (family) => `italic 11px ${family}`,
};

/**
 * Widths of label texts (px) in the element's font, measured on a canvas and remembered; the estimate
 * of core's axis where there is no canvas. `family` is read once, when first needed.
 */
export function canvasTextMeasure(family: () => string): (text: string, kind: AxisLabelKind) => number {
  let context: CanvasRenderingContext2D | null | undefined;
  let fonts: Record<AxisLabelKind, string> | undefined;
  const widths = new Map<string, number>();
  return (text, kind) => {
    const key = `${kind}\u0000${text}`;
    let width = widths.get(key);
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
    if (widths.size > 2000) widths.clear();
    widths.set(key, width);
    return width;
  };
}
