import { expect } from '@open-wc/testing';
import { cutText, QUOTE_LIMIT, quoteValue } from '../../src/core/format.js';

describe('cutText and quoteValue', () => {
  it('keeps short text as it is and cuts long text to the limit, the last character "…"', () => {
    expect(cutText('abc', 3)).to.equal('abc');
    expect(cutText('abcd', 3)).to.equal('ab…');
    expect(cutText('x'.repeat(1_000_000), QUOTE_LIMIT)).to.have.length(QUOTE_LIMIT);
  });

  it('never splits a surrogate pair', () => {
    const cut = cutText('a🙂bcdef', 3);
    expect(cut).to.equal('a…');
    expect(/[\ud800-\udbff]$/.test(cut.slice(0, -1))).to.equal(false);
  });

  it('quotes a value cut to QUOTE_LIMIT inside bidi isolates', () => {
    expect(QUOTE_LIMIT).to.equal(60);
    expect(quoteValue('id-1')).to.equal('\u2068id-1\u2069');
    const long = quoteValue('y'.repeat(100_000));
    expect(long).to.equal(`\u2068${'y'.repeat(59)}…\u2069`);
  });
});
