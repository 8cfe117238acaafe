/**
 * One cell of the sheet layout, read and written: column letters, list cells (`;`, `|` with `\\`
 * escapes), the `'` that keeps a spreadsheet from running text as a formula, yes/no, death tolls and
 * source entries.
 */
import type { Fatalities } from '../types.js';
import { cellParagraphs, cellText } from './csv.js';

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Splits a list cell at unescaped `separator` (`;` or `|`); `\;`, `\|` and `\\` stand for the
 * characters themselves (kept as written with `keepEscapes`). Parts are trimmed; empty ones are kept
 * (a source's parts are positional).
 */
export function splitList(cell: string, separator: ';' | '|', keepEscapes = false): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && i + 1 < cell.length && ';|\\'.includes(cell[i + 1])) {
      // Sources are split twice (entries at `|`, parts at `;`): the first split leaves escapes in.
      part += keepEscapes ? c + cell[++i] : cell[++i];
    } else if (c === separator) {
      parts.push(part.trim());
      part = '';
    } else part += c;
  }
  parts.push(part.trim());
  return parts;
}

/** Text for a list cell: `;`, `|` and `\` escaped with `\`. */
export const escapeListPart = (text: string) => text.replace(/[\\;|]/g, (c) => `\\${c}`);

/**
 * A spreadsheet opening a CSV runs a cell that starts with `=`, `+`, `-` or `@` as a formula; text
 * from data gets a `'` in front (which spreadsheets hide), and reading takes it off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const guardFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
export const unguardFormula = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

export const text = (cell: string | undefined) => unguardFormula(cellText(cell ?? ''));
export const paragraphs = (cell: string | undefined) => unguardFormula(cellParagraphs(cell ?? ''));

export const YES = new Set(['yes', 'y', 'true', '1', 'x']);
export const NO = new Set(['', 'no', 'n', 'false', '0']);

const COUNT = '(\\d{1,3}(?:,\\d{3})+|\\d+)';
const RANGE_SEPARATOR = '\\s*(?:–|—|-|to)\\s*';
const FATALITY_FORMS: ReadonlyArray<[RegExp, (n: number[]) => Fatalities]> = [
  [new RegExp(`^${COUNT}$`), ([count]) => ({ count })],
  [new RegExp(`^${COUNT}${RANGE_SEPARATOR}${COUNT}$`, 'i'), ([low, high]) => ({ low, high })],
  [
    new RegExp(`^${COUNT}\\s*\\(${COUNT}${RANGE_SEPARATOR}${COUNT}\\)$`, 'i'),
    ([count, low, high]) => ({ count, low, high }),
  ],
  [new RegExp(`^(?:at least|more than|over|>=?|≥)\\s*${COUNT}$`, 'i'), ([low]) => ({ low })],
  [new RegExp(`^${COUNT}\\s*\\+$`), ([low]) => ({ low })],
  [new RegExp(`^(?:up to|at most|<=?|≤)\\s*${COUNT}$`, 'i'), ([high]) => ({ high })],
];

/**
 * A fatalities cell: `73`, `6,000`, `15–20` (or `15-20`, `15 to 20`), `at least 73` (`73+`, `more
 * than 73`), `up to 20`, `73 (60–80)`. `undefined` when blank, `null` when not one of these.
 */
export function parseFatalities(cell: string): Fatalities | null | undefined {
  const t = cellText(cell);
  if (t === '') return undefined;
  for (const [form, make] of FATALITY_FORMS) {
    const m = form.exec(t);
    if (m) return make(m.slice(1).map((n) => Number(n.replace(/,/g, ''))));
  }
  return null;
}

/** The fatalities cell {@link parseFatalities} reads back to the same figures. */
export function formatFatalitiesCell({ count, low, high }: Fatalities): string {
  if (count !== undefined)
    return low !== undefined && high !== undefined ? `${count} (${low}–${high})` : String(count);
  if (low !== undefined && high !== undefined) return `${low}–${high}`;
  if (low !== undefined) return `at least ${low}`;
  if (high !== undefined) return `up to ${high}`;
  return '';
}

/** A source as the sheet writes it: publisher; title; date; URL; id (trailing empty parts left out). */
export interface SourceEntry {
  publisher: string;
  title: string;
  published: string;
  url: string;
  id: string;
}

export function sourceEntry(cell: string): SourceEntry {
  const [publisher = '', title = '', published = '', url = '', id = ''] = splitList(cell, ';').map(
    unguardFormula,
  );
  return { publisher, title, published, url, id };
}
