/** TimelineJS dates: date parts (JSON v3 and the sheet's Year…Time columns), v2 date strings, sheet times. */
import { MAX_YEAR, MIN_YEAR } from '../dates.js';

/** Date parts as TimelineJS writes them; each may be a string (`""` = absent) or a number. */
export interface DateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
}

/** A date part as text: trimmed, `undefined` when absent or blank. */
export function partText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');
const yearRange = new Intl.NumberFormat('en');

const PART_LIMITS: Record<string, [number, number]> = {
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  millisecond: [0, 999],
};

export type DateResult = { ok: true; date: string; notes: string[] } | { ok: false; reason: string };

/**
 * TimelineJS date parts as an EDTF date. TimelineJS labels a negative year −N as "N BCE" (it has no
 * year 0), so −N becomes the astronomical year −(N−1): `-258` → `-0257`, which is 258 BCE. A year of more
 * than four digits is written with EDTF's Y prefix and alone: `-12345` → `Y-12344`, its month and day
 * left out with a note. A day without a month, or a time without a day, is dropped with a note
 * (TimelineJS would silently use 1 January).
 */
export function timelineJSDate(parts: DateParts): DateResult {
  const values: Record<string, number | undefined> = {};
  for (const name of ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const) {
    const text = partText(parts[name]);
    if (text === undefined) continue;
    if (!/^-?\d+$/.test(text)) return { ok: false, reason: `${name} "${text}" is not a whole number` };
    const value = Number(text);
    const limits = PART_LIMITS[name];
    if (limits && (value < limits[0] || value > limits[1])) {
      return { ok: false, reason: `${name} ${text} is not between ${limits[0]} and ${limits[1]}` };
    }
    values[name] = value;
  }
  const { year, month, day, hour, minute, second, millisecond } = values;
  if (year === undefined) return { ok: false, reason: 'the date has no year' };
  const astronomical = year < 0 ? year + 1 : year;
  if (astronomical < MIN_YEAR || astronomical > MAX_YEAR) {
    return {
      ok: false,
      reason:
        `year ${partText(parts.year)} is beyond what a JavaScript date can hold ` +
        `(${yearRange.format(1 - MIN_YEAR)} BCE to ${yearRange.format(MAX_YEAR)} CE)`,
    };
  }

  const notes: string[] = [];
  if (Math.abs(astronomical) > 9999) {
    // EDTF writes a year of more than four digits with a Y prefix, and alone.
    if (month !== undefined || day !== undefined || hour !== undefined) {
      notes.push(
        `the month, day and time of year ${partText(parts.year)} were left out (only its year is kept)`,
      );
    }
    return { ok: true, date: `Y${astronomical}`, notes };
  }
  let date = (astronomical < 0 ? '-' : '') + pad(astronomical, 4);
  if (month === undefined) {
    if (day !== undefined) notes.push(`day ${day} without a month was left out`);
    return { ok: true, date, notes };
  }
  date += `-${pad(month, 2)}`;
  if (day === undefined) {
    if (hour !== undefined) notes.push('a time without a day was left out');
    return { ok: true, date, notes };
  }
  date += `-${pad(day, 2)}`;
  if (hour === undefined) {
    if (minute !== undefined || second !== undefined)
      notes.push('minutes or seconds without an hour were left out');
    return { ok: true, date, notes };
  }
  // TimelineJS times have no zone: they are shown as written, which a time without an offset gives here.
  date += `T${pad(hour, 2)}:${pad(minute ?? 0, 2)}`;
  if (second !== undefined) {
    date += `:${pad(second, 2)}`;
    // TimelineJS reads "millisecond": "10" as 10 ms.
    if (millisecond !== undefined) date += `.${pad(millisecond, 3)}`;
  }
  return { ok: true, date, notes };
}

/**
 * A time of day as TimelineJS sheets accept it: `13:45`, `1:45 PM`, `1345`, `13:45:30`, `13:45:30.250`.
 * Returns date parts, or an error.
 */
export function parseSheetTime(text: string): DateParts | { error: string } {
  const m = /^(\d{1,2})(?::?(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?)?\s*(?:([AaPp])\.?[Mm]\.?)?$/.exec(
    text.trim(),
  );
  if (!m) return { error: `time "${text}" is not a time of day (13:45, 1:45 PM, 13:45:30.250)` };
  const [, h, minute, second, fraction, period] = m;
  let hour = Number(h);
  if (period && (hour < 1 || hour > 12)) return { error: `time "${text}": hour ${hour} with AM/PM` };
  if (period?.toLowerCase() === 'p' && hour !== 12) hour += 12;
  else if (period?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return {
    hour,
    minute: minute ?? '0',
    second,
    millisecond: fraction === undefined ? undefined : fraction.padEnd(3, '0'),
  };
}

/**
 * A TimelineJS 2 date string as parts: `"1963,8,9"` (year, month, day, hour, minute, second, separated
 * by commas), `"1963"`, `"1963-08-09"` or `"8/9/1963"` (month/day/year).
 */
export function parseLegacyDate(text: string): DateParts | { error: string } {
  const t = text.trim();
  let m =
    /^(-?\d+)(?:\s*,\s*(\d+))?(?:\s*,\s*(\d+))?(?:\s*,\s*(\d+))?(?:\s*,\s*(\d+))?(?:\s*,\s*(\d+))?$/.exec(t);
  if (m) return { year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6] };
  m = /^(-?\d+)-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
  if (m) return { year: m[1], month: m[2], day: m[3] };
  m = /^(\d{1,2})\/(\d{1,2})\/(-?\d+)$/.exec(t);
  if (m) return { year: m[3], month: m[1], day: m[2] };
  return { error: `"${text}" is not a TimelineJS date (1963,8,9 or 1963-08-09 or 8/9/1963)` };
}

export const isDateError = (d: DateParts | { error: string }): d is { error: string } => 'error' in d;
