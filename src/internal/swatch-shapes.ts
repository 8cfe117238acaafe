import type { SwatchShape } from '../core/palette.js';

/** SVG paths of the swatch shapes other than the circle, in a 16 × 16 box with room for the ring. */
export const SWATCH_SHAPE_PATHS: Readonly<Record<Exclude<SwatchShape, 'circle'>, string>> = Object.freeze({
  triangle: 'M8 1.2 15.2 14.6H.8Z',
  square: 'M2 2h12v12H2Z',
  diamond: 'M8 .6 15.4 8 8 15.4.6 8Z',
  'triangle-down': 'M.8 1.4h14.4L8 14.8Z',
  cross: 'M5.4 1h5.2v4.4H15v5.2h-4.4V15H5.4v-4.4H1V5.4h4.4Z',
  star: 'M8 1 9.8 6.1 15.2 6.3 10.9 9.6 12.5 14.7 8 11.7 3.5 14.7 5.1 9.6.8 6.3 6.2 6.1Z',
});

export const isSwatchShape = (value: unknown): value is Exclude<SwatchShape, 'circle'> =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(SWATCH_SHAPE_PATHS, value);
