/**
 * CSV reading shared by the importers, on top of d3-dsv's RFC 4180 parser: quoted fields with commas,
 * `""` escapes and newlines; CRLF, LF and CR-only line ends; a leading byte-order mark.
 *
 * Rows come from `csvParseRows` rather than `csvParse`: it keeps each row's real cell count (so a row
 * cut short can be told from a row with empty cells) and does not compile a row converter with
 * `new Function`, which a page's Content-Security-Policy may forbid.
 */
import { csvParseRows } from 'd3-dsv';
import { describeValue, errorMessage } from '../guards.js';

/** One data row of a CSV table. */
export interface CsvRow {
  /**
   * 0-based index among the data rows (the header is not one; blank rows count): the `N` of issue
   * paths `/N/column`, which are JSON pointers into the array d3-dsv's `csvParse` gives for the text.
   */
  readonly index: number;
  /** 1-based line of the text on which the row starts (rows with quoted newlines span several lines); 0 for a JSON record. */
  readonly line: number;
  /** JSON pointer to the row for issues: `/N` into `csvParse`'s array, `/data/N` into an API reply. */
  readonly path: string;
  /** Where a person finds the row: `line 12`, or the JSON pointer of a record. */
  readonly label: string;
  /**
   * The cells as read (missing-value marks included), in column order; fewer than the header's means
   * the row was cut short.
   */
  readonly cells: readonly string[];
  /** The cell under a column, by its {@link normaliseColumnName normalised name}; `''` when absent. */
  get(column: string): string;
}

export interface CsvTable {
  /** Header names as written (trimmed), in order. */
  readonly header: readonly string[];
  /** Data rows, without rows whose every cell is blank. */
  readonly rows: readonly CsvRow[];
  /** True when the header has a column with this {@link normaliseColumnName normalised name}. */
  has(column: string): boolean;
  /** `csv` for a text table; `json` for records of an API reply, which cannot be cut off mid-row. */
  readonly kind: 'csv' | 'json';
  /** Cells that held a missing-value literal (`NA`, `NaN`, `NULL`…) and were read as empty. */
  readonly missingValues: MissingValues;
}

export interface MissingValues {
  count: number;
  /** The first such cell, for the warning. */
  first?: { label: string; column: string; value: string };
}

/**
 * What R (`write.csv`: `NA`), pandas (`NaN`, `<NA>`, `NULL` with some options), databases (`NULL`) and
 * spreadsheets (`#N/A`, `N/A`) write for an empty cell. `NA` is matched in capitals only: `Na` can be a name.
 */
const MISSING_VALUE = /^(?:NA|<NA>|NaN|nan|NAN|NULL|null|Null|N\/A|n\/a|#N\/A)$/;

/** True when a cell is a missing-value literal: {@link MISSING_VALUE}, trimmed. */
export function isMissingValue(cell: string): boolean {
  return MISSING_VALUE.test(cell.trim());
}

/** Which columns may hold missing-value literals to read as empty (by normalised name); all by default. */
export interface ReadTableOptions {
  missingValuesIn?: (column: string) => boolean;
}

/**
 * One warning for the missing-value literals a table held, or `undefined` when it held none.
 */
export function describeMissingValues({ count, first }: MissingValues): string | undefined {
  if (!count || !first) return undefined;
  return (
    `${count} cell${count === 1 ? '' : 's'} (first ${first.label}, ${first.column} "${first.value}") ` +
    `held ${count === 1 ? 'a missing-value mark' : 'missing-value marks'} (NA, NaN, NULL, N/A, <NA>), as R and pandas write empty cells; read as empty`
  );
}

/** Column names compare trimmed and case-insensitively (`EVENT_DATE`, ` event_date` and `event_date` are one). */
export function normaliseColumnName(name: string): string {
  return name.trim().toLowerCase();
}

/** Text as the CSV parser wants it: no byte-order mark, every line end a `\n` (also inside quoted fields). */
export function normaliseCsvText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

const countNewlines = (cell: string): number => {
  let n = 0;
  for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Reads CSV text whose first row is a header. Never throws (d3-dsv's parser accepts any text; an
 * unbalanced quote runs to the end of the text, which shows up as a short last row).
 */
export function readCsv(text: string, options: ReadTableOptions = {}): CsvTable {
  const cells = csvParseRows(normaliseCsvText(text));
  const header = (cells[0] ?? []).map((name) => name.trim());
  const missingIn = options.missingValuesIn ?? (() => true);
  const clearable = header.map((name) => missingIn(normaliseColumnName(name)));
  const missingValues: MissingValues = { count: 0 };
  const columnIndex = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normaliseColumnName(name);
    // A repeated column name: the first one wins, as in a spreadsheet lookup.
    if (!columnIndex.has(key)) columnIndex.set(key, i);
  });

  const rows: CsvRow[] = [];
  // After normalisation each row ends with one '\n' and holds its quoted newlines verbatim, so line
  // numbers follow from counting them.
  let line = 1;
  cells.forEach((row, r) => {
    const rowLine = line;
    line += 1 + row.reduce((n, cell) => n + countNewlines(cell), 0);
    if (r === 0 || row.every((cell) => cell.trim() === '')) return;
    // `cells` stay as read, so a row of NA cells is not taken for a row cut short; `get` reads them empty.
    const values = row.slice();
    for (let i = 0; i < row.length; i++) {
      if (clearable[i] && isMissingValue(row[i])) {
        missingValues.first ??= { label: `line ${rowLine}`, column: header[i], value: row[i].trim() };
        missingValues.count++;
        values[i] = '';
      }
    }
    rows.push({
      index: r - 1,
      line: rowLine,
      path: `/${r - 1}`,
      label: `line ${rowLine}`,
      cells: row,
      get(column: string): string {
        const i = columnIndex.get(normaliseColumnName(column));
        return i === undefined ? '' : (values[i] ?? '');
      },
    });
  });

  return {
    header,
    rows,
    has: (column) => columnIndex.has(normaliseColumnName(column)),
    kind: 'csv',
    missingValues,
  };
}

/** A record's value as a cell: numbers and booleans as written in CSV, null as empty, lists of text joined by `;`. */
function recordCell(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(';');
  return '';
}

/**
 * JSON records (the rows of an API reply, keyed by the CSV's column names) as a table, so an importer
 * reads them as it reads its CSV. `basePath` is the JSON pointer to the list (`/data`). Items that are
 * not objects, or whose fields cannot be read (a throwing getter), are left out and listed in
 * `notRecords` with why. Never throws.
 */
export function recordsTable(
  records: readonly unknown[],
  basePath: string,
  options: ReadTableOptions = {},
): CsvTable & { notRecords: Array<{ path: string; problem: string }> } {
  const missingIn = options.missingValuesIn ?? (() => true);
  const header: string[] = [];
  const known = new Set<string>();
  const rows: CsvRow[] = [];
  const notRecords: Array<{ path: string; problem: string }> = [];
  const missingValues: MissingValues = { count: 0 };
  for (let i = 0; i < records.length; i++) {
    const path = `${basePath}/${i}`;
    let record: unknown;
    const values = new Map<string, string>();
    try {
      record = records[i];
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        notRecords.push({ path, problem: `the row must be an object, not ${describeValue(record)}` });
        continue;
      }
      for (const [name, value] of Object.entries(record)) {
        const key = normaliseColumnName(name);
        if (values.has(key)) continue;
        let cell = recordCell(value);
        if (missingIn(key) && isMissingValue(cell)) {
          missingValues.first ??= { label: path, column: name.trim(), value: cell.trim() };
          missingValues.count++;
          cell = '';
        }
        values.set(key, cell);
        if (!known.has(key)) {
          known.add(key);
          header.push(name.trim());
        }
      }
    } catch (e) {
      notRecords.push({ path, problem: `the row could not be read: ${errorMessage(e)}` });
      continue;
    }
    rows.push({
      index: i,
      line: 0,
      path,
      label: path,
      get cells() {
        return header.map((name) => values.get(normaliseColumnName(name)) ?? '');
      },
      get: (column: string) => values.get(normaliseColumnName(column)) ?? '',
    });
  }
  return {
    header,
    rows,
    has: (column) => known.has(normaliseColumnName(column)),
    kind: 'json',
    missingValues,
    notRecords,
  };
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A cell as a number: `undefined` when blank, `NaN` when it is not a plain decimal number. */
export function cellNumber(cell: string): number | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  return DECIMAL.test(text) ? Number(text) : NaN;
}

const ISO_DAY_CELL = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;

/**
 * A cell holding a day as data exports write it, `2016-01-01` or `2016-1-1`, perhaps with a time after
 * it (`2016-01-01 00:00:00.000`, `2016-01-01T00:00:00Z`): the day as `YYYY-MM-DD`, or `undefined` when
 * the cell is not one. The calendar is not checked here (parseDate does that, with a reason).
 */
export function cellIsoDay(cell: string): string | undefined {
  const m = ISO_DAY_CELL.exec(cell.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : undefined;
}

/** A cell as plain text: trimmed, runs of whitespace (including quoted newlines) made one space. */
export function cellText(cell: string): string {
  return cell.replace(/\s+/g, ' ').trim();
}

/** A cell as paragraphs: blank lines separate paragraphs, other line breaks and space runs become one space. */
export function cellParagraphs(cell: string): string {
  return cell
    .split(/\n[ \t]*\n\s*/)
    .map(cellText)
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Why a row looks cut off, or `undefined` when it does not: it has fewer cells than the header, or every
 * cell from some column to the end is blank and that run includes a column the format always fills.
 */
export function describeCutOff(
  row: CsvRow,
  table: CsvTable,
  alwaysFilled: readonly string[],
): string | undefined {
  // A JSON record is whole or absent; its empty fields are only empty.
  if (table.kind === 'json') return undefined;
  const header = table.header;
  const { cells } = row;
  if (cells.length < header.length)
    return `the row has ${cells.length} of the header's ${header.length} cells`;
  let lastFilled = -1;
  cells.forEach((cell, i) => {
    if (cell.trim() !== '') lastFilled = i;
  });
  const blankRun = header.slice(lastFilled + 1).map(normaliseColumnName);
  if (!alwaysFilled.some((column) => blankRun.includes(column))) return undefined;
  const lastColumn = header[lastFilled];
  return lastColumn === undefined
    ? 'every cell is empty'
    : `every cell after ${lastColumn} ("${cellText(cells[lastFilled])}") is empty, as if the file was cut off there`;
}
