import { expect } from '@open-wc/testing';
import {
  coarserPrecision,
  compareParsedDates,
  comparePrecision,
  daysInMonth,
  isLeapYear,
  parseDate,
  parseDateOrReason,
  MAX_YEAR,
  MIN_YEAR,
} from '../../src/core/dates.js';
import type { ParsedDate } from '../../src/core/types.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** The parsed date, failing the test with the reason when it is invalid. */
function ok(text: string): ParsedDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`${text} should parse, but: ${result.reason}`);
  return result.date;
}

/** The reason, failing the test when the date parses. */
function reason(text: string): string {
  const result = parseDate(text);
  if (result.ok) throw new Error(`${text} should be invalid, but parsed to ${iso(result.date.start)}`);
  return result.reason;
}

function span(text: string): [string, string] {
  const date = ok(text);
  return [iso(date.start), iso(date.end)];
}

describe('parseDate', () => {
  describe('calendar dates', () => {
    it('spans a whole UTC day for YYYY-MM-DD, whatever the local zone', () => {
      // The tests run in Asia/Kathmandu (UTC+5:45): a local-time slip would move both ends.
      expect(new Date(0).getTimezoneOffset()).to.not.equal(0);
      expect(span('2015-05-19')).to.deep.equal(['2015-05-19T00:00:00.000Z', '2015-05-19T23:59:59.999Z']);
      const date = ok('2015-05-19');
      expect(date.precision).to.equal('day');
      expect(date.from).to.include({ year: 2015, month: 5, day: 19, precision: 'day' });
      expect(date.isRange).to.equal(false);
      expect(date.to).to.equal(undefined);
    });

    it('spans a whole month, ending on its last millisecond', () => {
      expect(span('2015-05')).to.deep.equal(['2015-05-01T00:00:00.000Z', '2015-05-31T23:59:59.999Z']);
      expect(span('2015-02')).to.deep.equal(['2015-02-01T00:00:00.000Z', '2015-02-28T23:59:59.999Z']);
      expect(span('2016-02')).to.deep.equal(['2016-02-01T00:00:00.000Z', '2016-02-29T23:59:59.999Z']);
      expect(span('2015-12')).to.deep.equal(['2015-12-01T00:00:00.000Z', '2015-12-31T23:59:59.999Z']);
      expect(ok('2015-05').precision).to.equal('month');
    });

    it('spans a whole year', () => {
      expect(span('2015')).to.deep.equal(['2015-01-01T00:00:00.000Z', '2015-12-31T23:59:59.999Z']);
      expect(ok('2015').precision).to.equal('year');
    });

    it('takes years 0–99 literally (Date.UTC alone would make 0099 into 1999)', () => {
      expect(span('0099')).to.deep.equal(['0099-01-01T00:00:00.000Z', '0099-12-31T23:59:59.999Z']);
      expect(span('0099-12-31')).to.deep.equal(['0099-12-31T00:00:00.000Z', '0099-12-31T23:59:59.999Z']);
      expect(span('0004-02-29')[0]).to.equal('0004-02-29T00:00:00.000Z');
      expect(span('0001-03')).to.deep.equal(['0001-03-01T00:00:00.000Z', '0001-03-31T23:59:59.999Z']);
    });

    it('reads astronomical years: 0000 is 1 BCE, -0500 is 501 BCE', () => {
      expect(span('0000')).to.deep.equal(['0000-01-01T00:00:00.000Z', '0000-12-31T23:59:59.999Z']);
      expect(ok('0000').from!.year).to.equal(0);
      expect(span('-0500')).to.deep.equal(['-000500-01-01T00:00:00.000Z', '-000500-12-31T23:59:59.999Z']);
      expect(ok('-0500').from!.year).to.equal(-500);
      expect(span('-0001-12-31')[1]).to.equal('-000001-12-31T23:59:59.999Z');
      // 0000 is a leap year in the proleptic Gregorian calendar; -0100 is not.
      expect(ok('0000-02-29').from!.day).to.equal(29);
      expect(reason('-0100-02-29')).to.equal('29 February -0100 does not exist');
    });

    it('refuses -0000 (there is no negative zero year)', () => {
      expect(reason('-0000')).to.equal('-0000 is not a year; 1 BCE is written 0000');
    });

    it("reads years of more than four digits with EDTF's Y prefix, as far as a JS Date holds them", () => {
      expect(span('Y12345')).to.deep.equal(['+012345-01-01T00:00:00.000Z', '+012345-12-31T23:59:59.999Z']);
      expect(ok('Y12345')).to.include({ precision: 'year', isRange: false });
      expect(ok('Y12345').from!.year).to.equal(12345);
      expect(ok('Y-12345').from!.year).to.equal(-12345);
      expect(span('Y-12345')[0]).to.equal('-012345-01-01T00:00:00.000Z');
      expect(span(`Y${MAX_YEAR}`)[1]).to.equal('+275759-12-31T23:59:59.999Z');
      expect(span(`Y${MIN_YEAR}`)[0]).to.equal('-271820-01-01T00:00:00.000Z');
      expect(ok('Y-10000~')).to.include({ approximate: true });
      expect(span('Y-20000/Y-10000')).to.deep.equal([
        '-020000-01-01T00:00:00.000Z',
        '-010000-12-31T23:59:59.999Z',
      ]);
      expect(span('2015/Y12345')[1]).to.equal('+012345-12-31T23:59:59.999Z');
    });

    it('names the limit beyond what a JS Date holds', () => {
      expect(reason('Y275760')).to.equal('year Y275760 is outside the supported range (-271820 to 275759)');
      expect(reason('Y-271821')).to.equal('year Y-271821 is outside the supported range (-271820 to 275759)');
      expect(reason('275760')).to.equal('year 275760 is outside the supported range (-271820 to 275759)');
      expect(reason('99999999999999999999')).to.match(/^year 99999999999999999999 is outside/);
    });

    it('refuses a bare year of more than four digits, reading YYYYMM and YYYYMMDD as compact dates', () => {
      // A spreadsheet's 201505 read as a year would stretch a timeline across 200,000 years.
      expect(reason('201505')).to.equal('"201505" looks like a compact date: write 2015-05');
      expect(reason('20150519')).to.equal('"20150519" looks like a compact date: write 2015-05-19');
      expect(reason('201505~')).to.equal('"201505" looks like a compact date: write 2015-05~');
      expect(reason('201505/2016')).to.equal(
        '"201505" looks like a compact date: write 2015-05, at the start of the range 201505/2016',
      );
      // Not a month (13) or not a day (32): a long year, which needs the prefix.
      expect(reason('201513')).to.equal("years of more than four digits need EDTF's Y prefix: Y201513");
      expect(reason('20150532')).to.equal('year 20150532 is outside the supported range (-271820 to 275759)');
      expect(reason('12345')).to.equal("years of more than four digits need EDTF's Y prefix: Y12345");
      expect(reason('-12345')).to.equal("years of more than four digits need EDTF's Y prefix: Y-12345");
      expect(reason('-201505')).to.equal("years of more than four digits need EDTF's Y prefix: Y-201505");
    });

    it('keeps the Y prefix for long years alone, as EDTF does', () => {
      expect(reason('Y2015')).to.equal('the Y prefix is for years of more than four digits: write 2015');
      expect(reason('Y-0500')).to.equal('the Y prefix is for years of more than four digits: write -0500');
      expect(reason('Y01234-05')).to.equal(
        'the Y prefix is for years of more than four digits: write 1234-05',
      );
      expect(reason('00123')).to.equal('a year under 10000 is written with four digits: write 0123');
      const alone = 'years of more than four digits are written alone, without a month or day: Y12345';
      expect(reason('Y12345-05')).to.equal(alone);
      expect(reason('12345-05-19')).to.equal(alone);
      expect(reason('Y12345T10:00')).to.equal(alone);
      const hint = 'is not a date in the supported format (YYYY, YYYY-MM, YYYY-MM-DD…)';
      for (const text of ['Y', 'Y-', 'Yabc', 'Y12345abc', 'y12345', '+012345'])
        expect(reason(text)).to.equal(`${text} ${hint}`);
    });

    it('accepts 29 February in leap years only', () => {
      expect(span('2016-02-29')).to.deep.equal(['2016-02-29T00:00:00.000Z', '2016-02-29T23:59:59.999Z']);
      expect(ok('2000-02-29').from!.day).to.equal(29);
      expect(reason('2015-02-29')).to.equal('29 February 2015 does not exist');
      expect(reason('1900-02-29')).to.equal('29 February 1900 does not exist');
    });

    it('names a day or month that does not exist', () => {
      expect(reason('2015-02-30')).to.equal('30 February 2015 does not exist');
      expect(reason('2015-04-31')).to.equal('31 April 2015 does not exist');
      expect(reason('2015-01-32')).to.equal('32 January 2015 does not exist');
      expect(reason('2015-05-00')).to.equal('0 May 2015 does not exist');
      expect(reason('2015-13')).to.equal('month 13 does not exist');
      expect(reason('2015-00-10')).to.equal('month 00 does not exist');
    });

    it('names the supported format when the shape is wrong', () => {
      const hint = 'is not a date in the supported format (YYYY, YYYY-MM, YYYY-MM-DD…)';
      expect(reason('19/05/2015')).to.equal(`19/05/2015 ${hint}`);
      expect(reason('2015-5-19')).to.equal(`2015-5-19 ${hint}`);
      expect(reason('15')).to.equal(`15 ${hint}`);
      expect(reason('May 2015')).to.equal(`May 2015 ${hint}`);
      expect(reason('2015-05-19 14:20')).to.equal(`2015-05-19 14:20 ${hint}`);
      expect(reason('2015-05-19T14')).to.equal(`2015-05-19T14 ${hint}`);
      expect(reason('2015-05-19T14:20:5')).to.equal(`2015-05-19T14:20:5 ${hint}`);
      expect(reason('2015-05-19T14:20:05.')).to.equal(`2015-05-19T14:20:05. ${hint}`);
      expect(reason('2015-05-19T14:20+0530')).to.equal(`2015-05-19T14:20+0530 ${hint}`);
      expect(reason('201X')).to.equal(`201X ${hint}`);
      expect(reason('2015-05-19~?')).to.equal(`2015-05-19~? ${hint}`);
    });

    it('explains empty, over-long and non-string input', () => {
      expect(reason('')).to.equal('the date is empty');
      expect(reason('   ')).to.equal('the date is empty');
      expect(reason('2'.repeat(1_000_000))).to.equal(
        'a date of 1000000 characters is too long to be a date in the supported format',
      );
      expect(parseDate(42 as unknown as string)).to.deep.equal({
        ok: false,
        reason: 'a date must be a string',
      });
    });

    it('trims white space but keeps the original text', () => {
      const date = ok('  2015-05-19 \n');
      expect(date.text).to.equal('  2015-05-19 \n');
      expect(iso(date.start)).to.equal('2015-05-19T00:00:00.000Z');
    });
  });

  describe('moments', () => {
    it('converts a +05:30 moment to UTC and spans its minute', () => {
      const date = ok('2015-05-19T14:20+05:30');
      expect(iso(date.start)).to.equal('2015-05-19T08:50:00.000Z');
      expect(iso(date.end)).to.equal('2015-05-19T08:50:59.999Z');
      expect(date.precision).to.equal('minute');
      expect(date.from).to.include({ hour: 14, minute: 20, offsetMinutes: 330 });
    });

    it('reads Z and negative offsets, crossing midnight', () => {
      expect(span('2015-05-19T14:20Z')).to.deep.equal([
        '2015-05-19T14:20:00.000Z',
        '2015-05-19T14:20:59.999Z',
      ]);
      expect(ok('2015-05-19T14:20Z').from!.offsetMinutes).to.equal(0);
      expect(span('2015-05-19T23:30-04:00')[0]).to.equal('2015-05-20T03:30:00.000Z');
      expect(ok('2015-05-19T23:30-04:00').from!.offsetMinutes).to.equal(-240);
      expect(span('2015-05-19T01:00+05:45')[0]).to.equal('2015-05-18T19:15:00.000Z');
    });

    it('spans the second or millisecond as precise as written', () => {
      expect(span('2015-05-19T14:20:05Z')).to.deep.equal([
        '2015-05-19T14:20:05.000Z',
        '2015-05-19T14:20:05.999Z',
      ]);
      expect(ok('2015-05-19T14:20:05Z').precision).to.equal('second');
      expect(span('2015-05-19T14:20:05.250Z')).to.deep.equal([
        '2015-05-19T14:20:05.250Z',
        '2015-05-19T14:20:05.250Z',
      ]);
      expect(ok('2015-05-19T14:20:05.250Z')).to.include({ precision: 'millisecond' });
      expect(ok('2015-05-19T14:20:05.250Z').from!.millisecond).to.equal(250);
      // .5 is a tenth of a second; digits past the millisecond are dropped.
      expect(span('2015-05-19T14:20:05.5Z')).to.deep.equal([
        '2015-05-19T14:20:05.500Z',
        '2015-05-19T14:20:05.599Z',
      ]);
      expect(span('2015-05-19T14:20:05.123456Z')[0]).to.equal('2015-05-19T14:20:05.123Z');
    });

    it('reads a time without an offset as UTC, and records no offset', () => {
      const date = ok('2015-05-19T14:20');
      expect(iso(date.start)).to.equal('2015-05-19T14:20:00.000Z');
      expect(date.from!.offsetMinutes).to.equal(undefined);
      expect(date.precision).to.equal('minute');
    });

    it('takes the time of years 0–99 literally too', () => {
      expect(span('0050-06-01T12:00Z')[0]).to.equal('0050-06-01T12:00:00.000Z');
    });

    it('names a time or offset that does not exist', () => {
      expect(reason('2015-05-19T24:00Z')).to.equal('hour 24 does not exist (00 to 23)');
      expect(reason('2015-05-19T14:60Z')).to.equal('minute 60 does not exist (00 to 59)');
      expect(reason('2015-05-19T14:20:60Z')).to.equal('second 60 does not exist (00 to 59)');
      expect(reason('2015-05-19T14:20+24:00')).to.equal('+24:00 is not a time zone offset');
      expect(reason('2015-05-19T14:20+05:60')).to.equal('+05:60 is not a time zone offset');
      expect(reason('2015-02-30T14:20Z')).to.equal('30 February 2015 does not exist');
    });
  });

  describe('qualifiers', () => {
    it('~ is approximate, ? uncertain, % both', () => {
      expect(ok('2015-05-16~')).to.include({ approximate: true, uncertain: false });
      expect(ok('2015-05?')).to.include({ approximate: false, uncertain: true });
      expect(ok('2015%')).to.include({ approximate: true, uncertain: true });
      expect(ok('2015-05-16~').from).to.include({ approximate: true, uncertain: false });
      expect(ok('2015-05-16')).to.include({ approximate: false, uncertain: false });
    });

    it('does not change the span', () => {
      expect(span('2015-05-16~')).to.deep.equal(span('2015-05-16'));
      expect(span('2015-05%')).to.deep.equal(span('2015-05'));
    });

    it('apply to their own end of a range', () => {
      const date = ok('2015-05-16~/2015-06?');
      expect(date.from).to.include({ approximate: true, uncertain: false });
      expect(date.to).to.include({ approximate: false, uncertain: true });
      expect(date).to.include({ approximate: true, uncertain: true });
    });
  });

  describe('ranges', () => {
    it('spans from the start of the first date to the end of the second', () => {
      const date = ok('2024-11-29/2024-11-30');
      expect([iso(date.start), iso(date.end)]).to.deep.equal([
        '2024-11-29T00:00:00.000Z',
        '2024-11-30T23:59:59.999Z',
      ]);
      expect(date).to.include({ isRange: true, openStart: false, openEnd: false, precision: 'day' });
      expect(date.from!.day).to.equal(29);
      expect(date.to!.day).to.equal(30);
    });

    it('mixes precisions and reports the coarser one', () => {
      const date = ok('2015/2016-03');
      expect([iso(date.start), iso(date.end)]).to.deep.equal([
        '2015-01-01T00:00:00.000Z',
        '2016-03-31T23:59:59.999Z',
      ]);
      expect(date.precision).to.equal('year');
      expect(ok('2014-01/2014-06-15').precision).to.equal('month');
    });

    it('has an open end with .. or nothing', () => {
      for (const text of ['2015-05/..', '2015-05/']) {
        const date = ok(text);
        expect([iso(date.start), iso(date.end)]).to.deep.equal([
          '2015-05-01T00:00:00.000Z',
          '2015-05-31T23:59:59.999Z',
        ]);
        expect(date).to.include({ isRange: true, openStart: false, openEnd: true, precision: 'month' });
        expect(date.from!.month).to.equal(5);
        expect(date.to).to.equal(undefined);
      }
    });

    it('has an open start with .. or nothing', () => {
      for (const text of ['../2015', '/2015']) {
        const date = ok(text);
        expect([iso(date.start), iso(date.end)]).to.deep.equal([
          '2015-01-01T00:00:00.000Z',
          '2015-12-31T23:59:59.999Z',
        ]);
        expect(date).to.include({ isRange: true, openStart: true, openEnd: false, precision: 'year' });
        expect(date.from).to.equal(undefined);
        expect(date.to!.year).to.equal(2015);
      }
    });

    it('refuses a range that ends before it starts, naming both ends', () => {
      expect(reason('2024-11-30/2024-11-01')).to.equal(
        'the range 2024-11-30/2024-11-01 ends before it starts: 2024-11-30 is after 2024-11-01',
      );
      expect(reason('2016/2015-12')).to.equal(
        'the range 2016/2015-12 ends before it starts: 2016 is after 2015-12',
      );
    });

    it('allows a range whose ends overlap (a day inside the month it ends in)', () => {
      expect(span('2015-05-19/2015-05')).to.deep.equal([
        '2015-05-19T00:00:00.000Z',
        '2015-05-31T23:59:59.999Z',
      ]);
      expect(span('2015-05-19/2015-05-19')).to.deep.equal(span('2015-05-19'));
    });

    it('names the end that is wrong', () => {
      expect(reason('2015-13/2016')).to.equal(
        'month 13 does not exist, at the start of the range 2015-13/2016',
      );
      expect(reason('2015/2016-02-30')).to.equal(
        '30 February 2016 does not exist, at the end of the range 2015/2016-02-30',
      );
      expect(reason('2015-13/..')).to.equal('month 13 does not exist, at the start of the range 2015-13/..');
    });

    it('needs at least one known end, and one slash', () => {
      expect(reason('../..')).to.equal('../.. has no known end; a range needs at least one date');
      expect(reason('/')).to.equal('/ has no known end; a range needs at least one date');
      expect(reason('2015/2016/2017')).to.match(/^2015\/2016\/2017 is not a date in the supported format/);
    });

    it('compares moments with offsets in UTC', () => {
      // 10:00+05:00 is 05:00Z, which is before 06:00Z: a valid range although 10 > 06 on the face of it.
      const date = ok('2015-05-19T10:00+05:00/2015-05-19T06:00Z');
      expect(iso(date.start)).to.equal('2015-05-19T05:00:00.000Z');
      expect(reason('2015-05-19T06:00Z/2015-05-19T10:00+05:00')).to.match(/ends before it starts/);
    });

    it('are not sets, and say so', () => {
      expect(ok('2014-03/2014-06-14').oneOf).to.equal(false);
      expect(ok('2014-03').oneOf).to.equal(false);
    });
  });

  describe('one of a set [A..B]', () => {
    it('is one instant somewhere from the start of A to the end of B: not a range', () => {
      const date = ok('[2014-03..2014-06-14]');
      expect([iso(date.start), iso(date.end)]).to.deep.equal([
        '2014-03-01T00:00:00.000Z',
        '2014-06-14T23:59:59.999Z',
      ]);
      expect(date).to.include({
        text: '[2014-03..2014-06-14]',
        oneOf: true,
        isRange: false,
        openStart: false,
        openEnd: false,
        precision: 'month',
        approximate: false,
        uncertain: false,
      });
      expect(date.from).to.include({ year: 2014, month: 3, precision: 'month' });
      expect(date.to).to.include({ year: 2014, month: 6, day: 14, precision: 'day' });
    });

    it('takes ends at any precision, moments and long years included, with spaces inside', () => {
      expect(span('[2014..2015-02]')).to.deep.equal(['2014-01-01T00:00:00.000Z', '2015-02-28T23:59:59.999Z']);
      expect(span('[2015-05-19T14:20+03:00..2015-05-19T18:00Z]')).to.deep.equal([
        '2015-05-19T11:20:00.000Z',
        '2015-05-19T18:00:59.999Z',
      ]);
      expect(ok('[2015-05-19T14:20Z..2015-05-19T14:21:30.5Z]').precision).to.equal('minute');
      expect(ok('[Y-20000..Y-10000]').oneOf).to.equal(true);
      expect(span('[ 2014-03 .. 2014-06-14 ]')).to.deep.equal(span('[2014-03..2014-06-14]'));
      expect(span(' [2014-03..2014-06-14] ')).to.deep.equal(span('[2014-03..2014-06-14]'));
    });

    it('keeps the qualifiers of each end, as a range does', () => {
      const date = ok('[2014-03~..2014-06-14?]');
      expect(date).to.include({ approximate: true, uncertain: true, oneOf: true });
      expect(date.from).to.include({ approximate: true, uncertain: false });
      expect(date.to).to.include({ approximate: false, uncertain: true });
      expect(ok('[2014-03..2014-06%]')).to.include({ approximate: true, uncertain: true });
    });

    it('reads [..B] as B or earlier and [A..] as A or later: open, with the known end drawn', () => {
      const before = ok('[..2014-06]');
      expect([iso(before.start), iso(before.end)]).to.deep.equal([
        '2014-06-01T00:00:00.000Z',
        '2014-06-30T23:59:59.999Z',
      ]);
      expect(before).to.include({ oneOf: true, isRange: false, openStart: true, openEnd: false });
      expect(before.from).to.equal(undefined);
      expect(before.to!.month).to.equal(6);
      const after = ok('[2014-03..]');
      expect(span('[2014-03..]')).to.deep.equal(span('2014-03'));
      expect(after).to.include({ oneOf: true, isRange: false, openStart: false, openEnd: true });
      expect(after.to).to.equal(undefined);
    });

    it('allows ends that overlap, and refuses a set that ends before it starts', () => {
      expect(span('[2014-03-15..2014-03]')).to.deep.equal([
        '2014-03-15T00:00:00.000Z',
        '2014-03-31T23:59:59.999Z',
      ]);
      expect(reason('[2014-06..2014-03]')).to.equal(
        'the set [2014-06..2014-03] ends before it starts: 2014-06 is after 2014-03',
      );
    });

    it('names the end that is wrong', () => {
      expect(reason('[2014-13..2015]')).to.equal(
        'month 13 does not exist, at the start of the set [2014-13..2015]',
      );
      expect(reason('[2014..2015-02-30]')).to.equal(
        '30 February 2015 does not exist, at the end of the set [2014..2015-02-30]',
      );
      expect(reason('[2014..May 2015]')).to.match(
        /^May 2015 is not a date in the supported format .*, at the end of the set/,
      );
    });

    it('refuses empty, one-date, listed, nested and unclosed sets with a reason', () => {
      expect(reason('[]')).to.equal('the set [] is empty; write [A..B] for one instant between A and B');
      expect(reason('[ ]')).to.match(/^the set \[ \] is empty/);
      expect(reason('[..]')).to.equal('the set [..] has no known end; a set needs at least one date');
      expect(reason('[2014-03]')).to.equal('a set of one date is that date: write 2014-03');
      expect(reason('[2014,2016]')).to.match(/^a list of dates in a set \(\[2014,2016\]\) is not supported/);
      expect(reason('[2014..2015,2017]')).to.match(/lists of dates or spans .* are not supported/);
      expect(reason('[2014..2015..2016]')).to.match(/lists of dates or spans .* are not supported/);
      expect(reason('[[2014..2015]..2016]')).to.equal('sets cannot be nested: [[2014..2015]..2016]');
      expect(reason('[2014..2015')).to.equal('the set [2014..2015 has no closing ]');
      expect(reason('2014..2015]')).to.equal('2014..2015] has a ] but no [ to open the set');
      expect(reason('{2014..2015}')).to.match(/"all of a set" \{…\} is not supported/);
    });

    it('refuses a qualifier after the set, text after it, and sets inside ranges or ranges inside sets', () => {
      expect(reason('[2014..2015]?')).to.equal(
        'a qualifier goes on an end of the set, not after it: [A?..B] or [A..B?]',
      );
      expect(reason('[2014..2015]x')).to.equal("[2014..2015]x has text after the set's closing ]");
      expect(reason('[2014..2015]/2016')).to.match(
        /^a set \[A\.\.B\] stands alone: it cannot be an end of the range/,
      );
      expect(reason('2013/[2014..2015]')).to.match(
        /^a set \[A\.\.B\] stands alone: it cannot be an end of the range/,
      );
      expect(reason('[2014/2015..2016]')).to.equal(
        'the ends of a set are dates, not ranges: [2014/2015..2016]',
      );
    });

    it('suggests the brackets or a slash for A..B written bare', () => {
      expect(reason('2014-03..2014-06-14')).to.equal(
        '2014-03..2014-06-14 is not a date: write [2014-03..2014-06-14] for one instant between the two dates, or 2014-03/2014-06-14 for a span',
      );
    });
  });
});

describe('parseDateOrReason', () => {
  it('gives the same date or reason as parseDate without the wrapper', () => {
    expect(parseDateOrReason('2015-05-19')).to.deep.equal(ok('2015-05-19'));
    expect(parseDateOrReason('2015-02-30')).to.equal('30 February 2015 does not exist');
  });
});

describe('compareParsedDates', () => {
  it('orders by start, then by end (the shorter span first)', () => {
    const texts = ['2015-05-19', '2015', '2015-05', '2014-12-31', '2015-05-19T10:00Z', '../2015-05-01'];
    const sorted = texts
      .map(ok)
      .sort(compareParsedDates)
      .map((d) => d.text);
    expect(sorted).to.deep.equal([
      '2014-12-31',
      '2015',
      '../2015-05-01',
      '2015-05',
      '2015-05-19',
      '2015-05-19T10:00Z',
    ]);
    expect(compareParsedDates(ok('2015'), ok('2015-01'))).to.be.above(0);
    expect(compareParsedDates(ok('2014'), ok('2015-01'))).to.be.below(0);
    expect(compareParsedDates(ok('2015'), ok('2015~'))).to.equal(0);
  });
});

describe('precision helpers', () => {
  it('coarserPrecision and comparePrecision order year < month < day < minute < second < millisecond', () => {
    expect(coarserPrecision('day', 'month')).to.equal('month');
    expect(coarserPrecision('year', 'millisecond')).to.equal('year');
    expect(comparePrecision('year', 'day')).to.be.below(0);
    expect(comparePrecision('second', 'minute')).to.be.above(0);
    expect(comparePrecision('day', 'day')).to.equal(0);
  });

  it('isLeapYear and daysInMonth follow the proleptic Gregorian calendar', () => {
    expect([1900, 2000, 2015, 2016, 0, -4, -100, -400].map(isLeapYear)).to.deep.equal([
      false,
      true,
      false,
      true,
      true,
      true,
      false,
      true,
    ]);
    expect([1, 2, 4, 12].map((m) => daysInMonth(2015, m))).to.deep.equal([31, 28, 30, 31]);
    expect(daysInMonth(2016, 2)).to.equal(29);
  });
});
