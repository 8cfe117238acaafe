/**
 * The spreadsheet layout (`templates/conflict-timeline-sheet.csv`, described in `templates/README.md`):
 * one row per event in the events sheet, an optional actors sheet (name, short, side, colour,
 * aliases…) and an optional about sheet (title, description, language, date order, uncited
 * sources). {@link fromSheet} reads it, {@link toSheet} writes it; what one writes the other reads
 * back to the same dataset.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { describeValue } from '../guards.js';
import { jsonPointer, parseDataset } from '../parse-dataset.js';
import { httpUrl } from '../url.js';
import type {
  Actor,
  ActorRef,
  ConflictEventInput,
  DataIssue,
  Dataset,
  DatasetInput,
  Fatalities,
  Place,
  Side,
  Source,
} from '../types.js';
import { cellNumber, cellParagraphs, cellText, normaliseCsvText } from './csv.js';
import {
  finishImport,
  safely,
  slugify,
  uniqueId,
  unusableInput,
  type Conversion,
  type EventOrigin,
  type ImportResult,
} from './dataset-builder.js';
import { parseSheetDate, type DateOrder } from './sheet-date.js';

export { parseSheetDate, type DateOrder, type SheetDateResult } from './sheet-date.js';

export interface SheetOptions {
  /** The text of the actors sheet (`actors.csv`): id, name, short, side, colour, aliases, description, side id, side colour. */
  actors?: string;
  /** The text of the about sheet (`about.csv`): rows of `field,value` (title, description, lang, updated, date order, source). */
  about?: string;
  /** How numeric dates are written, when neither the date column's name nor the about sheet says. */
  dateOrder?: DateOrder;
}

/** The sheets of one dataset, as CSV text. */
export interface SheetFiles {
  events: string;
  /** Header only when the dataset has no actors or sides. */
  actors: string;
  /** Header only when the dataset has no title, description, language, date or uncited source. */
  about: string;
}

/** The events sheet's columns, in the template's order. */
export const SHEET_COLUMNS = [
  'id',
  'date',
  'title',
  'summary',
  'category',
  'place',
  'admin1',
  'country',
  'lat',
  'lon',
  'coordinates approximate',
  'actors',
  'fatalities',
  'counted by',
  'fatalities claimed by',
  'claimed by',
  'sources',
  'tags',
  'importance',
] as const;
type EventColumn = (typeof SHEET_COLUMNS)[number];

/** The actors sheet's columns. */
export const ACTOR_COLUMNS = [
  'id',
  'name',
  'short',
  'side',
  'colour',
  'aliases',
  'description',
  'side id',
  'side colour',
] as const;
type ActorColumn = (typeof ACTOR_COLUMNS)[number];

/** Other names people give the columns (compared after {@link columnKey}). */
const EVENT_ALIASES: Record<string, EventColumn> = {
  'event id': 'id',
  headline: 'title',
  description: 'summary',
  text: 'summary',
  type: 'category',
  'event type': 'category',
  location: 'place',
  province: 'admin1',
  governorate: 'admin1',
  region: 'admin1',
  latitude: 'lat',
  longitude: 'lon',
  lng: 'lon',
  long: 'lon',
  'approximate coordinates': 'coordinates approximate',
  actor: 'actors',
  deaths: 'fatalities',
  killed: 'fatalities',
  'who counted': 'counted by',
  'fatalities counted by': 'counted by',
  'toll claimed by': 'fatalities claimed by',
  source: 'sources',
  tag: 'tags',
};
const ACTOR_ALIASES: Record<string, ActorColumn> = {
  color: 'colour',
  'short name': 'short',
  alias: 'aliases',
  'side color': 'side colour',
};

/** Column names compare case-insensitively, with `_` and runs of spaces as one space. */
const columnKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

/**
 * True when a CSV header (names as {@link normaliseColumnName} gives them) is the sheet layout's: a
 * date column (`date`, or `date (dd/mm/yyyy)`) and a `title` column.
 */
export function isSheetHeader(columns: readonly string[]): boolean {
  const keys = columns.map(columnKey);
  return keys.includes('title') && keys.some((k) => k === 'date' || DATE_COLUMN.test(k));
}

const DATE_COLUMN = /^date \((dd\/mm\/yyyy|d\/m\/y|day first|mm\/dd\/yyyy|m\/d\/y|month first)\)$/;
const NUMBERED_SOURCE = /^sources? ?(\d+)$/;

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A CSV text's rows, the header first; `sheetRow(i)` is the spreadsheet row number of `rows[i]`. */
function readRows(text: string): string[][] {
  return csvParseRows(normaliseCsvText(text));
}

const isBlankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

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
const escapeListPart = (text: string) => text.replace(/[\\;|]/g, (c) => `\\${c}`);

/**
 * A spreadsheet opening a CSV runs a cell that starts with `=`, `+`, `-` or `@` as a formula; text
 * from data gets a `'` in front (which spreadsheets hide), and reading takes it off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const guardFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
const unguardFormula = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

const text = (cell: string | undefined) => unguardFormula(cellText(cell ?? ''));
const paragraphs = (cell: string | undefined) => unguardFormula(cellParagraphs(cell ?? ''));

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

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
interface SourceEntry {
  publisher: string;
  title: string;
  published: string;
  url: string;
  id: string;
}

/** A table read from one sheet: which column each known name is in, and how to name a cell. */
class SheetTable<Column extends string> {
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

/** What the about sheet sets. */
interface About {
  meta: Omit<DatasetInput, 'events' | 'sides' | 'actors' | 'sources'>;
  dateOrder?: DateOrder;
  sources: Array<{ entry: SourceEntry; row: number }>;
}

const ABOUT_FIELDS = ['title', 'description', 'lang', 'updated', 'date order', 'source'] as const;

function dateOrderOf(text: string): DateOrder | undefined {
  const t = columnKey(text);
  if (['dd/mm/yyyy', 'd/m/y', 'day first', 'dmy'].includes(t)) return 'dmy';
  if (['mm/dd/yyyy', 'm/d/y', 'month first', 'mdy'].includes(t)) return 'mdy';
  return undefined;
}

function readAbout(textOfSheet: string, issues: DataIssue[]): About {
  const about: About = { meta: {}, sources: [] };
  const rows = readRows(textOfSheet);
  const address = (c: number, r: number) => `about.csv ${columnLetter(c)}${r + 1}`;
  const warn = (c: number, r: number, message: string) =>
    issues.push({ path: '', message: `${address(c, r)}: ${message}`, severity: 'warning' });
  rows.forEach((row, r) => {
    const field = columnKey(row[0] ?? '');
    const value = row[1] ?? '';
    if (r === 0 && field === 'field') return;
    if (field === '' && isBlankRow(row)) return;
    const key = field === 'language' ? 'lang' : field;
    if (!(ABOUT_FIELDS as readonly string[]).includes(key)) {
      warn(0, r, `"${row[0]}" is not an about field (${ABOUT_FIELDS.join(', ')}); ignored`);
      return;
    }
    if (key === 'date order') {
      const order = dateOrderOf(value);
      if (order) about.dateOrder = order;
      else warn(1, r, `date order "${cellText(value)}" is not dd/mm/yyyy or mm/dd/yyyy; ignored`);
    } else if (key === 'source') {
      about.sources.push({ entry: sourceEntry(value), row: r });
    } else if (key === 'description') {
      const v = paragraphs(value);
      if (v) about.meta.description = v;
    } else {
      const v = text(value);
      if (v) about.meta[key as 'title' | 'lang' | 'updated'] = v;
    }
  });
  return about;
}

function sourceEntry(cell: string): SourceEntry {
  const [publisher = '', title = '', published = '', url = '', id = ''] = splitList(cell, ';').map(
    unguardFormula,
  );
  return { publisher, title, published, url, id };
}

/** Sources made once each: by id when the entry gives one, else by all four parts. */
class SourceRegistry {
  private readonly _byKey = new Map<string, Source>();
  private readonly _byId = new Map<string, Source>();
  private readonly _ids = new Set<string>();
  readonly list: Source[] = [];

  /** Ids the sheet gives are reserved first, so that made ids never take one. */
  reserve(id: string): void {
    this._ids.add(id);
  }

  /** The id of the source an entry stands for (`undefined` when the entry is empty), with problems told to `warn`. */
  add(entry: SourceEntry, warn: (message: string) => void): string | undefined {
    const { publisher, title, url, id } = entry;
    if (!publisher && !title && !entry.published && !url && !id) return undefined;
    // A lone word that is a source id the sheet gives elsewhere cites that source.
    if (!title && !entry.published && !url && !id && this._byId.has(publisher)) return publisher;
    // "2 December 2024" and "2024-12-02" are one date: entries compare with the date as the JSON writes it.
    const date = entry.published ? parseSheetDate(entry.published) : undefined;
    const published = date?.ok && !date.date.includes('/') && !/[~?%]$/.test(date.date) ? date.date : '';
    const key = id ? `#${id}` : JSON.stringify([publisher, title, published || entry.published, url]);
    const known = this._byKey.get(key);
    if (known) {
      if (id && !sameSource(known, { ...entry, published: published || entry.published }))
        warn(`source "${id}" is written differently here; its first entry is used`);
      return known.id;
    }
    const source: Source = {
      id: id || uniqueId(slugify(`${publisher} ${published || entry.published}`, 'source'), this._ids),
      publisher: publisher || title || url || id,
    };
    if (!publisher) warn(`a source has no publisher; "${source.publisher}" is used`);
    if (title) source.title = title;
    if (published) source.published = published;
    else if (entry.published) warn(`source date "${entry.published}" is not a day, month or year; left out`);
    if (url) {
      source.url = url;
      if (!httpUrl(url)) warn(`source URL "${url}" is not an http(s) address; it will not be a link`);
    }
    this._byKey.set(key, source);
    this._byId.set(source.id, source);
    this.list.push(source);
    return source.id;
  }
}

const sameSource = (s: Source, e: SourceEntry) =>
  s.publisher === e.publisher &&
  (s.title ?? '') === e.title &&
  (s.published ?? '') === e.published &&
  (s.url ?? '') === e.url;

/** Actors and sides from the actors sheet, and actors first named in the events sheet. */
class ActorRegistry {
  readonly actors: Actor[] = [];
  readonly sides: Side[] = [];
  /** Lookups by name, then id, then short name or alias: a name always finds its own actor. */
  private readonly _lookups = [new Map<string, Actor>(), new Map<string, Actor>(), new Map<string, Actor>()];
  private readonly _ids = new Set<string>();
  private readonly _sideIds = new Set<string>();

  constructor(private readonly _issues: DataIssue[]) {}

  readSheet(textOfSheet: string): void {
    const table = new SheetTable<ActorColumn>(
      textOfSheet,
      'actors.csv',
      ACTOR_COLUMNS,
      ACTOR_ALIASES,
      this._issues,
    );
    const rows = table.rows.map((row, r) => ({ row, r })).filter(({ row, r }) => r > 0 && !isBlankRow(row));
    const cell = (row: readonly string[], c: ActorColumn) => text(table.cell(row, c));
    // Ids the sheet gives are taken first; made ones (from the name) go around them.
    for (const { row } of rows) {
      const id = cell(row, 'id');
      if (id) this._ids.add(id);
      const sideId = cell(row, 'side id');
      if (sideId) this._sideIds.add(sideId);
    }
    const made: Actor[] = [];
    for (const { row, r } of rows) {
      const name = cell(row, 'name');
      const side = this._side(table, row, r);
      if (!name) {
        const filled = ACTOR_COLUMNS.filter((c) => !c.startsWith('side') && cell(row, c));
        if (filled.length) table.error(table.at('name'), r, 'the actor has no name; row ignored');
        continue;
      }
      const first = this._lookups[0].get(name.toLowerCase());
      if (first) {
        table.warn(table.at('name'), r, `"${name}" is already on an earlier row; this row is ignored`);
        continue;
      }
      const actor: Actor = { id: cell(row, 'id') || uniqueId(slugify(name, 'actor'), this._ids), name };
      const short = cell(row, 'short');
      if (short) actor.short = short;
      if (side) actor.side = side.id;
      const colour = cell(row, 'colour');
      if (colour) actor.color = colour;
      const aliases = splitList(table.cell(row, 'aliases'), ';').map(unguardFormula).filter(Boolean);
      if (aliases.length) actor.aliases = aliases;
      const description = paragraphs(table.cell(row, 'description'));
      if (description) actor.description = description;
      this._lookups[0].set(name.toLowerCase(), actor);
      made.push(actor);
    }
    for (const actor of made) this._add(actor);
  }

  /** The side a row names (by label, or by id in `side id`), made on first mention. */
  private _side(table: SheetTable<ActorColumn>, row: readonly string[], r: number): Side | undefined {
    const label = text(table.cell(row, 'side'));
    const givenId = text(table.cell(row, 'side id'));
    const colour = text(table.cell(row, 'side colour'));
    if (!label && !givenId) {
      if (colour) table.warn(table.at('side colour'), r, 'a side colour without a side; ignored');
      return undefined;
    }
    const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
    let side = givenId
      ? this.sides.find((s) => s.id === givenId)
      : (this.sides.find((s) => same(s.label, label)) ?? this.sides.find((s) => s.id === label));
    if (!side) {
      side = { id: givenId || uniqueId(slugify(label, 'side'), this._sideIds), label: label || givenId };
      this._sideIds.add(side.id);
      this.sides.push(side);
    } else if (label && givenId && !same(side.label, label)) {
      table.warn(
        table.at('side'),
        r,
        `side "${givenId}" is called "${side.label}" on an earlier row; that name is kept`,
      );
    }
    if (colour) {
      if (!side.color) side.color = colour;
      else if (!same(side.color, colour)) {
        table.warn(
          table.at('side colour'),
          r,
          `side "${side.label}" already has the colour ${side.color}; ${colour} is ignored`,
        );
      }
    }
    return side;
  }

  private _add(actor: Actor): void {
    this._ids.add(actor.id);
    this.actors.push(actor);
    const claim = (map: Map<string, Actor>, key: string | undefined) => {
      if (key && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), actor);
    };
    claim(this._lookups[0], actor.name);
    claim(this._lookups[1], actor.id);
    for (const key of [actor.short, ...(actor.aliases ?? [])]) claim(this._lookups[2], key);
  }

  find(name: string): Actor | undefined {
    const key = name.toLowerCase();
    for (const map of this._lookups) {
      const actor = map.get(key);
      if (actor) return actor;
    }
    return undefined;
  }

  /** An actor reference as the events sheet writes it: `Name` or `Name (role)`. */
  reference(part: string): ActorRef {
    const whole = this.find(part);
    if (whole) return { id: whole.id };
    const m = /^(.*\S)\s*\(([^()]*)\)$/.exec(part);
    // "(FSA)": capitals in brackets are part of a name not in the actors sheet, not a role.
    const isRole = m !== null && !(/^[\p{Lu}\p{N}\s.&-]+$/u.test(m[2]) && !this.find(m[1]));
    const name = isRole ? m[1] : part;
    let actor = this.find(name);
    if (!actor) {
      actor = { id: uniqueId(slugify(name, 'actor'), this._ids), name };
      this._add(actor);
    }
    const role = isRole ? m[2].trim() : '';
    return role ? { id: actor.id, role } : { id: actor.id };
  }
}

/** One events-sheet row, read but not yet given its id and sources. */
interface RowRead {
  r: number;
  event: Omit<ConflictEventInput, 'id'>;
  id: string;
  sources: Array<{ entry: SourceEntry; column: number }>;
}

const REQUIRED: readonly EventColumn[] = ['date', 'title'];

/**
 * Converts the sheet layout into a {@link DatasetInput} without validating it; {@link fromSheet}
 * validates it. Never throws.
 */
export function sheetToInput(csvText: unknown, options: SheetOptions = {}): Conversion {
  return safely('sheet', () => {
    if (typeof csvText !== 'string')
      return unusableInput(`a sheet is CSV text, not ${describeValue(csvText)}`);
    if (normaliseCsvText(csvText).trim() === '') return unusableInput('the sheet is empty');
    const issues: DataIssue[] = [];
    let headerOrder: DateOrder | undefined;
    const numbered: Array<{ index: number; n: number }> = [];
    const table = new SheetTable<EventColumn>(csvText, '', SHEET_COLUMNS, EVENT_ALIASES, issues, (key, i) => {
      const order = DATE_COLUMN.exec(key);
      if (order) {
        // "date (dd/mm/yyyy)": the date column, and how its numeric dates are written.
        headerOrder ??= dateOrderOf(order[1]);
        return 'date';
      }
      const source = NUMBERED_SOURCE.exec(key);
      if (source) {
        numbered.push({ index: i, n: Number(source[1]) });
        return null;
      }
      return undefined;
    });
    const missing = REQUIRED.filter((c) => !table.columns.has(c));
    if (missing.length) {
      const header = (table.rows[0] ?? []).slice(0, 8).join(', ');
      return unusableInput(
        `not a conflict-timeline sheet: the header (${header}) has no ${missing.join(' or ')} column (see templates/README.md)`,
      );
    }
    numbered.sort((a, b) => a.n - b.n);
    const sourceColumns = [
      ...(table.columns.has('sources') ? [table.at('sources')] : []),
      ...numbered.map((n) => n.index),
    ];

    const about = options.about ? readAbout(options.about, issues) : { meta: {}, sources: [] };
    const dateOrder = headerOrder ?? about.dateOrder ?? options.dateOrder;
    const actors = new ActorRegistry(issues);
    if (options.actors) actors.readSheet(options.actors);

    const read: RowRead[] = [];
    table.rows.forEach((row, r) => {
      if (r === 0 || isBlankRow(row)) return;
      const one = readEventRow(table, row, r, dateOrder, actors, sourceColumns);
      if (one) read.push(one);
    });

    // Ids the sheet gives are taken first; made ones (date + title) go around them.
    const eventIds = new Set(read.map((row) => row.id).filter(Boolean));
    const sources = new SourceRegistry();
    for (const row of read) for (const { entry } of row.sources) if (entry.id) sources.reserve(entry.id);
    for (const { entry } of about.sources) if (entry.id) sources.reserve(entry.id);
    const events: ConflictEventInput[] = [];
    const origins: EventOrigin[] = [];
    // Entries with an id first, so that a bare id elsewhere can cite them.
    const pending = read.flatMap((row) => row.sources.map((s) => ({ ...s, row })));
    const ordered = [...pending.filter((p) => p.entry.id), ...pending.filter((p) => !p.entry.id)];
    const cited = new Map<(typeof pending)[number], string | undefined>();
    for (const p of ordered)
      cited.set(
        p,
        sources.add(p.entry, (m) => table.warn(p.column, p.row.r, m)),
      );
    for (const row of read) {
      const event: ConflictEventInput = {
        id: row.id || uniqueId(slugify(`${row.event.date} ${row.event.title}`, 'event'), eventIds),
        ...row.event,
      };
      const ids = pending
        .filter((p) => p.row === row)
        .map((p) => cited.get(p))
        .filter((id): id is string => id !== undefined);
      if (ids.length) event.sources = [...new Set(ids)];
      events.push(event);
      origins.push({ path: `/${row.r - 1}`, label: `row ${row.r + 1}` });
    }
    for (const { entry, row } of about.sources) {
      sources.add(entry, (m) =>
        issues.push({ path: '', message: `about.csv B${row + 1}: ${m}`, severity: 'warning' }),
      );
    }

    const input: DatasetInput = { ...about.meta, events };
    if (actors.sides.length) input.sides = actors.sides;
    if (actors.actors.length) input.actors = actors.actors;
    if (sources.list.length) input.sources = sources.list;
    return { input, issues, origins };
  });
}

function readEventRow(
  table: SheetTable<EventColumn>,
  row: readonly string[],
  r: number,
  dateOrder: DateOrder | undefined,
  actors: ActorRegistry,
  sourceColumns: readonly number[],
): RowRead | undefined {
  const cell = (c: EventColumn) => text(table.cell(row, c));
  const raw = (c: EventColumn) => table.cell(row, c);
  const at = (c: EventColumn) => table.at(c);

  const dateText = cellText(raw('date'));
  const title = cell('title');
  if (!dateText && !title) {
    table.error(at('date'), r, 'the row has no date and no title; row dropped');
    return undefined;
  }
  const date = parseSheetDate(dateText, dateOrder);
  if (!date.ok) {
    table.error(at('date'), r, `${dateText ? date.reason : 'the date is empty'}; row dropped`);
    return undefined;
  }
  if (!title) {
    table.error(at('title'), r, 'the title is empty; row dropped');
    return undefined;
  }
  const event: Omit<ConflictEventInput, 'id'> = { date: date.date, title };
  const summary = paragraphs(raw('summary'));
  if (summary) event.summary = summary;
  const category = cell('category');
  if (category) event.category = category;

  const place = placeOf(table, row, r);
  if (place) event.place = place;

  const refs = splitList(raw('actors'), ';')
    .map(unguardFormula)
    .filter(Boolean)
    .map((part) => actors.reference(part));
  if (refs.length) event.actors = refs.map((ref) => (ref.role ? ref : ref.id));

  const figure = parseFatalities(raw('fatalities'));
  const who = cell('counted by');
  const tollClaimedBy = cell('fatalities claimed by');
  if (figure === null) {
    table.warn(
      at('fatalities'),
      r,
      `"${cellText(raw('fatalities'))}" is not a death toll (73, 15–20, at least 73, up to 20); left out`,
    );
  } else if (figure) {
    const fatalities: Fatalities = { ...figure };
    if (who) fatalities.who = who;
    if (tollClaimedBy) fatalities.claimedBy = tollClaimedBy;
    event.fatalities = fatalities;
  } else if (who || tollClaimedBy) {
    table.warn(
      at(who ? 'counted by' : 'fatalities claimed by'),
      r,
      'there is no death toll for this to go with; left out',
    );
  }
  const claimedBy = cell('claimed by');
  if (claimedBy) event.claimedBy = claimedBy;

  const tags = splitList(raw('tags'), ';').map(unguardFormula).filter(Boolean);
  if (tags.length) event.tags = tags;

  const importance = cellNumber(raw('importance'));
  if (importance !== undefined && Number.isFinite(importance)) event.importance = importance;
  else if (importance !== undefined) {
    table.warn(
      at('importance'),
      r,
      `"${cellText(raw('importance'))}" is not a number (3, 0.5, -1); left out`,
    );
  }

  const sources: RowRead['sources'] = [];
  for (const column of sourceColumns) {
    for (const part of splitList(row[column] ?? '', '|', true))
      if (part) sources.push({ entry: sourceEntry(part), column });
  }
  return { r, event, id: cell('id'), sources };
}

function placeOf(table: SheetTable<EventColumn>, row: readonly string[], r: number): Place | undefined {
  const cell = (c: EventColumn) => text(table.cell(row, c));
  const name = cell('place');
  const admin1 = cell('admin1');
  const country = cell('country');
  const latText = cellText(table.cell(row, 'lat'));
  const lonText = cellText(table.cell(row, 'lon'));
  if (!name && !admin1 && !country) {
    if (latText || lonText) table.warn(table.at('lat'), r, 'coordinates without a place name; left out');
    return undefined;
  }
  const place: Place = { name: name || admin1 || country };
  if (admin1) place.admin1 = admin1;
  if (country) place.country = country;
  const lat = cellNumber(latText);
  const lon = cellNumber(lonText);
  if (lat !== undefined && Number.isNaN(lat))
    table.warn(table.at('lat'), r, `"${latText}" is not a number; coordinates left out`);
  else if (lon !== undefined && Number.isNaN(lon))
    table.warn(table.at('lon'), r, `"${lonText}" is not a number; coordinates left out`);
  else if ((lat === undefined) !== (lon === undefined)) {
    table.warn(
      table.at(lat === undefined ? 'lat' : 'lon'),
      r,
      'a latitude needs a longitude and the reverse; coordinates left out',
    );
  } else if (lat !== undefined && lon !== undefined) {
    place.lat = lat;
    place.lon = lon;
  }
  const approximate = columnKey(table.cell(row, 'coordinates approximate'));
  if (YES.has(approximate)) place.approximate = true;
  else if (!NO.has(approximate)) {
    table.warn(table.at('coordinates approximate'), r, `"${approximate}" is not yes or no; taken as no`);
  }
  return place;
}

/**
 * Imports the spreadsheet layout (the events sheet as CSV, with the actors and about sheets as
 * options). Returns `{ dataset, issues, input }` like {@link parseDataset}; never throws. A cell that
 * cannot be read is an issue with its address (`C14: "19/05/15" is not a date…`); the rest of the
 * row is kept when the event still has a date and a title.
 *
 * @example
 * const { dataset, issues } = fromSheet(eventsCsv, { actors: actorsCsv });
 */
export function fromSheet(csvText: unknown, options: SheetOptions = {}): ImportResult {
  return finishImport(sheetToInput(csvText, options));
}

/** A parsed dataset as plain JSON in this library's format (events in the dataset's order). */
export function toDatasetInput(dataset: Dataset): DatasetInput {
  const input: Omit<DatasetInput, 'events'> = {};
  for (const key of ['title', 'description', 'lang', 'updated'] as const) {
    if (dataset[key] !== undefined) input[key] = dataset[key];
  }
  if (dataset.sides.length) input.sides = dataset.sides.map((s) => ({ ...s }));
  if (dataset.actors.length) input.actors = dataset.actors.map((a) => ({ ...a }));
  if (dataset.sources.length) input.sources = dataset.sources.map((s) => ({ ...s }));
  const events = dataset.events.map(({ time: _time, actors, sources, ...rest }) => {
    const event: ConflictEventInput = { ...rest };
    if (actors.length) event.actors = actors.map((a) => (a.role ? { id: a.id, role: a.role } : a.id));
    if (sources.length) event.sources = [...sources];
    return event;
  });
  // Events last: the lists they refer to come first when a person reads the file.
  return { ...input, events };
}

const csv = (rows: string[][]) => csvFormatRows(rows) + '\n';

/**
 * Writes a dataset in the sheet layout: the events sheet, the actors sheet and the about sheet as CSV
 * text. {@link fromSheet} reads them back to the same dataset (the sources list in the order events
 * first cite them). Text that a spreadsheet would run as a formula is written with a `'` in front.
 * Never throws; JSON input is parsed first.
 */
export function toSheet(data: Dataset | DatasetInput | unknown): SheetFiles {
  const dataset = isDataset(data) ? data : parseDataset(data).dataset;
  const t = (value: string | undefined) => guardFormula(value ?? '');
  const list = (items: readonly string[] | undefined) =>
    (items ?? []).map((i) => escapeListPart(t(i))).join('; ');

  const actorById = dataset.actorsById;
  const lookup = new Map<string, Actor>();
  for (const a of dataset.actors) if (!lookup.has(a.name.toLowerCase())) lookup.set(a.name.toLowerCase(), a);
  const actorName = (id: string) => {
    const actor = actorById.get(id);
    return actor && lookup.get(actor.name.toLowerCase()) === actor ? actor.name : id;
  };
  const madeId = (s: Source) => slugify(`${s.publisher} ${s.published ?? ''}`, 'source');
  const madeCount = new Map<string, number>();
  for (const s of dataset.sources) madeCount.set(madeId(s), (madeCount.get(madeId(s)) ?? 0) + 1);
  // The id is written unless reading would make the same one from the publisher and date.
  const idNeeded = (s: Source) => s.id !== madeId(s) || madeCount.get(s.id) !== 1;
  const sourceCell = (s: Source) => {
    const parts = [s.publisher, s.title ?? '', s.published ?? '', s.url ?? '', idNeeded(s) ? s.id : ''];
    while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
    return parts.map((p) => escapeListPart(guardFormula(p))).join('; ');
  };

  const events: string[][] = [[...SHEET_COLUMNS]];
  const cited = new Set<string>();
  for (const e of dataset.events) {
    const cells: Record<EventColumn, string> = {
      id: t(e.id),
      date: e.date,
      title: t(e.title),
      summary: t(e.summary),
      category: t(e.category),
      place: t(e.place?.name),
      admin1: t(e.place?.admin1),
      country: t(e.place?.country),
      lat: e.place?.lat === undefined ? '' : String(e.place.lat),
      lon: e.place?.lon === undefined ? '' : String(e.place.lon),
      'coordinates approximate': e.place?.approximate ? 'yes' : '',
      actors: e.actors
        .map((a) => escapeListPart(t(actorName(a.id))) + (a.role ? ` (${escapeListPart(a.role)})` : ''))
        .join('; '),
      fatalities: e.fatalities ? formatFatalitiesCell(e.fatalities) : '',
      'counted by': t(e.fatalities?.who),
      'fatalities claimed by': t(e.fatalities?.claimedBy),
      'claimed by': t(e.claimedBy),
      sources: e.sources
        .map((id) => dataset.sourcesById.get(id))
        .filter((s): s is Source => s !== undefined)
        .map((s) => (cited.add(s.id), sourceCell(s)))
        .join(' | '),
      tags: list(e.tags),
      importance: e.importance === undefined ? '' : String(e.importance),
    };
    events.push(SHEET_COLUMNS.map((c) => cells[c]));
  }

  const actors: string[][] = [[...ACTOR_COLUMNS]];
  const row = (cells: Partial<Record<ActorColumn, string>>) => ACTOR_COLUMNS.map((c) => cells[c] ?? '');
  const sideCells = (side: Side, first: boolean) => ({
    side: t(side.label),
    'side id': side.id === slugify(side.label, 'side') ? '' : t(side.id),
    'side colour': first ? (side.color ?? '') : '',
  });
  // Sides are read in the order they are first named, and lanes follow that order. When the actors
  // name them in the dataset's order, the first actor of each side carries its colour; otherwise
  // each side gets a row of its own first.
  const namedOrder = [...new Set(dataset.actors.map((a) => a.side).filter((id) => id !== undefined))];
  const ownRows = namedOrder.join('\n') !== dataset.sides.map((s) => s.id).join('\n');
  if (ownRows) for (const side of dataset.sides) actors.push(row(sideCells(side, true)));
  const sideSeen = new Set<string>();
  for (const a of dataset.actors) {
    const side = a.side === undefined ? undefined : dataset.sidesById.get(a.side);
    const first = side !== undefined && !sideSeen.has(side.id);
    if (side) sideSeen.add(side.id);
    actors.push(
      row({
        id: a.id === slugify(a.name, 'actor') ? '' : t(a.id),
        name: t(a.name),
        short: t(a.short),
        colour: a.color ?? '',
        aliases: list(a.aliases),
        description: t(a.description),
        ...(side ? sideCells(side, first && !ownRows) : {}),
      }),
    );
  }

  const about = [['field', 'value']];
  for (const key of ['title', 'description', 'lang', 'updated'] as const) {
    const value = dataset[key];
    if (value !== undefined) about.push([key, t(value)]);
  }
  for (const s of dataset.sources) if (!cited.has(s.id)) about.push(['source', sourceCell(s)]);

  return { events: csv(events), actors: csv(actors), about: csv(about) };
}

function isDataset(value: unknown): value is Dataset {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Dataset).eventsById instanceof Map &&
    (value as Dataset).sourcesById instanceof Map
  );
}
