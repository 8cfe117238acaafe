import { expect } from '@open-wc/testing';
import { paintBands, rgbaPixel } from '../../src/core/density.js';

/** The RGBA bytes of one pixel of `pixels`, as canvas image data holds them. */
const bytes = (pixels: Uint32Array, at: number) => [...new Uint8Array(pixels.buffer, at * 4, 4)];

describe('rgbaPixel', () => {
  it('lays out R, G, B, A in memory as canvas image data does, on either byte order', () => {
    const pixels = new Uint32Array([rgbaPixel(178, 34, 34, 0.55)]);
    expect(bytes(pixels, 0)).to.deep.equal([178, 34, 34, 140]);
    expect(rgbaPixel(1, 2, 3, 1, false)).to.equal(0x010203ff);
    expect(rgbaPixel(1, 2, 3, 1, true)).to.equal(0xff030201);
    expect(rgbaPixel(0, 0, 0, 7, true) >>> 24).to.equal(255); // alpha clamped
  });
});

describe('paintBands', () => {
  const red = rgbaPixel(255, 0, 0, 1);
  const blue = rgbaPixel(0, 0, 255, 1);
  // Two lanes of 10 px in a 6 × 20 image: lane 0 with bins of 2 px, lane 1 not a band.
  const layers = {
    bands: [new Uint32Array([4, 0, 1]), undefined],
    boxes: [
      { y: 0, height: 10 },
      { y: 10, height: 10 },
    ],
    colors: [red, blue],
    binWidth: 2,
    bandMax: 4,
  };
  const column = (pixels: Uint32Array, width: number, x: number) =>
    Array.from({ length: pixels.length / width }, (_, y) => pixels[y * width + x]);

  it("draws each bin as a bar on its lane's bottom edge, sqrt-scaled, at least one CSS px", () => {
    const pixels = new Uint32Array(6 * 20).fill(7); // leftovers of an earlier frame
    paintBands(pixels, 6, 20, 1, layers);
    // Bin 0 (full): 8 px tall (height less 2), standing on y = 9 (bottom less 1): rows 1–8.
    expect(column(pixels, 6, 0).map((p) => (p === red ? 1 : 0))).to.deep.equal([
      0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(column(pixels, 6, 1)).to.deep.equal(column(pixels, 6, 0));
    // Bin 1 is empty; bin 2 holds a quarter of the maximum: sqrt(1/4) × 8 = 4 px, rows 5–8.
    expect(column(pixels, 6, 2).every((p) => p === 0)).to.equal(true);
    expect(column(pixels, 6, 4).filter((p) => p === red)).to.have.length(4);
    expect(column(pixels, 6, 4)[5]).to.equal(red);
    // The lane that is not a band, and everything else, is cleared.
    expect(pixels.includes(7)).to.equal(false);
    expect(pixels.includes(blue)).to.equal(false);
  });

  it('scales to device pixels and clips to the image', () => {
    const pixels = new Uint32Array(8 * 40);
    paintBands(pixels, 8, 40, 2, layers); // 6 CSS px of bins in 4 CSS px of image
    expect(column(pixels, 8, 0).filter((p) => p === red)).to.have.length(16);
    expect(column(pixels, 8, 3).filter((p) => p === red)).to.have.length(16);
    expect(column(pixels, 8, 4).every((p) => p === 0)).to.equal(true);
    expect(column(pixels, 8, 7).every((p) => p === 0)).to.equal(true); // bin 2 (x 8–11) is past the edge
    // A bin far below the maximum is still one CSS px (two device px) tall.
    const sparse = new Uint32Array(8 * 40);
    paintBands(sparse, 8, 40, 2, {
      ...layers,
      bands: [new Uint32Array([1000, 1]), undefined],
      bandMax: 1000,
    });
    expect(column(sparse, 8, 4).filter((p) => p === red)).to.have.length(2);
  });

  it('draws nothing without a maximum', () => {
    const pixels = new Uint32Array(6 * 20).fill(7);
    paintBands(pixels, 6, 20, 1, { ...layers, bandMax: 0 });
    expect(pixels.every((p) => p === 0)).to.equal(true);
  });
});
