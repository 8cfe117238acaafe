// conflict-timeline/core as Node sees it after the build: parseDate and parseDataset with no DOM, the
// sample dataset and the shipped JSON Schema. Run `npm run -s build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { formatIssue, parseDataset, parseDate } from '../../dist/core/index.js';

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
