import { eventImportance } from '../../src/core/importance.js';
import { expect } from '@open-wc/testing';
import {
  clusterLeads,
  memoMeasure,
  mirrorLabel,
  placeLabels,
  type Box,
  type LabelOptions,
  type PlacedLabel,
} from '../../src/core/label-layout.js';
import { groupIntoLanes } from '../../src/core/lanes.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import { createTimeScale, findGaps } from '../../src/core/time-scale.js';
import { indexTimeline } from '../../src/core/timeline-index.js';
import {
  layoutFrame,
  layoutLanes,
  type ClusterItem,
  type LaneBox,
  type MarkerItem,
  type TrackItem,
} from '../../src/core/timeline-layout.js';
import type { DatasetInput } from '../../src/core/types.js';
import { fullView } from '../../src/core/viewport.js';
import syria from '../../data/syria.json';

const CHAR = 6.5;
const measure = (text: string) => Array.from(text).length * CHAR;

function marker(key: string, x0: number, x1: number, extra: Partial<MarkerItem> = {}): MarkerItem {
  return {
    kind: 'marker',
    key,
    lane: 0,
    event: 0,
    x0,
    x1,
    y: 0,
    height: 22,
    start: x0,
    end: x1,
    point: x1 - x0 === 12,
    flags: 0,
    ...extra,
  };
}

function cluster(
  key: string,
  x0: number,
  x1: number,
  count: number,
  extra: Partial<ClusterItem> = {},
): ClusterItem {
  return {
    kind: 'cluster',
    key,
    lane: 0,
    count,
    x0,
    x1,
    y: 0,
    height: 22,
    start: x0,
    end: x1,
    calendar: false,
    ...extra,
  };
}

/** The box the element draws for an item, written here apart from the module's own. */
function drawn(item: TrackItem): Box {
  const h = item.kind === 'cluster' ? Math.min(18, item.height - 2) : item.point ? 12 : 8;
  const cy = item.y + item.height / 2;
  return { x0: item.x0, y0: cy - h / 2, x1: item.x1, y1: cy + h / 2 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const boxOf = (l: PlacedLabel): Box => ({ x0: l.x, y0: l.y, x1: l.x + l.width, y1: l.y + l.height });

/** Every rule a placement must keep; returns the broken ones (empty when all hold). */
function broken(labels: readonly PlacedLabel[], items: readonly TrackItem[], o: LabelOptions): string[] {
  const faults: string[] = [];
  for (let a = 0; a < labels.length; a++) {
    const box = boxOf(labels[a]);
    for (let b = a + 1; b < labels.length; b++)
      if (overlaps(box, boxOf(labels[b]))) faults.push(`${labels[a].key} overlaps label ${labels[b].key}`);
    for (const item of items)
      if (overlaps(box, drawn(item))) faults.push(`${labels[a].key} covers mark ${item.key}`);
    if (box.x0 < 0 || box.x1 > o.width || box.y0 < 0 || box.y1 > o.height)
      faults.push(`${labels[a].key} clipped`);
    const lane = o.lanes[items[labels[a].item].lane];
    if (box.y0 < lane.y - 1e-9 || box.y1 > lane.y + lane.height + 1e-9)
      faults.push(`${labels[a].key} leaves its lane`);
    if (Math.abs(labels[a].width - measure(labels[a].text)) > 1e-9) faults.push(`${labels[a].key} width`);
    if (items[labels[a].item].key !== labels[a].key) faults.push(`${labels[a].key} item`);
  }
  return faults;
}

const oneLane = (height = 22): LaneBox[] => [{ y: 0, height, rows: Math.max(1, Math.floor(height / 22)) }];

function options(
  items: readonly TrackItem[],
  titles: Record<string, string>,
  more: Partial<LabelOptions> = {},
) {
  const o: LabelOptions = {
    title: (item) => titles[item.key],
    importance: () => 0,
    measure,
    width: 1000,
    height: 22,
    lanes: oneLane(),
    ...more,
  };
  return { o, labels: () => placeLabels(items, o) };
}

/** `n` marks in `lanes` lanes of `rows` rows across `width` px (seeded), as a dense frame is. */
function randomFrame(n: number, width: number, lanes: number, rows: number) {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const boxes: LaneBox[] = Array.from({ length: lanes }, (_, l) => ({
    y: l * rows * 22,
    height: rows * 22,
    rows,
  }));
  const items: TrackItem[] = [];
  for (let i = 0; i < n; i++) {
    const lane = Math.floor(rnd() * lanes);
    const y = boxes[lane].y + Math.floor(rnd() * rows) * 22;
    const x0 = rnd() * width - 20;
    const bar = rnd() < 0.3;
    const item =
      rnd() < 0.1
        ? cluster(`k${i}`, x0, x0 + 26, 2 + Math.floor(rnd() * 20), { lane, y })
        : marker(`m${i}`, x0, x0 + (bar ? 8 + rnd() * 80 : 12), { lane, y, point: !bar });
    items.push(item);
  }
  items.sort((a, b) => a.start - b.start || a.lane - b.lane);
  const titles = new Map(items.map((item, i) => [item.key, `Event number ${i} in the frame`]));
  const weights = new Map(items.map((item) => [item.key, Math.floor(rnd() * 5)]));
  const o: LabelOptions = {
    title: (item) => titles.get(item.key),
    importance: (item) => weights.get(item.key) ?? 0,
    measure,
    width,
    height: lanes * rows * 22,
    lanes: boxes,
  };
  return { items, o };
}

describe('placeLabels', () => {
  it('placeLabels(items, options) puts a lone mark’s title after it, centred on its row', () => {
    const items = [marker('a', 100, 112)];
    const { labels } = options(items, { a: 'Rebels take Kasab' });
    expect(labels()).to.deep.equal([
      {
        key: 'a',
        item: 0,
        text: 'Rebels take Kasab',
        shortened: false,
        x: 115,
        y: 4,
        width: 17 * CHAR,
        height: 14,
        side: 'after',
      },
    ]);
  });

  it('placeLabels(items, options) goes before the mark when the right edge is too near', () => {
    const items = [marker('a', 900, 912)];
    const { o, labels } = options(items, { a: 'Rebels take Kasab' }, { width: 950 });
    const [label] = labels();
    expect(label.side).to.equal('before');
    expect(label.x + label.width).to.equal(897);
    expect(broken([label], items, o)).to.deep.equal([]);
  });

  it('placeLabels(items, options) goes above or below the mark when its row is taken', () => {
    // Two rows; marks crowd the mark's row on both sides.
    const lanes = oneLane(44);
    const items = [
      marker('left', 40, 52, { y: 22 }),
      marker('a', 60, 72, { y: 22 }),
      marker('right', 80, 92, { y: 22 }),
    ];
    const { o, labels } = options(items, { a: 'Army retakes Kasab' }, { lanes, height: 44, minChars: 100 });
    const placed = labels();
    expect(placed.map((l) => [l.key, l.side, l.x])).to.deep.equal([['a', 'above', 60]]);
    expect(broken(placed, items, o)).to.deep.equal([]);
  });

  it('placeLabels(items, options) places no two labels over each other, none over a mark, none past the edges', () => {
    for (const [n, width, lanes, rows] of [
      [40, 1144, 5, 2],
      [500, 1144, 5, 3],
      [120, 300, 13, 1],
      [200, 544, 2, 6],
    ]) {
      const { items, o } = randomFrame(n, width, lanes, rows);
      const placed = placeLabels(items, o);
      expect(broken(placed, items, o), `${n} items at ${width} px`).to.deep.equal([]);
      expect(placed.length, `${n} items at ${width} px`).to.be.greaterThan(0);
    }
  });

  it('placeLabels(items, options) keeps clear of uncertain marks’ “?” and open ends’ fades', () => {
    const items = [
      marker('a', 100, 112),
      marker('open', 200, 260, { point: false, flags: 16 }),
      marker('unsure', 380, 392, { flags: 4 }),
    ];
    const titles = { a: 'x'.repeat(40), open: 'y'.repeat(40) };
    const { labels } = options(items, titles, { minChars: 1, spacing: 0, gap: 0 });
    const placed = labels();
    expect(placed.find((l) => l.key === 'a')!.x + placed.find((l) => l.key === 'a')!.width).to.be.at.most(
      200,
    );
    // The fade runs 24 px past the bar's end; the "?" 8 px before the uncertain point.
    expect(placed.find((l) => l.key === 'open')!.x).to.equal(284);
    expect(
      placed.find((l) => l.key === 'open')!.x + placed.find((l) => l.key === 'open')!.width,
    ).to.be.at.most(372);
  });

  it('placeLabels(items, options) never covers a blocked box', () => {
    const items = [marker('a', 100, 112)];
    const blocked = [{ x0: 200, y0: 0, x1: 240, y1: 22 }];
    const { labels } = options(items, { a: 'x'.repeat(40) }, { blocked, minChars: 5, spacing: 0 });
    const [label] = labels();
    expect(label.x + label.width).to.be.at.most(200);
    expect(label.shortened).to.equal(true);
  });

  it('placeLabels(items, options) gives a contested spot to the more important item', () => {
    // One row, a track just wide enough for one of the two labels between the marks.
    const items = [marker('a', 0, 12), marker('b', 200, 212)];
    const titles = { a: 'a'.repeat(23), b: 'b'.repeat(23) };
    const run = (weights: Record<string, number>) =>
      options(items, titles, { width: 212, minChars: 100, importance: (item) => weights[item.key] })
        .labels()
        .map((l) => [l.key, l.side]);
    expect(run({ a: 1, b: 2 })).to.deep.equal([['b', 'before']]);
    expect(run({ a: 2, b: 1 })).to.deep.equal([['a', 'after']]);
    // Ties go to the earlier.
    expect(run({ a: 1, b: 1 })).to.deep.equal([['a', 'after']]);
  });

  it('placeLabels(items, options) shortens a long title at a word, with an ellipsis, down to minChars', () => {
    const items = [marker('a', 0, 12)];
    const title = 'Rebels take Kasab; its Armenian residents flee';
    const at = (width: number, more: Partial<LabelOptions> = {}) =>
      options(items, { a: title }, { width, ...more }).labels()[0];
    // 20 characters and the ellipsis fit: cut after "Kasab", without the semicolon.
    const cut = at(15 + 21 * CHAR);
    expect(cut.text).to.equal('Rebels take Kasab…');
    expect(cut.shortened).to.equal(true);
    expect(cut.width).to.equal(18 * CHAR);
    // No word ends late enough: cut inside one.
    expect(at(15 + 15 * CHAR).text).to.equal('Rebels take Ka…');
    // Room for fewer than 12 characters: no label.
    expect(at(15 + 12 * CHAR)).to.equal(undefined);
    expect(at(15 + 12 * CHAR, { minChars: 8 }).text).to.equal('Rebels take…');
    // The whole title fits: as it is.
    expect(at(15 + title.length * CHAR).text).to.equal(title);
  });

  it('placeLabels(items, options) with a maxWidth cuts titles to it first, then grows them into the room left', () => {
    // Uncut, the most important title (b) takes the room before its mark, where a's label would go.
    const items = [marker('a', 0, 12), marker('b', 400, 412), marker('c', 480, 492)];
    const titles = { a: 'a'.repeat(30), b: 'b'.repeat(80), c: 'c'.repeat(10) };
    const importance = (item: TrackItem) => ({ a: 1, b: 2, c: 0 })[item.key as 'a' | 'b' | 'c'];
    const run = (maxWidth?: number) => {
      const { o, labels } = options(items, titles, { width: 800, importance, maxWidth });
      const placed = labels();
      expect(broken(placed, items, o)).to.deep.equal([]);
      return placed.map((l) => [l.key, l.side, Array.from(l.text).length]);
    };
    expect(run()).to.deep.equal([
      ['b', 'before', 58],
      ['c', 'after', 10],
    ]);
    // Cut to 100 px at first, b leaves a a place; then b, the more important, grows up to a's label.
    expect(run(100)).to.deep.equal([
      ['a', 'after', 15],
      ['b', 'before', 42],
      ['c', 'after', 10],
    ]);
  });

  it('placeLabels(items, options) does not split a letter from its combining marks', () => {
    const items = [marker('a', 0, 12)];
    // "Kasab" in Arabic with harakat: letters and marks alternate.
    const title = 'كَسَبُ كَسَبُ كَسَبُ كَسَبُ';
    const placed = options(items, { a: title }, { width: 15 + 9 * CHAR, minChars: 4 }).labels()[0];
    const kept = Array.from(placed.text.slice(0, -1));
    expect(kept.length).to.be.at.least(4);
    expect(/\p{M}/u.test(Array.from(title)[kept.length])).to.equal(false);
  });

  it('placeLabels(items, options) writes a cluster’s label as count · title and cuts only the title', () => {
    const items = [cluster('c', 0, 26, 12)];
    const title = 'Rebels take Idlib after a week of fighting';
    const full = options(items, { c: title }, { countText: (n) => `${n}` }).labels()[0];
    expect(full.text).to.equal(`12 · ${title}`);
    const short = options(items, { c: title }, { width: 29 + 23 * CHAR }).labels()[0];
    expect(short.text).to.equal('12 · Rebels take Idlib…');
    const arabic = options(items, { c: title }, { countText: (n) => n.toLocaleString('ar-EG') }).labels()[0];
    expect(arabic.text.startsWith('١٢ · ')).to.equal(true);
  });

  it('placeLabels(items, options) skips items without a title and lanes lower than a label', () => {
    const items = [marker('a', 0, 12), marker('b', 300, 312)];
    expect(
      options(items, { b: 'Rebels take Kasab' })
        .labels()
        .map((l) => l.key),
    ).to.deep.equal(['b']);
    expect(options(items, { a: 'Rebels take Kasab' }, { lanes: oneLane(12) }).labels()).to.deep.equal([]);
  });

  it('placeLabels(items, options) gives the same labels for the same frame, in the items’ order', () => {
    const { items, o } = randomFrame(300, 1144, 5, 2);
    const first = placeLabels(items, o);
    const second = placeLabels(items.slice(), { ...o });
    expect(second).to.deep.equal(first);
    expect(first.map((l) => l.item)).to.deep.equal(first.map((l) => l.item).sort((a, b) => a - b));
  });

  it('placeLabels(items, options) places 500 items in well under a frame (time reported, not asserted)', () => {
    const { items, o } = randomFrame(500, 1144, 5, 3);
    // performance.now() is coarse in a page that is not cross-origin isolated: time batches of runs.
    const batch = 20;
    const times: number[] = [];
    let placed = 0;
    for (let run = 0; run < 15; run++) {
      const t0 = performance.now();
      for (let b = 0; b < batch; b++) placed = placeLabels(items, o).length;
      times.push((performance.now() - t0) / batch);
    }
    times.sort((a, b) => a - b);
    console.log(
      `placeLabels: 500 items at 1144 px, ${placed} labels: median ${times[7].toFixed(3)} ms a frame, ` +
        `fastest ${times[0].toFixed(3)} ms, slowest ${times[14].toFixed(3)} ms (15 batches of ${batch})`,
    );
    expect(placed).to.be.greaterThan(0);
  });
});

describe('mirrorLabel', () => {
  it('mirrorLabel(label, width) gives the box seen from the right edge, text and side unchanged', () => {
    const label: PlacedLabel = {
      key: 'a',
      item: 0,
      text: 'x',
      shortened: false,
      x: 100,
      y: 4,
      width: 50,
      height: 14,
      side: 'after',
    };
    expect(mirrorLabel(label, 1000)).to.deep.equal({ ...label, x: 850 });
    expect(mirrorLabel(mirrorLabel(label, 1000), 1000)).to.deep.equal(label);
  });
});

describe('memoMeasure', () => {
  it('memoMeasure(measure, max) measures a text once, and starts over past max texts', () => {
    const calls: string[] = [];
    const memo = memoMeasure((t) => (calls.push(t), t.length), 2);
    expect([memo('ab'), memo('ab'), memo('abc'), memo('ab')]).to.deep.equal([2, 2, 3, 2]);
    expect(calls).to.deep.equal(['ab', 'abc']);
    memo('abcd');
    memo('ab');
    expect(calls).to.deep.equal(['ab', 'abc', 'abcd', 'ab']);
  });
});

const laneLabels = { other: 'Other', all: 'All' };

describe('clusterLeads', () => {
  it('clusterLeads(index, items, scores) names each cluster’s most important event not drawn alone', () => {
    const input: DatasetInput = {
      events: [
        { id: 'a', date: '2015-04-27', title: 'a' },
        { id: 'b', date: '2015-04-27', title: 'b' },
        { id: 'c', date: '2015-04-27', title: 'c' },
        { id: 'd', date: '2015-06-27', title: 'd' },
      ],
    };
    const { dataset } = parseDataset(input);
    const index = indexTimeline(dataset.events, groupIntoLanes(dataset, 'none', laneLabels));
    const scale = createTimeScale(index.starts, index.ends, { width: 400, gaps: 'off' });
    const boxes = layoutLanes(index, scale, 22);
    const { items } = layoutFrame(index, scale, fullView(scale, 400), boxes);
    const clusters = items.filter((item) => item.kind === 'cluster');
    expect(clusters).to.have.length(1);
    const scores = Float64Array.from(index.events, (e) => (e.id === 'b' ? 2 : 1));
    const leads = clusterLeads(index, items, scores);
    expect([...leads].map(([key, event]) => [key, index.events[event].id])).to.deep.equal([
      [clusters[0].key, 'b'],
    ]);
    // On a tie, the earlier (in the data's order).
    const even = clusterLeads(index, items, new Float64Array(index.events.length));
    expect(index.events[even.get(clusters[0].key)!].id).to.equal('a');
  });
});

describe('placeLabels on the Syria sample', () => {
  const { dataset } = parseDataset(syria);
  const index = indexTimeline(dataset.events, groupIntoLanes(dataset, 'side', laneLabels));
  const scores = Float64Array.from(index.events, (e) => eventImportance(e, dataset));
  const height = 300;

  function frameAt(width: number) {
    const scale = createTimeScale(index.starts, index.ends, {
      width,
      gaps: 'auto',
      knownGaps: findGaps(index.starts, index.ends),
    });
    const boxes = layoutLanes(index, scale, height);
    const frame = layoutFrame(index, scale, fullView(scale, width), boxes);
    const leads = clusterLeads(index, frame.items, scores);
    const lead = (item: TrackItem) => (item.kind === 'marker' ? item.event : leads.get(item.key));
    const o: LabelOptions = {
      title: (item) => {
        const e = lead(item);
        return e === undefined ? undefined : index.events[e].title;
      },
      importance: (item) => {
        const e = lead(item);
        // A cluster counts by its lead, and a little by its size.
        return e === undefined
          ? -Infinity
          : scores[e] + (item.kind === 'cluster' ? Math.log10(item.count) : 0);
      },
      measure,
      width,
      height,
      lanes: boxes,
    };
    return { frame, boxes, o };
  }

  for (const width of [1144, 544, 300]) {
    it(`placeLabels(frame.items, options) on the Syria sample at a ${width} px track: none overlapping, none clipped`, () => {
      const { frame, boxes, o } = frameAt(width);
      const t0 = performance.now();
      const placed = placeLabels(frame.items, o);
      const ms = performance.now() - t0;
      expect(broken(placed, frame.items, o)).to.deep.equal([]);
      const full = placed.filter((l) => !l.shortened).length;
      // Shortened, but with a few words of it: 24 characters or more before the ellipsis.
      const long = placed.filter((l) => l.shortened && Array.from(l.text).length > 24).length;
      console.log(
        `Syria at ${width} px × ${height} px: ${frame.items.length} items ` +
          `(${frame.items.filter((i) => i.kind === 'cluster').length} clusters) in ${boxes.length} lanes of ` +
          `${boxes.map((b) => `${b.rows} row(s)/${b.height.toFixed(0)} px`).join(', ')}; ` +
          `${placed.length} titles placed (${full} whole, ${long} shortened to 24+ characters, ${placed.length - full - long} shorter) in ${ms.toFixed(2)} ms: ` +
          placed.map((l) => `[${l.side}] ${l.text}`).join(' | '),
      );
      // The issue's goal: 15 titles in a 1280 px element, 8 in a 680 px column (less the lane gutter).
      if (width === 1144) expect(placed.length).to.be.at.least(15);
      if (width === 544) expect(placed.length).to.be.at.least(8);
      expect(placed.length).to.be.greaterThan(0);
    });
  }
});
