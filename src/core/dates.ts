/**
 * Event dates: a small, documented subset of EDTF (ISO 8601-2).
 *
 * | form | example |
 * | --- | --- |
 * | year, month, day | `2015`, `2015-05`, `2015-05-19` |
 * | moment | `2015-05-19T14:20Z`, `2015-05-19T14:20:05.250+05:30`, `2015-05-19T14:20` (no offset: UTC) |
 * | qualifier at the end of a date | `~` approximate, `?` uncertain, `%` both |
 * | range, either end at any precision | `2015/2016-03`, `2015-05/..`, `../2015`, `2015-05/` |
 * | one of a set: one instant somewhere in the span, ends at any precision | `[2014-03..2014-06-14]`, `[..2014-06]`, `[2014-03..]` |
 * | astronomical years | `0000` is 1 BCE, `-0500` is 501 BCE |
 * | years of more than four digits, alone, with EDTF's `Y` prefix | `Y12345`, `Y-12345` (12,346 BCE) |
 *
 * A bare year of more than four digits is refused with a hint: it is most often a spreadsheet's compact
 * date (`201505` for May 2015), which read as a year would stretch a timeline over 200,000 years.
 *
 * Everything is computed in UTC on the proleptic Gregorian calendar: `2015-05-19` is the same day for
 * every reader whatever their zone. A time without an offset is read as UTC (as if it ended in `Z`).
 */
import type { DatePoint, DatePrecision, ParsedDate, ParseDateResult } from './types.js';

/** The largest distance from 1970 a JS `Date` holds, in milliseconds either way. */
export const MAX_DATE_MS = 8.64e15;

/** Milliseconds in a minute, an hour and a calendar day (JS time has no leap seconds). */
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** The longest calendar month (31 days): a span longer than this is longer than any month. */
export const MS_PER_LONGEST_MONTH = 31 * MS_PER_DAY;

/** The years this library accepts: every instant of them fits in a JS `Date` (±{@link MAX_DATE_MS}). */
export const MIN_YEAR = -271820;
export const MAX_YEAR = 275759;

/** Longer strings are not dates; rejecting them early keeps a 10 MB string from being echoed. */
const MAX_DATE_LENGTH = 100;

const FORMAT_HINT = 'YYYY, YYYY-MM, YYYY-MM-DD…';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const PRECISION_RANK: Record<DatePrecision, number> = {
  year: 0,
  month: 1,
  day: 2,
  minute: 3,
  second: 4,
  millisecond: 5,
};

/** Proleptic Gregorian leap year; works for 0 and negative (astronomical) years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, proleptic Gregorian. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * Milliseconds since 1970 UTC of midnight starting a calendar day. `monthIndex` may overflow (12 is
 * January of the next year). `Date.UTC` maps years 0–99 to 1900–1999, so those go through
 * `setUTCFullYear`, which takes the year literally.
 */
function utcMidnight(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The number written by the two digits at `at`, or -1 when they are not two digits. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

const notSupported = (text: string) => `${text} is not a date in the supported format (${FORMAT_HINT})`;

const isDigitCode = (code: number) => code >= 48 && code <= 57;

/**
 * Why a year with EDTF's `Y` prefix, or of more than four digits, is refused; `undefined` for a good
 * `Y` year. `rest` is what follows the year, without a qualifier.
 */
function longYearReason(
  text: string,
  yearText: string,
  year: number,
  digits: number,
  prefixed: boolean,
  rest: string,
): string | undefined {
  if (digits === 0) return notSupported(text);
  const qualifier = text.length > yearText.length + rest.length ? text[text.length - 1] : '';
  if (Math.abs(year) <= 9999) {
    const fourDigits = (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0');
    return prefixed
      ? `the Y prefix is for years of more than four digits: write ${fourDigits}${rest}${qualifier}`
      : `a year under 10000 is written with four digits: write ${fourDigits}${rest}${qualifier}`;
  }
  if (!prefixed && rest === '' && year > 0 && (digits === 6 || digits === 8)) {
    // 201505 and 20150519 are spreadsheet dates far more often than the years 201,505 and 20,150,519.
    const month = twoDigits(yearText, 4);
    const day = digits === 8 ? twoDigits(yearText, 6) : 1;
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      const dayText = digits === 8 ? '-' + yearText.slice(6) : '';
      const written = `${yearText.slice(0, 4)}-${yearText.slice(4, 6)}${dayText}${qualifier}`;
      return `"${yearText}" looks like a compact date: write ${written}`;
    }
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `year ${yearText} is outside the supported range (${MIN_YEAR} to ${MAX_YEAR})`;
  }
  const edtf = `Y${year}`;
  if (rest === '')
    return prefixed ? undefined : `years of more than four digits need EDTF's Y prefix: ${edtf}`;
  if (rest[0] === '-' || rest[0] === 'T') {
    return `years of more than four digits are written alone, without a month or day: ${edtf}`;
  }
  return notSupported(text);
}

/**
 * Parses one date (no `/`): a point or the reason it is not one. A hand-written scanner rather than a
 * regular expression: a timeline parses 100,000 of these, and this allocates nothing on the way.
 */
function parsePoint(text: string): DatePoint | string {
  // Grammar: (-?YYYY [-MM [-DD [Thh:mm [:ss [.f+]] [Z|±hh:mm]]]] | Y-?YYYYY+) [~|?|%]
  let length = text.length;
  const last = text[length - 1];
  const approximate = last === '~' || last === '%';
  const uncertain = last === '?' || last === '%';
  if (approximate || uncertain) length--;

  const prefixed = text.charCodeAt(0) === 89; // EDTF's `Y`
  let i = prefixed ? 1 : 0;
  const negative = text.charCodeAt(i) === 45; // a minus
  if (negative) i++;
  const digitsStart = i;
  let year = 0;
  while (i < length && isDigitCode(text.charCodeAt(i))) year = year * 10 + (text.charCodeAt(i++) - 48);
  const digits = i - digitsStart;
  const yearText = text.slice(0, i);
  if (negative) year = -year;
  if (prefixed || digits > 4) {
    const reason = longYearReason(text, yearText, year, digits, prefixed, text.slice(i, length));
    if (reason !== undefined) return reason;
  } else if (digits < 4) return notSupported(text);
  else if (negative && year === 0) return `${yearText} is not a year; 1 BCE is written 0000`;
  if (i === length) {
    return {
      year,
      precision: 'year',
      approximate,
      uncertain,
      start: utcMidnight(year, 0, 1),
      end: utcMidnight(year + 1, 0, 1) - 1,
    };
  }

  const month = text[i] === '-' ? twoDigits(text, i + 1) : -1;
  if (month < 0 || (i + 3 !== length && text[i + 3] !== '-')) return notSupported(text);
  if (month < 1 || month > 12) return `month ${text.slice(i + 1, i + 3)} does not exist`;
  i += 3;
  if (i === length) {
    return {
      year,
      month,
      precision: 'month',
      approximate,
      uncertain,
      start: utcMidnight(year, month - 1, 1),
      end: utcMidnight(year, month, 1) - 1,
    };
  }

  const day = twoDigits(text, i + 1);
  if (day < 0 || (i + 3 !== length && text[i + 3] !== 'T')) return notSupported(text);
  i += 3;
  // The calendar check waits until the whole string has the right shape (so 2015-02-30T99 is "not a date").
  const midnight = utcMidnight(year, month - 1, day);
  if (i === length) {
    if (day < 1 || day > daysInMonth(year, month))
      return `${day} ${MONTH_NAMES[month - 1]} ${yearText} does not exist`;
    return {
      year,
      month,
      day,
      precision: 'day',
      approximate,
      uncertain,
      start: midnight,
      end: midnight + MS_PER_DAY - 1,
    };
  }

  // Time: Thh:mm[:ss[.f+]], then Z, ±hh:mm or nothing (read as UTC).
  const hour = twoDigits(text, i + 1);
  const minute = text[i + 3] === ':' ? twoDigits(text, i + 4) : -1;
  if (hour < 0 || minute < 0) return notSupported(text);
  i += 6;
  let second: number | undefined;
  let millisecond: number | undefined;
  let spanMs = 60_000;
  let precision: DatePrecision = 'minute';
  if (text[i] === ':') {
    second = twoDigits(text, i + 1);
    if (second < 0) return notSupported(text);
    i += 3;
    spanMs = 1000;
    precision = 'second';
    if (text[i] === '.') {
      // A fraction is as precise as its digits: `.5` covers 500–599 ms; digits past the third are dropped.
      const fractionStart = ++i;
      let digits = 0;
      millisecond = 0;
      while (i < length && isDigitCode(text.charCodeAt(i))) {
        if (digits < 3) millisecond = millisecond * 10 + (text.charCodeAt(i) - 48);
        digits++;
        i++;
      }
      if (i === fractionStart) return notSupported(text);
      for (let d = digits; d < 3; d++) millisecond *= 10;
      spanMs = digits >= 3 ? 1 : 10 ** (3 - digits);
      precision = 'millisecond';
    }
  }
  let offsetMinutes: number | undefined;
  if (text[i] === 'Z') {
    offsetMinutes = 0;
    i++;
  } else if (text[i] === '+' || text[i] === '-') {
    const offsetHours = twoDigits(text, i + 1);
    const offsetMins = text[i + 3] === ':' ? twoDigits(text, i + 4) : -1;
    if (offsetHours < 0 || offsetMins < 0) return notSupported(text);
    const offsetText = text.slice(i, i + 6);
    offsetMinutes = (text[i] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
    i += 6;
    if (offsetHours > 23 || offsetMins > 59) return `${offsetText} is not a time zone offset`;
  }
  if (i !== length) return notSupported(text);

  if (day < 1 || day > daysInMonth(year, month))
    return `${day} ${MONTH_NAMES[month - 1]} ${yearText} does not exist`;
  if (hour > 23) return `hour ${hour} does not exist (00 to 23)`;
  if (minute > 59) return `minute ${minute} does not exist (00 to 59)`;
  if (second !== undefined && second > 59) return `second ${second} does not exist (00 to 59)`;

  const start =
    midnight +
    hour * 3_600_000 +
    minute * 60_000 +
    (second ?? 0) * 1000 +
    (millisecond ?? 0) -
    (offsetMinutes ?? 0) * 60_000;
  const point: DatePoint = {
    year,
    month,
    day,
    hour,
    minute,
    precision,
    approximate,
    uncertain,
    start,
    end: start + spanMs - 1,
  };
  if (second !== undefined) point.second = second;
  if (millisecond !== undefined) point.millisecond = millisecond;
  if (offsetMinutes !== undefined) point.offsetMinutes = offsetMinutes;
  // With four-digit years, no offset can move a moment outside what a Date holds.
  return point;
}

/** The coarser of two precisions (`year` is the coarsest). */
export function coarserPrecision(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}

/** Negative when precision `a` is coarser than `b`, 0 when equal, positive when finer. */
export function comparePrecision(a: DatePrecision, b: DatePrecision): number {
  return PRECISION_RANK[a] - PRECISION_RANK[b];
}

/** Orders dates by their start, then their end (a shorter span first). Usable with `Array#sort`. */
export function compareParsedDates(a: ParsedDate, b: ParsedDate): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Parses an event date in the supported EDTF subset (see this module's table). Never throws: returns
 * `{ ok: true, date }` with the span in UTC (`start` and `end` inclusive, ms since 1970), the precision
 * and the qualifiers, or `{ ok: false, reason }` with a short sentence naming the bad part, e.g.
 * `"30 February 2015 does not exist"`.
 */
export function parseDate(text: string): ParseDateResult {
  const date = parseDateOrReason(text);
  return typeof date === 'string' ? { ok: false, reason: date } : { ok: true, date };
}

/**
 * {@link parseDate} without the result wrapper: the parsed date, or the reason as a string. For hot
 * loops (`parseDataset`, importers) that parse many dates.
 */
export function parseDateOrReason(text: string): ParsedDate | string {
  if (typeof text !== 'string') return 'a date must be a string';
  const trimmed = text.trim();
  if (trimmed === '') return 'the date is empty';
  if (trimmed.length > MAX_DATE_LENGTH) {
    return `a date of ${trimmed.length} characters is too long to be a date in the supported format`;
  }

  const first = trimmed.charCodeAt(0);
  if (first === 91) return parseSet(text, trimmed); // `[`
  const slash = trimmed.indexOf('/');
  if (slash < 0) {
    const p = parsePoint(trimmed);
    if (typeof p === 'string') return first === 123 ? ALL_OF_A_SET : (misplacedSetReason(trimmed) ?? p); // `{`
    return {
      text,
      start: p.start,
      end: p.end,
      precision: p.precision,
      approximate: p.approximate,
      uncertain: p.uncertain,
      from: p,
      isRange: false,
      oneOf: false,
      openStart: false,
      openEnd: false,
    };
  }

  if (trimmed.indexOf('/', slash + 1) >= 0) {
    return `${trimmed} is not a date in the supported format (${FORMAT_HINT})`;
  }
  const startText = trimmed.slice(0, slash).trim();
  const endText = trimmed.slice(slash + 1).trim();
  const openStart = startText === '' || startText === '..';
  const openEnd = endText === '' || endText === '..';
  if (openStart && openEnd) return `${trimmed} has no known end; a range needs at least one date`;

  if (isBracketed(startText) || isBracketed(endText)) {
    return `a set [A..B] stands alone: it cannot be an end of the range ${trimmed}`;
  }
  let from: DatePoint | undefined;
  let to: DatePoint | undefined;
  if (!openStart) {
    const point = parsePoint(startText);
    if (typeof point === 'string') return `${point}, at the start of the range ${trimmed}`;
    from = point;
  }
  if (!openEnd) {
    const point = parsePoint(endText);
    if (typeof point === 'string') return `${point}, at the end of the range ${trimmed}`;
    to = point;
  }
  if (from && to && from.start > to.end) {
    return `the range ${trimmed} ends before it starts: ${startText} is after ${endText}`;
  }

  const known = (from ?? to)!;
  const date: ParsedDate = {
    text,
    start: (from ?? to)!.start,
    end: (to ?? from)!.end,
    precision: from && to ? coarserPrecision(from.precision, to.precision) : known.precision,
    approximate: (from?.approximate ?? false) || (to?.approximate ?? false),
    uncertain: (from?.uncertain ?? false) || (to?.uncertain ?? false),
    isRange: true,
    oneOf: false,
    openStart,
    openEnd,
  };
  if (from) date.from = from;
  if (to) date.to = to;
  return date;
}

const ALL_OF_A_SET =
  'EDTF\'s "all of a set" {…} is not supported: write A/B for a span the event lasted, or [A..B] for one day in it';

/** The text starts with `[` or ends with `]`: a set, or part of one. */
const isBracketed = (text: string) => text.charCodeAt(0) === 91 || text.charCodeAt(text.length - 1) === 93;

/** Why text that is not a date looks like a set written wrong; `undefined` when it does not. */
function misplacedSetReason(text: string): string | undefined {
  if (text.charCodeAt(text.length - 1) === 93) return `${text} has a ] but no [ to open the set`;
  if (text.includes('..')) {
    return `${text} is not a date: write [${text}] for one instant between the two dates, or ${text.replace('..', '/')} for a span`;
  }
  return undefined;
}

/**
 * EDTF's "one of a set" in the one form this library reads, a span: `[A..B]` is one instant
 * somewhere from A to B, unknown which; `[..B]` is B or earlier, `[A..]` A or later. Each end is a
 * date or moment at any precision with its own qualifier, as for a range. Lists of dates
 * (`[2014,2016]`) are not read: a timeline has no way to draw "one of these" apart from the span
 * that holds them, and the span says less than the list.
 */
function parseSet(text: string, trimmed: string): ParsedDate | string {
  if (trimmed.indexOf('[', 1) >= 0) return `sets cannot be nested: ${trimmed}`;
  const close = trimmed.indexOf(']');
  if (close < 0) return `the set ${trimmed} has no closing ]`;
  if (close !== trimmed.length - 1) {
    const after = trimmed.slice(close + 1).trim();
    if (after[0] === '/') return `a set [A..B] stands alone: it cannot be an end of the range ${trimmed}`;
    if (after.length === 1 && (after === '~' || after === '?' || after === '%')) {
      return `a qualifier goes on an end of the set, not after it: [A${after}..B] or [A..B${after}]`;
    }
    return `${trimmed} has text after the set's closing ]`;
  }
  const inner = trimmed.slice(1, -1);
  if (inner.trim() === '') return `the set ${trimmed} is empty; write [A..B] for one instant between A and B`;
  if (inner.includes('/')) return `the ends of a set are dates, not ranges: ${trimmed}`;
  const dots = inner.indexOf('..');
  if (dots < 0) {
    if (inner.includes(',')) {
      return `a list of dates in a set (${trimmed}) is not supported: write the span that holds them, [A..B]`;
    }
    const point = inner.trim();
    return `a set of one date is that date: write ${point}`;
  }
  if (inner.indexOf('..', dots + 2) >= 0 || inner.includes(',')) {
    return `a set holds one span [A..B]; lists of dates or spans (${trimmed}) are not supported`;
  }
  const startText = inner.slice(0, dots).trim();
  const endText = inner.slice(dots + 2).trim();
  const openStart = startText === '';
  const openEnd = endText === '';
  if (openStart && openEnd) return `the set ${trimmed} has no known end; a set needs at least one date`;

  let from: DatePoint | undefined;
  let to: DatePoint | undefined;
  if (!openStart) {
    const point = parsePoint(startText);
    if (typeof point === 'string') return `${point}, at the start of the set ${trimmed}`;
    from = point;
  }
  if (!openEnd) {
    const point = parsePoint(endText);
    if (typeof point === 'string') return `${point}, at the end of the set ${trimmed}`;
    to = point;
  }
  if (from && to && from.start > to.end) {
    return `the set ${trimmed} ends before it starts: ${startText} is after ${endText}`;
  }

  const known = (from ?? to)!;
  const date: ParsedDate = {
    text,
    start: known.start,
    end: (to ?? from)!.end,
    precision: from && to ? coarserPrecision(from.precision, to.precision) : known.precision,
    approximate: (from?.approximate ?? false) || (to?.approximate ?? false),
    uncertain: (from?.uncertain ?? false) || (to?.uncertain ?? false),
    isRange: false,
    oneOf: true,
    openStart,
    openEnd,
  };
  if (from) date.from = from;
  if (to) date.to = to;
  return date;
}
