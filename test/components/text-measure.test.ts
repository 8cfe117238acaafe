import { expect } from '@open-wc/testing';
import {
  canvasTextMeasure,
  prepareTextMeasure,
} from '../../src/components/conflict-timeline/parts/text-measure.js';
import { DEFAULT_FONT_FAMILY } from '../../src/styles/tokens.js';
import { estimateLabelWidth } from '../../src/core/ticks.js';

describe('text-measure', () => {
  it('DEFAULT_FONT_FAMILY is the family the elements compute when the page sets none', async () => {
    await import('../../src/components/conflict-timeline/define.js');
    const el = document.createElement('conflict-timeline');
    document.body.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot!.firstElementChild!;
    expect(getComputedStyle(root).fontFamily).to.equal(DEFAULT_FONT_FAMILY);
    el.remove();
  });

  it('canvasTextMeasure(family) measures in the element font, remembers, and bold is wider', () => {
    const measure = canvasTextMeasure(() => DEFAULT_FONT_FAMILY);
    const plain = measure('Jan 2014', 'tick');
    expect(plain).to.be.greaterThan(20);
    expect(measure('Jan 2014', 'tick')).to.equal(plain);
    expect(measure('Jan 2014', 'major')).to.be.at.least(plain);
  });

  it('prepareTextMeasure() leaves the widths as they were', () => {
    const before = canvasTextMeasure(() => DEFAULT_FONT_FAMILY)('Army retakes Kasab', 'tick');
    prepareTextMeasure();
    expect(canvasTextMeasure(() => DEFAULT_FONT_FAMILY)('Army retakes Kasab', 'tick')).to.equal(before);
  });

  it('prepareTextMeasure() throws nothing where a canvas has no 2D context or refuses one', () => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    try {
      HTMLCanvasElement.prototype.getContext = (() => null) as typeof getContext;
      expect(() => prepareTextMeasure()).not.to.throw();
      // …and canvasTextMeasure estimates instead.
      expect(canvasTextMeasure(() => DEFAULT_FONT_FAMILY)('Jan 2014', 'tick')).to.equal(
        estimateLabelWidth('Jan 2014', 'tick'),
      );
      HTMLCanvasElement.prototype.getContext = (() => {
        throw new Error('no canvas here');
      }) as typeof getContext;
      expect(() => prepareTextMeasure()).not.to.throw();
    } finally {
      HTMLCanvasElement.prototype.getContext = getContext;
    }
  });
});
