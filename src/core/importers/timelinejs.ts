/**
 * TimelineJS (Knight Lab) data to a dataset. Reads every shape TimelineJS reads:
 *
 * - TimelineJS3 JSON: `{ title?, events: [...], eras?, scale? }`, dates as `{ year, month, day, hour,
 *   minute, second, millisecond }` with parts as strings or numbers (`""` means absent);
 * - `{ timeline: { slides: [...] } }`, the same slides under another name;
 * - the legacy TimelineJS 2 JSON: `{ timeline: { headline, text, date: [{ startDate: "1963,8,9", … }], era } }`;
 * - the Google Sheets template exported as CSV: Year, Month, Day, Time, End Year, End Month, End Day,
 *   End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type,
 *   Group, Background (and the older sheet with Start Date, End Date, Headline, Text, …, Tag).
 */
import { MAX_YEAR, MIN_YEAR, parseDateOrReason } from '../dates.js';
import { describeValue, errorMessage, isRecord } from '../guards.js';
import type { ConflictEventInput, Place } from '../types.js';
import { readCsv, type CsvTable } from './csv.js';
import {
  DatasetBuilder,
  finishImport,
  locate,
  safely,
  slugify,
  uniqueId,
  unusableInput,
  type Conversion,
  type EventOrigin,
  type ImportResult,
} from './dataset-builder.js';
import { htmlToText } from './html-text.js';

export interface TimelineJSOptions {
  /**
   * What a TimelineJS `group` becomes. `'category'` (default): the event's category, so the timeline
   * can put each group in a lane with `group-by="category"`. `'side'`: a side plus one actor of the same
   * name on each event, so lanes, colours and filter chips follow the groups by default; for timelines
   * whose groups are the parties of a conflict.
   */
  groupAs?: 'category' | 'side';
}

/** Date parts as TimelineJS writes them; each may be a string (`""` = absent) or a number. */
interface DateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
}

/** One slide of any TimelineJS shape, before conversion. */
interface Slide {
  origin: EventOrigin;
  /** Date parts, or an error saying why there are none usable. */
  start: DateParts | { error: string } | undefined;
  end: DateParts | { error: string } | undefined;
  headline: unknown;
  text: unknown;
  mediaCaption: unknown;
  hasMedia: boolean;
  hasDisplayDate: boolean;
  group: unknown;
  uniqueId: unknown;
  location: unknown;
}

/** A date part as text: trimmed, `undefined` when absent or blank. */
function partText(value: unknown): string | undefined {
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

type DateResult = { ok: true; date: string; notes: string[] } | { ok: false; reason: string };

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

const isDateError = (d: DateParts | { error: string }): d is { error: string } => 'error' in d;

function firstLine(text: string, max = 80): string {
  const line = text.split('\n')[0].trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(line)?.[1] ?? line;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

function placeOf(location: unknown): Place | undefined {
  if (!isRecord(location)) return undefined;
  const lat = numberOf(location.lat);
  const lon = numberOf(location.lon);
  const name =
    htmlToText(location.name, { inline: true }) ||
    (lat !== undefined && lon !== undefined ? `${lat}, ${lon}` : '');
  if (!name) return undefined;
  const place: Place = { name };
  if (lat !== undefined && lon !== undefined) {
    place.lat = lat;
    place.lon = lon;
  }
  return place;
}

/** Counts of what TimelineJS shows and this library does not, reported once per import. */
interface Dropped {
  eras: string[];
  media: number;
  displayDates: number;
}

function addSlide(
  builder: DatasetBuilder,
  slide: Slide,
  id: string,
  options: TimelineJSOptions,
  dropped: Dropped,
): void {
  const { origin } = slide;
  const at = locate(origin);
  const { start, end } = slide;
  if (start === undefined) {
    builder.error(origin.path, `${at}the event has no start date (TimelineJS requires one); dropped`);
    return;
  }
  if (isDateError(start)) {
    builder.error(origin.path, `${at}start date: ${start.error}; event dropped`);
    return;
  }
  const from = timelineJSDate(start);
  if (!from.ok) {
    builder.error(origin.path, `${at}start date: ${from.reason}; event dropped`);
    return;
  }
  let date = from.date;
  const notes = from.notes.map((n) => `start date: ${n}`);
  if (end !== undefined) {
    const to = isDateError(end) ? { ok: false as const, reason: end.error } : timelineJSDate(end);
    if (to.ok) {
      // A range that parseDataset would refuse (an end that does not exist or comes before the start)
      // would drop the whole event: its start alone is kept instead.
      const startTime = parseDateOrReason(from.date);
      const endTime = parseDateOrReason(to.date);
      if (typeof endTime === 'string') {
        notes.push(`end date: ${endTime}; shown as a single date`);
      } else if (typeof startTime !== 'string' && endTime.end < startTime.start) {
        notes.push(`end date ${to.date} is before the start, ${from.date}; shown as a single date`);
      } else {
        date = `${from.date}/${to.date}`;
        notes.push(...to.notes.map((n) => `end date: ${n}`));
      }
    } else if (!isDateError(end) && Object.values(end).every((v) => partText(v) === undefined)) {
      // An end_date whose parts are all blank is TimelineJS's way of having none.
    } else {
      notes.push(`end date: ${to.reason}; shown as a single date`);
    }
  }

  const summary = htmlToText(slide.text);
  let title = htmlToText(slide.headline, { inline: true });
  if (!title) {
    const caption = htmlToText(slide.mediaCaption, { inline: true });
    if (summary) {
      title = firstLine(summary);
      notes.push('no headline: the title is the start of the text');
    } else if (caption) {
      title = caption;
      notes.push('no headline or text: the title is the media caption');
    } else {
      builder.error(origin.path, `${at}the event has no headline, text or media caption to show; dropped`);
      return;
    }
  }

  // The place is read before the group makes a side and an actor, so that a location that cannot be
  // read leaves nothing behind.
  const place = placeOf(slide.location);
  const event: ConflictEventInput = { id, date, title };
  if (summary && summary !== title) event.summary = summary;
  const group = htmlToText(slide.group, { inline: true });
  if (group) {
    if (options.groupAs === 'side') {
      const side = builder.side(slugify(group, 'group'), group);
      event.actors = [builder.actor(group, side)];
    } else {
      event.category = group;
    }
  }
  if (place) event.place = place;

  for (const note of notes) builder.warning(origin.path, `${at}${note}`);
  if (slide.hasMedia) dropped.media++;
  if (slide.hasDisplayDate) dropped.displayDates++;
  builder.event(event, origin);
}

function reportDropped(builder: DatasetBuilder, dropped: Dropped): void {
  const { eras, media, displayDates } = dropped;
  if (eras.length) {
    const listed = eras.slice(0, 5).map((t) => `"${t}"`);
    if (eras.length > 5) listed.push(`and ${eras.length - 5} more`);
    builder.warning(
      '',
      `${eras.length} era${eras.length === 1 ? ' was' : 's were'} not imported (${listed.join(', ')}): ` +
        'eras are periods TimelineJS draws behind the events, and conflict-timeline has none',
    );
  }
  if (media) {
    builder.warning(
      '',
      `the media of ${media} event${media === 1 ? '' : 's'} (images, video, embeds) was not imported: ` +
        'conflict-timeline shows text, and links only sources',
    );
  }
  if (displayDates) {
    builder.warning(
      '',
      `${displayDates} event${displayDates === 1 ? ' has' : 's have'} a display date; ` +
        'the timeline writes dates from the date parts instead',
    );
  }
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;
}

/** A TimelineJS3 slide (an element of `events` or `slides`). */
function v3Slide(raw: unknown, path: string): Slide | { error: string } {
  if (!isRecord(raw)) return { error: `the event must be an object, not ${describeValue(raw)}` };
  const text = isRecord(raw.text) ? raw.text : {};
  const media = isRecord(raw.media) ? raw.media : {};
  const dateOf = (value: unknown): DateParts | { error: string } | undefined =>
    value === undefined || value === null
      ? undefined
      : isRecord(value)
        ? value
        : typeof value === 'string'
          ? parseLegacyDate(value)
          : { error: 'the date is not an object of parts' };
  return {
    origin: { path, label: '' },
    start: dateOf(raw.start_date),
    end: dateOf(raw.end_date),
    headline: text.headline,
    text: text.text,
    mediaCaption: media.caption,
    hasMedia: hasText(media.url),
    hasDisplayDate:
      hasText(raw.display_date) ||
      [raw.start_date, raw.end_date].some(
        (d) => isRecord(d) && (hasText(d.display_date) || hasText(d.display_text)),
      ),
    group: raw.group,
    uniqueId: raw.unique_id,
    location: raw.location,
  };
}

/** A TimelineJS 2 slide (an element of `timeline.date`). */
function v2Slide(raw: unknown, path: string): Slide | { error: string } {
  if (!isRecord(raw)) return { error: `the event must be an object, not ${describeValue(raw)}` };
  const asset = isRecord(raw.asset) ? raw.asset : {};
  const dateOf = (value: unknown) =>
    typeof value === 'string' && value.trim() !== ''
      ? parseLegacyDate(value)
      : typeof value === 'number'
        ? { year: value }
        : undefined;
  return {
    origin: { path, label: '' },
    start: dateOf(raw.startDate),
    end: dateOf(raw.endDate),
    headline: raw.headline,
    text: raw.text,
    mediaCaption: asset.caption,
    hasMedia: hasText(asset.media),
    hasDisplayDate: false,
    group: raw.tag,
    uniqueId: undefined,
    location: undefined,
  };
}

/** The title of an era, for the one warning that eras were not imported; never throws. */
function eraTitle(raw: unknown): string {
  try {
    if (!isRecord(raw)) return 'untitled';
    const headline = isRecord(raw.text) ? raw.text.headline : raw.headline;
    return htmlToText(headline, { inline: true }) || 'untitled';
  } catch {
    return 'unreadable';
  }
}

/** Reads each raw slide on its own, so that one that throws (a Proxy, a getter) drops itself alone. */
function convertSlides(
  rawSlides: readonly unknown[],
  basePath: string,
  toSlide: (raw: unknown, path: string) => Slide | { error: string },
  meta: { title?: string; description?: string },
  eras: string[],
  options: TimelineJSOptions,
): Conversion {
  const slides: Array<Slide | { error: string }> = [];
  for (let i = 0; i < rawSlides.length; i++) {
    const path = `${basePath}/${i}`;
    try {
      slides.push(toSlide(rawSlides[i], path));
    } catch (e) {
      slides.push({ error: `the event could not be read: ${errorMessage(e)}` });
    }
  }
  return convertParsedSlides(slides, meta, eras, options, (i) => `${basePath}/${i}`);
}

function convertParsedSlides(
  slides: ReadonlyArray<Slide | { error: string }>,
  meta: { title?: string; description?: string },
  eras: string[],
  options: TimelineJSOptions,
  pathOf: (i: number) => string,
): Conversion {
  const builder = new DatasetBuilder();
  const dropped: Dropped = { eras, media: 0, displayDates: 0 };
  // unique_id values first, so that ids made for the other events never take one of them. A repeated
  // unique_id is kept as it is, for parseDataset to report as a duplicate.
  const givenIds = slides.map((slide) => ('error' in slide ? undefined : partText(slide.uniqueId)));
  const usedIds = new Set(givenIds.filter((id): id is string => id !== undefined));
  slides.forEach((slide, i) => {
    if ('error' in slide) {
      builder.error(pathOf(i), `${slide.error}; dropped`);
      return;
    }
    try {
      addSlide(builder, slide, givenIds[i] ?? uniqueId(`event-${i + 1}`, usedIds), options, dropped);
    } catch (e) {
      // The slide's date parts, text or location are objects of the input, read only here.
      builder.error(
        pathOf(i),
        `${locate(slide.origin)}the event could not be read: ${errorMessage(e)}; dropped`,
      );
    }
  });
  reportDropped(builder, dropped);
  const cleanMeta: { title?: string; description?: string } = {};
  if (meta.title) cleanMeta.title = meta.title;
  if (meta.description) cleanMeta.description = meta.description;
  return builder.finish(cleanMeta);
}

function titleMeta(headline: unknown, text: unknown) {
  return { title: htmlToText(headline, { inline: true }), description: htmlToText(text) };
}

function convertJson(data: unknown, options: TimelineJSOptions): Conversion {
  if (!isRecord(data)) {
    return unusableInput(
      `not TimelineJS data: ${describeValue(data)}, ` +
        'where TimelineJS has an object with "events" (or "timeline")',
    );
  }
  const timeline = isRecord(data.timeline) ? data.timeline : undefined;
  const erasOf = (value: unknown) => (Array.isArray(value) ? value.map(eraTitle) : []);

  if (Array.isArray(data.events) || Array.isArray(timeline?.events)) {
    const root = Array.isArray(data.events) ? data : timeline!;
    const base = root === data ? '/events' : '/timeline/events';
    const title = isRecord(root.title) ? root.title : {};
    const titleText = isRecord(title.text) ? title.text : {};
    return convertSlides(
      root.events as unknown[],
      base,
      v3Slide,
      titleMeta(titleText.headline, titleText.text),
      erasOf(root.eras),
      options,
    );
  }
  if (Array.isArray(timeline?.slides) || Array.isArray(data.slides)) {
    const slides = (timeline?.slides ?? data.slides) as unknown[];
    const base = Array.isArray(timeline?.slides) ? '/timeline/slides' : '/slides';
    return convertSlides(slides, base, v3Slide, {}, erasOf(timeline?.eras ?? data.eras), options);
  }
  if (timeline && Array.isArray(timeline.date)) {
    return convertSlides(
      timeline.date,
      '/timeline/date',
      v2Slide,
      titleMeta(timeline.headline, timeline.text),
      erasOf(timeline.era),
      options,
    );
  }
  return unusableInput(
    'not TimelineJS data: no "events" (TimelineJS3), "timeline.slides" or "timeline.date" (TimelineJS 2) list',
  );
}

/** The TimelineJS sheet template as CSV. */
function convertSheet(table: CsvTable, options: TimelineJSOptions): Conversion {
  const modern = table.has('year');
  const legacy = table.has('start date');
  if ((!modern && !legacy) || !(table.has('headline') || table.has('text'))) {
    return unusableInput(
      `not a TimelineJS sheet: the header (${table.header.join(', ') || 'empty'}) lacks ` +
        `${modern || legacy ? '' : '"Year" (or "Start Date") and '}"Headline" or "Text"`,
    );
  }
  let meta: { title?: string; description?: string } = {};
  const eras: string[] = [];
  const slides: Array<Slide | { error: string }> = [];
  const paths: string[] = [];

  for (const row of table.rows) {
    const origin = { path: `/${row.index}`, label: `line ${row.line}` };
    const type = row.get('type').trim().toLowerCase();
    if (type === 'title') {
      meta = titleMeta(row.get('headline'), row.get('text'));
      continue;
    }
    if (type === 'era') {
      eras.push(htmlToText(row.get('headline'), { inline: true }) || 'untitled');
      continue;
    }
    let start: Slide['start'];
    let end: Slide['end'];
    if (modern) {
      const dateParts = (prefix: string): DateParts | { error: string } | undefined => {
        const year = row.get(`${prefix}year`);
        const time = row.get(`${prefix}time`).trim();
        const parts: DateParts = { year, month: row.get(`${prefix}month`), day: row.get(`${prefix}day`) };
        if (time) {
          const t = parseSheetTime(time);
          if (isDateError(t)) return t;
          Object.assign(parts, t);
        }
        return partText(year) === undefined && !partText(parts.month) && !partText(parts.day) && !time
          ? undefined
          : parts;
      };
      start = dateParts('');
      end = dateParts('end ');
    } else {
      const startText = row.get('start date').trim();
      const endText = row.get('end date').trim();
      start = startText ? parseLegacyDate(startText) : undefined;
      end = endText ? parseLegacyDate(endText) : undefined;
    }
    slides.push({
      origin,
      start,
      end,
      headline: row.get('headline'),
      text: row.get('text'),
      mediaCaption: row.get('media caption'),
      hasMedia: row.get('media').trim() !== '',
      hasDisplayDate: row.get('display date').trim() !== '',
      group: row.get('group') || row.get('tag'),
      uniqueId: row.get('unique id') || row.get('unique_id'),
      location: undefined,
    });
    paths.push(origin.path);
  }
  return convertParsedSlides(slides, meta, eras, options, (i) => paths[i]);
}

/**
 * Converts TimelineJS data (object, JSON text, or sheet CSV text) into a {@link DatasetInput} without
 * validating it; {@link fromTimelineJS} validates it. Never throws.
 */
export function timelineJSToInput(data: unknown, options: TimelineJSOptions = {}): Conversion {
  const { groupAs, problem } = readOptions(options);
  const conversion = safely('TimelineJS', () => {
    if (typeof data !== 'string') return convertJson(data, { groupAs });
    const text = data.charCodeAt(0) === 0xfeff ? data.slice(1) : data;
    const trimmed = text.trim();
    if (trimmed === '') return unusableInput('the TimelineJS input is empty');
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(trimmed);
      } catch (e) {
        return unusableInput(`not valid JSON: ${errorMessage(e)}`);
      }
      return convertJson(parsed, { groupAs });
    }
    return convertSheet(readCsv(text), { groupAs });
  });
  if (problem) conversion.issues.unshift({ path: '', message: problem, severity: 'warning' });
  return conversion;
}

/** The options as plain values, read once: options that cannot be read give the defaults and a note. */
function readOptions(options: unknown): { groupAs: 'category' | 'side'; problem?: string } {
  try {
    return { groupAs: isRecord(options) && options.groupAs === 'side' ? 'side' : 'category' };
  } catch (e) {
    return {
      groupAs: 'category',
      problem: `the options could not be read: ${errorMessage(e)} (the defaults are used)`,
    };
  }
}

/**
 * Imports TimelineJS data: a TimelineJS3 JSON object or its text, `{ timeline: { slides } }`, the legacy
 * TimelineJS 2 JSON, or the Google Sheets template as CSV text. Returns `{ dataset, issues, input }` like
 * {@link parseDataset} (plus the converted `input`); never throws, and keeps every event it can date and
 * title. HTML in headlines and text becomes plain text. Eras, media and display dates, which this
 * library does not show, are each reported once.
 *
 * @example
 * const { dataset, issues } = fromTimelineJS(await (await fetch('timeline.json')).json());
 * timeline.data = dataset;
 */
export function fromTimelineJS(data: unknown, options: TimelineJSOptions = {}): ImportResult {
  return finishImport(timelineJSToInput(data, options));
}
