import { expect } from '@open-wc/testing';
import {
  DARK_LABEL,
  DEFAULT_PALETTE,
  LIGHT_LABEL,
  SIDE_SHAPES,
  colorFor,
  contrastRatio,
  sideShape,
  readableTextOn,
  relativeLuminance,
} from '../../src/core/palette.js';
import { parseColor } from '../../src/core/color.js';
import syria from '../../data/syria.json';
import {
  COLOR_VISIONS,
  DISTINCT_DELTA_E,
  colorDistance,
  minDistanceUnderCvd,
} from '../../src/core/color-vision.js';
import { OTHER_LANE_COLOR } from '../../src/core/lanes.js';

/** Every pair of `colors` closer than DISTINCT_DELTA_E in some vision, as readable lines. */
function lookalikes(colors: readonly string[]): string[] {
  const found: string[] = [];
  colors.forEach((a, i) =>
    colors.slice(i + 1).forEach((b) => {
      for (const vision of COLOR_VISIONS) {
        const distance = colorDistance(a, b, vision)!;
        if (distance < DISTINCT_DELTA_E) found.push(`${a} ${b} ${vision} ΔE ${distance.toFixed(1)}`);
      }
    }),
  );
  return found;
}

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#ffffff', '#000000')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#777777', '#777777')).to.equal(1);
    // #767676 on white is the classic "just passes AA" grey (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#777777', 'white')).to.be.below(4.5);
  });

  it('reads any colour syntax parseColor reads', () => {
    expect(contrastRatio('rgb(0 0 0)', 'hsl(0 0% 100%)')).to.be.closeTo(21, 1e-9);
  });

  it('gives undefined for what is not a colour', () => {
    expect(contrastRatio('url(x)', '#fff')).to.equal(undefined);
    expect(contrastRatio('#fff', 'var(--x)')).to.equal(undefined);
  });
});

describe('relativeLuminance', () => {
  it('is 0 for black, 1 for white, and weights green most', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).to.equal(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).to.be.closeTo(1, 1e-9);
    expect(relativeLuminance({ r: 0, g: 255, b: 0 })).to.be.above(relativeLuminance({ r: 255, g: 0, b: 0 }));
  });
});

describe('readableTextOn', () => {
  it('picks white on dark fills and black on light ones', () => {
    expect(readableTextOn('#000000')).to.equal(LIGHT_LABEL);
    expect(readableTextOn('#b22222')).to.equal(LIGHT_LABEL);
    expect(readableTextOn('#ffffff')).to.equal(DARK_LABEL);
    expect(readableTextOn('gold')).to.equal(DARK_LABEL);
  });

  it('picks the label with the higher contrast', () => {
    for (const color of ['#777777', '#0277bd', '#00838f', '#ff0000', '#808000']) {
      const label = readableTextOn(color);
      const other = label === LIGHT_LABEL ? DARK_LABEL : LIGHT_LABEL;
      expect(contrastRatio(color, label)).to.be.at.least(contrastRatio(color, other)!, color);
    }
  });

  it('keeps WCAG AA for any colour from data, not only the palette', () => {
    // mid-tones where a near-black label would fall below 4.5:1
    for (const color of ['red', 'gray', '#e63946', '#0080ff', '#777777', '#808080', 'rgb(0, 128, 128)']) {
      expect(contrastRatio(color, readableTextOn(color))!, color).to.be.at.least(4.5);
    }
    for (let v = 0; v < 256; v += 5) {
      const color = `rgb(${v}, ${(v * 7) % 256}, ${255 - v})`;
      expect(contrastRatio(color, readableTextOn(color))!, color).to.be.at.least(4.5);
    }
  });

  it('falls back to the dark label for what is not a colour', () => {
    expect(readableTextOn('javascript:alert(1)')).to.equal(DARK_LABEL);
  });
});

describe('DEFAULT_PALETTE', () => {
  it('has at least 12 distinct colours', () => {
    expect(DEFAULT_PALETTE.length).to.be.at.least(12);
    expect(new Set(DEFAULT_PALETTE.map((c) => c.toLowerCase())).size).to.equal(DEFAULT_PALETTE.length);
  });

  it('keeps WCAG AA (4.5:1) between every colour and its label colour', () => {
    for (const color of DEFAULT_PALETTE) {
      const ratio = contrastRatio(color, readableTextOn(color));
      expect(ratio, color).to.be.at.least(4.5);
    }
  });

  it('keeps every pair of colours, and the "other" lane, distinguishable in every colour vision', () => {
    expect(lookalikes([...DEFAULT_PALETTE, OTHER_LANE_COLOR])).to.deep.equal([]);
    expect(minDistanceUnderCvd([...DEFAULT_PALETTE, OTHER_LANE_COLOR])!.distance).to.be.at.least(
      DISTINCT_DELTA_E,
    );
  });

  it('cannot be changed by a page', () => {
    expect(Object.isFrozen(DEFAULT_PALETTE)).to.equal(true);
  });
});

describe('colorFor', () => {
  it('gives the same palette colour for the same key, every time', () => {
    expect(colorFor('hts')).to.equal(colorFor('hts'));
    expect(DEFAULT_PALETTE).to.include(colorFor('hts'));
    expect(DEFAULT_PALETTE).to.include(colorFor(''));
  });

  it('spreads the Syria actors over the palette', () => {
    const colors = new Set(syria.actors.map((actor) => colorFor(actor.id)));
    expect(colors.size).to.be.at.least(10);
  });

  it('takes another palette, and ignores an empty one', () => {
    expect(colorFor('x', ['#123456'])).to.equal('#123456');
    expect(DEFAULT_PALETTE).to.include(colorFor('x', []));
  });
});

describe('the Syria sample colours', () => {
  const sideColors = syria.sides.map((side) => side.color);

  it('gives every side a colour of its own', () => {
    expect(sideColors.every((color) => typeof color === 'string')).to.equal(true);
  });

  it('keeps the sides, and the "other" lane shown with them, apart in every colour vision', () => {
    expect(lookalikes([...sideColors, OTHER_LANE_COLOR])).to.deep.equal([]);
  });

  it('keeps what the colours mean: a red government, a green opposition, a blue for foreign states', () => {
    const byId = new Map(syria.sides.map((side) => [side.id, side.color]));
    const channels = (color: string) => parseColor(color)!;
    const government = channels(byId.get('government')!);
    const opposition = channels(byId.get('opposition')!);
    const foreign = channels(byId.get('foreign')!);
    expect(government.r).to.be.above(Math.max(government.g, government.b) * 2);
    expect(opposition.g).to.be.above(Math.max(opposition.r, opposition.b));
    expect(foreign.b).to.be.above(Math.max(foreign.r, foreign.g));
  });
});

describe('sideShape', () => {
  const sides = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }, { id: 'f' }, { id: 'g' }];

  it('gives each side a shape by its place in the data, and a circle to no side', () => {
    expect(sides.map((side) => sideShape(side.id, sides))).to.deep.equal([...SIDE_SHAPES, SIDE_SHAPES[0]]);
    expect(new Set(SIDE_SHAPES).size).to.equal(SIDE_SHAPES.length);
    expect(SIDE_SHAPES).not.to.include('circle');
    expect(sideShape(undefined, sides)).to.equal('circle');
    expect(sideShape('unknown', sides)).to.equal('circle');
  });
});
