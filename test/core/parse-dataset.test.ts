import { expect } from '@open-wc/testing';
import { DEFAULT_PARSE_LIMITS, type ParseDatasetOptions } from '../../src/core/dataset-reader.js';
import { formatIssue, isParsedDataset, jsonPointer, parseDataset } from '../../src/core/parse-dataset.js';
import { parseDatasetInSlices } from '../../src/core/parse-dataset-slices.js';
import type { DataIssue, ParseResult } from '../../src/core/types.js';

type Json = Record<string, any>;

/** A clean event that cites the clean actors and source of {@link dataset}. */
function good(id: string, date: string, extra: Json = {}): Json {
  return { id, date, title: `Event ${id}`, actors: ['army'], sources: ['afp'], ...extra };
}

/** A clean dataset: its events are `a` (2015-05-19) and `b` (2014-06), plus `events` after them. */
function dataset(events: unknown[] = [], extra: Json = {}): Json {
  return {
    title: 'Test',
    sides: [
      { id: 'gov', label: 'Government', color: '#b22222' },
      { id: 'reb', label: 'Rebels' },
    ],
    actors: [
      { id: 'army', name: 'Syrian Army', side: 'gov' },
      { id: 'fsa', name: 'Free Syrian Army', short: 'FSA', side: 'reb' },
    ],
    sources: [{ id: 'afp', publisher: 'AFP', url: 'https://example.org/afp' }],
    events: [good('a', '2015-05-19'), good('b', '2014-06'), ...events],
    ...extra,
  };
}

/** Parses `events` (from index 2) into the clean dataset and returns the result. */
function parseWith(events: unknown[], extra: Json = {}, options?: ParseDatasetOptions): ParseResult {
  return parseDataset(dataset(events, extra), options);
}

const ids = (result: ParseResult) => result.dataset.events.map((e) => e.id);
const simple = (issues: DataIssue[]) => issues.map((i) => [i.severity, i.path, i.message]);

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Every object reachable from `value` (through lists and Maps) has Object.prototype and no own "__proto__". */
function expectPlainObjects(value: unknown, path = '', seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Map) {
    for (const [key, item] of value) expectPlainObjects(item, `${path}<${String(key)}>`, seen);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => expectPlainObjects(item, `${path}/${i}`, seen));
    return;
  }
  expect(Object.getPrototypeOf(value), path).to.equal(Object.prototype);
  expect(Object.prototype.hasOwnProperty.call(value, '__proto__'), path).to.equal(false);
  for (const [key, item] of Object.entries(value)) expectPlainObjects(item, `${path}/${key}`, seen);
}

/** The clean records around the bad one are all there. */
function expectGoodSurvive(result: ParseResult, more: string[] = []) {
  expect(ids(result)).to.include.members(['a', 'b', ...more]);
  expect(result.dataset.actors.map((a) => a.id)).to.deep.equal(['army', 'fsa']);
  expect(result.dataset.sources.map((s) => s.id)).to.deep.equal(['afp']);
}

describe('parseDataset', () => {
  describe('a clean dataset', () => {
    it('gives no issues and normalised records', () => {
      const result = parseWith([
        good('c', '2015-05-19', { actors: [{ id: 'fsa', role: 'attacker' }, 'army'] }),
      ]);
      expect(result.issues).to.deep.equal([]);
      const c = result.dataset.eventsById.get('c')!;
      expect(c.actors).to.deep.equal([{ id: 'fsa', role: 'attacker' }, { id: 'army' }]);
      expect(c.sources).to.deep.equal(['afp']);
      expect(c.time.start).to.equal(Date.UTC(2015, 4, 19));
      expect(c.date).to.equal('2015-05-19');
      expect(result.dataset.title).to.equal('Test');
    });

    it('sorts events by start, then end, then id', () => {
      const result = parseWith([
        good('z', '2015-05-19'),
        good('m', '2015-05'),
        good('y', '2015-05-19T10:00Z'),
        good('n', '2015-05-01'),
      ]);
      // 2014-06 (b); May 2015 from 1 May: the day n (shorter) before the month m; 19 May: a and z by id, then 10:00.
      expect(ids(result)).to.deep.equal(['b', 'n', 'm', 'a', 'z', 'y']);
    });

    it('gives lookups by id for every kind of record', () => {
      const { dataset: d } = parseWith([]);
      expect(d.sidesById.get('gov')).to.equal(d.sides[0]);
      expect(d.actorsById.get('fsa')).to.equal(d.actors[1]);
      expect(d.sourcesById.get('afp')).to.equal(d.sources[0]);
      expect(d.eventsById.get('b')).to.equal(d.events[0]);
      expect([...d.eventsById.keys()].sort()).to.deep.equal(['a', 'b']);
    });

    it('makes new objects and leaves the input as it was', () => {
      const input = dataset([
        good('c', '2015', { place: { name: 'Idlib', lat: 35.9, lon: 36.6 }, fatalities: { count: 3 } }),
      ]);
      const before = JSON.parse(JSON.stringify(input));
      const { dataset: d } = parseDataset(input);
      expect(input).to.deep.equal(before);
      const c = d.eventsById.get('c')!;
      expect(c).to.not.equal(input.events[2]);
      expect(c.place).to.deep.equal(input.events[2].place);
      expect(c.place).to.not.equal(input.events[2].place);
      expect(c.fatalities).to.not.equal(input.events[2].fatalities);
      expect(d.actors[0]).to.not.equal(input.actors[0]);
      expect(d.sides[0]).to.not.equal(input.sides[0]);
      expect(d.sources[0]).to.not.equal(input.sources[0]);
      expect(d.events[0].actors).to.not.equal(input.events[1].actors);
    });

    it('ignores unknown fields, and does not copy them', () => {
      const result = parseWith([good('c', '2015', { colour: 'red', extra: { deep: true } })], { version: 3 });
      expect(result.issues).to.deep.equal([]);
      expect(result.dataset.eventsById.get('c')).to.not.have.property('colour');
      expect(result.dataset).to.not.have.property('version');
    });

    it('treats null and "" in optional fields as absent, silently', () => {
      const result = parseWith([
        good('c', '2015', {
          summary: null,
          category: '',
          place: null,
          fatalities: null,
          tags: null,
          actors: null,
        }),
      ]);
      expect(result.issues).to.deep.equal([]);
      const c = result.dataset.eventsById.get('c')!;
      expect(c).to.not.have.any.keys('summary', 'category', 'place', 'fatalities', 'tags');
      expect(c.actors).to.deep.equal([]);
    });

    it('shares one frozen date, role-less reference and empty list among the events that have them', () => {
      const result = parseWith([
        good('c', '2015-05-19'),
        good('d', ' 2015-05-19'),
        good('e', '2015-05-19', { actors: [], sources: null }),
        good('f', '2015-05-19', { actors: [{ id: 'army', role: 'attacker' }] }),
      ]);
      expect(result.issues).to.deep.equal([]);
      const [a, c, d, e, f] = ['a', 'c', 'd', 'e', 'f'].map((id) => result.dataset.eventsById.get(id)!);
      expect(c.time).to.equal(a.time);
      expect(Object.isFrozen(a.time) && Object.isFrozen(a.time.from)).to.equal(true);
      // Another text for the same day keeps its own `text`, so its own object.
      expect(d.time).to.not.equal(a.time);
      expect(d.time.text).to.equal(' 2015-05-19');
      expect(d.time.start).to.equal(a.time.start);
      expect(c.actors[0]).to.equal(a.actors[0]);
      expect(Object.isFrozen(c.actors[0])).to.equal(true);
      expect(f.actors).to.deep.equal([{ id: 'army', role: 'attacker' }]);
      expect(e.actors).to.deep.equal([]);
      expect(e.sources).to.deep.equal([]);
      expect(Object.isFrozen(e.actors) && Object.isFrozen(e.sources)).to.equal(true);
      // A list that dropped a reference is as long as what it kept.
      const dropped = parseWith([good('g', '2015', { actors: ['army', 'nobody', 'fsa'] })]);
      expect(dropped.dataset.eventsById.get('g')!.actors.map((r) => r.id)).to.deep.equal(['army', 'fsa']);
    });

    it('reads JSON text like the object it stands for', () => {
      const input = dataset([good('c', '2015')]);
      const fromText = parseDataset(JSON.stringify(input));
      expect(fromText.issues).to.deep.equal([]);
      expect(ids(fromText)).to.deep.equal(ids(parseDataset(input)));
    });
  });

  describe('input that is not a dataset', () => {
    it('invalid JSON text: an empty dataset and one error at ""', () => {
      const result = parseDataset('{"events": [');
      expect(result.issues).to.have.length(1);
      expect(result.issues[0].path).to.equal('');
      expect(result.issues[0].severity).to.equal('error');
      expect(result.issues[0].message).to.match(/^the input is not valid JSON: ./);
      expect(result.dataset.events).to.deep.equal([]);
      expect(result.dataset.eventsById.size).to.equal(0);
    });

    for (const [label, input, described] of [
      ['an array', [], 'a list'],
      ['null', null, 'null'],
      ['a number', 42, 'the number 42'],
      ['undefined', undefined, 'undefined'],
      ['JSON text of a string', '"hello"', 'the text "hello"'],
    ] as const) {
      it(`${label}: an empty dataset and one error`, () => {
        const result = parseDataset(input);
        expect(simple(result.issues)).to.deep.equal([
          ['error', '', `a dataset must be an object with an "events" list, not ${described}`],
        ]);
        expect(result.dataset.events).to.deep.equal([]);
        expect(result.dataset.sides).to.deep.equal([]);
      });
    }

    it('no events list: an error at /events, the rest still read', () => {
      const input = dataset();
      delete input.events;
      const result = parseDataset(input);
      expect(simple(result.issues)).to.deep.equal([['error', '/events', 'the dataset has no events list']]);
      expect(result.dataset.actors).to.have.length(2);
    });

    it('events that are not a list: an error at /events', () => {
      const result = parseDataset(dataset([], { events: { a: 1 } }));
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/events', 'events must be a list, not an object (all events dropped)'],
      ]);
    });

    it('sides, actors or sources that are not a list: an error, the events kept', () => {
      const result = parseWith([], { sides: 'gov', sources: 5 });
      expect(simple(result.issues)).to.deep.include.members([
        ['error', '/sides', 'sides must be a list, not the text "gov" (all sides dropped)'],
        ['error', '/sources', 'sources must be a list, not the number 5 (all sources dropped)'],
        ['warning', '/actors/0/side', 'no side has the id "gov" (side removed)'],
      ]);
      expect(ids(result)).to.have.members(['a', 'b']);
    });

    it('a throwing getter drops only its record; a hostile root gives one error', () => {
      const bad = good('c', '2015');
      Object.defineProperty(bad, 'summary', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      const result = parseWith([bad, good('d', '2016')]);
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/events/2', 'event could not be read: boom (event dropped)'],
      ]);
      expectGoodSurvive(result, ['d']);

      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error('no');
          },
        },
      );
      const r2 = parseDataset(hostile);
      expect(simple(r2.issues)).to.deep.equal([['error', '', 'the dataset could not be read: no']]);
    });
  });

  // Objects built in code, not JSON: the host page may hand over anything. Nothing may escape, and the
  // good records around the bad one must all be kept.
  describe('hostile objects', () => {
    /** A clean event whose `title` getter throws `thrown`. */
    function throwingTitle(id: string, thrown: unknown): Json {
      return Object.defineProperty(good(id, '2015'), 'title', {
        enumerable: true,
        get() {
          throw thrown;
        },
      });
    }

    it('a thrown value that is not an Error: the record dropped, saying what was thrown', () => {
      for (const [thrown, said] of [
        [Object.create(null), 'an object was thrown'],
        ['plain text', 'plain text'],
        [undefined, 'undefined was thrown'],
        [Symbol('s'), 'a symbol was thrown'],
      ] as const) {
        const result = parseWith([throwingTitle('c', thrown), good('d', '2016')]);
        expect(simple(result.issues)).to.deep.equal([
          ['error', '/events/2', `event could not be read: ${said} (event dropped)`],
        ]);
        expectGoodSurvive(result, ['d']);
      }
    });

    it('a non-Error thrown by the root: one error, no exception', () => {
      const root = Object.defineProperty({}, 'events', {
        get() {
          throw Object.create(null);
        },
      });
      expect(simple(parseDataset(root).issues)).to.deep.equal([
        ['error', '', 'the dataset could not be read: an object was thrown'],
      ]);
    });

    it('a revoked Proxy as a record is dropped alone, whatever the kind of record', () => {
      const result = parseDataset({ events: [{ id: 'a', date: '2015', title: 'A' }, revokedProxy()] });
      expect(ids(result)).to.deep.equal(['a']);
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/events/1', 'event must be an object, not a revoked Proxy (event dropped)'],
      ]);

      const all = parseWith([good('c', '2016', { place: revokedProxy(), fatalities: revokedProxy() })], {
        sides: [...dataset().sides, revokedProxy()],
        actors: [...dataset().actors, revokedProxy()],
        sources: [revokedProxy(), ...dataset().sources],
      });
      expectGoodSurvive(all, ['c']);
      expect(simple(all.issues)).to.deep.equal([
        ['error', '/sides/2', 'side must be an object, not a revoked Proxy (side dropped)'],
        ['error', '/actors/2', 'actor must be an object, not a revoked Proxy (actor dropped)'],
        ['error', '/sources/0', 'source must be an object, not a revoked Proxy (source dropped)'],
        ['warning', '/events/2/place', 'place must be an object with a name, not a revoked Proxy (removed)'],
        [
          'warning',
          '/events/2/fatalities',
          'fatalities must be an object such as { "count": 12 }, not a revoked Proxy (removed)',
        ],
      ]);
    });

    it('a revoked Proxy as the root: one error', () => {
      const result = parseDataset(revokedProxy());
      expect(simple(result.issues)).to.deep.equal([
        ['error', '', 'a dataset must be an object with an "events" list, not a revoked Proxy'],
      ]);
      expect(result.dataset.events).to.deep.equal([]);
    });

    it('options that cannot be read: the default limits, and every record kept', () => {
      const throwingOptions = Object.defineProperty({}, 'maxEvents', {
        get() {
          throw new Error('no options');
        },
      });
      const result = parseWith([], {}, throwingOptions);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '', 'the options could not be read: no options (the default limits are used)'],
      ]);
      expectGoodSurvive(result);

      const revoked = parseWith([], {}, revokedProxy() as ParseDatasetOptions);
      expect(revoked.issues).to.deep.equal([]);
      expectGoodSurvive(revoked);
    });

    it('a cyclic object: read like any other, and the output has no cycle', () => {
      const root = dataset();
      root.self = root;
      const cyclic = good('c', '2016', { place: { name: 'Idlib' } });
      cyclic.place.inside = cyclic;
      cyclic.fatalities = cyclic;
      root.events.push(cyclic);
      const result = parseDataset(root);
      expectGoodSurvive(result, ['c']);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/events/2/fatalities', 'fatalities has no count, low or high (removed)'],
      ]);
      expect(() => JSON.stringify(result.dataset.events)).to.not.throw();
    });

    it('__proto__ keys: nothing polluted, outputs are plain objects, and "__proto__" works as an id', () => {
      // A computed ['__proto__'] key is an own property (a literal __proto__: would set the prototype),
      // as JSON.parse makes it.
      const literal = {
        sides: [{ id: 'gov', label: 'Government', ['__proto__']: { polluted: 'side' } }],
        actors: [{ id: '__proto__', name: 'Odd id', side: 'gov', ['__proto__']: { polluted: 'actor' } }],
        sources: [{ id: 'afp', publisher: 'AFP', ['__proto__']: { url: 'https://evil.example/' } }],
        events: [
          {
            id: '__proto__',
            date: '2015',
            title: 'T',
            ['__proto__']: { polluted: 'event', summary: 'injected' },
            actors: [{ id: '__proto__', role: 'r', ['__proto__']: { polluted: 'ref' } }],
            sources: ['afp'],
            place: { name: 'P', ['__proto__']: { lat: 1, lon: 2 } },
            fatalities: { count: 1, ['__proto__']: { high: 0 } },
          },
        ],
      };
      const text = JSON.stringify(literal);
      expect(text).to.include('"__proto__":{"polluted":"side"}');
      for (const input of [text, JSON.parse(text) as unknown, literal]) {
        const result = parseDataset(input);
        expect(result.issues).to.deep.equal([]);
        expect(({} as Json).polluted).to.equal(undefined);
        expect(Object.prototype).to.not.have.property('polluted');
        const event = result.dataset.eventsById.get('__proto__')!;
        expect(event.title).to.equal('T');
        expect(event.summary).to.equal(undefined);
        expect(event.actors).to.deep.equal([{ id: '__proto__', role: 'r' }]);
        expect(event.place).to.deep.equal({ name: 'P' });
        expect(event.fatalities).to.deep.equal({ count: 1 });
        expect(result.dataset.actorsById.get('__proto__')!.side).to.equal('gov');
        expect(result.dataset.sources[0].url).to.equal(undefined);
        expectPlainObjects(result.dataset);
      }
    });

    it('deeply nested junk: read without recursion, the event kept', () => {
      let deep: Json = {};
      let deepList: unknown[] = [];
      for (let i = 0; i < 100_000; i++) {
        deep = { place: deep, name: deep };
        deepList = [deepList];
      }
      const result = parseWith([
        good('c', '2016', { place: deep, fatalities: deep, tags: deepList, summary: deep }),
      ]);
      expectGoodSurvive(result, ['c']);
      expect(result.issues.map((i) => i.path)).to.deep.equal([
        '/events/2/summary',
        '/events/2/place/name',
        '/events/2/fatalities',
        '/events/2/tags/0',
      ]);
      const text = '['.repeat(100_000) + ']'.repeat(100_000);
      const fromText = parseDataset(text);
      expect(fromText.issues).to.have.length(1);
      expect(fromText.issues[0].path).to.equal('');
    });
  });

  describe('events', () => {
    it('not an object: dropped', () => {
      const result = parseWith(['2015-05-19', null, [good('x', '2015')]]);
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/events/2', 'event must be an object, not the text "2015-05-19" (event dropped)'],
        ['error', '/events/3', 'event must be an object, not null (event dropped)'],
        ['error', '/events/4', 'event must be an object, not a list (event dropped)'],
      ]);
      expect(ids(result)).to.deep.equal(['b', 'a']);
    });

    it('missing, empty, non-text or over-long id: dropped', () => {
      const noId = good('x', '2015');
      delete noId.id;
      const result = parseWith([
        noId,
        good('', '2015'),
        good('  ', '2015'),
        { ...good('x', '2015'), id: 7 },
        good('c', '2015'),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/events/2/id', 'event has no id (event dropped)'],
        ['error', '/events/3/id', 'id is empty (event dropped)'],
        ['error', '/events/4/id', 'id is empty (event dropped)'],
        ['error', '/events/5/id', 'id must be text, not the number 7 (event dropped)'],
      ]);
      expectGoodSurvive(result, ['c']);

      const long = parseWith([
        good('x'.repeat(501), '2015'),
        good('y'.repeat(500), '2015', { title: 'Long id' }),
      ]);
      expect(simple(long.issues)).to.deep.equal([
        ['error', '/events/2/id', 'id is 501 characters long; ids may have at most 500 (event dropped)'],
      ]);
      expectGoodSurvive(long, ['y'.repeat(500)]);
    });

    it('a repeated id: the later event dropped, naming the first', () => {
      const result = parseWith([good('a', '2016', { title: 'Second a' }), good('c', '2015')]);
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/events/2/id', 'id "a" is already used by /events/0 (event "a" dropped)'],
      ]);
      expect(result.dataset.eventsById.get('a')!.title).to.equal('Event a');
      expectGoodSurvive(result, ['c']);
    });

    it('a repeated id names the first kept event, after sorting moved it', () => {
      const result = parseWith([good('c', '1999'), good('d', '1998'), good('c', '2000')]);
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/events/4/id', 'id "c" is already used by /events/2 (event "c" dropped)'],
      ]);
      const many = parseWith([good('c', '1999'), good('d', '1998'), good('c', '2000'), good('d', '2001')]);
      expect(simple(many.issues).map((i) => i[2])).to.deep.equal([
        'id "c" is already used by /events/2 (event "c" dropped)',
        'id "d" is already used by /events/3 (event "d" dropped)',
      ]);
    });

    it('a dropped event does not hold its id: a later valid one with that id is kept', () => {
      const result = parseWith([good('c', '2015-02-30'), good('c', '2015-03-01')]);
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/events/2/date', '30 February 2015 does not exist (event "c" dropped)'],
      ]);
      expect(result.dataset.eventsById.get('c')!.date).to.equal('2015-03-01');
    });

    it('missing, empty or non-text title: dropped', () => {
      const noTitle = good('x', '2015');
      delete noTitle.title;
      const result = parseWith([
        noTitle,
        good('y', '2015', { title: ' ' }),
        good('z', '2015', { title: ['t'] }),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/events/2/title', 'event has no title (event "x" dropped)'],
        ['error', '/events/3/title', 'title is empty (event "y" dropped)'],
        ['error', '/events/4/title', 'title must be text, not a list (event "z" dropped)'],
      ]);
      expectGoodSurvive(result);
      expect(ids(result)).to.have.length(2);
    });

    it('missing, non-text or invalid date: dropped with the reason', () => {
      const noDate = good('x', '2015');
      delete noDate.date;
      const result = parseWith([
        noDate,
        good('y', 2015 as unknown as string),
        good('z', '19/05/2015'),
        good('w', '2024-11-30/2024-11-01'),
        good('v', '2015-13'),
        good('c', '2015-05-16~'),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/events/2/date', 'event has no date (event "x" dropped)'],
        ['error', '/events/3/date', 'date must be text, not the number 2015 (event "y" dropped)'],
        [
          'error',
          '/events/4/date',
          '19/05/2015 is not a date in the supported format (YYYY, YYYY-MM, YYYY-MM-DD…) (event "z" dropped)',
        ],
        [
          'error',
          '/events/5/date',
          'the range 2024-11-30/2024-11-01 ends before it starts: 2024-11-30 is after 2024-11-01 (event "w" dropped)',
        ],
        ['error', '/events/6/date', 'month 13 does not exist (event "v" dropped)'],
      ]);
      expectGoodSurvive(result, ['c']);
      expect(result.dataset.eventsById.get('c')!.time.approximate).to.equal(true);
    });

    it('a set date [A..B]: kept as one instant in the span; a malformed set dropped with the reason', () => {
      const result = parseWith([good('c', '[2014-03..2014-06-14]'), good('x', '[2014-06..2014-03]')]);
      expect(simple(result.issues)).to.deep.equal([
        [
          'error',
          '/events/3/date',
          'the set [2014-06..2014-03] ends before it starts: 2014-06 is after 2014-03 (event "x" dropped)',
        ],
      ]);
      expectGoodSurvive(result, ['c']);
      expect(result.dataset.eventsById.get('c')!.time).to.include({ oneOf: true, isRange: false });
    });

    it('importance: any finite number kept; anything else removed with a warning, the event kept', () => {
      const result = parseWith([
        good('c', '2015', { importance: 3 }),
        good('d', '2015', { importance: -1.5 }),
        good('e', '2015', { importance: 0 }),
        good('f', '2015', { importance: '3' }),
        good('g', '2015', { importance: Number.NaN }),
        good('h', '2015', { importance: Number.POSITIVE_INFINITY }),
        good('i', '2015', { importance: true }),
        good('j', '2015', { importance: null }),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/events/5/importance', 'importance must be a finite number, not the text "3" (removed)'],
        [
          'warning',
          '/events/6/importance',
          'importance must be a finite number, not the number NaN (removed)',
        ],
        [
          'warning',
          '/events/7/importance',
          'importance must be a finite number, not the number Infinity (removed)',
        ],
        ['warning', '/events/8/importance', 'importance must be a finite number, not true (removed)'],
      ]);
      const importance = (id: string) => result.dataset.eventsById.get(id)!.importance;
      expect([importance('c'), importance('d'), importance('e')]).to.deep.equal([3, -1.5, 0]);
      for (const id of ['f', 'g', 'h', 'i', 'j'])
        expect(result.dataset.eventsById.get(id), id).to.not.have.property('importance');
      expectGoodSurvive(result, ['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    });

    it('more events than maxEvents: the rest dropped with one error', () => {
      const result = parseWith(
        [good('c', '2015'), good('d', '2015'), good('e', '2015')],
        {},
        { maxEvents: 3 },
      );
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/events', '5 events are more than the limit of 3 (the last 2 dropped)'],
      ]);
      expect(ids(result)).to.have.members(['a', 'b', 'c']);
      expect(DEFAULT_PARSE_LIMITS.maxEvents).to.equal(200_000);
    });

    it('formats big counts for people', () => {
      const events = Array.from({ length: 1_500 }, (_, i) => good(`e${i}`, '2015'));
      const result = parseDataset({ events }, { maxEvents: 1_000 });
      expect(result.issues[0].message).to.equal(
        '1,500 events are more than the limit of 1,000 (the last 500 dropped)',
      );
      expect(result.dataset.events).to.have.length(1_000);
    });
  });

  describe('references', () => {
    it('an unknown actor: the reference removed, the event kept', () => {
      const result = parseWith([
        good('c', '2015', { actors: ['army', 'ghost', { id: 'fsa', role: 'target' }] }),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/events/2/actors/1', 'no actor has the id "ghost" (reference removed)'],
      ]);
      expect(result.dataset.eventsById.get('c')!.actors).to.deep.equal([
        { id: 'army' },
        { id: 'fsa', role: 'target' },
      ]);
      expectGoodSurvive(result, ['c']);
    });

    it('an actor reference of the wrong shape, or a role that is not text: removed', () => {
      const result = parseWith([good('c', '2015', { actors: [5, { role: 'x' }, { id: 'fsa', role: 3 }] })]);
      expect(simple(result.issues)).to.deep.equal([
        [
          'warning',
          '/events/2/actors/0',
          'an actor must be given as an id or { "id", "role" }, not the number 5 (removed)',
        ],
        [
          'warning',
          '/events/2/actors/1',
          'an actor must be given as an id or { "id", "role" }, not an object (removed)',
        ],
        ['warning', '/events/2/actors/2/role', 'role must be text, not the number 3 (removed)'],
      ]);
      expect(result.dataset.eventsById.get('c')!.actors).to.deep.equal([{ id: 'fsa' }]);
    });

    it('actors or sources that are not a list: removed, the event kept with none', () => {
      const result = parseWith([good('c', '2015', { actors: 'army', sources: { afp: true } })]);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/events/2/actors', 'actors must be a list of actor ids, not the text "army" (removed)'],
        ['warning', '/events/2/sources', 'sources must be a list of source ids, not an object (removed)'],
      ]);
      const c = result.dataset.eventsById.get('c')!;
      expect(c.actors).to.deep.equal([]);
      expect(c.sources).to.deep.equal([]);
    });

    it('an unknown or non-text source: removed', () => {
      const result = parseWith([good('c', '2015', { sources: ['nyt', 'afp', 9] })]);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/events/2/sources/0', 'no source has the id "nyt" (reference removed)'],
        ['warning', '/events/2/sources/2', 'a source must be given as its id, not the number 9 (removed)'],
      ]);
      expect(result.dataset.eventsById.get('c')!.sources).to.deep.equal(['afp']);
    });

    it("an actor's unknown side: removed, the actor kept", () => {
      const input = dataset();
      input.actors.push({ id: 'ypg', name: 'YPG', side: 'kurds' });
      const result = parseDataset(input);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/actors/2/side', 'no side has the id "kurds" (side removed)'],
      ]);
      expect(result.dataset.actorsById.get('ypg')).to.deep.equal({ id: 'ypg', name: 'YPG' });
    });

    it('a reference to an actor that was dropped is unknown', () => {
      const input = dataset([good('c', '2015', { actors: ['army', 'nameless'] })]);
      input.actors.push({ id: 'nameless' });
      const result = parseDataset(input);
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/actors/2/name', 'actor has no name (actor "nameless" dropped)'],
        ['warning', '/events/2/actors/1', 'no actor has the id "nameless" (reference removed)'],
      ]);
    });
  });

  describe('places', () => {
    it('coordinates out of range: removed, the place kept', () => {
      const result = parseWith([
        good('c', '2015', { place: { name: 'North', lat: 95, lon: 10 } }),
        good('d', '2015', { place: { name: 'East', lat: 10, lon: -180.5 } }),
        good('e', '2015', { place: { name: 'Edge', lat: -90, lon: 180 } }),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/events/2/place/lat', 'latitude 95 is outside -90 to 90 (coordinates removed)'],
        ['warning', '/events/3/place/lon', 'longitude -180.5 is outside -180 to 180 (coordinates removed)'],
      ]);
      expect(result.dataset.eventsById.get('c')!.place).to.deep.equal({ name: 'North' });
      expect(result.dataset.eventsById.get('d')!.place).to.deep.equal({ name: 'East' });
      expect(result.dataset.eventsById.get('e')!.place).to.deep.equal({ name: 'Edge', lat: -90, lon: 180 });
    });

    it('coordinates that are not finite numbers, or only one of them: removed', () => {
      const result = parseWith([
        good('c', '2015', { place: { name: 'A', lat: '35.9', lon: 36.6 } }),
        good('d', '2015', { place: { name: 'B', lat: Infinity, lon: 1 } }),
        good('e', '2015', { place: { name: 'C', lat: 35.9 } }),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        [
          'warning',
          '/events/2/place/lat',
          'latitude must be a number, not the text "35.9" (coordinates removed)',
        ],
        [
          'warning',
          '/events/3/place/lat',
          'latitude must be a number, not the number Infinity (coordinates removed)',
        ],
        ['warning', '/events/4/place/lon', 'place has lat but no lon (coordinates removed)'],
      ]);
      for (const id of ['c', 'd', 'e'])
        expect(result.dataset.eventsById.get(id)!.place).to.not.have.any.keys('lat', 'lon');
    });

    it('a place that is not an object or has no name: removed, the event kept', () => {
      const result = parseWith([
        good('c', '2015', { place: 'Idlib' }),
        good('d', '2015', { place: { lat: 1, lon: 2 } }),
        good('e', '2015', { place: { name: 4 } }),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/events/2/place', 'place must be an object with a name, not the text "Idlib" (removed)'],
        ['warning', '/events/3/place/name', 'place has no name (place removed)'],
        ['warning', '/events/4/place/name', 'place name must be text, not the number 4 (place removed)'],
      ]);
      expectGoodSurvive(result, ['c', 'd', 'e']);
    });

    it('keeps admin1, country and approximate; removes a non-boolean approximate', () => {
      const result = parseWith([
        good('c', '2015', { place: { name: 'Idlib', admin1: 'Idlib', country: 'Syria', approximate: true } }),
        good('d', '2015', { place: { name: 'Syria', approximate: 'yes' } }),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        [
          'warning',
          '/events/3/place/approximate',
          'approximate must be true or false, not the text "yes" (removed)',
        ],
      ]);
      expect(result.dataset.eventsById.get('c')!.place).to.deep.equal({
        name: 'Idlib',
        admin1: 'Idlib',
        country: 'Syria',
        approximate: true,
      });
    });
  });

  describe('fatalities', () => {
    it('negative, fractional or non-number counts: removed', () => {
      const result = parseWith([
        good('c', '2015', { fatalities: { count: -1, low: 10, who: 'SOHR' } }),
        good('d', '2015', { fatalities: { count: 2.5, high: '20' } }),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        [
          'warning',
          '/events/2/fatalities/count',
          'count must be a whole number of 0 or more, not the number -1 (removed)',
        ],
        [
          'warning',
          '/events/3/fatalities/count',
          'count must be a whole number of 0 or more, not the number 2.5 (removed)',
        ],
        [
          'warning',
          '/events/3/fatalities/high',
          'high must be a whole number of 0 or more, not the text "20" (removed)',
        ],
      ]);
      expect(result.dataset.eventsById.get('c')!.fatalities).to.deep.equal({ low: 10, who: 'SOHR' });
      // Nothing left to show: the fatalities go, the event stays.
      expect(result.dataset.eventsById.get('d')).to.not.have.property('fatalities');
      expectGoodSurvive(result, ['c', 'd']);
    });

    it('low > high: low and high removed, count kept', () => {
      const result = parseWith([
        good('c', '2015', { fatalities: { count: 17, low: 20, high: 15, who: 'SOHR' } }),
        good('d', '2015', { fatalities: { low: 15, high: 20 } }),
        good('e', '2015', { fatalities: { low: 20, high: 15 } }),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/events/2/fatalities', 'low 20 is greater than high 15 (low and high removed)'],
        ['warning', '/events/4/fatalities', 'low 20 is greater than high 15 (low and high removed)'],
      ]);
      expect(result.dataset.eventsById.get('c')!.fatalities).to.deep.equal({ count: 17, who: 'SOHR' });
      expect(result.dataset.eventsById.get('d')!.fatalities).to.deep.equal({ low: 15, high: 20 });
      expect(result.dataset.eventsById.get('e')).to.not.have.property('fatalities');
    });

    it('fatalities without a figure, or not an object: removed', () => {
      const result = parseWith([
        good('c', '2015', { fatalities: { who: 'SOHR' } }),
        good('d', '2015', { fatalities: 12 }),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/events/2/fatalities', 'fatalities has no count, low or high (removed)'],
        [
          'warning',
          '/events/3/fatalities',
          'fatalities must be an object such as { "count": 12 }, not the number 12 (removed)',
        ],
      ]);
      expectGoodSurvive(result, ['c', 'd']);
    });

    it('keeps 0 and claimedBy', () => {
      const result = parseWith([good('c', '2015', { fatalities: { count: 0, claimedBy: 'Army' } })]);
      expect(result.issues).to.deep.equal([]);
      expect(result.dataset.eventsById.get('c')!.fatalities).to.deep.equal({ count: 0, claimedBy: 'Army' });
    });
  });

  describe('colours and links', () => {
    it('colours that are not colours: removed; colours normalised', () => {
      const input = dataset();
      input.sides[1].color = 'red; background: url(x)';
      input.actors[0].color = 'firebrick';
      input.actors[1].color = 5;
      const result = parseDataset(input);
      expect(simple(result.issues)).to.deep.equal([
        [
          'warning',
          '/sides/1/color',
          'color "red; background: url(x)" is not a CSS colour such as #b22222 (removed)',
        ],
        ['warning', '/actors/1/color', 'color must be text such as "#b22222", not the number 5 (removed)'],
      ]);
      expect(result.dataset.sidesById.get('reb')).to.deep.equal({ id: 'reb', label: 'Rebels' });
      expect(result.dataset.actorsById.get('army')!.color).to.equal('#b22222');
      expect(result.dataset.sidesById.get('gov')!.color).to.equal('#b22222');
    });

    it('links that are not http(s): removed, the source kept', () => {
      const input = dataset();
      input.sources.push(
        { id: 'js', publisher: 'X', url: 'javascript:alert(1)' },
        { id: 'rel', publisher: 'Y', url: '/relative/path' },
        { id: 'data', publisher: 'Z', url: 'data:text/html,<b>x</b>' },
        { id: 'ok', publisher: 'W', url: 'HTTP://Example.org/a b' },
      );
      const result = parseDataset(input);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/sources/1/url', 'url "javascript:alert(1)" is not an absolute http(s) link (removed)'],
        ['warning', '/sources/2/url', 'url "/relative/path" is not an absolute http(s) link (removed)'],
        [
          'warning',
          '/sources/3/url',
          'url "data:text/html,<b>x</b>" is not an absolute http(s) link (removed)',
        ],
      ]);
      expect(result.dataset.sources.map((s) => s.id)).to.deep.equal(['afp', 'js', 'rel', 'data', 'ok']);
      expect(result.dataset.sourcesById.get('js')).to.not.have.property('url');
      expect(result.dataset.sourcesById.get('ok')!.url).to.equal('http://example.org/a%20b');
    });
  });

  describe('text', () => {
    it('comes out without surrounding white space; blank optional text is absent', () => {
      const result = parseWith([
        good('c', '2015', {
          title: '  Siege  ',
          summary: '\n Text. \n',
          category: '   ',
          tags: [' a ', '  '],
        }),
      ]);
      expect(result.issues).to.deep.equal([]);
      const event = result.dataset.eventsById.get('c')!;
      expect(event.title).to.equal('Siege');
      expect(event.summary).to.equal('Text.');
      expect(event).to.not.have.any.keys('category');
      expect(event.tags).to.deep.equal(['a']);
    });

    it('non-text optional fields: removed, the event kept', () => {
      const result = parseWith([
        good('c', '2015', { summary: 5, category: ['battle'], claimedBy: true, tags: 'x' }),
      ]);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/events/2/summary', 'summary must be text, not the number 5 (removed)'],
        ['warning', '/events/2/category', 'category must be text, not a list (removed)'],
        ['warning', '/events/2/claimedBy', 'claimedBy must be text, not true (removed)'],
        ['warning', '/events/2/tags', 'tags must be a list of text, not the text "x" (removed)'],
      ]);
      expect(result.dataset.eventsById.get('c')).to.not.have.any.keys(
        'summary',
        'category',
        'claimedBy',
        'tags',
      );
    });

    it('non-text list entries: removed', () => {
      const input = dataset([good('c', '2015', { tags: ['siege', 3, 'aleppo'] })]);
      input.actors[0].aliases = ['regime forces', { x: 1 }];
      const result = parseDataset(input);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/actors/0/aliases/1', 'aliases must hold text, not an object (removed)'],
        ['warning', '/events/2/tags/1', 'tags must hold text, not the number 3 (removed)'],
      ]);
      expect(result.dataset.eventsById.get('c')!.tags).to.deep.equal(['siege', 'aleppo']);
      expect(result.dataset.actorsById.get('army')!.aliases).to.deep.equal(['regime forces']);
    });

    it('over-long text: cut with an ellipsis (500 for short fields, 10,000 for summaries)', () => {
      const result = parseWith([good('c', '2015', { title: 't'.repeat(600), summary: 's'.repeat(12_000) })]);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/events/2/title', 'title is 600 characters long (cut to 500)'],
        ['warning', '/events/2/summary', 'summary is 12,000 characters long (cut to 10,000)'],
      ]);
      const c = result.dataset.eventsById.get('c')!;
      expect(c.title).to.have.length(500);
      expect(c.title.endsWith('t…')).to.equal(true);
      expect(c.summary).to.have.length(10_000);
      expectGoodSurvive(result, ['c']);
    });

    it('takes its limits from options, and does not split a surrogate pair', () => {
      const result = parseDataset(
        { events: [{ id: 'c', date: '2015', title: 'ab😀cd', summary: 'x'.repeat(30) }] },
        { maxStringLength: 20, maxShortStringLength: 4 },
      );
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/events/0/title', 'title is 6 characters long (cut to 4)'],
        ['warning', '/events/0/summary', 'summary is 30 characters long (cut to 20)'],
      ]);
      // 'ab' + half an emoji would be broken text: the cut falls before the pair.
      expect(result.dataset.eventsById.get('c')!.title).to.equal('ab…');
    });

    it('the short limit never exceeds maxStringLength', () => {
      const result = parseWith([good('c', '2015', { title: 'x'.repeat(50) })], {}, { maxStringLength: 10 });
      expect(result.dataset.eventsById.get('c')!.title).to.have.length(10);
    });
  });

  describe('sides, actors and sources', () => {
    it('missing id, label, name or publisher: dropped', () => {
      const input = dataset();
      input.sides.push({ label: 'No id' }, { id: 'nolabel' });
      input.actors.push({ id: 'noname', short: 'N' });
      input.sources.push({ id: 'nopub', title: 'T' }, 'afp');
      const result = parseDataset(input);
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/sides/2/id', 'side has no id (side dropped)'],
        ['error', '/sides/3/label', 'side has no label (side "nolabel" dropped)'],
        ['error', '/actors/2/name', 'actor has no name (actor "noname" dropped)'],
        ['error', '/sources/1/publisher', 'source has no publisher (source "nopub" dropped)'],
        ['error', '/sources/2', 'source must be an object, not the text "afp" (source dropped)'],
      ]);
      expectGoodSurvive(result);
      expect(result.dataset.sides.map((s) => s.id)).to.deep.equal(['gov', 'reb']);
    });

    it('repeated ids: the later dropped, naming the first', () => {
      const input = dataset();
      input.sides.push({ id: 'gov', label: 'Again' });
      input.actors.push({ id: 'army', name: 'Again' });
      input.sources.push({ id: 'afp', publisher: 'Again' });
      const result = parseDataset(input);
      expect(simple(result.issues)).to.deep.equal([
        ['error', '/sides/2/id', 'id "gov" is already used by /sides/0 (side "gov" dropped)'],
        ['error', '/actors/2/id', 'id "army" is already used by /actors/0 (actor "army" dropped)'],
        ['error', '/sources/1/id', 'id "afp" is already used by /sources/0 (source "afp" dropped)'],
      ]);
      expect(result.dataset.actorsById.get('army')!.name).to.equal('Syrian Army');
    });

    it('reads every field of an actor and a source', () => {
      const input = dataset();
      input.actors[0] = {
        id: 'army',
        name: 'Syrian Army',
        short: 'SAA',
        side: 'gov',
        color: '#ABC',
        aliases: ['regime forces'],
        description: 'Ground forces.',
      };
      input.sources[0] = {
        id: 'afp',
        publisher: 'AFP',
        title: 'A report',
        published: '2015-05-19',
        url: 'https://example.org/x',
      };
      const result = parseDataset(input);
      expect(result.issues).to.deep.equal([]);
      expect(result.dataset.actors[0]).to.deep.equal({ ...input.actors[0], color: '#aabbcc' });
      expect(result.dataset.sources[0]).to.deep.equal(input.sources[0]);
    });

    it('an invalid published date: removed, the source kept', () => {
      const input = dataset();
      input.sources[0].published = '2015-02-30';
      const result = parseDataset(input);
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/sources/0/published', '30 February 2015 does not exist (published removed)'],
      ]);
      expect(result.dataset.sources[0]).to.not.have.property('published');
    });
  });

  describe('dataset fields', () => {
    it('keeps title, description, lang (canonical) and updated', () => {
      const result = parseWith([], { description: 'About', lang: 'EN-gb', updated: '2026-11-21' });
      expect(result.issues).to.deep.equal([]);
      expect(result.dataset).to.include({
        title: 'Test',
        description: 'About',
        lang: 'en-GB',
        updated: '2026-11-21',
      });
    });

    it('an invalid lang, updated or title: removed with a warning', () => {
      const result = parseWith([], { lang: 'not a language', updated: 'yesterday', title: 3 });
      expect(simple(result.issues)).to.deep.equal([
        ['warning', '/title', 'title must be text, not the number 3 (removed)'],
        [
          'warning',
          '/lang',
          'lang "not a language" is not a BCP 47 language tag such as "en" or "ar" (removed)',
        ],
        [
          'warning',
          '/updated',
          'yesterday is not a date in the supported format (YYYY, YYYY-MM, YYYY-MM-DD…) (updated removed)',
        ],
      ]);
      expect(result.dataset).to.not.have.any.keys('title', 'lang', 'updated');
      expectGoodSurvive(result);
    });
  });
});

describe('isParsedDataset', () => {
  it('isParsedDataset(value) is true only for what the parser gave, not for a look-alike', async () => {
    const input = { events: [{ id: 'a', date: '2015-03-01', title: 'A' }] };
    const { dataset } = parseDataset(input);
    expect(isParsedDataset(dataset)).to.equal(true);
    expect(isParsedDataset((await parseDatasetInSlices(input)).dataset)).to.equal(true);
    expect(isParsedDataset(parseDataset('not json').dataset)).to.equal(true);
    // The same fields and lookups, made by hand: checked again by whoever takes it.
    expect(isParsedDataset({ ...dataset })).to.equal(false);
    expect(isParsedDataset(input)).to.equal(false);
    expect(isParsedDataset(null)).to.equal(false);
  });
});

describe('jsonPointer', () => {
  it('escapes ~ and / (RFC 6901)', () => {
    expect(jsonPointer('events', 3, 'date')).to.equal('/events/3/date');
    expect(jsonPointer('a/b', 'c~d', '')).to.equal('/a~1b/c~0d/');
    expect(jsonPointer()).to.equal('');
  });
});

describe('formatIssue', () => {
  it('puts the path before the message, and names the whole input', () => {
    expect(
      formatIssue({
        path: '/events/3/date',
        message: '30 February 2015 does not exist (event dropped)',
        severity: 'error',
      }),
    ).to.equal('/events/3/date: 30 February 2015 does not exist (event dropped)');
    expect(formatIssue(parseDataset('[').issues[0])).to.match(/^\(input\): the input is not valid JSON: /);
  });
});
