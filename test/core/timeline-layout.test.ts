import { expect } from '@open-wc/testing';
import { EventFilterIndex } from '../../src/core/filter.js';
import { groupIntoLanes, type GroupBy } from '../../src/core/lanes.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import { createTimeScale } from '../../src/core/time-scale.js';
import {
  filterTimelineIndex,
  indexTimeline,
  MARK_APPROXIMATE,
  MARK_OPEN_END,
  MARK_OPEN_START,
  MARK_POINT,
  MARK_UNCERTAIN,
  MARK_UNCERTAIN_INSTANT,
} from '../../src/core/timeline-index.js';
import { layoutFrame, layoutLanes } from '../../src/core/timeline-layout.js';
import type { DatasetInput } from '../../src/core/types.js';
import { fullView, toPixel, viewOf } from '../../src/core/viewport.js';
import syria from '../../data/syria.json';

const labels = { other: 'Other', all: 'All' };

function build(input: DatasetInput, width = 1000, height = 400, groupBy?: GroupBy) {
  const { dataset } = parseDataset(input);
  const grouping = groupIntoLanes(dataset, groupBy ?? (dataset.sides.length ? 'side' : 'actor'), labels);
  const index = indexTimeline(dataset.events, grouping);
  const scale = createTimeScale(index.starts, index.ends, { width });
  const boxes = layoutLanes(index, scale, height);
  return { dataset, index, scale, boxes };
}

/** `n` one-day events spread over `days` days from 2011, in `lanes` actors' lanes (seeded). */
function synthetic(n: number, days = 5478, lanes = 20): DatasetInput {
  let seed = 3;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return {
    actors: Array.from({ length: lanes }, (_, i) => ({ id: `a${i}`, name: `A${i}` })),
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(2011, 0, 1) + Math.floor(rnd() * days) * 86_400_000).toISOString().slice(0, 10),
      title: `t${i}`,
      actors: [`a${Math.floor(rnd() * lanes)}`],
    })),
  };
}

const total = (items: ReturnType<typeof layoutFrame>['items']) =>
  items.reduce((n, i) => n + (i.kind === 'marker' ? 1 : i.count), 0);

const DAY = 86_400_000;
const day = (i: number, from = Date.UTC(2011, 0, 1)) => new Date(from + i * DAY).toISOString().slice(0, 10);

describe('indexTimeline', () => {
  it('flags points, approximate and uncertain dates', () => {
    const { index } = build({
      events: [
        { id: 'day', date: '2015-05-19', title: 'a' },
        { id: 'month', date: '2015-05', title: 'b' },
        { id: 'approx', date: '2015-05-20~', title: 'c' },
        { id: 'unsure', date: '2015-05-21?', title: 'd' },
        { id: 'range', date: '2015-05-22/2015-05-24', title: 'e' },
      ],
    });
    const flag = (id: string) => index.flags[index.events.findIndex((e) => e.id === id)];
    expect(flag('day') & MARK_POINT).to.equal(MARK_POINT);
    expect(flag('month') & MARK_POINT).to.equal(0);
    expect(flag('range') & MARK_POINT).to.equal(0);
    expect(flag('approx') & MARK_APPROXIMATE).to.equal(MARK_APPROXIMATE);
    expect(flag('unsure') & MARK_UNCERTAIN).to.equal(MARK_UNCERTAIN);
  });

  it('gives every event one kind of mark: a point, an uncertain instant, or neither (a duration)', () => {
    const KIND = MARK_POINT | MARK_UNCERTAIN_INSTANT;
    const cases: Array<[string, number]> = [
      ['2015-05-19', MARK_POINT],
      ['2015-05-19?', MARK_POINT],
      ['2015-05-19T14:20Z', MARK_POINT],
      ['2015-05', MARK_UNCERTAIN_INSTANT],
      ['2015-05~', MARK_UNCERTAIN_INSTANT],
      ['2014', MARK_UNCERTAIN_INSTANT],
      ['[2014-03..2014-06-14]', MARK_UNCERTAIN_INSTANT],
      ['[2015-05-18..2015-05-19]', MARK_UNCERTAIN_INSTANT],
      ['[..2014-06-14]', MARK_UNCERTAIN_INSTANT],
      ['[2014-03..]', MARK_UNCERTAIN_INSTANT],
      ['2015-05-22/2015-05-24', 0],
      ['2014-01/2014-06-15', 0],
      ['2015/2016', 0],
      ['2015-05/..', 0],
      ['../2015-06', 0],
    ];
    const { index } = build({ events: cases.map(([date], i) => ({ id: `e${i}`, date, title: date })) });
    expect(index.events).to.have.length(cases.length);
    for (const [i, event] of index.events.entries()) {
      const expected = cases.find(([date]) => date === event.date)![1];
      expect(index.flags[i] & KIND, event.date).to.equal(expected);
    }
    const flagOf = (date: string) => index.flags[index.events.findIndex((e) => e.date === date)];
    // A set's open ends and qualifiers are flagged as a range's are.
    expect(flagOf('[..2014-06-14]') & (MARK_OPEN_START | MARK_OPEN_END)).to.equal(MARK_OPEN_START);
    expect(flagOf('[2014-03..]') & (MARK_OPEN_START | MARK_OPEN_END)).to.equal(MARK_OPEN_END);
    expect(flagOf('2015-05~') & MARK_APPROXIMATE).to.equal(MARK_APPROXIMATE);
  });

  it('lays an uncertain instant out over its span, as a bar, with its flag on the marker', () => {
    const { index, scale, boxes } = build({
      events: [
        { id: 'set', date: '[2014-03..2014-06-14]', title: 'a' },
        { id: 'day', date: '2014-09-01', title: 'b' },
      ],
    });
    const view = fullView(scale);
    const markers = layoutFrame(index, scale, view, boxes).items.flatMap((i) =>
      i.kind === 'marker' ? [i] : [],
    );
    const set = markers.find((m) => index.events[m.event].id === 'set')!;
    expect(set).to.include({ point: false, start: Date.UTC(2014, 2, 1), end: Date.UTC(2014, 5, 15) - 1 });
    expect(set.flags & MARK_UNCERTAIN_INSTANT).to.equal(MARK_UNCERTAIN_INSTANT);
    expect(set.x0).to.be.closeTo(toPixel(view, scale.scale(Date.UTC(2014, 2, 1))), 0.01);
    expect(set.x1).to.be.closeTo(toPixel(view, scale.scale(Date.UTC(2014, 5, 15))), 0.01);
    const point = markers.find((m) => index.events[m.event].id === 'day')!;
    expect(point.point).to.equal(true);
    expect(point.flags & MARK_UNCERTAIN_INSTANT).to.equal(0);
  });

  it('flags ranges open at their start or end, and keeps the flags on their markers', () => {
    const { index, scale, boxes } = build({
      events: [
        { id: 'ongoing', date: '2015-05/..', title: 'a' },
        { id: 'since', date: '../2015-06', title: 'b' },
        { id: 'closed', date: '2015-05/2015-06', title: 'c' },
      ],
    });
    const flag = (id: string) => index.flags[index.events.findIndex((e) => e.id === id)];
    expect(flag('ongoing') & (MARK_OPEN_START | MARK_OPEN_END)).to.equal(MARK_OPEN_END);
    expect(flag('since') & (MARK_OPEN_START | MARK_OPEN_END)).to.equal(MARK_OPEN_START);
    expect(flag('closed') & (MARK_OPEN_START | MARK_OPEN_END)).to.equal(0);
    const markers = layoutFrame(index, scale, fullView(scale), boxes).items.flatMap((i) =>
      i.kind === 'marker' ? [i] : [],
    );
    expect(markers).to.have.length(3);
    for (const marker of markers) expect(marker.flags).to.equal(index.flags[marker.event]);
  });

  it('puts each event in its lane’s index, sorted by start', () => {
    const { index } = build(synthetic(500));
    let count = 0;
    for (const lane of index.lanes) {
      count += lane.ids.length;
      for (let i = 1; i < lane.starts.length; i++) expect(lane.starts[i]).to.be.at.least(lane.starts[i - 1]);
    }
    expect(count).to.equal(500);
  });
});

describe('layoutLanes', () => {
  it('fills the height, gives every lane at least a row, and busy lanes more', () => {
    const { boxes } = build(syria, 1100, 320);
    expect(boxes.length).to.be.greaterThan(2);
    const sum = boxes.reduce((h, b) => h + b.height, 0);
    expect(sum).to.be.closeTo(320, 1e-6);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i].y).to.be.closeTo(boxes[i - 1].y + boxes[i - 1].height, 1e-6);
    expect(Math.max(...boxes.map((b) => b.rows))).to.be.greaterThan(1);
    expect(Math.min(...boxes.map((b) => b.rows))).to.be.at.least(1);
  });
});

describe('layoutFrame', () => {
  it('shows every Syria event once, as a marker or in a cluster, in time order', () => {
    const { index, scale, boxes, dataset } = build(syria, 1100, 320);
    const { items } = layoutFrame(index, scale, fullView(scale), boxes);
    expect(total(items)).to.equal(dataset.events.length);
    for (let i = 1; i < items.length; i++) expect(items[i].start).to.be.at.least(items[i - 1].start);
    const ids = items.filter((i) => i.kind === 'marker').map((i) => i.key);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('keeps items inside their lane', () => {
    const { index, scale, boxes } = build(syria, 1100, 320);
    for (const item of layoutFrame(index, scale, fullView(scale), boxes).items) {
      const box = boxes[item.lane];
      expect(item.y).to.be.at.least(box.y - 1e-6);
      expect(item.y + item.height).to.be.at.most(box.y + box.height + 1e-6);
    }
  });

  it('bounds the items by the view, not by the number of events: 100,000 events', () => {
    const { index, scale, boxes } = build(synthetic(100_000), 1064, 440);
    const frame = layoutFrame(index, scale, fullView(scale), boxes);
    expect(frame.items.length).to.be.lessThan(800);
    expect(frame.items.every((i) => i.kind === 'cluster' && i.calendar)).to.equal(true);
    expect(total(frame.items)).to.equal(100_000);
    expect(frame.bandMax).to.be.greaterThan(0);
    expect(frame.bands.filter(Boolean)).to.have.length(20);

    // Three weeks: single marks and small clusters, no band.
    const zoomed = layoutFrame(
      index,
      scale,
      viewOf(scale, Date.UTC(2018, 4, 1), Date.UTC(2018, 4, 21), 1064),
      boxes,
    );
    expect(zoomed.items.some((i) => i.kind === 'marker')).to.equal(true);
    expect(zoomed.items.length).to.be.lessThan(800);
  });

  it('shows a lane’s marks one by one when few, and draws a density band for a crowded lane', () => {
    const { index, scale, boxes } = build(synthetic(2000, 5478, 2), 1000, 200);
    const full = layoutFrame(index, scale, fullView(scale), boxes);
    expect(full.bands.some(Boolean)).to.equal(true);
    const narrow = layoutFrame(
      index,
      scale,
      viewOf(scale, Date.UTC(2015, 0, 1), Date.UTC(2015, 0, 20), 1000),
      boxes,
    );
    expect(narrow.bands.some(Boolean)).to.equal(false);
    expect(narrow.items.every((i) => i.kind === 'marker' || !i.calendar)).to.equal(true);
  });

  it('finds a range longer than the view and draws it across', () => {
    const { index, scale, boxes } = build({
      events: [
        { id: 'siege', date: '2012/2016', title: 'siege' },
        { id: 'a', date: '2014-05-01', title: 'a' },
        { id: 'b', date: '2014-05-03', title: 'b' },
      ],
    });
    const view = viewOf(scale, Date.UTC(2014, 4, 1), Date.UTC(2014, 4, 5), 1000);
    const items = layoutFrame(index, scale, view, boxes).items;
    const siege = items.find((i) => i.key === 'siege')!;
    expect(siege).to.not.equal(undefined);
    expect(siege.x0).to.be.lessThan(0);
    expect(siege.x1).to.be.greaterThan(1000);
  });

  it('draws a range crossing the window over a dense lane, and does not count it again', () => {
    const events = [{ id: 'siege', date: '2012-07/2016-12', title: 'Aleppo siege' }];
    for (let i = 0; i < 3000; i++) events.push({ id: `d${i}`, date: day(i % 2000), title: 't' });
    const { index, scale, boxes } = build({ events }, 1000, 300, 'none');
    const view = viewOf(scale, Date.UTC(2014, 0, 1), Date.UTC(2014, 11, 31), 1000);
    const frame = layoutFrame(index, scale, view, boxes);
    expect(frame.bands[0]).to.not.equal(undefined);
    const siege = frame.items.find((i) => i.key === 'siege')!;
    expect(siege).to.not.equal(undefined);
    expect(siege.x0).to.be.lessThan(0);
    expect(siege.x1).to.be.greaterThan(1000);
    // Every event of 2014 (and none twice): calendar clusters count the days, the siege is drawn on its own.
    const inYear = events.filter((e) => e.date.startsWith('2014')).length;
    expect(total(frame.items)).to.equal(inYear + 1);
    const box = boxes[0];
    for (const item of frame.items) {
      expect(item.y).to.be.at.least(box.y - 1e-6);
      expect(item.y + item.height).to.be.at.most(box.y + box.height + 1e-6);
    }
    expect(siege.y + siege.height).to.be.at.most(
      Math.min(...frame.items.filter((i) => i !== siege).map((i) => i.y)),
    );
  });

  it('counts the year-long events in view exactly: 1,000 of them, a month’s window shows its year’s 20', () => {
    const events = [];
    for (let y = 1975; y < 2025; y++)
      for (let k = 0; k < 20; k++) events.push({ id: `e${y}-${k}`, date: `${y}`, title: 't' });
    const { index, scale, boxes } = build({ events }, 1000, 300, 'none');
    const frame = layoutFrame(
      index,
      scale,
      viewOf(scale, Date.UTC(2000, 5, 1), Date.UTC(2000, 5, 30), 1000),
      boxes,
    );
    expect(frame.bands[0]).to.equal(undefined);
    expect(total(frame.items)).to.equal(20);
    for (const item of frame.items) expect(new Date(item.start).getUTCFullYear()).to.equal(2000);
  });

  it('puts the calendar cluster of events all on one day where they are drawn: over the day', () => {
    for (const date of ['2015-05-19', '2015-05-19T10:00Z']) {
      const events = Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, date, title: 't' }));
      const { index, scale, boxes } = build({ events }, 1000, 300, 'none');
      const view = fullView(scale);
      const { items, bands } = layoutFrame(index, scale, view, boxes);
      expect(bands[0]).to.not.equal(undefined);
      expect(items).to.have.length(1);
      const cluster = items[0];
      expect(cluster.kind === 'cluster' && cluster.count).to.equal(1000);
      // A day is drawn at its noon (a point over the day), a moment at its minute.
      const s = index.starts[0];
      const drawn = toPixel(view, scale.scale(s + (index.ends[0] - s) / 2));
      expect(drawn).to.be.within(cluster.x0, cluster.x1);
      if (date.length === 10) expect(cluster.end - cluster.start).to.equal(DAY - 1);
      else expect(cluster.end - cluster.start).to.be.lessThan(DAY / 2);
    }
  });

  it('leaves out marks outside the view, such as a day’s point (at noon) in an evening’s window', () => {
    const events = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, date: day(i), title: 't' }));
    const { index, scale, boxes } = build({ events }, 1000, 300, 'none');
    const view = viewOf(scale, Date.UTC(2011, 0, 3, 18), Date.UTC(2011, 0, 3, 23), 1000);
    const { items } = layoutFrame(index, scale, view, boxes);
    expect(items).to.deep.equal([]);
    const noon = viewOf(scale, Date.UTC(2011, 0, 3, 10), Date.UTC(2011, 0, 3, 14), 1000);
    expect(layoutFrame(index, scale, noon, boxes).items.map((i) => i.key)).to.deep.equal(['e2']);
    for (const item of layoutFrame(
      index,
      scale,
      viewOf(scale, Date.UTC(2011, 0, 2, 18), Date.UTC(2011, 0, 4, 6), 1000),
      boxes,
    ).items) {
      expect(item.x1).to.be.at.least(0);
      expect(item.x0).to.be.at.most(1000);
    }
  });

  it('works with BCE dates and one event', () => {
    const { index, scale, boxes } = build({ events: [{ id: 'x', date: '-0500', title: 'x' }] });
    const items = layoutFrame(index, scale, fullView(scale), boxes).items;
    expect(items.map((i) => i.key)).to.deep.equal(['x']);
    expect(items[0].x0).to.be.at.least(0);
    expect(items[0].x1).to.be.at.most(1000);
  });
});

describe('filterTimelineIndex', () => {
  const { dataset } = parseDataset(syria);
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

  it('filterTimelineIndex(index, mask) is the index of the kept events made anew, of a filtered one too', () => {
    // Days, times of day, ranges and a long span, in two lanes; one lane keeps only days.
    const { dataset: mixed } = parseDataset({
      sides: [
        { id: 'n', label: 'North' },
        { id: 's', label: 'South' },
      ],
      actors: [
        { id: 'a', name: 'A', side: 'n' },
        { id: 'b', name: 'B', side: 's' },
      ],
      events: Array.from({ length: 60 }, (_, i) => ({
        id: `e${i}`,
        date:
          i % 7 === 0
            ? `2015-03-${String(1 + (i % 28)).padStart(2, '0')}T1${i % 10}:00`
            : i % 11 === 0
              ? `2015-0${1 + (i % 5)}/2015-0${5 + (i % 4)}`
              : i === 30
                ? '2014/2016'
                : `2015-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
        title: `Event ${i}`,
        actors: [i % 7 === 0 || i % 2 ? 'a' : 'b'],
      })),
    });
    const all = indexTimeline(mixed.events, groupIntoLanes(mixed, 'side', labels));
    const fresh = (source: readonly number[]) => {
      const events = source.map((i) => mixed.events[i]);
      return indexTimeline(events, {
        ...all.grouping,
        laneOf: Uint32Array.from(source, (i) => all.grouping.laneOf[i]),
      });
    };
    const same = (shown: ReturnType<typeof indexTimeline>, source: number[]) => {
      const made = fresh(source);
      expect(shown.events).to.deep.equal(made.events);
      expect([...shown.from!]).to.deep.equal(source);
      expect([...shown.starts]).to.deep.equal([...made.starts]);
      expect([...shown.ends]).to.deep.equal([...made.ends]);
      expect([...shown.flags]).to.deep.equal([...made.flags]);
      expect(Array.from(shown.grouping.laneOf)).to.deep.equal(Array.from(made.grouping.laneOf));
      expect(shown.laneHasMoments).to.deep.equal(made.laneHasMoments);
      shown.lanes.forEach((lane, l) => {
        const other = made.lanes[l];
        for (const key of ['ids', 'starts', 'ends', 'endsSorted', 'isLong', 'long'] as const)
          expect([...lane[key]], `lane ${l} ${key}`).to.deep.equal([...other[key]]);
        expect(lane.maxShortSpan).to.equal(other.maxShortSpan);
      });
    };
    expect(all.laneHasMoments).to.deep.equal([true, false]);
    const everyThird = Uint8Array.from(mixed.events, (_, i) => (i % 3 === 0 ? 1 : 0));
    const third = filterTimelineIndex(all, everyThird);
    const thirdSource = mixed.events.flatMap((_, i) => (i % 3 === 0 ? [i] : []));
    same(third, thirdSource);
    // No time of day kept in the first lane: it has no moments any more.
    const noMoments = Uint8Array.from(mixed.events, (e) => (e.time.precision === 'day' ? 1 : 0));
    const days = filterTimelineIndex(all, noMoments);
    expect(days.laneHasMoments).to.deep.equal([false, false]);
    // A filtered index filtered again: `from` still points into the dataset's events.
    const half = Uint8Array.from(third.events, (_, k) => (k % 2 ? 1 : 0));
    same(
      filterTimelineIndex(third, half),
      thirdSource.filter((_, k) => k % 2),
    );
  });
});
