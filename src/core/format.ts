/**
 * Formatting for readers: dates as precise as the data says, counts, lists, initials (a death toll
 * and a place in words are in `format-event.ts`). All dates and numbers go through `Intl` in the
 * reader's language; the words around them ("around", "between") come from the message table
 * (`messages.ts`).
 *
 * Dates are calendar dates: they are formatted in UTC (`2015-05-19` is 19 May for every reader), except
 * a moment written with an offset (`2015-05-19T14:20+03:00`), which is shown at the time written, with
 * its offset. Output differs between engines where their `Intl` data differs (digits for `ar`, spaces
 * around a range dash); it is always what that engine's `Intl` says for the language.
 */
import { messagesFor, type Messages } from './messages.js';
import type { DatePoint, DatePrecision, ParsedDate } from './types.js';

/**
 * A BCP 47 tag that `Intl` accepts (canonicalised, `en-gb` → `en-GB`), or `undefined` (the runtime's
 * default language) for an empty or malformed tag such as `en_US`, which would make `Intl` throw.
 */
export function resolveLocale(lang?: string | null): string | undefined {
  if (typeof lang !== 'string' || lang.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(lang.trim())[0];
  } catch {
    return undefined;
  }
}

// Formatters are costly to build and a timeline formats thousands of dates: keep one per language and
// options. Every formatter is built with `resolveLocale`, so a malformed tag never makes `Intl` throw.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > 200) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** The shared `Intl.DateTimeFormat` for a language and options (built with `resolveLocale`). */
export function dateTimeFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(
    dateFormats,
    `${locale ?? ''}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(resolveLocale(locale), options),
  );
}

/** The shared `Intl.NumberFormat` for a language and options (built with `resolveLocale`). */
export function numberFormat(
  locale: string | undefined,
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  // Plain counts are formatted by the hundred a frame (cluster counts): their key is the locale alone.
  return cached(
    numberFormats,
    options === undefined ? (locale ?? '') : `${locale ?? ''}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(resolveLocale(locale), options),
  );
}

/** The shared `Intl.PluralRules` for a language (built with `resolveLocale`). */
export function plurals(locale: string | undefined): Intl.PluralRules {
  return cached(pluralRules, locale ?? '', () => new Intl.PluralRules(resolveLocale(locale)));
}

const TIME_PRECISIONS: ReadonlySet<DatePrecision> = new Set(['minute', 'second', 'millisecond']);

/** `+05:30` for an offset in minutes east of UTC. */
function isoOffset(offset: number): string {
  const abs = Math.abs(offset);
  const pad2 = (n: number) => String(n).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/**
 * The zone a moment was written in, as a label after its time: "UTC" for `Z`, "UTC+05:30"; empty for a
 * date without a time, or a time written without an offset (shown as written, with no zone to claim).
 */
function offsetLabel(point: DatePoint): string {
  const offset = point.offsetMinutes;
  if (offset === undefined || !TIME_PRECISIONS.has(point.precision)) return '';
  return offset === 0 ? 'UTC' : `UTC${isoOffset(offset)}`;
}

/**
 * The instant whose UTC clock reads the time as written. Formatting it in UTC shows a moment at its
 * own offset without an offset time zone, which older `Intl` (Node 20, older browsers) rejects.
 */
const wallClock = (point: DatePoint) => new Date(point.start + (point.offsetMinutes ?? 0) * 60_000);

/**
 * `Intl` options that show a point exactly as precisely as it was written. `era` is for years before
 * 1 (astronomical year 0 is 1 BCE: without the era, -500 would read as "501"), and for both ends of a
 * range that crosses into the common era.
 */
function pointOptions(point: DatePoint, era: boolean): Intl.DateTimeFormatOptions {
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (era) options.era = 'short';
  if (point.precision === 'year') return options;
  options.month = 'long';
  if (point.precision === 'month') return options;
  options.day = 'numeric';
  if (point.precision === 'day') return options;
  options.hour = 'numeric';
  options.minute = '2-digit';
  if (point.precision !== 'minute') options.second = '2-digit';
  if (point.precision === 'millisecond') options.fractionalSecondDigits = 3;
  return options;
}

const withOffset = (text: string, point: DatePoint) => {
  const label = offsetLabel(point);
  return label ? `${text} ${label}` : text;
};

function qualify(text: string, approximate: boolean, uncertain: boolean, messages: Messages): string {
  const approx = approximate ? messages.approximate(text) : text;
  return uncertain ? messages.uncertain(approx) : approx;
}

function plainPoint(point: DatePoint, locale: string | undefined, era = point.year <= 0): string {
  return withOffset(dateTimeFormat(locale, pointOptions(point, era)).format(wallClock(point)), point);
}

/** A point of month precision or finer without its year ("March", "14 June"), for the first end of a set within one year. */
function pointWithoutYear(point: DatePoint, locale: string | undefined): string {
  const { year: _year, ...options } = pointOptions(point, false);
  return withOffset(dateTimeFormat(locale, options).format(wallClock(point)), point);
}

/**
 * A set `[A..B]` (one instant between A and B): always "between … and …", never `Intl`'s range dash,
 * which reads as a span the event lasted. Within one common-era year the first end drops the year:
 * "between March and 14 June 2014".
 */
function formatSet(from: DatePoint, to: DatePoint, locale: string | undefined, messages: Messages): string {
  const era = from.year <= 0 || to.year <= 0;
  const sameYear = !era && from.year === to.year && from.precision !== 'year' && to.precision !== 'year';
  const first = (qualified: boolean) => {
    const text = sameYear ? pointWithoutYear(from, locale) : plainPoint(from, locale, era);
    return qualified ? qualify(text, from.approximate, from.uncertain, messages) : text;
  };
  if (from.approximate === to.approximate && from.uncertain === to.uncertain) {
    const text = messages.between(first(false), plainPoint(to, locale, era));
    return qualify(text, from.approximate, from.uncertain, messages);
  }
  return messages.between(first(true), formatDatePoint(to, locale, messages, era));
}

/**
 * One end of a date, with its own qualifiers: "16 May 2015", "around May 2015", "501 BC",
 * "19 May 2015 at 14:20 UTC". `era` forces the era (for the other end of a range that has one).
 */
export function formatDatePoint(
  point: DatePoint,
  locale?: string,
  messages: Messages = messagesFor(locale),
  era = point.year <= 0,
): string {
  return qualify(plainPoint(point, locale, era), point.approximate, point.uncertain, messages);
}

/** True when `Intl#formatRange` can write the range as one phrase: "29–30 November 2024", "March – June 2014". */
function formatsAsOneRange(from: DatePoint, to: DatePoint): boolean {
  return (
    from.precision === to.precision &&
    from.precision !== 'year' &&
    from.approximate === to.approximate &&
    from.uncertain === to.uncertain &&
    from.offsetMinutes === to.offsetMinutes &&
    from.year > 0 === to.year > 0
  );
}

/**
 * A parsed date as a reader would write it, in `locale` (a BCP 47 tag; the runtime's language when
 * absent), exactly as precise as the data:
 *
 * | date | en-GB |
 * | --- | --- |
 * | `2015-05` | May 2015 |
 * | `2015-05-16~` | around 16 May 2015 |
 * | `2015-05-16?` | 16 May 2015? (`%`: around 16 May 2015?) |
 * | `2024-11-29/2024-11-30` | 29–30 November 2024 (`Intl#formatRange`, same precision, month or finer) |
 * | `2015/2016?` | between 2015 and 2016? (years, mixed precisions or mixed qualifiers: each end on its own) |
 * | `2015-05/..`, `../2015` | from May 2015, until 2015 |
 * | `[2014-03..2014-06-14]`, `[2014-11..2015-02]` | between March and 14 June 2014, between November 2014 and February 2015 (a set: one instant in the span, always "between") |
 * | `[..2014-06-14]`, `[2014-03..]` | no later than 14 June 2014, no earlier than March 2014 |
 * | `-0500` | 501 BC (`Intl`'s era; astronomical year 0 is 1 BC) |
 * | `2015-05-19T14:20Z`, `…+03:00`, `…T14:20` | 19 May 2015 at 14:20 UTC, … at 14:20 UTC+03:00, … at 14:20 (the time as written) |
 *
 * When both ends of a range have the same qualifiers they apply to the whole phrase ("around 29–30
 * November 2024", "between 2015 and 2016?"); otherwise each end carries its own. `messages` supplies the words
 * ("around", "between", …); by default the table for `locale`.
 */
export function formatDate(
  date: ParsedDate,
  locale?: string,
  messages: Messages = messagesFor(locale),
): string {
  const { from, to } = date;
  if (date.oneOf) {
    if (from && to) return formatSet(from, to, locale, messages);
    if (from) return messages.noEarlierThan(formatDatePoint(from, locale, messages));
    if (to) return messages.noLaterThan(formatDatePoint(to, locale, messages));
    return date.text;
  }
  if (from && to) {
    const era = from.year <= 0 || to.year <= 0; // "between 2 BC and 1 AD", not "… and 1"
    if (formatsAsOneRange(from, to)) {
      const format = dateTimeFormat(locale, pointOptions(from, era));
      const text = withOffset(format.formatRange(wallClock(from), wallClock(to)), from);
      return qualify(text, from.approximate, from.uncertain, messages);
    }
    if (from.approximate === to.approximate && from.uncertain === to.uncertain) {
      const text = messages.between(plainPoint(from, locale, era), plainPoint(to, locale, era));
      return qualify(text, from.approximate, from.uncertain, messages);
    }
    return messages.between(
      formatDatePoint(from, locale, messages, era),
      formatDatePoint(to, locale, messages, era),
    );
  }
  if (from) {
    const text = formatDatePoint(from, locale, messages);
    return date.openEnd ? messages.openEnd(text) : text;
  }
  if (to) return messages.openStart(formatDatePoint(to, locale, messages));
  return date.text;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A value for `<time datetime>` (HTML's machine-readable date), or `undefined` when HTML has none:
 * `2015` (year), `2015-05` (month), `2015-05-16` (date), `2015-05-19T14:20Z` or `…+03:00` (global date
 * and time, with seconds and milliseconds when written). HTML years start at 1, so BCE dates have none.
 * A range gives its start (HTML has no date range; its durations have no anchor in time), an open start
 * its end. A set `[A..B]` gives the calendar year, month or day that holds both ends (`[2014-03..2014-06-14]`
 * → `2014`), or like a range its start when its ends are in different years. Qualifiers are not part of
 * HTML dates: the visible text carries them.
 */
export function isoForTimeElement(date: ParsedDate): string | undefined {
  const point = date.from ?? date.to;
  if (!point || point.year < 1) return undefined;
  const other = date.oneOf && date.from && date.to && date.to.year === point.year ? date.to : undefined;
  let iso = pad(point.year, 4);
  if (point.month === undefined || (other && other.month !== point.month)) return iso;
  iso += `-${pad(point.month)}`;
  if (point.day === undefined || (other && other.day !== point.day)) return iso;
  iso += `-${pad(point.day)}`;
  // Two moments of one day: the day holds both.
  if (other) return iso;
  if (point.hour === undefined || !TIME_PRECISIONS.has(point.precision)) return iso;
  iso += `T${pad(point.hour)}:${pad(point.minute ?? 0)}`;
  if (point.second !== undefined || point.precision !== 'minute') iso += `:${pad(point.second ?? 0)}`;
  if (point.precision === 'millisecond') iso += `.${pad(point.millisecond ?? 0, 3)}`;
  // A time written without an offset stays a local date and time, as written.
  if (point.offsetMinutes === undefined) return iso;
  return iso + (point.offsetMinutes === 0 ? 'Z' : isoOffset(point.offsetMinutes));
}

/**
 * Text from data set inside an interface sentence, wrapped in Unicode bidi isolates (FSI … PDI): an
 * English name in an Arabic sentence (or the reverse) then cannot reorder the words around it.
 * The marks are invisible and screen readers skip them.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** The longest value (an id, an attribute, a name) an interface message quotes; longer ones are cut. */
export const QUOTE_LIMIT = 60;

/**
 * `text` cut to `limit` characters, the last being "…", without splitting a surrogate pair (as the
 * dataset reader cuts long fields); shorter text as it is.
 */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}

/**
 * A value from the data or an attribute as an interface message quotes it: cut to `QUOTE_LIMIT`
 * characters and isolated (`isolate`), so a huge id neither floods the message nor blocks the page.
 */
export function quoteValue(text: string): string {
  return isolate(cutText(text, QUOTE_LIMIT));
}

/** A number in the reader's language and digits (`Intl.NumberFormat`). */
export function formatNumber(value: number, locale?: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Short items as one phrase for reading aloud or a tooltip, separated the language's way:
 * "HTS, Hay'at Tahrir al-Sham, Jihadist groups" (`Intl.ListFormat`, unit style, no "and").
 */
export function formatItems(items: ReadonlyArray<string | undefined>, locale?: string): string {
  const present = items.map((item) => item?.trim()).filter((item): item is string => !!item);
  // One item or none is a list with no punctuation: no formatter (building the first is slow).
  if (present.length <= 1) return present[0] ?? '';
  const format = cached(
    listFormats,
    locale ?? '',
    () => new Intl.ListFormat(resolveLocale(locale), { type: 'unit', style: 'short' }),
  );
  return format.format(present);
}

/** User-perceived characters (a flag or an accented letter is one), where `Intl.Segmenter` exists. */
let graphemeSegmenter: Intl.Segmenter | undefined;
function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter === 'function') {
    graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/**
 * Up to three characters that stand for a name in a small avatar: a label of at most three characters
 * as it is ("HTS", "US"), else the first letter of its first two words ("Syrian Army" → "SA",
 * "Hezbollah" → "H"), upper-cased. In scripts without capitals (Arabic) initials are not a custom, so
 * such a name gives the first letter of its first word, after the Arabic article ("الجيش السوري" → "ج").
 */
export function initialsOf(label: string): string {
  const text = label.trim();
  const all = graphemes(text.replace(/\s+/g, ''));
  if (all.length <= 3) return all.join('');
  const words = text.split(/[\s\-–—_/]+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  const first = (word: string) => graphemes(word.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '';
  if (!/\p{Lu}|\p{Ll}/u.test(text)) {
    const word = words[0] ?? '';
    return first(word.length > 3 && word.startsWith('ال') ? word.slice(2) : word);
  }
  return words.slice(0, 2).map(first).join('').toLocaleUpperCase();
}
