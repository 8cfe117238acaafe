// <conflict-timeline>'s derived state (TimelineModel) as Node sees it after the build: no DOM, no Lit, and
// each memoised step gives the same object for the same inputs and a new one when an input object changes.
// Run `npm run -s build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messagesFor, parseDataset } from '../../dist/core/index.js';
import {
  NO_FILTER,
  TimelineModel,
  windowText,
} from '../../dist/components/conflict-timeline/timeline-model.js';
import { groupChronology } from '../../dist/core/chronology.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MODEL = resolve(root, 'dist/components/conflict-timeline/timeline-model.js');

const SMALL = {
  sides: [
    { id: 'north', label: 'North', color: '#1f77b4' },
    { id: 'south', label: 'South', color: '#d62728' },
  ],
  actors: [
    { id: 'n1', name: 'North Army', side: 'north' },
    { id: 'n2', name: 'North Militia', side: 'north' },
    { id: 's1', name: 'South Army', side: 'south' },
  ],
  events: [
    { id: 'e4', date: '2015-06-15', title: 'Ceasefire talks', actors: ['n1', 's1'] },
    { id: 'e1', date: '2015-01-10', title: 'Border clash', actors: ['n1', 's1'] },
    { id: 'e2', date: '2015-02-20', title: 'Siege of the port', summary: 'A long siege.', actors: ['s1'] },
    { id: 'e3', date: '2015-04-02', title: 'Militia raid', actors: ['n2'] },
    { id: 'e5', date: '2015-09-01', title: 'Airstrike on the bridge', actors: ['n1'] },
    { id: 'e6', date: '2015-12-24', title: 'Winter offensive', actors: ['s1'] },
  ],
};

const m = messagesFor('en');
const small = () => parseDataset(SMALL).dataset;
const filter = ({ actors = [], sides = [], query = '' } = {}) => ({
  actors: new Set(actors),
  sides: new Set(sides),
  query,
});
/** The ids of the events a filtered model keeps, in its order. */
const ids = (dataset, filtered) => Array.from(filtered.order, (i) => dataset.events[i].id);

/** Every step of the wide layout for one dataset, as the element calls them. */
function derive(
  model,
  dataset,
  { f = NO_FILTER, width = 800, height = 200, start, end, locale = 'en' } = {},
) {
  const lanes = model.lanes(dataset, undefined, m);
  const filtered = model.filtered(dataset, lanes.index, f, m, locale);
  const scale = model.scale(lanes.index, width, 'auto');
  const boxes = model.boxes(lanes.index, scale, height);
  const view = model.view(scale, start, end, width);
  const frame = model.frame(filtered.shown, scale, view, boxes);
  const ticks = model.axis(scale, view, locale, dataset, undefined);
  const labels = model.labels(filtered.shown, locale, m);
  const overview = model.overview(scale, filtered.shown, 24);
  return { lanes, filtered, scale, boxes, view, frame, ticks, labels, overview };
}

/** `target` behind a proxy that counts reads of `key`: tells whether a step ran (its result may be a string). */
function countingReads(target, key) {
  const reads = { count: 0 };
  const proxy = new Proxy(target, {
    get(t, k, receiver) {
      if (k === key) reads.count++;
      return Reflect.get(t, k, receiver);
    },
  });
  return { proxy, reads };
}

test('timeline-model.js imports nothing of Lit or the DOM, and runs with no document', () => {
  assert.equal(typeof document, 'undefined');
  // Every module it reaches, through relative imports; any bare import must be a d3 package.
  const seen = new Set();
  const bare = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, from, sideEffect] of text.matchAll(
      /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]/g,
    )) {
      const spec = from ?? sideEffect;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else bare.add(spec);
    }
  };
  visit(MODEL);
  assert.ok(seen.size > 5, `only ${seen.size} modules found: the import scan is broken`);
  const notD3 = [...bare].filter((spec) => !/^d3-[a-z]+(\/|$)/.test(spec));
  assert.deepEqual(notD3, [], `timeline-model.js reaches ${notD3.join(', ')}`);
});

test('TimelineModel steps return the same object for the same inputs', () => {
  const model = new TimelineModel();
  const dataset = small();
  const first = derive(model, dataset);
  const second = derive(model, dataset);
  for (const key of Object.keys(first)) assert.equal(second[key], first[key], key);
});

test('TimelineModel overview() does not run again for the same inputs', () => {
  const model = new TimelineModel();
  const dataset = small();
  const { scale, filtered } = derive(model, dataset);
  const { proxy, reads } = countingReads(filtered.shown, 'starts');
  const path = model.overview(scale, proxy, 24);
  const count = reads.count;
  assert.ok(count > 0);
  assert.equal(model.overview(scale, proxy, 24), path);
  assert.equal(reads.count, count);
  model.overview(scale, proxy, 30);
  assert.ok(reads.count > count, 'a new height runs it again');
});

test('TimelineModel lanes() is new for a new dataset object, grouping or messages', () => {
  const model = new TimelineModel();
  const dataset = small();
  const lanes = model.lanes(dataset, undefined, m);
  assert.equal(lanes.groupBy, 'side');
  assert.equal(lanes.chipKind, 'side');
  assert.notEqual(model.lanes(small(), undefined, m), lanes);
  const byActor = model.lanes(dataset, 'actor', m);
  assert.equal(byActor.groupBy, 'actor');
  const bySide = model.lanes(dataset, undefined, m);
  assert.notEqual(bySide, byActor);
  assert.notEqual(model.lanes(dataset, undefined, { ...m }), bySide);
  assert.notEqual(model.lanes(dataset, undefined, messagesFor('ar')), bySide);
  // An unknown grouping falls back to the data's default.
  assert.equal(model.lanes(dataset, 'nonsense', m).groupBy, 'side');
});

test('TimelineModel filtered() with no filter keeps every event in time order', () => {
  const model = new TimelineModel();
  const dataset = small();
  const filtered = derive(model, dataset).filtered;
  assert.equal(filtered.mask, undefined);
  assert.deepEqual(ids(dataset, filtered), ['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
  assert.equal(filtered.countText, '6 events');
  assert.equal(filtered.shown.starts.length, 6);
});

test('TimelineModel filtered() keeps the events of the sides, actors and words asked for', () => {
  const model = new TimelineModel();
  const dataset = small();
  const { index } = model.lanes(dataset, undefined, m);
  const kept = (f) => ids(dataset, model.filtered(dataset, index, filter(f), m, 'en'));
  assert.deepEqual(kept({ sides: ['north'] }), ['e1', 'e3', 'e4', 'e5']);
  assert.deepEqual(kept({ sides: ['south'] }), ['e1', 'e2', 'e4', 'e6']);
  assert.deepEqual(kept({ actors: ['n2'] }), ['e3']);
  assert.deepEqual(kept({ actors: ['n2', 's1'] }), ['e1', 'e2', 'e3', 'e4', 'e6']);
  assert.deepEqual(kept({ query: 'siege' }), ['e2']);
  assert.deepEqual(kept({ query: 'SIEGE port' }), ['e2']);
  assert.deepEqual(kept({ query: 'siege', sides: ['north'] }), []);
  assert.deepEqual(kept({ query: 'north army' }), ['e1', 'e4', 'e5']);
  const filtered = model.filtered(dataset, index, filter({ sides: ['north'] }), m, 'en');
  assert.equal(filtered.countText, '4 of 6 events');
  assert.equal(filtered.shown.starts.length, 4);
  assert.deepEqual([...filtered.mask], [1, 0, 1, 1, 1, 0]);
});

test('TimelineModel filtered() on the Syria sample keeps exactly the events with an actor of the side', () => {
  const syria = JSON.parse(readFileSync(resolve(root, 'data/syria.json'), 'utf8'));
  const { dataset } = parseDataset(syria);
  const model = new TimelineModel();
  const { index } = model.lanes(dataset, undefined, m);
  const sideOf = new Map(dataset.actors.map((a) => [a.id, a.side]));
  for (const side of dataset.sides.map((s) => s.id)) {
    const expected = dataset.events
      .filter((e) => e.actors.some((a) => sideOf.get(a.id) === side))
      .map((e) => e.id);
    assert.ok(expected.length > 0, side);
    const filtered = model.filtered(dataset, index, filter({ sides: [side] }), m, 'en');
    assert.deepEqual(ids(dataset, filtered), expected, side);
  }
});

test('TimelineModel filtered() is new for a new filter object, even an equal one, and the same for the same one', () => {
  const model = new TimelineModel();
  const dataset = small();
  const { index } = model.lanes(dataset, undefined, m);
  const north = filter({ sides: ['north'] });
  const first = model.filtered(dataset, index, north, m, 'en');
  assert.equal(model.filtered(dataset, index, north, m, 'en'), first);
  const again = model.filtered(dataset, index, filter({ sides: ['north'] }), m, 'en');
  assert.notEqual(again, first);
  assert.deepEqual(ids(dataset, again), ids(dataset, first));
  assert.notEqual(model.filtered(dataset, index, north, m, 'ar'), again);
});

test('TimelineModel scale(), boxes() and view() are new when their inputs change', () => {
  const model = new TimelineModel();
  const dataset = small();
  const { index } = model.lanes(dataset, undefined, m);
  const scale = model.scale(index, 800, 'auto');
  assert.equal(scale.width, 800);
  const wider = model.scale(index, 900, 'auto');
  assert.notEqual(wider, scale);
  assert.equal(wider.width, 900);
  const linear = model.scale(index, 900, 'off');
  assert.notEqual(linear, wider);
  assert.equal(linear.breaks.length, 0);
  const boxes = model.boxes(index, linear, 200);
  assert.equal(model.boxes(index, linear, 200), boxes);
  assert.notEqual(model.boxes(index, linear, 300), boxes);
  assert.notEqual(model.boxes(index, wider, 300), model.boxes(index, linear, 300));
  const full = model.view(linear, undefined, undefined, 900);
  assert.deepEqual(full, { x0: 0, x1: 900, width: 900 });
  const may = model.view(linear, Date.UTC(2015, 4, 1), Date.UTC(2015, 5, 1), 900);
  assert.notEqual(may, full);
  assert.equal(model.view(linear, Date.UTC(2015, 4, 1), Date.UTC(2015, 5, 1), 900), may);
  assert.ok(Math.abs(linear.invert(may.x0) - Date.UTC(2015, 4, 1)) < 1);
  // Only one end set: the other is the data's.
  const fromMay = model.view(linear, Date.UTC(2015, 4, 1), undefined, 900);
  assert.equal(fromMay.x1, linear.scale(linear.domain[1]));
});

test('TimelineModel frame(), ticks() and labels() are new when the window, filter or language changes', () => {
  const model = new TimelineModel();
  const dataset = small();
  const base = derive(model, dataset);
  assert.deepEqual(
    base.frame.items.map((i) => i.key),
    ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'],
  );
  const zoomed = derive(model, dataset, { start: Date.UTC(2015, 0, 1), end: Date.UTC(2015, 2, 1) });
  assert.equal(zoomed.lanes, base.lanes);
  assert.equal(zoomed.scale, base.scale);
  assert.equal(zoomed.boxes, base.boxes);
  assert.notEqual(zoomed.view, base.view);
  assert.notEqual(zoomed.frame, base.frame);
  assert.notEqual(zoomed.ticks, base.ticks);
  assert.deepEqual(
    zoomed.frame.items.map((i) => i.key),
    ['e1', 'e2'],
  );
  // Same window again: the zoomed results come back (the view is made from the same numbers).
  const again = derive(model, dataset, { start: Date.UTC(2015, 0, 1), end: Date.UTC(2015, 2, 1) });
  assert.equal(again.view, zoomed.view);
  assert.equal(again.frame, zoomed.frame);
  const filtered = derive(model, dataset, {
    f: filter({ actors: ['n2'] }),
    start: Date.UTC(2015, 0, 1),
    end: Date.UTC(2015, 2, 1),
  });
  assert.equal(filtered.view, zoomed.view);
  assert.notEqual(filtered.frame, zoomed.frame);
  assert.deepEqual(filtered.frame.items, []);
  assert.notEqual(filtered.labels, zoomed.labels);
  const arabic = model.labels(filtered.filtered.shown, 'ar', messagesFor('ar'));
  assert.notEqual(arabic, filtered.labels);
  assert.equal(model.axis(filtered.scale, filtered.view, 'en', dataset, undefined), filtered.ticks);
  assert.notEqual(model.axis(filtered.scale, filtered.view, 'ar', dataset, undefined), filtered.ticks);
});

test('TimelineModel labels() name a mark by its date and title', () => {
  const model = new TimelineModel();
  const dataset = small();
  const { labels, filtered } = derive(model, dataset);
  const e2 = [...filtered.shown.events].findIndex((e) => e.id === 'e2');
  assert.match(labels.mark(e2), /2015: Siege of the port$/);
});

test('TimelineModel labels() name a cluster by its count and days, in the language asked for', () => {
  const model = new TimelineModel();
  const dataset = small();
  const en = derive(model, dataset).labels;
  const day = (iso) => Date.parse(iso);
  const item = { kind: 'cluster', count: 3, start: day('2015-01-10'), end: day('2015-02-20') };
  assert.equal(en.cluster(item), '3 events, Jan 10, 2015 – Feb 20, 2015; zoom in');
  // One day only once; one event in the singular; the same label for the same cluster.
  const oneDay = { kind: 'cluster', count: 1, start: day('2015-01-10'), end: day('2015-01-10') };
  assert.equal(en.cluster(oneDay), '1 event, Jan 10, 2015; zoom in');
  assert.equal(en.cluster({ ...item }), en.cluster(item));
  assert.equal(en.count(1234), '1,234');
  assert.equal(en.count(1234), '1,234', 'remembered, the same');
  assert.equal(en.count(123456), '123,456');
  const ar = model.labels(derive(model, dataset).filtered.shown, 'ar', messagesFor('ar'));
  assert.equal(ar.count(1234), new Intl.NumberFormat('ar').format(1234));
  assert.notEqual(ar.cluster(item), en.cluster(item));
});

test('windowText(scale, locale, start, end) says the window to the day, again for each new window', () => {
  const day = (iso) => Date.parse(iso);
  const a = windowText(undefined, 'en', day('2015-01-10'), day('2015-02-20'));
  const b = windowText(undefined, 'en', day('2015-03-01'), day('2015-03-09'));
  assert.match(a, /^Jan 10\s–\sFeb 20, 2015$/); // (Intl puts thin spaces around the dash)
  assert.notEqual(a, b);
  assert.equal(windowText(undefined, 'en', day('2015-01-10'), day('2015-02-20')), a);
  // Two windows said in turn (the toolbar's and the brush's) are both remembered, and stay right.
  for (let i = 0; i < 3; i++) {
    assert.equal(windowText(undefined, 'en', day('2015-03-01'), day('2015-03-09')), b);
    assert.equal(windowText(undefined, 'en', day('2015-01-10'), day('2015-02-20')), a);
  }
  assert.match(windowText(undefined, 'en', day('2016-05-01'), day('2016-05-03')), /^May 1\s–\s3, 2016$/);
  assert.equal(windowText(undefined, 'en', day('2015-03-01'), day('2015-03-09')), b);
  assert.notEqual(windowText(undefined, 'ar', day('2015-01-10'), day('2015-02-20')), a);
  // An end before the start is the start's day.
  assert.equal(
    windowText(undefined, 'en', day('2015-03-01'), day('2015-02-01')),
    windowText(undefined, 'en', day('2015-03-01'), day('2015-03-01')),
  );
});

test('TimelineModel overview() draws one bar per bin with events, and is new for new shown events', () => {
  const model = new TimelineModel();
  const dataset = small();
  const { overview, scale } = derive(model, dataset);
  assert.equal(overview.match(/M/g).length, 6);
  const { index } = model.lanes(dataset, undefined, m);
  const raid = model.filtered(dataset, index, filter({ actors: ['n2'] }), m, 'en');
  assert.equal(model.overview(scale, raid.shown, 24).match(/M/g).length, 1);
  const none = model.filtered(dataset, index, filter({ query: 'nothing like this' }), m, 'en');
  assert.equal(model.overview(scale, none.shown, 24), '');
});

// The chronology's pages are grouped by the reading layouts' controller (browser test
// chronology-controller.test.ts keeps them once per input); the grouping itself is core's.
test('groupChronology(events, order, locale) gives a page of the reading order under year and month headings', () => {
  const model = new TimelineModel();
  const dataset = small();
  const { filtered } = derive(model, dataset);
  const chronology = groupChronology(dataset.events, filtered.order.subarray(0, 4), 'en');
  const entries = (years) =>
    years.flatMap((y) => y.months.map((mo) => [mo.key, mo.events.map((i) => dataset.events[i].id)]));
  assert.deepEqual(
    chronology.map((y) => y.label),
    ['2015'],
  );
  assert.deepEqual(entries(chronology), [
    ['2015-01', ['e1']],
    ['2015-02', ['e2']],
    ['2015-04', ['e3']],
    ['2015-06', ['e4']],
  ]);
  const next = groupChronology(dataset.events, filtered.order.subarray(4, 6), 'en');
  assert.deepEqual(entries(next), [
    ['2015-09', ['e5']],
    ['2015-12', ['e6']],
  ]);
});

test('TimelineModel selection() and positions() find the selected event among those kept', () => {
  const model = new TimelineModel();
  const dataset = small();
  const { filtered } = derive(model, dataset);
  const positions = model.positions(dataset);
  assert.equal(model.positions(dataset), positions);
  assert.equal(positions.get('e3'), 2);
  const selection = model.selection(dataset, filtered.order, 'e3', m, 'en');
  assert.equal(model.selection(dataset, filtered.order, 'e3', m, 'en'), selection);
  assert.equal(selection.index, 2);
  assert.equal(selection.shownIndex, 2);
  assert.equal(selection.positionText, '3 of 6');
  assert.equal(dataset.events[selection.step.next].id, 'e4');
  assert.equal(dataset.events[selection.step.previous].id, 'e2');
  assert.equal(model.selection(dataset, filtered.order, 'nope', m, 'en'), undefined);
  const { index } = model.lanes(dataset, undefined, m);
  const south = model.filtered(dataset, index, filter({ sides: ['south'] }), m, 'en');
  const hidden = model.selection(dataset, south.order, 'e3', m, 'en');
  assert.equal(hidden.shownIndex, undefined);
  assert.equal(hidden.positionText, m.hiddenByFilters);
});
