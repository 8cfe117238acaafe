// Property-based tests (fast-check): whatever comes in, parseDataset and parseDate never throw, good
// records always survive, and what parseDataset gives back is itself a clean dataset.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_YEAR, MIN_YEAR, parseDate } from '../../src/core/dates.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import type { ConflictEvent, ParseResult } from '../../src/core/types.js';
import schema from '../../schema/dataset.schema.json';

// Modest: these run in three browsers.
const runs = { numRuns: 200 };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const UNIT_MS = { minute: 60_000, second: 1000, millisecond: 1 } as const;

/**
 * A valid date string and the instant `at` it was made from (the date's span must contain it).
 * Built from a JS Date (an independent calendar), cut to a random precision, with an optional offset
 * and qualifier.
 */
const pointArb = fc
  .record({
    // 0001-01-02 to 9999-12-30: any offset keeps the wall-clock year within four digits.
    at: fc.integer({ min: Date.parse('0001-01-02T00:00:00Z'), max: Date.parse('9999-12-30T00:00:00Z') }),
    precision: fc.constantFrom('year', 'month', 'day', 'minute', 'second', 'millisecond'),
    // undefined: no offset at all, which reads as UTC like Z.
    offsetMinutes: fc.option(fc.integer({ min: -12 * 60, max: 14 * 60 }), { nil: undefined }),
    zulu: fc.boolean(),
    qualifier: fc.constantFrom('', '', '~', '?', '%'),
  })
  .map(({ at, precision, offsetMinutes, zulu, qualifier }) => {
    // The wall-clock time at that offset, written with the offset, is the same instant.
    const local = new Date(at + (offsetMinutes ?? 0) * 60_000);
    const y = local.getUTCFullYear();
    const date = `${pad(y, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    const time = `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
    const offset =
      offsetMinutes === undefined
        ? zulu
          ? 'Z'
          : ''
        : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
    let text: string;
    switch (precision) {
      case 'year':
        text = pad(new Date(at).getUTCFullYear(), 4);
        break;
      case 'month':
        text = new Date(at).toISOString().slice(0, 7);
        break;
      case 'day':
        text = new Date(at).toISOString().slice(0, 10);
        break;
      case 'minute':
        text = date + time + offset;
        break;
      case 'second':
        text = `${date}${time}:${pad(local.getUTCSeconds())}${offset}`;
        break;
      default:
        text = `${date}${time}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}${offset}`;
    }
    return { text: text + qualifier, at, precision };
  });

/** A year of more than four digits in EDTF's Y form (`Y12345`, `Y-12345`), with the year it stands for. */
const longYearArb = fc
  .oneof(fc.integer({ min: MIN_YEAR, max: -10_000 }), fc.integer({ min: 10_000, max: MAX_YEAR }))
  .map((year) => ({ year, text: `Y${year}` }));

/** A valid date or range string (its ends in order), for records that must survive. */
const dateArb = fc.oneof(
  { arbitrary: longYearArb.map((y) => y.text), weight: 1 },
  { arbitrary: pointArb.map((p) => p.text), weight: 4 },
  {
    arbitrary: fc
      .tuple(pointArb, pointArb)
      .map(([a, b]) => (a.at <= b.at ? `${a.text}/${b.text}` : `${b.text}/${a.text}`)),
    weight: 1,
  },
  { arbitrary: pointArb.map((p) => `${p.text}/..`), weight: 1 },
  { arbitrary: pointArb.map((p) => `../${p.text}`), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 9999 }).map((y) => `-${pad(y, 4)}`), weight: 1 },
);

/** Text that parseDataset keeps as it is: not blank, within the short limit. */
const textArb = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A junk value of any JSON-ish kind. */
const junkArb = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '2015-02-30',
    '19/05/2015',
    '2024-11-30/2024-11-01',
    'javascript:alert(1)',
    'url(x)',
    '-0000',
  ),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
/** A valid value most of the time, junk otherwise. */
const maybe = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: junkArb, weight: 1 });

/** A small pool of ids, so that references resolve and ids repeat. */
const idArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f/g', 'h~i');

/** A dataset whose every field is valid or junk: the parser's whole surface, in small sizes. */
const nearDatasetArb = fc.record(
  {
    title: maybe(textArb),
    lang: maybe(fc.constantFrom('en', 'ar', 'en-GB', 'xx-invalid-tag-!')),
    updated: maybe(dateArb),
    sides: maybe(
      fc.array(
        maybe(
          fc.record(
            {
              id: maybe(idArb),
              label: maybe(textArb),
              color: maybe(fc.constantFrom('#b22222', 'red', 'rgb(1 2 3 / 50%)', 'hsl(10, 50%, 50%)')),
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 4 },
      ),
    ),
    actors: maybe(
      fc.array(
        maybe(
          fc.record(
            {
              id: maybe(idArb),
              name: maybe(textArb),
              short: maybe(textArb),
              side: maybe(idArb),
              color: maybe(fc.constantFrom('#abc', 'teal', 'nope')),
              aliases: maybe(fc.array(maybe(textArb), { maxLength: 3 })),
              description: maybe(fc.string({ maxLength: 60 })),
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 5 },
      ),
    ),
    sources: maybe(
      fc.array(
        maybe(
          fc.record(
            {
              id: maybe(idArb),
              publisher: maybe(textArb),
              title: maybe(textArb),
              published: maybe(dateArb),
              url: maybe(fc.webUrl()),
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 4 },
      ),
    ),
    events: maybe(
      fc.array(
        maybe(
          fc.record(
            {
              id: maybe(idArb),
              date: maybe(dateArb),
              title: maybe(textArb),
              summary: maybe(fc.string({ maxLength: 60 })),
              category: maybe(textArb),
              actors: maybe(
                fc.array(maybe(fc.oneof(idArb, fc.record({ id: idArb, role: maybe(textArb) }))), {
                  maxLength: 3,
                }),
              ),
              sources: maybe(fc.array(maybe(idArb), { maxLength: 3 })),
              place: maybe(
                fc.record(
                  {
                    name: maybe(textArb),
                    lat: maybe(fc.double({ min: -100, max: 100, noNaN: true })),
                    lon: maybe(fc.double({ min: -200, max: 200, noNaN: true })),
                  },
                  { requiredKeys: [] },
                ),
              ),
              fatalities: maybe(
                fc.record(
                  {
                    count: maybe(fc.integer({ min: -5, max: 100 })),
                    low: maybe(fc.nat(100)),
                    high: maybe(fc.nat(100)),
                  },
                  { requiredKeys: [] },
                ),
              ),
              claimedBy: maybe(textArb),
              tags: maybe(fc.array(maybe(textArb), { maxLength: 3 })),
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 8 },
      ),
    ),
  },
  { requiredKeys: [] },
);

function expectWellFormed(result: ParseResult) {
  const { dataset, issues } = result;
  expect(Array.isArray(issues)).to.equal(true);
  for (const key of ['sides', 'actors', 'sources', 'events'] as const)
    expect(Array.isArray(dataset[key])).to.equal(true);
  expect(dataset.eventsById.size).to.equal(dataset.events.length);
  for (const issue of issues) {
    expect(issue.path === '' || issue.path.startsWith('/')).to.equal(true);
    expect(['error', 'warning']).to.include(issue.severity);
    expect(issue.message).to.be.a('string').and.not.equal('');
  }
}

/** Events in order: by start, then end, then id. */
function expectSorted(events: ConflictEvent[]) {
  for (let i = 1; i < events.length; i++) {
    const [a, b] = [events[i - 1], events[i]];
    const inOrder =
      a.time.start < b.time.start ||
      (a.time.start === b.time.start &&
        (a.time.end < b.time.end || (a.time.end === b.time.end && a.id < b.id)));
    expect(inOrder, `${a.id} (${a.date}) before ${b.id} (${b.date})`).to.equal(true);
  }
}

/** Resolves an RFC 6901 pointer in `doc`; `undefined` when a step is missing. */
function resolvePointer(doc: unknown, pointer: string): { found: boolean; value?: unknown } {
  if (pointer === '') return { found: true, value: doc };
  let value: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, token))
      return { found: false };
    value = (value as Record<string, unknown>)[token];
  }
  return { found: true, value };
}

describe('parseDate (properties)', () => {
  it('never throws on any string, and gives a date or a reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[-0-9T:Z+~?%./ ]{0,30}$/)),
        (text) => {
          const result = parseDate(text);
          if (result.ok) expect(result.date.start).to.be.at.most(result.date.end);
          else expect(result.reason).to.be.a('string').and.not.equal('');
        },
      ),
      runs,
    );
  });

  it('spans the instant a date was written from, at the precision it was written with', () => {
    fc.assert(
      fc.property(pointArb, ({ text, at, precision }) => {
        const result = parseDate(text);
        if (!result.ok) throw new Error(`${text}: ${result.reason}`);
        const { start, end } = result.date;
        expect(start, text).to.be.at.most(at);
        expect(end, text).to.be.at.least(at);
        expect(result.date.precision).to.equal(precision);
        if (precision in UNIT_MS)
          expect(end - start + 1).to.equal(UNIT_MS[precision as keyof typeof UNIT_MS]);
      }),
      runs,
    );
  });

  it('spans the whole year of a Y year, from 1 January as a JS Date counts it', () => {
    fc.assert(
      fc.property(longYearArb, ({ year, text }) => {
        const result = parseDate(text);
        if (!result.ok) throw new Error(`${text}: ${result.reason}`);
        const jan1 = (y: number) => new Date(0).setUTCFullYear(y, 0, 1);
        expect(result.date.start, text).to.equal(jan1(year));
        // The year after MAX_YEAR starts past the last Date; its 1 January is still in range.
        expect(result.date.end, text).to.equal(jan1(year + 1) - 1);
        expect(result.date.precision).to.equal('year');
      }),
      runs,
    );
  });

  it('refuses every bare year of more than four digits, saying how to write it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 2 ** 40 }), fc.boolean(), (value, negative) => {
        const text = `${negative ? '-' : ''}${value}`;
        const result = parseDate(text);
        expect(result.ok, text).to.equal(false);
        if (!result.ok)
          expect(result.reason, text).to.match(/Y prefix: Y-?\d+$|compact date: write \d{4}-|outside/);
      }),
      runs,
    );
  });

  it('every date it accepts matches the pattern in the JSON Schema', () => {
    const pattern = new RegExp(schema.$defs.date.pattern, 'u');
    fc.assert(
      fc.property(fc.oneof(dateArb, fc.stringMatching(/^[-0-9YT:Z+~?%./]{0,24}$/)), (text) => {
        if (parseDate(text).ok) expect(pattern.test(text), text).to.equal(true);
      }),
      runs,
    );
  });
});

describe('parseDataset (properties)', () => {
  it('never throws on any value or string, and always gives arrays', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.string(), fc.json()), (input) => {
        expectWellFormed(parseDataset(input));
      }),
      runs,
    );
  });

  it('never throws on lists of anything where records belong', () => {
    fc.assert(
      fc.property(
        fc.record({
          sides: fc.anything(),
          actors: fc.array(fc.anything()),
          sources: fc.anything(),
          events: fc.array(fc.anything()),
        }),
        (input) => expectWellFormed(parseDataset(input)),
      ),
      runs,
    );
  });

  it('on near-valid datasets: never throws, and every issue points into the input', () => {
    fc.assert(
      fc.property(nearDatasetArb, (input) => {
        const result = parseDataset(input);
        expectWellFormed(result);
        expectSorted(result.dataset.events);
        for (const issue of result.issues) {
          // A missing field is reported where it should be: its parent exists.
          const parent = issue.path.slice(0, Math.max(0, issue.path.lastIndexOf('/')));
          expect(resolvePointer(input, parent).found, `${issue.path} (${issue.message})`).to.equal(true);
        }
      }),
      runs,
    );
  });

  it('keeps every valid event among junk, with its id and title, in sorted order', () => {
    const validEventArb = fc.record({
      id: fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((s) => s.trim() !== '')
        .map((s) => `ok-${s}`),
      date: dateArb,
      title: textArb,
      summary: fc.option(
        fc.string({ maxLength: 80 }).filter((s) => s !== ''),
        { nil: undefined },
      ),
      actors: fc.subarray(['army', 'fsa']),
    });
    // Junk may be anything except a record that claims one of the valid ids.
    const junkEventArb = fc
      .oneof(
        fc.anything(),
        nearDatasetArb.map((d) => (isRecord(d) && Array.isArray(d.events) ? d.events[0] : d)),
      )
      .filter((j) => !(isRecord(j) && typeof j.id === 'string' && j.id.startsWith('ok-')));
    fc.assert(
      fc.property(
        fc.uniqueArray(validEventArb, { selector: (e) => e.id, maxLength: 12 }),
        fc.array(junkEventArb, { maxLength: 8 }),
        fc.infiniteStream(fc.boolean()),
        (valid, junk, coin) => {
          // Interleave the valid events with the junk, keeping the order of each.
          const events: unknown[] = [];
          let [v, j] = [0, 0];
          while (v < valid.length || j < junk.length) {
            if (j >= junk.length || (v < valid.length && coin.next().value)) events.push(valid[v++]);
            else events.push(junk[j++]);
          }
          const input = {
            actors: [
              { id: 'army', name: 'Army' },
              { id: 'fsa', name: 'FSA' },
            ],
            events,
          };
          const result = parseDataset(input);
          expectWellFormed(result);
          for (const e of valid) {
            const out = result.dataset.eventsById.get(e.id);
            expect(out, `${e.id} (${e.date}) is kept`).to.not.equal(undefined);
            expect(out!.title).to.equal(e.title.trim()); // text comes out without surrounding white space
            expect(out!.date).to.equal(e.date);
            expect(out!.actors.map((a) => a.id)).to.deep.equal(e.actors);
            if (e.summary !== undefined) expect(out!.summary).to.equal(e.summary.trim() || undefined);
          }
          expectSorted(result.dataset.events);
          // No issue is about a valid event.
          const validPaths = new Set(
            events.flatMap((e, i) => (valid.includes(e as never) ? [`/events/${i}`] : [])),
          );
          for (const issue of result.issues) {
            const about = issue.path.split('/').slice(0, 3).join('/');
            expect(validPaths.has(about), `${issue.path}: ${issue.message}`).to.equal(false);
          }
        },
      ),
      runs,
    );
  });

  it('gives a dataset that parses again with zero issues and the same events', () => {
    // Look-alike colours are reported, not repaired: they are the one warning a parsed dataset keeps.
    const repaired = (issue: { message: string }) => !issue.message.endsWith('tell them apart by colour');
    fc.assert(
      fc.property(nearDatasetArb, (input) => {
        const first = parseDataset(input);
        const again = parseDataset(JSON.parse(JSON.stringify(first.dataset)));
        expect(again.issues.filter(repaired)).to.deep.equal([]);
        expect(again.dataset.events.map((e) => e.id)).to.deep.equal(first.dataset.events.map((e) => e.id));
        expect(again.dataset.actors).to.deep.equal(first.dataset.actors);
        expect(again.dataset.sources).to.deep.equal(first.dataset.sources);
      }),
      runs,
    );
  });
});
