// Item 8 of issue 19: large inputs are parsed in slices that give the event loop back. The sliced
// parse must give exactly what the one-go parse gives (values, datasets, issues and their pointers),
// and what `prepareDataset` computes ahead must be what the element would compute on its own.
import { expect } from '@open-wc/testing';
import { chipKind, filterChips } from '../../src/core/chips.js';
import { EventFilterIndex } from '../../src/core/filter.js';
import { datasetImportance, eventImportance } from '../../src/core/importance.js';
import { parseJsonInSlices } from '../../src/core/json-slices.js';
import { defaultGroupBy, groupIntoLanes } from '../../src/core/lanes.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import { parseDatasetInSlices, type ParseProgress } from '../../src/core/parse-dataset-slices.js';
import { prepareDataset, prepareSearch } from '../../src/core/prepare-dataset.js';
import { indexTimeline } from '../../src/core/timeline-index.js';
import type { Dataset } from '../../src/core/types.js';

/** A yield that counts how often it was called. */
function countingYield() {
  const counter = { yields: 0, yieldToHost: () => (counter.yields++, Promise.resolve()) };
  return counter;
}

/** A dataset with every kind of problem among its events, in no particular order. */
function messyDataset(n: number) {
  const events: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const day = String(1 + ((i * 7) % 28)).padStart(2, '0');
    events.push({
      id: `e${i % 997 === 5 ? 3 : i}`, // a few repeated ids
      date: i % 1013 === 7 ? '2015-02-30' : `20${10 + (i % 9)}-0${1 + (i % 9)}-${day}`,
      title: i % 1500 === 11 ? '' : `Event ${i} "quoted" \\ back\u00e9`,
      summary: i % 3 ? `Summary ${i} with, commas [and] {braces}` : null,
      actors: i % 5 ? [`a${i % 4}`] : [{ id: 'nobody' }],
      ...(i % 2000 === 13 ? { fatalities: { count: -1 } } : {}),
    });
  }
  events.push('not an event', [1, 2], null);
  return {
    title: 'Messy',
    sides: [
      { id: 's0', label: 'North' },
      { id: 's1', label: 'South' },
    ],
    actors: [0, 1, 2, 3].map((a) => ({ id: `a${a}`, name: `Actor ${a}`, side: `s${a % 2}` })),
    events,
    updated: '2016-01-01',
  };
}

describe('parseJsonInSlices', () => {
  const cases = [
    '{"events":[1,2,3],"b":[],"c":{"d":[4,[5]]}}',
    '[{"a":"x,]}"},{"b":"\\\\"},{"c":"\\"]"}, 4 ,"five" , null]',
    ' { "a" : [ ] , "events" : [ { } , [ ] , "" ] , "z" : "]" } ',
    '{"__proto__":[1,2],"x":[3]}',
    '{"events":[1],"events":[2]}',
    '{"é":[1,"\\u2028"],"\\u0065":[2]}',
    '[]',
    '"text"',
    '12',
    '{}',
  ];
  for (const text of cases) {
    it(`gives what JSON.parse gives: ${text}`, async () => {
      const value = await parseJsonInSlices(text, {
        splitFrom: 0,
        sliceMs: 0,
        yieldToHost: () => Promise.resolve(),
      });
      expect(value).to.deep.equal(JSON.parse(text));
      expect(Object.keys(value as object)).to.deep.equal(Object.keys(JSON.parse(text) as object));
    });
  }

  const broken = [
    '{"events":[1,2,]}',
    '{"events":[,1]}',
    '{"events":[1 2]}',
    '{"events":[1}]',
    '{"events":[1,2]',
    '{"events":[1,2]} x',
    '{"events":["a]}',
    '{"events":[{"a":1,}]}',
  ];
  for (const text of broken) {
    it(`rejects as JSON.parse does: ${text}`, async () => {
      let expected = '';
      try {
        JSON.parse(text);
      } catch (e) {
        expected = (e as Error).message;
      }
      let error: unknown;
      try {
        await parseJsonInSlices(text, { splitFrom: 0, yieldToHost: () => Promise.resolve() });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(SyntaxError);
      expect((error as Error).message).to.equal(expected);
    });
  }

  it('gives the event loop back while it reads a large list, and counts what it read', async () => {
    const text = JSON.stringify(messyDataset(20_000));
    const counter = countingYield();
    const counts: number[] = [];
    const value = await parseJsonInSlices(text, {
      sliceMs: 0,
      yieldToHost: counter.yieldToHost,
      onElements: (n) => counts.push(n),
    });
    expect(value).to.deep.equal(JSON.parse(text));
    expect(counter.yields).to.be.greaterThan(20);
    expect(counts.at(-1)).to.equal(20_003);
    expect(counts).to.deep.equal([...counts].sort((a, b) => a - b));
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const text = JSON.stringify(messyDataset(5000));
    let yields = 0;
    const pending = parseJsonInSlices(text, {
      sliceMs: 0,
      signal: controller.signal,
      yieldToHost: () => (++yields === 3 && controller.abort(new Error('stop')), Promise.resolve()),
    });
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).to.equal('stop');
  });
});

describe('parseDatasetInSlices', () => {
  it('gives the same dataset and issues as parseDataset (text or object), in slices, with progress', async () => {
    const input = messyDataset(12_000);
    const text = JSON.stringify(input);
    const once = parseDataset(text);
    expect(once.issues.length).to.be.greaterThan(30);
    for (const given of [text, input]) {
      const counter = countingYield();
      const progress: ParseProgress[] = [];
      const sliced = await parseDatasetInSlices(given, {
        sliceMs: 0,
        yieldToHost: counter.yieldToHost,
        onProgress: (p) => progress.push(p),
      });
      expect(sliced.issues).to.deep.equal(once.issues);
      expect(sliced.dataset.events).to.deep.equal(once.dataset.events);
      expect(sliced.dataset.events.map((e) => e.id)).to.deep.equal(once.dataset.events.map((e) => e.id));
      expect([...sliced.dataset.eventsById.keys()]).to.deep.equal([...once.dataset.eventsById.keys()]);
      expect(sliced.dataset.actors).to.deep.equal(once.dataset.actors);
      expect(sliced.dataset.updated).to.equal('2016-01-01');
      expect(counter.yields).to.be.greaterThan(10);
      const events = progress.filter((p) => p.phase === 'events');
      expect(events.at(-1)).to.deep.equal({ phase: 'events', read: 12_003, total: 12_003 });
      if (typeof given === 'string') expect(progress[0].phase).to.equal('json');
    }
  });

  it('reports input that is not JSON, or not a dataset, as parseDataset does', async () => {
    for (const input of ['{"events": [1,', '[1, 2]', '', 'null', { events: 'none' }]) {
      const sliced = await parseDatasetInSlices(input);
      expect(sliced.issues, String(input)).to.deep.equal(parseDataset(input).issues);
      expect(sliced.dataset.events).to.deep.equal([]);
    }
  });

  it('drops events past maxEvents with the one issue parseDataset gives', async () => {
    const input = messyDataset(3000);
    const options = { maxEvents: 1000 };
    const sliced = await parseDatasetInSlices(input, { ...options, sliceMs: 0 });
    const once = parseDataset(input, options);
    expect(sliced.issues).to.deep.equal(once.issues);
    expect(sliced.dataset.events).to.deep.equal(once.dataset.events);
  });
});

describe('prepareDataset', () => {
  const fresh = (): Dataset => parseDataset(messyDataset(6000)).dataset;
  const labels = { other: 'Other', all: 'All' };

  it('computes ahead what the timeline computes on its own: lanes, index, chips, importance, search', async () => {
    const plain = fresh();
    const prepared = fresh();
    const counter = countingYield();
    await prepareDataset(prepared, { sliceMs: 0, yieldToHost: counter.yieldToHost });
    await prepareSearch(prepared, { sliceMs: 0, yieldToHost: counter.yieldToHost });
    expect(counter.yields).to.be.greaterThan(10);
    for (const by of ['side', 'actor', 'category', 'none'] as const) {
      const a = groupIntoLanes(plain, by, labels);
      const b = groupIntoLanes(prepared, by, labels);
      expect(b, by).to.deep.equal(a);
      expect(indexTimeline(prepared.events, b), by).to.deep.equal(indexTimeline(plain.events, a));
    }
    const kind = chipKind(prepared, defaultGroupBy(prepared));
    expect(filterChips(prepared, kind)).to.deep.equal(filterChips(plain, kind));
    expect(Array.from(datasetImportance(prepared))).to.deep.equal(
      plain.events.map((e) => eventImportance(e, plain)),
    );
    for (const query of ['event 12', 'summary', 'actor 3', 'nothing like it']) {
      expect(new EventFilterIndex(prepared).apply({ query }), query).to.deep.equal(
        new EventFilterIndex(plain).apply({ query }),
      );
    }
  });

  it('a search before the search text is prepared folds the rest, and finds the same', async () => {
    const plain = fresh();
    const prepared = fresh();
    const controller = new AbortController();
    let yields = 0;
    const pending = prepareSearch(prepared, {
      sliceMs: 0,
      signal: controller.signal,
      yieldToHost: () => (++yields === 3 && controller.abort(), Promise.resolve()),
    }).catch(() => 'aborted');
    expect(await pending).to.equal('aborted');
    expect(new EventFilterIndex(prepared).apply({ query: 'event 5' })).to.deep.equal(
      new EventFilterIndex(plain).apply({ query: 'event 5' }),
    );
  });
});

describe('EventFilterIndex, a query typed further', () => {
  it('finds what a fresh index finds, whether or not the new query narrows the last one', () => {
    const { dataset } = parseDataset(messyDataset(3000));
    const typed = new EventFilterIndex(dataset);
    const steps = [
      { query: 'e' },
      { query: 'ev' },
      { query: 'event 1' },
      { query: 'event 12' },
      { query: 'event 1' },
      { query: 'event 12', actors: ['a1'] },
      { query: 'event 123', actors: ['a1'] },
      { query: 'event 123', sides: ['s0'] },
      { query: 'summary event 12' },
      { query: 'quoted 12' },
      { query: '' },
      { query: 'x' },
    ];
    for (const filter of steps) {
      const fresh = new EventFilterIndex(dataset).apply(filter);
      expect(typed.apply(filter), JSON.stringify(filter)).to.deep.equal(fresh);
    }
  });
});
