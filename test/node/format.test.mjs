// Formatting in plain Node 20, whose Intl is older than the browsers': offsets must not need
// offset time zones (`timeZone: '+05:30'`), which Node 20 rejects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, parseDate } from '../../dist/core/index.js';

const en = (text) => {
  const result = parseDate(text);
  assert.ok(result.ok, text);
  return formatDate(result.date, 'en-GB');
};

test('formatDate writes moments with any offset in Node', () => {
  assert.equal(en('2015-05-19T14:20+05:30'), '19 May 2015 at 14:20 UTC+05:30');
  assert.equal(en('2015-12-31T23:30-01:00'), '31 December 2015 at 23:30 UTC-01:00');
  assert.equal(en('2015-05-19T14:20Z/2015-05-19T16:00Z').includes('UTC'), true);
});

test('formatDate writes calendar dates the same in any time zone', () => {
  assert.equal(en('2015-05-19'), '19 May 2015');
  assert.match(en('2024-11-29/2024-11-30'), /^29\s?–\s?30 November 2024$/); // ICU versions differ on spaces
});
