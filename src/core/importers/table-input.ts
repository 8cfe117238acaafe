/**
 * The inputs of the table importers (ACLED, UCDP): CSV text, the JSON an API replies with (as text or
 * parsed), or a bare list of rows, all read as one {@link CsvTable} with the CSV's column names.
 */
import { describeValue, errorMessage, isRecord } from '../guards.js';
import { describeMissingValues, readCsv, recordsTable, type CsvTable, type ReadTableOptions } from './csv.js';
import { unusableInput, type Conversion, type DatasetBuilder } from './dataset-builder.js';

/** Where an API reply keeps its rows, and what else it says about them. */
export interface ApiRows {
  rows: readonly unknown[];
  /** JSON pointer to the list: `/data`. */
  path: string;
  /** Warnings about the reply as a whole (more pages to fetch). */
  notes: string[];
}

export interface TableInputFormat extends ReadTableOptions {
  /** `ACLED`: in "the ACLED file is empty". */
  name: string;
  /** `an ACLED export`: in "an ACLED export is CSV text or …, not null". */
  what: string;
  /** The API reply's shape in words: `the ACLED API's JSON reply`. */
  api: string;
  /** The rows of an API reply, or why the object is not one. */
  apiRows(reply: Record<string, unknown>): ApiRows | string;
}

/** A table read, with what the reading found. */
export interface ReadTable {
  table: CsvTable;
  /** Warnings about the reply as a whole. */
  notes: string[];
  /** Rows that could not be read, with why. */
  problems: Array<{ path: string; problem: string }>;
}

export type TableInput = ReadTable | { unusable: Conversion };

/** The input as a table, or the one issue saying why it is not one. Never throws on a hostile value. */
export function readTableInput(input: unknown, format: TableInputFormat): TableInput {
  const fail = (message: string): TableInput => ({ unusable: unusableInput(message) });
  let value: unknown = input;
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const trimmed = text.trim();
    if (trimmed === '') return fail(`the ${format.name} file is empty`);
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
      return { table: readCsv(text, format), notes: [], problems: [] };
    }
    // A CSV header never starts with `{` or `[`; read as one, JSON would give an empty table.
    try {
      value = JSON.parse(trimmed) as unknown;
    } catch (e) {
      return fail(
        `the text is JSON, not a CSV table, but not valid JSON: ${errorMessage(e)} ` +
          `(${format.what} is CSV text or ${format.api})`,
      );
    }
  }
  if (Array.isArray(value)) {
    const table = recordsTable(value, '', format);
    return { table, notes: [], problems: table.notRecords };
  }
  if (!isRecord(value)) {
    return fail(`${format.what} is CSV text or ${format.api}, not ${describeValue(value)}`);
  }
  const api = format.apiRows(value);
  if (typeof api === 'string') return fail(api);
  const table = recordsTable(api.rows, api.path, format);
  return { table, notes: api.notes, problems: table.notRecords };
}

/**
 * The issue for a table without rows, or `undefined`: a CSV file with only its header, or an API reply
 * with an empty list.
 */
export function describeNoRows(table: CsvTable): string | undefined {
  if (table.rows.length || table.dropped.length) return undefined;
  return table.kind === 'csv' ? 'the file has a header but no rows' : 'the reply has no rows';
}

/** The table's own warnings, once each: missing-value marks read as empty, rows not read. */
export function reportTable(builder: DatasetBuilder, input: ReadTable): void {
  for (const { path, problem } of input.problems) builder.error(path, `${problem}; dropped`);
  const missing = describeMissingValues(input.table.missingValues);
  if (missing) builder.warning('', missing);
  for (const note of input.notes) builder.warning('', note);
}

/** The header, shortened, for "not an ACLED export: the header (…) has no … column". */
export function headerForMessage(table: CsvTable): string {
  return `${table.header.slice(0, 8).join(', ')}${table.header.length > 8 ? ', …' : ''}`;
}
