/**
 * CSV reading shared by the importers (RFC 4180): quoted fields with commas, `""` escapes and newlines;
 * CRLF, LF and CR-only line ends; a leading byte-order mark.
 *
 * The reader is its own rather than d3-dsv's: it keeps each row's real cell count (so a row cut short
 * can be told from a row with empty cells), sees where a quote is out of place, and re-reads the lines
 * a stray quote swallowed, which d3-dsv's parser, reading on to the next quote, cannot.
 */
import { describeValue, errorMessage } from '../guards.js';

/** One data row of a CSV table. */
export interface CsvRow {
  /**
   * 0-based index among the records of the text (the header is not one; blank and dropped rows count):
   * the `N` of issue paths `/N/column`. For a text without unbalanced quotes these are JSON pointers into
   * the array d3-dsv's `csvParse` gives for it.
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

/** A row of CSV text that could not be read: a quote in it is out of place. */
export interface DroppedRow {
  /** As {@link CsvRow.index}. */
  readonly index: number;
  /** 1-based line the row starts on. */
  readonly line: number;
  /** `/N`, as {@link CsvRow.path}. */
  readonly path: string;
  /** `line 12`. */
  readonly label: string;
  /** What is wrong, for `line 12: <problem>; row dropped`: `an unbalanced quote: …`. */
  readonly problem: string;
}

export interface CsvTable {
  /** Header names as written (trimmed), in order. */
  readonly header: readonly string[];
  /** Data rows, without rows whose every cell is blank. */
  readonly rows: readonly CsvRow[];
  /** Rows left out because of an unbalanced quote, in the order of the text; none for JSON records. */
  readonly dropped: readonly DroppedRow[];
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

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/** One record of the text as the quoting makes it, with what was wrong with its quotes. */
interface RawRecord {
  cells: string[];
  /** Offset and line at which each cell starts. */
  cellStarts: number[];
  cellLines: number[];
  /** 1-based line it starts on. */
  line: number;
  /** Lines it spans: 1 plus the line breaks inside its quoted fields. */
  lineCount: number;
  /** Offset just past its line end (or the end of the text). */
  end: number;
  /** Column whose quoted field is still open at the end of the text. */
  unterminated?: number;
  /** Column whose quoted field has more than spaces between its closing quote and the next `,` or line end. */
  textAfterQuote?: number;
  /** Line of that closing quote. */
  textAfterQuoteLine?: number;
  /** Column of the first unquoted field holding a `"`, which RFC 4180 does not allow but many files have (`5" gun`). */
  bareQuote?: number;
  /** Column of the first quoted field. */
  quoted?: number;
}

/** Offset of the next `,` or line end from `i`, or the end of the text. */
function fieldEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === NEWLINE) break;
    i++;
  }
  return i;
}

/**
 * Reads the record that starts at `start` (RFC 4180, on text with `\n` line ends): a quote opens a
 * quoted field only at the start of a field, `""` inside one is a quote, and a line end inside one
 * belongs to the field. What RFC 4180 does not allow is read leniently and noted on the record.
 */
function readRecord(text: string, start: number, line: number): RawRecord {
  const n = text.length;
  const record: RawRecord = { cells: [], cellStarts: [], cellLines: [], line, lineCount: 1, end: n };
  const { cells } = record;
  let i = start;
  for (;;) {
    const column = cells.length;
    record.cellStarts.push(i);
    record.cellLines.push(line + record.lineCount - 1);
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      record.quoted ??= column;
      value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          value += text.slice(from);
          record.unterminated = column;
          i = n;
          break;
        }
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      for (let j = value.indexOf('\n'); j >= 0; j = value.indexOf('\n', j + 1)) record.lineCount++;
      let after = i;
      while (after < n && (text.charCodeAt(after) === SPACE || text.charCodeAt(after) === TAB)) after++;
      const c = text.charCodeAt(after);
      if (after < n && c !== COMMA && c !== NEWLINE) {
        if (record.textAfterQuote === undefined) {
          record.textAfterQuote = column;
          record.textAfterQuoteLine = line + record.lineCount - 1;
        }
        const stop = fieldEnd(text, after);
        value += text.slice(i, stop);
        i = stop;
      } else {
        i = after;
      }
    } else {
      const stop = fieldEnd(text, i);
      value = text.slice(i, stop);
      if (record.bareQuote === undefined && value.includes('"')) record.bareQuote = column;
      i = stop;
    }
    cells.push(value);
    if (i >= n) break;
    if (text.charCodeAt(i) === COMMA) {
      i++;
      continue;
    }
    record.end = i + 1;
    break;
  }
  return record;
}

/** A row of the header's width: as many cells, or more when the extra ones are empty (a trailing comma). */
function hasHeaderWidth(cells: readonly string[], width: number): boolean {
  if (cells.length < width) return false;
  for (let i = width; i < cells.length; i++) if (cells[i].trim() !== '') return false;
  return true;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** A column by its header name, or by its place when the header leaves it unnamed. */
const columnName = (header: readonly string[], i: number) => header[i] || `column ${i + 1}`;

/**
 * What is wrong with a record's quotes, or `undefined` when nothing is. A quoted field with a line
 * break is only wrong when the row it makes is not of the header's width: TimelineJS texts and ACLED
 * notes hold line breaks, but a stray quote that swallows the lines after it makes a row of another width.
 */
function quoteProblem(record: RawRecord, header: readonly string[]): string | undefined {
  const width = `${record.cells.length} of the header's ${header.length} cells`;
  if (record.unterminated !== undefined) {
    return `an unbalanced quote: the quoted ${columnName(header, record.unterminated)} field is never closed`;
  }
  if (record.textAfterQuote !== undefined) {
    const closed = record.textAfterQuoteLine ?? record.line;
    const runsOn = closed > record.line ? ` runs on to line ${closed} and` : '';
    return `an unbalanced quote: the quoted ${columnName(header, record.textAfterQuote)} field${runsOn} has text after its closing quote`;
  }
  const fits = hasHeaderWidth(record.cells, header.length);
  if (!fits && record.lineCount > 1) {
    const column = record.cells.findIndex((cell) => cell.includes('\n'));
    const lines = `${record.line}–${record.line + record.lineCount - 1}`;
    return `an unbalanced quote: the quoted ${columnName(header, column)} field runs over a line break, making lines ${lines} one row of ${width}`;
  }
  // More cells than the header, blank ones too, in a row with a quote: a stray quote closed a field
  // early or split it (`"a",aaa` written for `"a,aaa"`, `"a",a",r0,` for `"a,a",r0,`), and every cell
  // after it is in the wrong column. (Trailing blank cells in a row without quotes are kept.)
  const wide = record.cells.length > header.length;
  if (record.bareQuote !== undefined && (!fits || wide)) {
    return `an unbalanced quote in ${columnName(header, record.bareQuote)}, in a row of ${width}`;
  }
  if (wide && record.quoted !== undefined) {
    return `an unbalanced quote around the quoted ${columnName(header, record.quoted)} field, in a row of ${width}`;
  }
  return undefined;
}

/**
 * Why a record of the header's width with a quoted line break swallowed rows, or `undefined` when it
 * did not: for a quoted field with a line break, the lines after the one it opens on read again as
 * rows of their own, every quote in place, up to the record's end. That is a stray quote at a field's
 * start, closed cleanly by a quote of a later row. A real quoted line break never reads so: from the
 * line after it to the end of the record its quotes are odd in number (the closing one and `""`
 * pairs), and rows with every quote in place hold an even number.
 */
function swallowedRows(text: string, record: RawRecord, header: readonly string[]): string | undefined {
  const lastLine = record.line + record.lineCount - 1;
  const tried = new Set<number>();
  for (let c = 0; c < record.cells.length; c++) {
    const opened = record.cellLines[c];
    if (!record.cells[c].includes('\n') || tried.has(opened)) continue;
    tried.add(opened);
    const next = text.indexOf('\n', record.cellStarts[c]) + 1;
    if (!readsAsRows(text, next, opened + 1, record.end, header)) continue;
    const over =
      lastLine > opened + 1
        ? `lines ${opened + 1}–${lastLine}, which read as rows of their own`
        : `line ${lastLine}, which reads as a row of its own`;
    return `an unbalanced quote: the quoted ${columnName(header, c)} field runs on over ${over}`;
  }
  return undefined;
}

/**
 * True when the text from `offset` (at `line`) to `end` reads as rows (one at least) and blank lines,
 * each with every quote in place, the last ending at `end`.
 */
function readsAsRows(
  text: string,
  offset: number,
  line: number,
  end: number,
  header: readonly string[],
): boolean {
  let rows = 0;
  while (offset < end) {
    const record = readRecord(text, offset, line);
    if (record.bareQuote !== undefined || quoteProblem(record, header)) return false;
    if (!isBlank(record.cells)) {
      if (!hasHeaderWidth(record.cells, header.length)) return false;
      rows++;
    }
    offset = record.end;
    line = record.line + record.lineCount;
  }
  return rows > 0 && offset === end;
}

/** `6`, `6–8`, `6, 9–10`: line numbers in order, runs joined. */
function lineList(lines: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    parts.push(j === i ? `${lines[i]}` : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * The records of a text: the header, then every data record with where it starts. A record with an
 * unbalanced quote (see {@link quoteProblem} and {@link swallowedRows}) is dropped, and reading goes on from the line after its
 * first line, so that the rows a stray quote swallowed are read again. Lines inside the dropped
 * record's span that then read as no row of the header's width are the rest of it, dropped with it.
 */
function readRecords(text: string): {
  header: string[];
  records: Array<{ cells: string[]; line: number; index: number }>;
  dropped: DroppedRow[];
} {
  const n = text.length;
  if (n === 0) return { header: [], records: [], dropped: [] };
  const first = readRecord(text, 0, 1);
  const header = first.cells.map((name) => name.trim());
  const records: Array<{ cells: string[]; line: number; index: number }> = [];
  const broken: Array<{ index: number; line: number; problem: string; rest: number[]; open?: number }> = [];
  let offset = first.end;
  let line = 1 + first.lineCount;
  let index = 0;
  // The last line of the latest dropped record: records starting up to it may be the rest of it.
  let spanEnd = 0;
  while (offset < n) {
    const record = readRecord(text, offset, line);
    const last = record.line + record.lineCount - 1;
    const problem = quoteProblem(record, header) ?? swallowedRows(text, record, header);
    const inSpan = broken.length > 0 && record.line <= spanEnd;
    if (!problem) {
      if (inSpan && !isBlank(record.cells) && !hasHeaderWidth(record.cells, header.length)) {
        broken[broken.length - 1].rest.push(record.line);
      } else {
        records.push({ cells: record.cells, line: record.line, index: index++ });
      }
      offset = record.end;
      line = last + 1;
      continue;
    }
    if (inSpan) {
      broken[broken.length - 1].rest.push(record.line);
    } else {
      broken.push({
        index: index++,
        line: record.line,
        problem,
        rest: [],
        open: record.unterminated,
      });
      spanEnd = last;
    }
    const lineEnd = text.indexOf('\n', offset);
    offset = lineEnd < 0 ? n : lineEnd + 1;
    line = record.line + 1;
  }
  const lastRowLine = records.reduce((at, record) => (isBlank(record.cells) ? at : record.line), 0);
  const dropped = broken.map(({ index, line, problem, rest, open }): DroppedRow => {
    // A quote still open at the end with no row read after it: the file ends inside the field.
    let text =
      open !== undefined && lastRowLine < line
        ? `an unbalanced quote: the file ends inside the quoted ${columnName(header, open)} field, as if it was cut off there`
        : problem;
    if (rest.length)
      text += ` (line${rest.length > 1 ? 's' : ''} ${lineList(rest)}, the rest of the row, with it)`;
    return { index, line, path: `/${index}`, label: `line ${line}`, problem: text };
  });
  return { header, records, dropped };
}

/**
 * Reads CSV text whose first row is a header. Never throws. A row with an unbalanced quote is dropped
 * and listed in `dropped`, and the rows after it are read as if it were not there.
 */
export function readCsv(text: string, options: ReadTableOptions = {}): CsvTable {
  const { header, records, dropped } = readRecords(normaliseCsvText(text));
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
  for (const { cells: row, line, index } of records) {
    if (isBlank(row)) continue;
    // `cells` stay as read, so a row of NA cells is not taken for a row cut short; `get` reads them empty.
    const values = row.slice();
    for (let i = 0; i < row.length; i++) {
      if (clearable[i] && isMissingValue(row[i])) {
        missingValues.first ??= { label: `line ${line}`, column: header[i], value: row[i].trim() };
        missingValues.count++;
        values[i] = '';
      }
    }
    rows.push({
      index,
      line,
      path: `/${index}`,
      label: `line ${line}`,
      cells: row,
      get(column: string): string {
        const i = columnIndex.get(normaliseColumnName(column));
        return i === undefined ? '' : (values[i] ?? '');
      },
    });
  }

  return {
    header,
    rows,
    dropped,
    has: (column) => columnIndex.has(normaliseColumnName(column)),
    kind: 'csv',
    missingValues,
  };
}

/**
 * The table's rows and dropped rows in the order of the text, for an importer that reports each where
 * it is.
 */
export function rowsInOrder(table: CsvTable): Array<CsvRow | DroppedRow> {
  if (!table.dropped.length) return table.rows.slice();
  return [...table.rows, ...table.dropped].sort((a, b) => a.line - b.line);
}

/** True for an entry of {@link rowsInOrder} that is a dropped row. */
export const isDroppedRow = (entry: CsvRow | DroppedRow): entry is DroppedRow => 'problem' in entry;

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
    dropped: [],
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
