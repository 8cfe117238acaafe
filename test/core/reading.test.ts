import { expect } from '@open-wc/testing';
import syria from '../../data/syria.json';
import { EventFilterIndex } from '../../src/core/filter.js';
import { groupIntoLanes } from '../../src/core/lanes.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import { MESSAGES } from '../../src/core/messages.js';
import {
  chipKind,
  chronologyPage,
  filteredCountText,
  filterTimelineIndex,
  filterChips,
  groupChronology,
  positionAtTime,
  positionText,
  readingOrder,
  revealEvent,
  stepFrom,
  windowAround,
} from '../../src/core/reading.js';
import { createTimeScale } from '../../src/core/time-scale.js';
import { indexTimeline, layoutFrame, layoutLanes } from '../../src/core/timeline-layout.js';
import { fullView, viewOf, windowOf } from '../../src/core/viewport.js';

const DAY = 86_400_000;
const { dataset } = parseDataset(syria);

describe('readingOrder', () => {
  it('lists every event without a mask', () => {
    expect(Array.from(readingOrder(4))).to.deep.equal([0, 1, 2, 3]);
  });

  it('keeps the masked-in indices, ascending', () => {
    expect(Array.from(readingOrder(6, Uint8Array.from([0, 1, 1, 0, 0, 1])))).to.deep.equal([1, 2, 5]);
    expect(Array.from(readingOrder(3, new Uint8Array(3)))).to.deep.equal([]);
  });
});

describe('stepFrom', () => {
  const order = Uint32Array.from([1, 2, 5, 9]);

  it('gives the position and the kept neighbours of a kept event', () => {
    expect(stepFrom(order, 1)).to.deep.equal({ position: 0, previous: undefined, next: 2 });
    expect(stepFrom(order, 5)).to.deep.equal({ position: 2, previous: 2, next: 9 });
    expect(stepFrom(order, 9)).to.deep.equal({ position: 3, previous: 5, next: undefined });
  });

  it('gives a hidden event the kept events around it in time', () => {
    expect(stepFrom(order, 3)).to.deep.equal({ position: -1, previous: 2, next: 5 });
    expect(stepFrom(order, 0)).to.deep.equal({ position: -1, previous: undefined, next: 1 });
    expect(stepFrom(order, 12)).to.deep.equal({ position: -1, previous: 9, next: undefined });
  });

  it('steps through the whole Syria sample in time order', () => {
    const all = readingOrder(dataset.events.length);
    const seen: string[] = [];
    let at: number | undefined = all[0];
    while (at !== undefined) {
      seen.push(dataset.events[at].id);
      at = stepFrom(all, at).next;
    }
    expect(seen).to.have.length(51);
    const starts = seen.map((id) => dataset.eventsById.get(id)!.time.start);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it('steps through the events a filter keeps', () => {
    const { mask, count } = new EventFilterIndex(dataset).apply({ query: 'Aleppo' });
    const order = readingOrder(dataset.events.length, mask);
    expect(order.length).to.equal(count);
    const step = stepFrom(order, order[1]);
    expect(step.position).to.equal(1);
    expect(dataset.events[step.next!].title + ' ' + JSON.stringify(dataset.events[step.next!])).to.match(
      /aleppo/i,
    );
  });
});

describe('filterTimelineIndex', () => {
  const grouping = groupIntoLanes(dataset, 'side', { other: 'Other', all: 'All' });
  const index = indexTimeline(dataset.events, grouping);

  it('is the index itself without a mask', () => {
    expect(filterTimelineIndex(index)).to.equal(index);
  });

  it('keeps the masked-in events in their lanes, with the same lanes', () => {
    const { mask, count } = new EventFilterIndex(dataset).apply({ sides: ['kurdish'] });
    const shown = filterTimelineIndex(index, mask);
    expect(shown.events).to.have.length(count);
    expect(shown.grouping.lanes).to.equal(index.grouping.lanes);
    for (let i = 0; i < shown.events.length; i++) {
      const original = dataset.events.indexOf(shown.events[i]);
      expect(mask[original]).to.equal(1);
      expect(shown.grouping.laneOf[i]).to.equal(index.grouping.laneOf[original]);
    }
    const inLanes = shown.lanes.reduce((n, lane) => n + lane.ids.length, 0);
    expect(inLanes).to.equal(count);
  });
});

describe('windowAround', () => {
  const starts = Float64Array.from([0, 10 * DAY, 100 * DAY]);
  const ends = Float64Array.from([DAY - 1, 11 * DAY - 1, 101 * DAY - 1]);
  const scale = createTimeScale(starts, ends, { width: 1000, gaps: 'off' });

  it('keeps a window that already shows the span', () => {
    const view = { x0: 0, x1: 500, width: 1000 };
    expect(windowAround(scale, view, 10 * DAY, 11 * DAY - 1)).to.equal(view);
  });

  it('centres a window of the same zoom on a span outside it', () => {
    const view = { x0: 0, x1: 200, width: 1000 };
    const next = windowAround(scale, view, 50 * DAY, 51 * DAY - 1);
    expect(next.x1 - next.x0).to.be.closeTo(200, 1e-6);
    const middle = (scale.scale(50 * DAY) + scale.scale(51 * DAY)) / 2;
    expect((next.x0 + next.x1) / 2).to.be.closeTo(middle, 1e-6);
  });

  it('stops at the ends of the scale', () => {
    const view = { x0: 400, x1: 600, width: 1000 };
    const next = windowAround(scale, view, 100 * DAY, 101 * DAY - 1);
    expect(next.x1).to.be.closeTo(scale.width, 1e-6);
  });

  it('widens the window for a span longer than it', () => {
    const view = { x0: 0, x1: 50, width: 1000 };
    const next = windowAround(scale, view, 0, 60 * DAY);
    const [start, end] = windowOf(scale, next);
    expect(start).to.be.at.most(0);
    expect(end).to.be.at.least(60 * DAY);
  });
});

describe('revealEvent', () => {
  const grouping = groupIntoLanes(dataset, 'side', { other: 'Other', all: 'All' });
  const index = indexTimeline(dataset.events, grouping);
  const scale = createTimeScale(index.starts, index.ends, { width: 1000 });
  const boxes = layoutLanes(index, scale, 300);
  const full = fullView(scale);
  const markerIds = (view = full) =>
    new Set(
      layoutFrame(index, scale, view, boxes).items.flatMap((i) => (i.kind === 'marker' ? [i.key] : [])),
    );

  it('keeps the full view for an event already drawn on its own', () => {
    const alone = dataset.events.find((e) => markerIds().has(e.id))!;
    expect(revealEvent(index, scale, full, boxes, alone.id)).to.deep.equal(full);
  });

  it('zooms in until an event inside a cluster is drawn on its own', () => {
    const clustered = dataset.events.filter((e) => !markerIds().has(e.id));
    expect(clustered.length, 'the full view clusters some events').to.be.greaterThan(0);
    let separated = 0;
    for (const event of clustered) {
      const view = revealEvent(index, scale, full, boxes, event.id);
      const [start, end] = windowOf(scale, view);
      expect(start, event.id).to.be.at.most(event.time.end);
      expect(end, event.id).to.be.at.least(event.time.start);
      if (markerIds(view).has(event.id)) {
        separated++;
        continue;
      }
      // Not separated: then not even a month's window around it does (more events overlap it than its
      // lane has rows), and the view is only centred, not zoomed for nothing.
      const month = viewOf(scale, event.time.start - 15 * DAY, event.time.end + 15 * DAY, 1000);
      expect(markerIds(month).has(event.id), event.id).to.equal(false);
      expect(view, event.id).to.deep.equal(full);
    }
    expect(separated).to.be.greaterThan(0);
  });

  it('leaves the view alone for an unknown id', () => {
    expect(revealEvent(index, scale, full, boxes, 'nope')).to.equal(full);
  });
});

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

describe('filterChips', () => {
  it('offers sides when the lanes are sides or the data has sides', () => {
    expect(chipKind(dataset, 'side')).to.equal('side');
    expect(chipKind(dataset, 'category')).to.equal('side');
    expect(chipKind(dataset, 'actor')).to.equal('actor');
    const { dataset: noSides } = parseDataset({ actors: [{ id: 'a', name: 'A' }], events: [] });
    expect(chipKind(noSides, 'side')).to.equal('actor');
  });

  it('lists the sides with events in the data order, with counts', () => {
    const chips = filterChips(dataset, 'side');
    expect(chips.map((c) => c.id)).to.deep.equal(
      dataset.sides.map((s) => s.id).filter((id) => chips.some((c) => c.id === id)),
    );
    const government = chips.find((c) => c.id === 'government')!;
    const expected = dataset.events.filter((e) =>
      e.actors.some((r) => dataset.actorsById.get(r.id)?.side === 'government'),
    ).length;
    expect(government.count).to.equal(expected);
    expect(government.actor).to.include({ name: 'Syrian government and allies', color: '#b22222' });
  });

  it('lists actors most frequent first, with short names, side and a colour', () => {
    const chips = filterChips(dataset, 'actor');
    const counts = chips.map((c) => c.count);
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
    expect(chips.every((c) => c.count > 0)).to.equal(true);
    const hts = chips.find((c) => c.id === 'hts')!;
    expect(hts.actor.short).to.equal('HTS');
    expect(hts.side).to.equal('Jihadist groups');
    expect(hts.actor.color).to.match(/^#/);
  });
});

describe('reading texts', () => {
  it('writes positions and counts in the language digits and grammar', () => {
    expect(positionText(MESSAGES.en, 2, 27, 'en')).to.equal('3 of 27');
    expect(filteredCountText(MESSAGES.en, 12, 27, 'en')).to.equal('12 of 27 events');
    expect(filteredCountText(MESSAGES.en, 1, 1, 'en')).to.equal('1 of 1 event');
    const arDigits = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(positionText(MESSAGES.ar, 2, 27, 'ar')).to.equal(`${arDigits(3)} من ${arDigits(27)}`);
    // Arabic: 3–10 take the plural, 11–99 the accusative singular.
    expect(filteredCountText(MESSAGES.ar, 2, 5, 'ar')).to.equal(`${arDigits(2)} من ${arDigits(5)} أحداث`);
    expect(filteredCountText(MESSAGES.ar, 12, 51, 'ar')).to.equal(`${arDigits(12)} من ${arDigits(51)} حدثًا`);
  });
});
