/**
 * Which importer a file is for, read from its content (the file name only breaks ties), and the import
 * itself: this library's JSON, TimelineJS (JSON v3, v2 JSON, sheet CSV), ACLED (CSV, API reply) and
 * UCDP GED (CSV, API page).
 */
import { csvParseRows } from 'd3-dsv';
import { describeValue, errorMessage, isRecord } from '../guards.js';
import { parseDataset } from '../parse-dataset.js';
import type { DatasetInput } from '../types.js';
import { fromACLED } from './acled.js';
import { normaliseColumnName, normaliseCsvText } from './csv.js';
import { finishImport, unusableInput, type ImportResult } from './dataset-builder.js';
import { fromSheet, isSheetHeader, type SheetOptions } from './sheet.js';
import { fromTimelineJS } from './timelinejs.js';
import { fromUCDP } from './ucdp.js';

export type ImportFormat = 'dataset' | 'timelinejs' | 'acled' | 'ucdp' | 'sheet';

export interface DetectedImport extends ImportResult {
  format: ImportFormat;
  /** One sentence: why this format was chosen. */
  reason: string;
}

export interface DetectOptions {
  /** The file's name, e.g. `export.csv`: breaks ties the content leaves open. */
  filename?: string;
}

export interface ImportAnyOptions extends DetectOptions {
  /** Skips detection: the input is read as this format. */
  format?: ImportFormat;
  /** For the spreadsheet layout: the actors and about sheets, and the order of numeric dates. */
  sheet?: SheetOptions;
}

type Detection = { format: ImportFormat | undefined; reason: string };

/** Enough of the text to hold its header row. */
const HEADER_SLICE = 64 * 1024;

const FORMATS: readonly ImportFormat[] = ['dataset', 'timelinejs', 'acled', 'ucdp', 'sheet'];

/** ACLED columns that, with `event_date`, tell an ACLED table (full export or a reduced extract). */
const ACLED_MARKS = [
  'event_id_cnty',
  'event_type',
  'sub_event_type',
  'actor1',
  'disorder_type',
  'time_precision',
  'geo_precision',
  'civilian_targeting',
  'interaction',
];
/** UCDP GED columns that, with `date_start`, tell a GED table. */
const UCDP_MARKS = ['side_a', 'side_b', 'type_of_violence', 'best', 'where_prec', 'date_prec', 'dyad_name'];

function headerColumns(text: string): string[] {
  const firstRows = csvParseRows(normaliseCsvText(text.slice(0, HEADER_SLICE)));
  return (firstRows[0] ?? []).map(normaliseColumnName);
}

/** The format of a table from its column names, or `undefined`. */
function tableFormat(columns: readonly string[], what: string): Detection | undefined {
  const has = (c: string) => columns.includes(c);
  const marks = (list: readonly string[]) => list.filter(has);
  const acled = marks(ACLED_MARKS);
  if (has('event_date') && acled.length) {
    return { format: 'acled', reason: `${what} has ACLED's columns event_date and ${acled[0]}` };
  }
  const ucdp = marks(UCDP_MARKS);
  if (has('date_start') && ucdp.length) {
    return { format: 'ucdp', reason: `${what} has UCDP GED's columns date_start and ${ucdp[0]}` };
  }
  return undefined;
}

/** The format of a filename's words, for a tie: `ged241.csv` → ucdp. */
function filenameHint(filename: string | undefined): ImportFormat | undefined {
  const name = (filename ?? '').toLowerCase();
  if (/acled/.test(name)) return 'acled';
  if (/ucdp|(^|[^a-z])ged/.test(name)) return 'ucdp';
  if (/timeline/.test(name)) return 'timelinejs';
  return undefined;
}

function detectCsv(text: string, filename: string | undefined): Detection {
  const columns = headerColumns(text);
  const header = columns.filter(Boolean);
  const known = tableFormat(columns, 'the CSV header');
  if (known) return known;
  const has = (c: string) => columns.includes(c);
  if (isSheetHeader(columns)) {
    return {
      format: 'sheet',
      reason: "the CSV header has the spreadsheet template's columns date and title",
    };
  }
  if ((has('year') || has('start date')) && (has('headline') || has('text'))) {
    return {
      format: 'timelinejs',
      reason: `the CSV header has the TimelineJS sheet's columns ${has('year') ? 'Year' : 'Start Date'} and ${has('headline') ? 'Headline' : 'Text'}`,
    };
  }
  if (header.length >= 2) {
    const hint = filenameHint(filename);
    // A header of none of the known formats, but a name that says one: that importer says what is missing.
    if (hint) {
      return {
        format: hint,
        reason: `the CSV header matches no format, but the file name "${filename}" names ${hint}`,
      };
    }
    return {
      format: 'sheet',
      reason: `the CSV header (${header.slice(0, 4).join(', ')}${header.length > 4 ? ', …' : ''}) matches no known export, so it is read as a spreadsheet of events`,
    };
  }
  return {
    format: undefined,
    reason: `the text is neither JSON nor a CSV table with a header (its first line has ${header.length} column${header.length === 1 ? '' : 's'})`,
  };
}

const firstRecord = (list: unknown): Record<string, unknown> | undefined => {
  if (!Array.isArray(list)) return undefined;
  const record = list.find(isRecord);
  return record;
};

/** True when an event list looks like TimelineJS slides (`start_date`, `text` objects) rather than ours. */
function hasTimelineJSSlides(list: readonly unknown[]): boolean {
  return list
    .slice(0, 20)
    .some((e) => isRecord(e) && (e.start_date !== undefined || isRecord(e.text) || isRecord(e.media)));
}

function detectValue(value: unknown, filename: string | undefined): Detection {
  if (Array.isArray(value)) {
    const row = firstRecord(value);
    const known = row && tableFormat(Object.keys(row).map(normaliseColumnName), 'the JSON list of rows');
    if (known) return known;
    return {
      format: undefined,
      reason: `a JSON list (of ${value.length} item${value.length === 1 ? '' : 's'}) is none of the known formats, whose JSON is an object`,
    };
  }
  if (!isRecord(value)) {
    return { format: undefined, reason: `${describeValue(value)} is none of the known formats` };
  }
  if (Array.isArray(value.data) && ('success' in value || 'status' in value || 'count' in value)) {
    return {
      format: 'acled',
      reason: 'the JSON has the ACLED API reply\'s "data" list with "status" or "count"',
    };
  }
  if (Array.isArray(value.Result) && ('TotalCount' in value || 'TotalPages' in value)) {
    return { format: 'ucdp', reason: 'the JSON has the UCDP API page\'s "Result" list with "TotalCount"' };
  }
  if (Array.isArray(value.data)) {
    const row = firstRecord(value.data);
    const known = row && tableFormat(Object.keys(row).map(normaliseColumnName), 'the JSON\'s "data" rows');
    if (known) return known;
  }
  if (Array.isArray(value.Result)) {
    const row = firstRecord(value.Result);
    const known = row && tableFormat(Object.keys(row).map(normaliseColumnName), 'the JSON\'s "Result" rows');
    if (known) return known;
  }
  const timeline = isRecord(value.timeline) ? value.timeline : undefined;
  if (timeline && Array.isArray(timeline.date)) {
    return { format: 'timelinejs', reason: 'the JSON has TimelineJS 2\'s "timeline.date" list' };
  }
  if (Array.isArray(timeline?.slides) || Array.isArray(value.slides) || Array.isArray(timeline?.events)) {
    return { format: 'timelinejs', reason: 'the JSON has a TimelineJS "slides" list' };
  }
  if (Array.isArray(value.events)) {
    if (hasTimelineJSSlides(value.events)) {
      return {
        format: 'timelinejs',
        reason: 'the JSON\'s events have TimelineJS\'s "start_date" and "text" objects',
      };
    }
    if (
      value.events.length === 0 &&
      (isRecord(value.title) || Array.isArray(value.eras) || 'scale' in value)
    ) {
      return { format: 'timelinejs', reason: 'the JSON has TimelineJS\'s "title" slide, "eras" or "scale"' };
    }
    return { format: 'dataset', reason: 'the JSON has an "events" list of this library\'s events' };
  }
  const hint = filenameHint(filename);
  if (hint) {
    return {
      format: hint,
      reason: `the JSON matches no format, but the file name "${filename}" names ${hint}`,
    };
  }
  const keys = Object.keys(value).slice(0, 5);
  return {
    format: undefined,
    reason: `the JSON object (with ${keys.length ? keys.map((k) => `"${k}"`).join(', ') : 'no keys'}) has none of "events", "timeline", "data" (ACLED) or "Result" (UCDP)`,
  };
}

/** The JSON a text holds, when it looks like JSON: `undefined` when it does not, an error when it does not parse. */
function parseJsonText(text: string): { value: unknown } | { error: string } | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return { value: JSON.parse(trimmed) as unknown };
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

function detect(input: unknown, filename: string | undefined): Detection & { value?: unknown } {
  if (typeof input !== 'string') return detectValue(input, filename);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { format: undefined, reason: 'the input is empty' };
  const json = parseJsonText(text);
  if (json === undefined) return detectCsv(text, filename);
  if ('error' in json) {
    return { format: undefined, reason: `the text looks like JSON but is not valid JSON: ${json.error}` };
  }
  return { ...detectValue(json.value, filename), value: json.value };
}

/**
 * The format of a file's text (or of its parsed JSON) and why: `format` is `undefined` when it is none
 * of the known ones, and `reason` then says what it is instead. Never throws.
 *
 * @example
 * detectFormat(text, { filename: 'export.csv' }); // { format: 'acled', reason: 'the CSV header has ACLED's columns event_date and event_id_cnty' }
 */
export function detectFormat(
  input: unknown,
  options: DetectOptions = {},
): { format: ImportFormat | undefined; reason: string } {
  try {
    const { format, reason } = detect(input, filenameOf(options));
    return { format, reason };
  } catch (e) {
    return { format: undefined, reason: `the input could not be read: ${errorMessage(e)}` };
  }
}

function filenameOf(options: unknown): string | undefined {
  try {
    return isRecord(options) && typeof options.filename === 'string' ? options.filename : undefined;
  } catch {
    return undefined;
  }
}

function formatOf(options: unknown): unknown {
  try {
    return isRecord(options) ? options.format : undefined;
  } catch {
    return undefined;
  }
}

function sheetOptionsOf(options: unknown): SheetOptions {
  try {
    return isRecord(options) && isRecord(options.sheet) ? (options.sheet as SheetOptions) : {};
  } catch {
    return {};
  }
}

function importAs(format: ImportFormat, input: unknown, sheet: SheetOptions): ImportResult {
  switch (format) {
    case 'dataset': {
      const { dataset, issues } = parseDataset(input);
      return { dataset, issues, input: input as DatasetInput };
    }
    case 'timelinejs':
      return fromTimelineJS(input);
    case 'acled':
      return fromACLED(input);
    case 'ucdp':
      return fromUCDP(input);
    case 'sheet':
      return fromSheet(input, sheet);
  }
}

/**
 * Imports a file of any known format: this library's JSON, TimelineJS (JSON, v2 JSON, sheet CSV), ACLED
 * (CSV, API reply), UCDP GED (CSV, API page) or the spreadsheet layout ({@link fromSheet}), given as its text or as parsed JSON. Returns the
 * importer's `{ dataset, issues, input }` with the `format` chosen and the `reason` why; an input of no
 * known format gives an empty dataset and one error that says what it is. Never throws.
 *
 * @example
 * const { dataset, format, reason, issues } = importAny(text, { filename: file.name });
 */
export function importAny(input: unknown, options: ImportAnyOptions = {}): DetectedImport {
  try {
    const given = formatOf(options);
    let detection: Detection & { value?: unknown };
    if (given !== undefined && FORMATS.includes(given as ImportFormat)) {
      detection = { format: given as ImportFormat, reason: `the format "${String(given)}" was given` };
      if (typeof input === 'string') {
        const json = parseJsonText(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
        if (json && 'value' in json) detection.value = json.value;
      }
    } else {
      detection = detect(input, filenameOf(options));
      if (given !== undefined) {
        detection.reason = `${describeValue(given)} is not a format (${FORMATS.join(', ')}), so it was detected: ${detection.reason}`;
      }
    }
    const { format, reason } = detection;
    if (format === undefined) {
      return {
        ...finishImport(unusableInput(`not a format this library imports: ${reason}`)),
        format: 'dataset',
        reason,
      };
    }
    // The JSON is parsed once, here; the importers take the value.
    const value = 'value' in detection ? detection.value : input;
    return { ...importAs(format, value, sheetOptionsOf(options)), format, reason };
  } catch (e) {
    const reason = `the input could not be read: ${errorMessage(e)}`;
    return { ...finishImport(unusableInput(reason)), format: 'dataset', reason };
  }
}
