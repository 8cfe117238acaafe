/**
 * A shape per side, so that a side is told by more than its colour (a reader who does not see the
 * colours apart, a print in black and white): SVG paths in a 10 × 10 box, by the side's place in the data.
 */
const SHAPES = [
  'M5 .5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9z', // circle
  'M5 .5 9.6 9.3H.4z', // triangle
  'M1 1h8v8H1z', // square
  'M5 0 10 5 5 10 0 5z', // diamond
  'M2.6 .8h4.8L9.8 5 7.4 9.2H2.6L.2 5z', // hexagon
  'M5 0l1.5 3.4 3.5.4-2.6 2.4.8 3.6L5 8 1.8 9.8l.8-3.6L0 3.8l3.5-.4z', // star
];

export const sideShape = (index: number): string =>
  SHAPES[((index % SHAPES.length) + SHAPES.length) % SHAPES.length];
