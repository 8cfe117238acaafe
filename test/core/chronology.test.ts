import { expect } from '@open-wc/testing';
import syria from '../../data/syria.json';
import { chronologyPage, groupChronology, positionAtTime } from '../../src/core/chronology.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import { readingOrder } from '../../src/core/stepping.js';

const { dataset } = parseDataset(syria);

describe('groupChronology', () => {
  const { dataset: small } = parseDataset({
    events: [
      { id: 'y', date: '2015', title: 'A year' },
      { id: 'a', date: '2015-04-25', title: 'April' },
      { id: 'b', date: '2015-05', title: 'May' },
      { id: 'c', date: '2015-05-19/2015-06-02', title: 'Range from May' },
      { id: 'd', date: '../2016-02', title: 'Until February 2016' },
      { id: 'e', date: '-0500', title: 'Ancient' },
      { id: 'f', date: '0033-04', title: 'Year 33' },
    ],
  });

  it('files events under the year and month they start, in time order, with Intl labels', () => {
    const years = groupChronology(small.events, readingOrder(small.events.length), 'en-GB');
    const shape = years.map((y) => [
      y.label,
      y.datetime,
      y.months.map((m) => [m.label, m.datetime, m.events.map((i) => small.events[i].id)]),
    ]);
    expect(shape).to.deep.equal([
      ['501 BC', undefined, [[undefined, undefined, ['e']]]],
      ['33', '0033', [['April', '0033-04', ['f']]]],
      [
        '2015',
        '2015',
        [
          [undefined, undefined, ['y']],
          ['April', '2015-04', ['a']],
          ['May', '2015-05', ['b', 'c']],
        ],
      ],
      ['2016', '2016', [['February', '2016-02', ['d']]]],
    ]);
  });

  it('writes the headings in the reader language', () => {
    const years = groupChronology(small.events, readingOrder(small.events.length), 'ar');
    const may = years.find((y) => y.key === '2015')!.months.find((m) => m.key === '2015-05')!;
    expect(may.label).to.equal(
      new Intl.DateTimeFormat('ar', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2015, 4, 1)),
    );
    expect(may.label).to.equal('مايو');
  });

  it('groups only the events of the order', () => {
    // Sorted: e, f, y, a, b, c, d — so 4 and 5 are the two May events.
    const years = groupChronology(small.events, [4, 5], 'en');
    expect(years.map((y) => y.months.map((m) => m.events))).to.deep.equal([[[4, 5]]]);
  });

  it('gives each run its own key when a month comes back', () => {
    const { dataset: odd } = parseDataset({
      events: [
        { id: 'a', date: '2015-05-01', title: 'a' },
        { id: 'b', date: '2015-05-02', title: 'b' },
      ],
    });
    // An order out of time order (not one readingOrder makes) still gets unique keys.
    const years = groupChronology([...odd.events, odd.events[0]], [0, 1, 2], 'en');
    const keys = years.flatMap((y) => y.months.map((m) => m.key));
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('groups the Syria sample into three years of bursts', () => {
    const years = groupChronology(dataset.events, readingOrder(dataset.events.length), 'en-GB');
    expect(years.map((y) => y.label)).to.deep.equal(['2014', '2015', '2024']);
    const counted = years.reduce((n, y) => n + y.months.reduce((k, m) => k + m.events.length, 0), 0);
    expect(counted).to.equal(51);
  });
});

describe('positionAtTime', () => {
  const order = readingOrder(dataset.events.length);

  it('finds the first event starting at or after a time', () => {
    const at = positionAtTime(dataset.events, order, Date.UTC(2015, 0, 1));
    expect(dataset.events[order[at]].date).to.equal('2015-03');
    expect(dataset.events[order[at - 1]].time.start).to.be.lessThan(Date.UTC(2015, 0, 1));
  });

  it('clamps to the first and last positions', () => {
    expect(positionAtTime(dataset.events, order, -Infinity)).to.equal(0);
    expect(positionAtTime(dataset.events, order, Date.UTC(2030, 0, 1))).to.equal(order.length - 1);
  });
});

describe('chronologyPage', () => {
  it('renders everything when it fits', () => {
    expect(chronologyPage(51, 30, 100)).to.deep.equal([0, 51]);
  });

  it('renders the page that holds the position', () => {
    expect(chronologyPage(1000, 0, 100)).to.deep.equal([0, 100]);
    expect(chronologyPage(1000, 250, 100)).to.deep.equal([200, 300]);
    expect(chronologyPage(1000, 999, 100)).to.deep.equal([900, 1000]);
    expect(chronologyPage(1050, 1049, 100)).to.deep.equal([950, 1050]);
  });
});
