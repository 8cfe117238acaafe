/**
 * Reading the sheet layout: the events sheet's rows into events (with the actors and about sheets),
 * each cell that cannot be read an issue with its address.
 */
import { describeValue } from '../guards.js';
import type { ConflictEventInput, DataIssue, DatasetInput, Fatalities, Place } from '../types.js';
import { cellNumber, cellText, normaliseCsvText } from './csv.js';
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
import { ActorRegistry } from './sheet-actors.js';
import {
  NO,
  YES,
  columnLetter,
  paragraphs,
  parseFatalities,
  sourceEntry,
  splitList,
  text,
  unguardFormula,
  type SourceEntry,
} from './sheet-cells.js';
import {
  ABOUT_FIELDS,
  DATE_COLUMN,
  EVENT_ALIASES,
  NUMBERED_SOURCE,
  SHEET_COLUMNS,
  columnKey,
  dateOrderOf,
  type EventColumn,
} from './sheet-columns.js';
import { parseSheetDate, type DateOrder } from './sheet-date.js';
import { SourceRegistry } from './sheet-sources.js';
import { SheetTable, isBlankRow, readRows } from './sheet-table.js';

export interface SheetOptions {
  /** The text of the actors sheet (`actors.csv`): id, name, short, side, colour, aliases, description, side id, side colour. */
  actors?: string;
  /** The text of the about sheet (`about.csv`): rows of `field,value` (title, description, lang, updated, date order, source). */
  about?: string;
  /** How numeric dates are written, when neither the date column's name nor the about sheet says. */
  dateOrder?: DateOrder;
}

/** What the about sheet sets. */
interface About {
  meta: Omit<DatasetInput, 'events' | 'sides' | 'actors' | 'sources'>;
  dateOrder?: DateOrder;
  sources: Array<{ entry: SourceEntry; row: number }>;
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
