import { expect } from '@open-wc/testing';
import { gutterWidth } from '../../src/core/lane-label-width.js';

describe('gutterWidth', () => {
  // 6 px a character: easy widths to check.
  const measure = (text: string) => text.length * 6;
  const bounds = { min: 92, max: 136, extra: 27 };

  it('is the least width when every word fits', () => {
    expect(gutterWidth(['Rebel factions', 'Other'], measure, bounds)).to.equal(92);
  });

  it('widens for the longest word of any label, not the longest label', () => {
    // "government" (10 characters: 60 + 27 px) fits in the least width; "governments" needs 93.
    expect(gutterWidth(['Syrian government and allies', 'Rebel factions'], measure, bounds)).to.equal(92);
    expect(gutterWidth(['Syrian governments', 'Rebels'], measure, bounds)).to.equal(Math.ceil(11 * 6 + 27));
    expect(gutterWidth(['Internationalists'], measure, bounds)).to.equal(17 * 6 + 27);
  });

  it('lets a hyphenated word break after its hyphen', () => {
    expect(gutterWidth(['Kurdish-led forces'], measure, bounds)).to.equal(92);
    expect(gutterWidth(['Kurdishledforces'], measure, bounds)).to.equal(16 * 6 + 27);
  });

  it('breaks between Han, kana and Hangul characters, and not at a no-break space', () => {
    expect(gutterWidth(['中华人民共和国武装部队'], measure, bounds)).to.equal(92);
    expect(gutterWidth(['자유시리아군연합'], measure, bounds)).to.equal(92);
    // "Forces\u00a0armées" is one word to a browser: 13 characters.
    expect(gutterWidth(['Forces\u00a0armées'], measure, bounds)).to.equal(13 * 6 + 27);
    expect(gutterWidth(['Forces armées'], measure, bounds)).to.equal(92);
  });

  it('stops at the most it may take; no labels is the least', () => {
    expect(gutterWidth(['Antidisestablishmentarianism'], measure, bounds)).to.equal(136);
    expect(gutterWidth([], measure, bounds)).to.equal(92);
    expect(gutterWidth(['  ', ''], measure, bounds)).to.equal(92);
  });

  it('with lines, widens until each label fits in the lines its lane has room for, up to the most', () => {
    // "Kurdish-led forces" in one line: 18 characters, 108 + 27 px; in two, the least width will do.
    expect(gutterWidth(['Kurdish-led forces'], measure, { ...bounds, lines: [1] })).to.equal(18 * 6 + 27);
    expect(gutterWidth(['Kurdish-led forces'], measure, { ...bounds, lines: [2] })).to.equal(92);
    // "Other foreign states" (20 characters, 147 px) cannot have one line under 136: the most.
    expect(gutterWidth(['Other foreign states'], measure, { ...bounds, lines: [1] })).to.equal(136);
    // In two lines it needs "Other foreign" (13 characters) on the first.
    expect(gutterWidth(['Other foreign states'], measure, { ...bounds, lines: [2] })).to.equal(13 * 6 + 27);
    // Each label by its own lane's lines; the widest need wins.
    expect(
      gutterWidth(['Syrian government and allies', 'Jihadist groups'], measure, { ...bounds, lines: [3, 1] }),
    ).to.equal(15 * 6 + 27);
    expect(gutterWidth(['Syrian government and allies'], measure, { ...bounds, lines: [1] })).to.equal(136);
  });

  it('with lines, joins the pieces of a hyphenated word with no space', () => {
    // "Kurdish-led" on one line is 11 characters, not 12.
    expect(gutterWidth(['Kurdish-led'], measure, { ...bounds, min: 0, lines: [1] })).to.equal(11 * 6 + 27);
  });
});
