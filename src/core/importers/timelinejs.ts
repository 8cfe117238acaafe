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
 *
 * The shapes are read in `timelinejs-json.ts` and `timelinejs-sheet.ts`, their dates in
 * `timelinejs-dates.ts`, and the slides they give become events in `timelinejs-slides.ts`.
 */
import { errorMessage, isRecord } from '../guards.js';
import { readCsv } from './csv.js';
import {
  finishImport,
  safely,
  unusableInput,
  type Conversion,
  type ImportResult,
} from './dataset-builder.js';
import { convertJson } from './timelinejs-json.js';
import { convertSheet, SHEET_PROSE_COLUMNS } from './timelinejs-sheet.js';
import type { TimelineJSOptions } from './timelinejs-slides.js';

export { parseLegacyDate, parseSheetTime, timelineJSDate } from './timelinejs-dates.js';
export type { TimelineJSOptions } from './timelinejs-slides.js';

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
    const table = readCsv(text, { missingValuesIn: (column) => !SHEET_PROSE_COLUMNS.includes(column) });
    return convertSheet(table, { groupAs });
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
