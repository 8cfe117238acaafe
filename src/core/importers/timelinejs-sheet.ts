/** The TimelineJS Google Sheets template exported as CSV (and the older sheet with Start Date, End Date, Tag). */
import { describeMissingValues, isDroppedRow, rowsInOrder, type CsvTable } from './csv.js';
import { unusableInput, type Conversion } from './dataset-builder.js';
import { htmlToText } from './html-text.js';
import { describeNoRows } from './table-input.js';
import {
  isDateError,
  parseLegacyDate,
  parseSheetTime,
  partText,
  type DateParts,
} from './timelinejs-dates.js';
import { convertParsedSlides, titleMeta, type Slide, type TimelineJSOptions } from './timelinejs-slides.js';

/** The TimelineJS sheet template as CSV. */
/**
 * Columns a person writes prose in: a headline or text of `N/A` is kept as written. In the other columns
 * (dates, media, type, group) `NA`, `NaN`, `NULL`… are what a program wrote for an empty cell.
 */
export const SHEET_PROSE_COLUMNS = ['headline', 'text'];

export function convertSheet(table: CsvTable, options: TimelineJSOptions): Conversion {
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

  for (const row of rowsInOrder(table)) {
    if (isDroppedRow(row)) {
      slides.push({ error: `${row.label}: ${row.problem}` });
      paths.push(row.path);
      continue;
    }
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
  const conversion = convertParsedSlides(slides, meta, eras, options, (i) => paths[i]);
  const noRows = describeNoRows(table);
  if (noRows) conversion.issues.unshift({ path: '', message: noRows, severity: 'warning' });
  const missing = describeMissingValues(table.missingValues);
  if (missing) conversion.issues.push({ path: '', message: missing, severity: 'warning' });
  return conversion;
}
