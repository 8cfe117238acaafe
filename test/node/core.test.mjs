// conflict-timeline/core as Node sees it after the build: parseDate, parseDataset and the importers with
// no DOM, the sample dataset and the shipped JSON Schema. Run `npm run -s build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import {
  eventImportance,
  formatDate,
  formatIssue,
  fromACLED,
  fromTimelineJS,
  fromUCDP,
  htmlToText,
  parseDataset,
  parseDatasetInSlices,
  parseDate,
} from '../../dist/core/index.js';

const file = (path) => new URL(`../../${path}`, import.meta.url);

test('runs in plain Node, with no DOM', () => {
  assert.equal(typeof document, 'undefined');
  assert.equal(typeof window, 'undefined');
});

test('parseDate gives the UTC span of a calendar day, whatever the zone (TZ is Asia/Kathmandu in npm test)', () => {
  const result = parseDate('2015-05-19');
  assert.equal(result.ok, true);
  assert.equal(new Date(result.date.start).toISOString(), '2015-05-19T00:00:00.000Z');
  assert.equal(new Date(result.date.end).toISOString(), '2015-05-19T23:59:59.999Z');
  assert.deepEqual(parseDate('2015-02-30'), { ok: false, reason: '30 February 2015 does not exist' });
});

test('parseDataset keeps the good records, reports the bad one, and never throws', () => {
  const { dataset, issues } = parseDataset({
    events: [
      { id: 'a', date: '2015-05-19', title: 'A' },
      { id: 'b', date: '2015-02-30', title: 'B' },
      { id: 'c', date: '2014', title: 'C' },
    ],
  });
  assert.deepEqual(
    dataset.events.map((e) => e.id),
    ['c', 'a'],
  );
  assert.deepEqual(issues.map(formatIssue), [
    '/events/1/date: 30 February 2015 does not exist (event "b" dropped)',
  ]);
  assert.equal(parseDataset('{not json').issues.length, 1);
  assert.equal(parseDataset(null).dataset.events.length, 0);
});

test("parseDate reads EDTF's Y years and names a compact date", () => {
  assert.equal(new Date(parseDate('Y-12345').date.start).toISOString(), '-012345-01-01T00:00:00.000Z');
  assert.deepEqual(parseDate('201505'), {
    ok: false,
    reason: '"201505" looks like a compact date: write 2015-05',
  });
});

test('parseDate reads a set [A..B], and formatDate writes it "between … and …" in Node too', () => {
  const result = parseDate('[2014-03..2014-06-14]');
  assert.equal(result.ok, true);
  assert.equal(result.date.oneOf, true);
  assert.equal(result.date.isRange, false);
  assert.equal(formatDate(result.date, 'en-GB'), 'between March and 14 June 2014');
});

test('eventImportance gives the importance the data sets, else the rule', () => {
  const { dataset } = parseDataset({
    events: [
      { id: 'lead', date: '2015', title: 'A', importance: 4 },
      { id: 'toll', date: '2015', title: 'B', fatalities: { count: 999 } },
    ],
  });
  assert.equal(eventImportance(dataset.eventsById.get('lead'), dataset), 4);
  assert.equal(Math.round(eventImportance(dataset.eventsById.get('toll'), dataset) * 1e9) / 1e9, 3);
});

test('parseDataset never throws on hostile objects, and keeps the good record', () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const throwing = Object.defineProperty({ id: 'b', date: '2016' }, 'title', {
    get() {
      throw Object.create(null);
    },
  });
  const { dataset, issues } = parseDataset(
    { events: [{ id: 'a', date: '2015', title: 'A' }, proxy, throwing] },
    proxy,
  );
  assert.deepEqual(
    dataset.events.map((e) => e.id),
    ['a'],
  );
  assert.deepEqual(issues.map(formatIssue), [
    '/events/1: event must be an object, not a revoked Proxy (event dropped)',
    '/events/2: event could not be read: an object was thrown (event dropped)',
  ]);
});

// Tiny made-up samples in each format's real column layout (not real data).
const ACLED_CSV = [
  'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,timestamp',
  'TST1,2020-05-09,2020,1,Battles,Armed clash,Army of Testland,State forces,Testland Rebels,Rebel groups,Testland,North,Riverton,34.8,36.7,1,Example Monitor,"Clashes near Riverton, say locals.",3,1589000000',
  'TST2,9-May-20,2020,2,Explosions/Remote violence,Air/drone strike,Army of Testland,1,,,Testland,North,Hilltop,34.9,36.8,1,Example Monitor; Wire,Strike.,0,1589100000',
].join('\n');

const UCDP_CSV = [
  'id,type_of_violence,conflict_name,side_a,side_b,source_article,where_prec,where_coordinates,adm_1,latitude,longitude,country,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high',
  '101,1,Testland: Government,Government of Testland,Testland insurgents,"""Example Monitor,2016-01-01,Clashes near Riverton""",1,Riverton town,North,34.8,36.7,Testland,1,2016-01-01 00:00:00.000,2016-01-01 00:00:00.000,2,1,0,0,3,3,4',
  '102,3,Testland insurgents - civilians,Testland insurgents,Civilians,,2,Hilltop,North,34.9,36.8,Testland,4,2016-02-01,2016-02-03,0,0,5,0,5,5,5',
].join('\n');

const TIMELINEJS = {
  title: { text: { headline: 'Testland', text: '<p>A made-up war.</p>' } },
  events: [
    {
      start_date: { year: '2015', month: '5', day: '19' },
      text: { headline: 'Riverton <b>falls</b>', text: '<p>One.</p><p>Two.</p>' },
    },
    {
      start_date: { year: '-258' },
      end_date: { year: '-250' },
      text: { headline: 'Ancient siege' },
      group: 'History',
    },
  ],
};

const TIMELINEJS_SHEET = [
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  '2015,5,19,,,,,,,Riverton falls,<p>One.</p>,,,,,,,',
  '2016,,,,2017,,,,,A long year,,,,,,,,',
].join('\n');

test('fromACLED converts a tiny ACLED export', () => {
  const { dataset, issues, input } = fromACLED(ACLED_CSV);
  assert.deepEqual(issues.map(formatIssue), []);
  assert.deepEqual(
    dataset.events.map((e) => [e.id, e.date, e.title, e.fatalities?.count]),
    [
      ['TST2', '2020-05-06/2020-05-12', 'Air/drone strike in Hilltop', 0],
      ['TST1', '2020-05-09', 'Armed clash in Riverton', 3],
    ],
  );
  assert.deepEqual(
    dataset.sources.map((s) => s.publisher),
    ['Example Monitor', 'Wire'],
  );
  assert.equal(input.updated, '2020-05-10');
  assert.deepEqual(JSON.parse(JSON.stringify(input)), input);
});

test('fromUCDP converts a tiny UCDP GED export', () => {
  const { dataset, issues } = fromUCDP(UCDP_CSV);
  assert.deepEqual(issues.map(formatIssue), []);
  assert.deepEqual(
    dataset.events.map((e) => [e.date, e.fatalities?.count]),
    [
      ['2016-01-01', 3],
      ['2016-02-01/2016-02-03', 5],
    ],
  );
  assert.deepEqual(
    dataset.sources.map((s) => [s.publisher, s.published, s.title]),
    [['Example Monitor', '2016-01-01', 'Clashes near Riverton']],
  );
});

test('fromTimelineJS converts TimelineJS3 JSON (object and text) and the sheet CSV', () => {
  for (const data of [TIMELINEJS, JSON.stringify(TIMELINEJS)]) {
    const { dataset, issues } = fromTimelineJS(data);
    assert.deepEqual(issues.map(formatIssue), []);
    assert.equal(dataset.title, 'Testland');
    assert.deepEqual(
      dataset.events.map((e) => [e.date, e.title, e.summary ?? null, e.category ?? null]),
      [
        ['-0257/-0249', 'Ancient siege', null, 'History'],
        ['2015-05-19', 'Riverton falls', 'One.\n\nTwo.', null],
      ],
    );
  }
  const sheet = fromTimelineJS(TIMELINEJS_SHEET);
  assert.deepEqual(sheet.issues.map(formatIssue), []);
  assert.deepEqual(
    sheet.dataset.events.map((e) => e.date),
    ['2015-05-19', '2016/2017'],
  );
});

test('htmlToText runs without a DOM, in linear time', () => {
  assert.equal(htmlToText('<p>a &amp; b</p><script>x</script><p>c</p>'), 'a & b\n\nc');
  const start = performance.now();
  assert.equal(htmlToText('a<br>'.repeat(200_000)).length, 399_999);
  assert.ok(performance.now() - start < 2000);
});

test('the shipped JSON Schema is valid JSON for draft 2020-12', () => {
  const schema = JSON.parse(readFileSync(file('schema/dataset.schema.json'), 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(schema.required, ['events']);
});

test('data/syria.json parses with zero issues and every event cites a source', (t) => {
  if (!existsSync(file('data/syria.json'))) {
    t.skip('data/syria.json not written yet');
    return;
  }
  const { dataset, issues } = parseDataset(readFileSync(file('data/syria.json'), 'utf8'));
  assert.deepEqual(issues.map(formatIssue), []);
  assert.ok(dataset.events.length > 0);
  assert.deepEqual(
    dataset.events.filter((e) => e.sources.length === 0).map((e) => e.id),
    [],
  );
});

test("parseDatasetInSlices gives what parseDataset gives, yielding to Node's event loop", async () => {
  const events = Array.from({ length: 30_000 }, (_, i) => ({
    id: `e${i}`,
    date: i === 17 ? '2015-02-30' : `20${10 + (i % 9)}-0${1 + (i % 9)}-1${i % 10}`,
    title: `Event ${i}`,
    summary: 'x'.repeat(40),
  }));
  const text = JSON.stringify({ title: 'Big', events });
  let ticks = 0;
  const timer = setInterval(() => ticks++, 0);
  const sliced = await parseDatasetInSlices(text, { sliceMs: 5 });
  clearInterval(timer);
  const once = parseDataset(text);
  assert.deepEqual(sliced.issues, once.issues);
  assert.equal(sliced.issues[0].path, '/events/17/date');
  assert.deepEqual(
    sliced.dataset.events.map((e) => e.id),
    once.dataset.events.map((e) => e.id),
  );
  assert.ok(ticks > 0, 'timers ran while it parsed');
});
