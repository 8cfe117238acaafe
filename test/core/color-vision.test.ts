import { expect } from '@open-wc/testing';
import {
  COLOR_VISIONS,
  DISTINCT_DELTA_E,
  colorDistance,
  confusablePairs,
  deltaE2000,
  minDistanceUnderCvd,
  simulateColorVision,
  toLab,
  type Lab,
} from '../../src/core/color-vision.js';
import { parseColor } from '../../src/core/color.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import syria from '../../data/syria.json';

const lab = (l: number, a: number, b: number): Lab => ({ l, a, b });
const rgb = (text: string) => parseColor(text)!;
const hueOf = ({ a, b }: Lab) => ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;

describe('deltaE2000', () => {
  it('matches the published test data (Sharma, Wu & Dalal 2005)', () => {
    const pairs: Array<[Lab, Lab, number]> = [
      [lab(50, 2.6772, -79.7751), lab(50, 0, -82.7485), 2.0425],
      [lab(50, 3.1571, -77.2803), lab(50, 0, -82.7485), 2.8615],
      [lab(50, 2.8361, -74.02), lab(50, 0, -82.7485), 3.4412],
      [lab(50, 0, 0), lab(50, -1, 2), 2.3669],
      [lab(50, -1, 2), lab(50, 0, 0), 2.3669],
      [lab(50, 2.5, 0), lab(73, 25, -18), 27.1492],
      [lab(50, 2.5, 0), lab(61, -5, 29), 22.8977],
      [lab(50, 2.5, 0), lab(56, -27, -3), 31.903],
      [lab(50, 2.5, 0), lab(58, 24, 15), 19.4535],
    ];
    for (const [x, y, expected] of pairs) expect(deltaE2000(x, y)).to.be.closeTo(expected, 1e-4);
  });

  it('is 0 for the same colour and symmetric', () => {
    expect(deltaE2000(lab(40, 20, -10), lab(40, 20, -10))).to.equal(0);
    expect(deltaE2000(lab(0, 0, 0), lab(100, 0, 0))).to.be.closeTo(100, 1e-9);
  });
});

describe('toLab', () => {
  it('gives the CIELAB (D65) reference values of the sRGB primaries and white', () => {
    const red = toLab(rgb('#ff0000'));
    expect(red.l).to.be.closeTo(53.2408, 1e-3);
    expect(red.a).to.be.closeTo(80.0925, 1e-3);
    expect(red.b).to.be.closeTo(67.2032, 1e-3);
    const white = toLab(rgb('#ffffff'));
    expect(white.l).to.be.closeTo(100, 1e-3);
    expect(Math.abs(white.a) + Math.abs(white.b)).to.be.below(1e-2);
  });
});

describe('simulateColorVision', () => {
  it('applies the Machado 2009 deuteranopia matrix in linear RGB (values computed independently)', () => {
    const seen = simulateColorVision(rgb('#b22222'), 'deuteranopia');
    expect(seen.r).to.be.closeTo(115.691, 1e-2);
    expect(seen.g).to.be.closeTo(103.207, 1e-2);
    expect(seen.b).to.be.closeTo(26.942, 1e-2);
  });

  it('applies the Machado 2009 protanopia matrix and Brettel 1997 for tritanopia', () => {
    const protan = simulateColorVision(rgb('#ff0000'), 'protanopia');
    expect([protan.r, protan.g, protan.b].map((c) => Math.round(c * 100) / 100)).to.deep.equal([
      108.79, 95.03, 0,
    ]);
    // Green falls on one of Brettel's half-planes, red on the other.
    const green = simulateColorVision(rgb('#00ff00'), 'tritanopia');
    expect([green.r, green.g, green.b].map((c) => Math.round(c * 100) / 100)).to.deep.equal([
      120.58, 233.05, 255,
    ]);
    const red = simulateColorVision(rgb('#ff0000'), 'tritanopia');
    expect([red.r, red.g, red.b].map((c) => Math.round(c * 100) / 100)).to.deep.equal([255, 0, 77.85]);
  });

  it('leaves greys, black and white as they are in every vision', () => {
    for (const vision of COLOR_VISIONS) {
      for (const grey of ['#000000', '#777777', '#ffffff']) {
        const c = rgb(grey);
        const seen = simulateColorVision(c, vision);
        for (const channel of ['r', 'g', 'b'] as const)
          expect(seen[channel], `${grey} ${vision}`).to.be.closeTo(c[channel], 0.6);
      }
    }
  });

  it('turns pure red and pure green into the same hue under deuteranopia and protanopia', () => {
    const red = rgb('#ff0000');
    const green = rgb('#00ff00');
    expect(Math.abs(hueOf(toLab(red)) - hueOf(toLab(green)))).to.be.above(90);
    for (const vision of ['deuteranopia', 'protanopia'] as const) {
      expect(Math.abs(hueOf(toLab(red, vision)) - hueOf(toLab(green, vision))), vision).to.be.below(2);
    }
    // What is left between them is lightness.
    expect(colorDistance(red, green, 'deuteranopia')!).to.be.below(colorDistance(red, green)! / 4);
  });
});

describe('colorDistance', () => {
  it('keeps black and white 100 apart in every vision', () => {
    for (const vision of COLOR_VISIONS)
      expect(colorDistance('black', 'white', vision)).to.be.closeTo(100, 1e-4);
  });

  it('reads CSS colours and gives undefined for what is not one', () => {
    expect(colorDistance('red', '#ff0000')).to.equal(0);
    expect(colorDistance('red', 'var(--x)')).to.equal(undefined);
  });

  it('sees the old sample: government red and Kurdish brown collapse under deuteranopia', () => {
    expect(colorDistance('#b22222', '#8a5a00')).to.be.closeTo(27.03, 0.01);
    expect(colorDistance('#b22222', '#8a5a00', 'deuteranopia')).to.be.closeTo(2.42, 0.01);
    expect(colorDistance('#b22222', '#8a5a00', 'protanopia')).to.be.closeTo(11.04, 0.01);
    expect(colorDistance('#b22222', '#8a5a00', 'tritanopia')).to.be.closeTo(12.5, 0.01);
  });
});

describe('confusablePairs', () => {
  it('lists each pair under the threshold once, with the vision where it is closest', () => {
    const pairs = confusablePairs(['#b22222', '#2e7d32', '#000000', '#8a5a00', 'not a colour', '#ffffff']);
    expect(pairs.map(({ first, second, vision }) => [first, second, vision])).to.deep.equal([
      [0, 1, 'deuteranopia'],
      [0, 3, 'deuteranopia'],
      [1, 3, 'deuteranopia'],
    ]);
    for (const pair of pairs) expect(pair.distance).to.be.below(DISTINCT_DELTA_E);
  });

  it('takes another threshold and other visions', () => {
    expect(confusablePairs(['#b22222', '#8a5a00'], 10, ['normal'])).to.deep.equal([]);
    expect(confusablePairs(['#b22222', '#8a5a00'], 30, ['normal'])).to.have.length(1);
    expect(confusablePairs(['red', 'red'])[0]).to.deep.include({ vision: 'normal', distance: 0 });
  });
});

describe('minDistanceUnderCvd', () => {
  it('finds the closest pair over all visions', () => {
    expect(minDistanceUnderCvd(['#000000', '#b22222', '#ffffff', '#8a5a00'])).to.deep.include({
      first: 1,
      second: 3,
      vision: 'deuteranopia',
    });
    expect(minDistanceUnderCvd(['#000000'])).to.equal(undefined);
  });
});

describe('parseDataset: colours that look alike', () => {
  const side = (id: string, label: string, color?: string) => ({ id, label, color });
  const warnings = (input: object) =>
    parseDataset(input)
      .issues.filter((issue) => issue.message.includes('look alike') || issue.message.includes('same colour'))
      .map((issue) => [issue.severity, issue.path, issue.message]);

  it('warns at the later side when two sides collapse under a simulation, and keeps both colours', () => {
    const input = {
      sides: [
        side('gov', 'Government', '#b22222'),
        side('x', 'Others', '#1565c0'),
        side('reb', 'Rebels', '#8a5a00'),
      ],
      events: [],
    };
    expect(warnings(input)).to.deep.equal([
      [
        'warning',
        '/sides/2/color',
        'sides "Rebels" and "Government" look alike to readers with deuteranopia (ΔE2000 2.4, under 10); ' +
          'readers may not tell them apart by colour',
      ],
    ]);
    const { dataset } = parseDataset(input);
    expect(dataset.sides.map((s) => s.color)).to.deep.equal(['#b22222', '#1565c0', '#8a5a00']);
  });

  it('says when two sides have the same colour, and names the vision when it is normal vision', () => {
    expect(warnings({ sides: [side('a', 'A', 'red'), side('b', 'B', '#f00')], events: [] })).to.deep.equal([
      [
        'warning',
        '/sides/1/color',
        'sides "B" and "A" have the same colour #ff0000; readers may not tell them apart by colour',
      ],
    ]);
    expect(
      warnings({ sides: [side('a', 'A', '#ff0000'), side('b', 'B', '#f80008')], events: [] })[0][2],
    ).to.match(/^sides "B" and "A" look alike to every reader \(ΔE2000 \d\.\d, under 10\)/);
  });

  it('compares an actor’s own colour with the other sides, not with its own side', () => {
    const input = {
      sides: [side('gov', 'Government', '#b22222'), side('reb', 'Rebels', '#1565c0')],
      actors: [
        { id: 'army', name: 'Army', side: 'gov', color: '#a52a2a' },
        { id: 'fsa', name: 'FSA', side: 'reb', color: '#8a5a00' },
        { id: 'loose', name: 'No side', color: '#b22222' },
      ],
      events: [],
    };
    expect(warnings(input).map(([, path, message]) => [path, message.split(' look alike')[0]])).to.deep.equal(
      [
        ['/actors/1/color', 'actor "FSA" (side "Rebels") and side "Government"'],
        ['/actors/1/color', 'actor "FSA" (side "Rebels") and actor "Army" (side "Government")'],
      ],
    );
  });

  it('says nothing about distinct colours, sides without a colour, or the Syria sample', () => {
    expect(
      warnings({ sides: [side('a', 'A', '#000000'), side('b', 'B', '#ffffff'), side('c', 'C')], events: [] }),
    ).to.deep.equal([]);
    expect(warnings(syria)).to.deep.equal([]);
  });

  it('caps the list: ten pairs one by one, then one issue with the count of the rest', () => {
    const sides = Array.from({ length: 8 }, (_, i) => side(`s${i}`, `Side ${i}`, `rgb(${200 + i}, 0, 0)`));
    const issues = parseDataset({ sides, events: [] }).issues;
    expect(issues).to.have.length(11);
    expect(issues.slice(0, 10).every((issue) => issue.message.includes('look alike'))).to.equal(true);
    expect(issues[10]).to.deep.equal({
      path: '/sides/5/color',
      message:
        '18 more pairs of side or actor colours look alike (not listed one by one); readers may not tell them apart by colour',
      severity: 'warning',
    });
  });
});
