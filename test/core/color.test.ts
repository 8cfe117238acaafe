import { expect } from '@open-wc/testing';
import { formatColor, namedColors, normalizeColor, parseColor } from '../../src/core/color.js';

/** What the browser itself makes of a colour, as [r, g, b, a] (the oracle for parseColor). */
function browserColor(text: string): number[] | undefined {
  if (!CSS.supports('color', text)) return undefined;
  const el = document.createElement('div');
  el.style.color = text;
  document.body.append(el);
  const computed = getComputedStyle(el).color;
  el.remove();
  const numbers = computed.match(/[\d.]+/g)!.map(Number);
  return numbers.length === 3 ? [...numbers, 1] : numbers;
}

const asArray = (text: string) => {
  const c = parseColor(text);
  return c && [c.r, c.g, c.b, c.a];
};

describe('parseColor', () => {
  it('reads hex in all four lengths', () => {
    expect(parseColor('#f00')).to.deep.equal({ r: 255, g: 0, b: 0, a: 1 });
    expect(parseColor('#f008')).to.deep.equal({ r: 255, g: 0, b: 0, a: 0x88 / 255 });
    expect(parseColor('#b22222')).to.deep.equal({ r: 0xb2, g: 0x22, b: 0x22, a: 1 });
    expect(parseColor('#B2222280')).to.deep.equal({ r: 0xb2, g: 0x22, b: 0x22, a: 0x80 / 255 });
  });

  it('reads rgb()/rgba() in the comma and the space syntax, with numbers and percentages', () => {
    expect(parseColor('rgb(178, 34, 34)')).to.deep.equal({ r: 178, g: 34, b: 34, a: 1 });
    expect(parseColor('rgba(178,34,34,0.5)')).to.deep.equal({ r: 178, g: 34, b: 34, a: 0.5 });
    expect(parseColor('rgb(178 34 34 / 50%)')).to.deep.equal({ r: 178, g: 34, b: 34, a: 0.5 });
    expect(parseColor('rgb(100% 0% 50%)')).to.deep.equal({ r: 255, g: 0, b: 128, a: 1 });
    expect(parseColor('rgba(300, -5, 1e2, 2)')).to.deep.equal({ r: 255, g: 0, b: 100, a: 1 });
    expect(parseColor('  RGB( 1 , 2 , 3 )  ')).to.deep.equal({ r: 1, g: 2, b: 3, a: 1 });
  });

  it('reads hsl()/hsla() with hue units', () => {
    expect(parseColor('hsl(0, 100%, 50%)')).to.deep.equal({ r: 255, g: 0, b: 0, a: 1 });
    expect(parseColor('hsl(120deg 100% 25%)')).to.deep.equal({ r: 0, g: 128, b: 0, a: 1 });
    expect(parseColor('hsla(0.5turn, 100%, 50%, .25)')).to.deep.equal({ r: 0, g: 255, b: 255, a: 0.25 });
    expect(parseColor('hsl(-120 100% 50%)')).to.deep.equal({ r: 0, g: 0, b: 255, a: 1 });
  });

  it('reads every CSS named colour, and transparent', () => {
    expect(namedColors().size).to.equal(148);
    expect(parseColor('RebeccaPurple')).to.deep.equal({ r: 0x66, g: 0x33, b: 0x99, a: 1 });
    expect(parseColor('transparent')).to.deep.equal({ r: 0, g: 0, b: 0, a: 0 });
  });

  it('agrees with the browser on every named colour', () => {
    for (const name of namedColors().keys()) {
      expect(asArray(name), name).to.deep.equal(browserColor(name));
    }
  });

  it('agrees with the browser on the function syntaxes', () => {
    const samples = [
      'rgb(10, 20, 30)',
      'rgb(10 20 30 / 0.5)',
      'rgba(10, 20, 30, 40%)',
      'rgb(50% 25% 0%)',
      'hsl(200, 60%, 40%)',
      'hsl(200deg 60% 40% / 0.3)',
      'hsl(0.25turn 50% 50%)',
      'hsl(3.14159rad 50% 50%)',
      'hsl(100grad 50% 50%)',
      '#abc',
      '#abcd',
    ];
    for (const text of samples) {
      const mine = asArray(text)!;
      const browser = browserColor(text)!;
      expect(browser, `${text} is CSS`).to.not.equal(undefined);
      mine.forEach((v, i) => expect(v, `${text} channel ${i}`).to.be.closeTo(browser[i], i === 3 ? 0.01 : 1));
    }
  });

  it('refuses everything else, including CSS that is not a plain colour', () => {
    for (const text of [
      '',
      'red;background:url(x)',
      'url(javascript:alert(1))',
      'var(--x)',
      'currentcolor',
      'inherit',
      'expression(alert(1))',
      '#ff',
      '#fffff',
      '#ggg',
      'rgb(1, 2)',
      'rgb(1, 2, 3, 4, 5)',
      'rgb(1 2 3 / 4 / 5)',
      'rgb(1px, 2, 3)',
      'rgb(NaN, 2, 3)',
      'hsl(10%, 50%, 50%)',
      'notacolor',
      `#${'f'.repeat(500)}`,
    ]) {
      expect(parseColor(text), text).to.equal(undefined);
    }
    expect(parseColor(5 as unknown as string)).to.equal(undefined);
  });
});

describe('normalizeColor', () => {
  it('gives #rrggbb for an opaque colour, whatever the syntax', () => {
    expect(normalizeColor('#B22')).to.equal('#bb2222');
    expect(normalizeColor('firebrick')).to.equal('#b22222');
    expect(normalizeColor('rgb(178 34 34)')).to.equal('#b22222');
    expect(normalizeColor('#b22222ff')).to.equal('#b22222');
  });

  it('gives rgba() for a translucent colour', () => {
    expect(normalizeColor('rgb(178 34 34 / 50%)')).to.equal('rgba(178, 34, 34, 0.5)');
    expect(normalizeColor('#b2222280')).to.equal('rgba(178, 34, 34, 0.502)');
    expect(normalizeColor('transparent')).to.equal('rgba(0, 0, 0, 0)');
  });

  it('gives undefined for what is not a colour', () => {
    expect(normalizeColor('red; color: blue')).to.equal(undefined);
  });

  it('gives strings the browser reads back as the same colour', () => {
    for (const text of ['teal', 'hsl(30 80% 40% / 0.7)', '#0af8']) {
      const normal = normalizeColor(text)!;
      expect(browserColor(normal)).to.deep.equal(asArray(normal));
    }
  });
});

describe('formatColor', () => {
  it('pads hex digits', () => {
    expect(formatColor({ r: 1, g: 2, b: 3, a: 1 })).to.equal('#010203');
  });
});
