import { expect } from '@open-wc/testing';
import { EventFilterIndex, filteredCountText, foldForSearch } from '../../src/core/filter.js';
import { MESSAGES } from '../../src/core/messages.js';
// The Arabic table, as the package's entries load it.
import '../../src/core/messages-ar.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import { SliceClock } from '../../src/core/slices.js';

const { dataset } = parseDataset({
  sides: [
    { id: 'gov', label: 'Government' },
    { id: 'opp', label: 'Opposition' },
  ],
  actors: [
    { id: 'army', name: 'Syrian Arab Army', short: 'Army', side: 'gov' },
    { id: 'fateh', name: 'Jaysh al-Fateh', aliases: ['Army of Fatah', 'Jaysh al-Fatah'], side: 'opp' },
    { id: 'hts', name: 'هيئة تحرير الشام', short: 'HTS', side: 'opp' },
  ],
  events: [
    {
      id: 'a',
      date: '2015-04-25',
      title: 'Rebels capture Jisr al-Shughūr',
      actors: [{ id: 'fateh', role: 'attacker' }, 'army'],
      place: { name: 'Jisr al-Shughour', admin1: 'Idlib', country: 'Syria' },
    },
    {
      id: 'b',
      date: '2015-05-19',
      title: 'Army withdraws',
      summary: 'Troops left the base.',
      actors: ['army'],
    },
    { id: 'c', date: '2024-11-30', title: 'سيطرة على حَلَب', actors: ['hts'], place: { name: 'الرقة' } },
    {
      id: 'd',
      date: '2024-12-01',
      title: 'Statement',
      claimedBy: 'Syrian state television',
      tags: ['Shelling'],
    },
    { id: 'e', date: '2024-12-02', title: "Hay'at Tahrir al-Sham enters Hama" },
  ],
});
const index = new EventFilterIndex(dataset);
const ids = (mask: Uint8Array) => dataset.events.filter((_, i) => mask[i]).map((e) => e.id);

describe('foldForSearch', () => {
  it('ignores case, Latin diacritics and punctuation', () => {
    expect(foldForSearch('Jisr al-Shughūr')).to.equal('jisr al shughur');
    expect(foldForSearch('  ÉTAT—Islamique!  ')).to.equal('etat islamique');
  });
  it('ignores Arabic harakat and tatweel and unifies alef, yeh and teh marbuta forms', () => {
    expect(foldForSearch('حَلَب')).to.equal('حلب');
    expect(foldForSearch('حلـــب')).to.equal('حلب');
    expect(foldForSearch('إدلب')).to.equal(foldForSearch('ادلب'));
    expect(foldForSearch('الرقة')).to.equal(foldForSearch('الرقه'));
  });
});

describe('EventFilterIndex.apply', () => {
  it('keeps every event for an empty filter', () => {
    const { mask, count } = index.apply({});
    expect(count).to.equal(5);
    expect(ids(mask)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(EventFilterIndex.isEmpty({ query: '  ' })).to.equal(true);
    expect(EventFilterIndex.isEmpty({ actors: ['army'] })).to.equal(false);
  });
  it('searches title, summary, place, actor names and aliases, without diacritics', () => {
    expect(ids(index.apply({ query: 'shughur' }).mask)).to.deep.equal(['a']);
    expect(ids(index.apply({ query: 'army of fatah' }).mask)).to.deep.equal(['a']);
    expect(ids(index.apply({ query: 'base' }).mask)).to.deep.equal(['b']);
    expect(ids(index.apply({ query: 'idlib' }).mask)).to.deep.equal(['a']);
    expect(ids(index.apply({ query: 'army' }).mask)).to.deep.equal(['a', 'b']);
    expect(ids(index.apply({ query: 'television' }).mask)).to.deep.equal(['d']);
    expect(ids(index.apply({ query: 'shelling' }).mask)).to.deep.equal(['d']);
  });
  it('ignores apostrophes and ayn marks inside transliterated names', () => {
    expect(ids(index.apply({ query: 'hayat tahrir' }).mask)).to.deep.equal(['e']);
    expect(ids(index.apply({ query: 'Hay’at' }).mask)).to.deep.equal(['e']);
  });
  it('searches Arabic text with or without harakat and the attached article', () => {
    expect(ids(index.apply({ query: 'حلب' }).mask)).to.deep.equal(['c']);
    expect(ids(index.apply({ query: 'رقه' }).mask)).to.deep.equal(['c']);
    expect(ids(index.apply({ query: 'تحرير' }).mask)).to.deep.equal(['c']);
  });
  it('needs every word of the query', () => {
    expect(ids(index.apply({ query: 'rebels idlib' }).mask)).to.deep.equal(['a']);
    expect(index.apply({ query: 'rebels aleppo' }).count).to.equal(0);
  });
  it('filters by actors and by sides, and combines them with the query', () => {
    expect(ids(index.apply({ actors: ['army'] }).mask)).to.deep.equal(['a', 'b']);
    expect(ids(index.apply({ sides: new Set(['opp']) }).mask)).to.deep.equal(['a', 'c']);
    expect(ids(index.apply({ sides: ['opp'], query: 'rebels' }).mask)).to.deep.equal(['a']);
    expect(index.apply({ actors: ['nobody'] }).count).to.equal(0);
  });
});

describe('EventFilterIndex.applyInSlices', () => {
  // A dataset of many events, the query's matches worked out between yields of a clock of the test's.
  const many = parseDataset({
    events: Array.from({ length: 45_000 }, (_, i) => ({
      id: `e${i}`,
      date: '2015-03-01',
      title: `Event ${i} in place ${i % 97}`,
    })),
  }).dataset;

  it('applyInSlices(filter, clock) keeps what apply keeps, yielding between slices', async () => {
    let yields = 0;
    const clock = new SliceClock(0, async () => void yields++);
    const sliced = await new EventFilterIndex(many).applyInSlices({ query: 'event 12' }, clock);
    const whole = new EventFilterIndex(many).apply({ query: 'event 12' });
    expect(sliced.count).to.equal(whole.count);
    expect(sliced.count).to.be.greaterThan(0);
    expect([...sliced.mask]).to.deep.equal([...whole.mask]);
    expect(yields).to.be.at.least(2);
  });

  it('keeps its result: an apply of the same words next returns it without looking again', async () => {
    const filter = new EventFilterIndex(many);
    const clock = new SliceClock(0, async () => {});
    const sliced = await filter.applyInSlices({ query: 'place 5' }, clock);
    expect(filter.apply({ query: 'place 5 ' }).mask).to.equal(sliced.mask);
    // Typed on: only what it kept is looked at, and the answer is still the whole one.
    const on = filter.apply({ query: 'place 51' });
    expect([...on.mask]).to.deep.equal([...new EventFilterIndex(many).apply({ query: 'place 51' }).mask]);
  });
});

describe('filteredCountText', () => {
  it('writes counts in the language digits and grammar', () => {
    expect(filteredCountText(MESSAGES.en, 12, 27, 'en')).to.equal('12 of 27 events');
    expect(filteredCountText(MESSAGES.en, 1, 1, 'en')).to.equal('1 of 1 event');
    const arDigits = (n: number) => new Intl.NumberFormat('ar').format(n);
    // Arabic: 3–10 take the plural, 11–99 the accusative singular.
    expect(filteredCountText(MESSAGES.ar, 2, 5, 'ar')).to.equal(`${arDigits(2)} من ${arDigits(5)} أحداث`);
    expect(filteredCountText(MESSAGES.ar, 12, 51, 'ar')).to.equal(`${arDigits(12)} من ${arDigits(51)} حدثًا`);
  });
});
