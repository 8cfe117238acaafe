/**
 * Dates as people type them in a spreadsheet, to the EDTF subset of {@link parseDate}: the EDTF itself
 * (`2015-05-19`, `2015-05-16~`, `2014-03/2014-06-14`), "19 May 2015", "May 19, 2015", "May 2015",
 * "c. 16 May 2015", "16 May 2015?", "2015-05-19 to 2015-05-21", "19–21 May 2015", and numbers
 * `19/05/2015` (day and month in the order the sheet says; alone, only when only one order is a date).
 */
import { parseDateOrReason } from '../dates.js';
import { MONTH_NAMES, monthNumber } from './month-names.js';

/** How a sheet writes numeric dates: day first (`19/05/2015`) or month first (`05/19/2015`). */
export type DateOrder = 'dmy' | 'mdy';

export type SheetDateResult = { ok: true; date: string } | { ok: false; reason: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const day = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

const MONTH = '([A-Za-z]{3,9}\\.?)';
const ORDINAL = '(?:st|nd|rd|th)?';
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})${ORDINAL} ${MONTH},? (\\d{4})$`);
const MONTH_DAY_YEAR = new RegExp(`^${MONTH} (\\d{1,2})${ORDINAL},? (\\d{4})$`);
const MONTH_YEAR = new RegExp(`^${MONTH},? (\\d{4})$`);
const DAYS_MONTH_YEAR = new RegExp(`^(\\d{1,2}) ?[–—-] ?(\\d{1,2}) ${MONTH},? (\\d{4})$`);
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const APPROXIMATE = /^(?:c\.|ca\.|circa|about|around|approx\.|approximately|~)\s*/i;
const RANGE = /^(.+?)\s+(?:to|until|–|—|-)\s+(.+)$/i;

const SUPPORTED = '2015-05-19, 19 May 2015, May 2015, 2015-05-19 to 2015-05-21, c. 16 May 2015';

const describeOrder = (order: DateOrder) => (order === 'dmy' ? 'dd/mm/yyyy' : 'mm/dd/yyyy');

/** `a/b/yyyy` as a day, or the reason it is none (or could be two). */
function numericDay(m: RegExpExecArray, order: DateOrder | undefined): SheetDateResult {
  const a = Number(m[1]);
  const b = Number(m[2]);
  const year = Number(m[3]);
  let dayFirst: boolean;
  if (order) dayFirst = order === 'dmy';
  else if (a === b || (a > 12 && b <= 12)) dayFirst = true;
  else if (b > 12 && a <= 12) dayFirst = false;
  else if (a > 12 && b > 12) return { ok: false, reason: `"${m[0]}" is not a date` };
  else {
    const names = (d: number, mo: number) =>
      `${d} ${MONTH_NAMES[mo - 1][0].toUpperCase()}${MONTH_NAMES[mo - 1].slice(1)}`;
    return {
      ok: false,
      reason:
        `"${m[0]}" is ambiguous (${names(a, b)} or ${names(b, a)} ${year}?): name the column ` +
        `"date (dd/mm/yyyy)" or "date (mm/dd/yyyy)", or write 2015-05-19`,
    };
  }
  const [d, mo] = dayFirst ? [a, b] : [b, a];
  if (mo < 1 || mo > 12) {
    return { ok: false, reason: `"${m[0]}" is not a date in ${describeOrder(order ?? 'dmy')}` };
  }
  return { ok: true, date: day(year, mo, d) };
}

/** One date (no range) without qualifiers, as EDTF. */
function plainDate(text: string, order: DateOrder | undefined): SheetDateResult | undefined {
  let m: RegExpExecArray | null;
  const withMonth = (word: string, build: (month: number) => string): SheetDateResult => {
    const month = monthNumber(word);
    return month === undefined
      ? { ok: false, reason: `"${word}" in "${text}" is not an English month name` }
      : { ok: true, date: build(month) };
  };
  if ((m = ISO.exec(text))) {
    const [, y, mo, d] = m;
    return { ok: true, date: y + (mo ? `-${pad(Number(mo))}` : '') + (d ? `-${pad(Number(d))}` : '') };
  }
  if ((m = DAY_MONTH_YEAR.exec(text))) {
    const [, d, word, y] = m;
    return withMonth(word, (month) => day(Number(y), month, Number(d)));
  }
  if ((m = MONTH_DAY_YEAR.exec(text))) {
    const [, word, d, y] = m;
    return withMonth(word, (month) => day(Number(y), month, Number(d)));
  }
  if ((m = MONTH_YEAR.exec(text))) {
    const [, word, y] = m;
    return withMonth(word, (month) => `${y}-${pad(month)}`);
  }
  if ((m = DAYS_MONTH_YEAR.exec(text))) {
    const [, from, to, word, y] = m;
    return withMonth(
      word,
      (month) => `${day(Number(y), month, Number(from))}/${day(Number(y), month, Number(to))}`,
    );
  }
  if ((m = NUMERIC.exec(text))) return numericDay(m, order);
  return undefined;
}

/** One end of a range, or a single date, with "c." (approximate) before and "?" (uncertain) after. */
function qualifiedDate(text: string, order: DateOrder | undefined): SheetDateResult | undefined {
  let rest = text;
  const approximate = APPROXIMATE.test(rest);
  rest = rest.replace(APPROXIMATE, '');
  const uncertain = rest.endsWith('?');
  if (uncertain) rest = rest.slice(0, -1).trim();
  const plain = plainDate(rest, order);
  if (!plain?.ok || (!approximate && !uncertain)) return plain;
  const mark = approximate && uncertain ? '%' : approximate ? '~' : '?';
  // A day range from "c. 19–21 May 2015" is qualified at both ends.
  return {
    ok: true,
    date: plain.date
      .split('/')
      .map((end) => end + mark)
      .join('/'),
  };
}

/**
 * A sheet's date cell as an EDTF date string, or the reason it is not one. `order` is how the sheet
 * writes numeric dates; without it, `05/06/2015` is ambiguous and `19/05/2015` is 19 May. Never throws.
 */
export function parseSheetDate(cell: string, order?: DateOrder): SheetDateResult {
  const text = cell.replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, reason: 'the date is empty' };
  // EDTF as written: what toSheet writes and what the JSON takes.
  const edtf = parseDateOrReason(text);
  if (typeof edtf !== 'string') return { ok: true, date: text };
  // EDTF-like text that names a date that does not exist ("2015-02-30") keeps parseDate's reason.
  if (/^-?\d{4}(?:-\d\d){0,2}[~?%]?(?:\/|$)/.test(text) && !/ /.test(text))
    return { ok: false, reason: edtf };

  let result = qualifiedDate(text, order);
  if (result === undefined) {
    const range = RANGE.exec(text);
    if (range) {
      const from = qualifiedDate(range[1], order);
      const to = qualifiedDate(range[2], order);
      if (from && !from.ok) return from;
      if (to && !to.ok) return to;
      if (from?.ok && to?.ok) result = { ok: true, date: `${from.date}/${to.date}` };
    }
  }
  if (result === undefined) {
    return { ok: false, reason: `"${text}" is not a date in a supported format (${SUPPORTED})` };
  }
  if (!result.ok) return result;
  const checked = parseDateOrReason(result.date);
  return typeof checked === 'string' ? { ok: false, reason: `"${text}": ${checked}` } : result;
}
