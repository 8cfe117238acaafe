/** One sheet's CSV text as rows, with its header's columns found and cells addressed as a spreadsheet does. */
import { csvParseRows } from 'd3-dsv';
import { jsonPointer } from '../parse-dataset.js';
import type { DataIssue } from '../types.js';
import { normaliseCsvText } from './csv.js';
import { columnLetter } from './sheet-cells.js';
import { columnKey } from './sheet-columns.js';

/** A CSV text's rows, the header first; `sheetRow(i)` is the spreadsheet row number of `rows[i]`. */
export function readRows(text: string): string[][] {
  return csvParseRows(normaliseCsvText(text));
}

export const isBlankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** A table read from one sheet: which column each known name is in, and how to name a cell. */
export class SheetTable<Column extends string> {
  readonly rows: string[][];
  readonly columns = new Map<Column, number>();
  readonly unknown: string[] = [];
  constructor(
    text: string,
    readonly file: string,
    known: readonly Column[],
    aliases: Record<string, Column>,
    readonly issues: DataIssue[],
    /** A column's meaning when it is not a plain name: a known column, or `null` when read elsewhere. */
    special?: (key: string, index: number) => Column | null | undefined,
  ) {
    this.rows = readRows(text);
    const header = this.rows[0] ?? [];
    header.forEach((name, i) => {
      const key = columnKey(name);
      if (key === '') return;
      const other = special?.(key, i);
      if (other === null) return;
      const column = other ?? ((known as readonly string[]).includes(key) ? (key as Column) : aliases[key]);
      if (column === undefined) {
        this.warn(
          i,
          0,
          `column "${name.trim()}" is not part of the sheet layout (see templates/README.md); ignored`,
        );
      } else if (this.columns.has(column)) {
        this.warn(
          i,
          0,
          `a second "${column}" column; only the first (${this.address(this.columns.get(column)!, 0)}) is read`,
        );
      } else this.columns.set(column, i);
    });
  }

  /** `C14` (with the file name before it when it is not the events sheet). */
  address(column: number, row: number): string {
    return `${this.file ? `${this.file} ` : ''}${columnLetter(column)}${row + 1}`;
  }

  /** Issue path: a pointer into the rows as d3-dsv's `csvParse` objects (`/12/date`), `''` for the header. */
  path(column: number, row: number): string {
    if (row === 0 || this.file) return '';
    return jsonPointer(row - 1, (this.rows[0] ?? [])[column]?.trim() ?? String(column));
  }

  warn(column: number, row: number, message: string): void {
    this.issues.push({
      path: this.path(column, row),
      message: `${this.address(column, row)}: ${message}`,
      severity: 'warning',
    });
  }

  error(column: number, row: number, message: string): void {
    this.issues.push({
      path: this.path(column, row),
      message: `${this.address(column, row)}: ${message}`,
      severity: 'error',
    });
  }

  cell(row: readonly string[], column: Column): string {
    const i = this.columns.get(column);
    return i === undefined ? '' : (row[i] ?? '');
  }

  at(column: Column): number {
    return this.columns.get(column) ?? 0;
  }
}
