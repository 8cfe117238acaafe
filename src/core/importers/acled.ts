/**
 * ACLED (Armed Conflict Location & Event Data) CSV exports and API replies to a dataset: the current
 * column set (event_id_cnty, event_date, time_precision, event_type, sub_event_type, actor1,
 * assoc_actor_1, inter1, actor2, …, admin1..3, location, latitude, longitude, geo_precision, source,
 * notes, fatalities, timestamp), the pre-2019 one (alphabetical, `ally_actor_1/2`, `gwno`, old event
 * types), and extracts with only some of the columns. Columns are found by name, in any order and case.
 */
import { MAX_DATE_MS, MS_PER_DAY, parseDate } from '../dates.js';
import { isRecord } from '../guards.js';
import type { ActorRef, ConflictEventInput, Place } from '../types.js';
import {
  cellIsoDay,
  cellNumber,
  cellParagraphs,
  cellText,
  describeCutOff,
  isDroppedRow,
  rowsInOrder,
  type CsvRow,
  type CsvTable,
} from './csv.js';
import {
  DatasetBuilder,
  finishImport,
  safely,
  slugify,
  unusableInput,
  type Conversion,
  type EventOrigin,
  type ImportResult,
} from './dataset-builder.js';
import { repairWindows1252Controls } from './html-text.js';
import {
  describeNoRows,
  headerForMessage,
  readTableInput,
  reportTable,
  type ApiRows,
  type TableInputFormat,
} from './table-input.js';
import { monthNumber } from './month-names.js';

/** ACLED's actor types (`inter1`, `inter2`): numeric codes before 2023, names since. */
const ACTOR_TYPES: ReadonlyArray<{ id: string; label: string; names: string[] }> = [
  { id: 'state-forces', label: 'State forces', names: ['state forces', 'state force'] },
  { id: 'rebel-groups', label: 'Rebel groups', names: ['rebel groups', 'rebel group'] },
  {
    id: 'political-militias',
    label: 'Political militias',
    names: ['political militias', 'political militia'],
  },
  { id: 'identity-militias', label: 'Identity militias', names: ['identity militias', 'identity militia'] },
  { id: 'rioters', label: 'Rioters', names: ['rioters', 'rioter'] },
  { id: 'protesters', label: 'Protesters', names: ['protesters', 'protester', 'protestors'] },
  { id: 'civilians', label: 'Civilians', names: ['civilians', 'civilian'] },
  {
    id: 'external-other-forces',
    label: 'External/Other forces',
    names: ['external/other forces', 'external/other force', 'external forces', 'other forces'],
  },
];

/** The actor type of an `inter` cell: `null` for none (`0` or blank), `undefined` when unknown. */
export function acledActorType(cell: string): (typeof ACTOR_TYPES)[number] | null | undefined {
  const text = cell.trim().toLowerCase();
  if (text === '' || text === '0') return null;
  if (/^[1-8]$/.test(text)) return ACTOR_TYPES[Number(text) - 1];
  return ACTOR_TYPES.find((t) => t.names.includes(text));
}

/** Two-digit years as POSIX `%y` reads them: 69–99 are 1969–1999, 00–68 are 2000–2068. */
const fullYear = (digits: string): number =>
  digits.length === 2 ? (Number(digits) >= 69 ? 1900 : 2000) + Number(digits) : Number(digits);

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoDay = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;

/**
 * An ACLED `event_date` as an ISO day (`2020-05-09`). Accepts `2020-05-09` (a time after it is
 * ignored), `9-May-20` and `09-May-2020`, `16 May 2025` and `16 September 2025`, and day-first
 * numbers `09/05/2020` or `09-05-2020` (ACLED's codebook writes dates day first).
 */
export function parseAcledDate(text: string): { ok: true; date: string } | { ok: false; reason: string } {
  let iso = cellIsoDay(text);
  if (iso === undefined) {
    const t = text.trim();
    let m: RegExpExecArray | null;
    if ((m = /^(\d{1,2})[- ]([A-Za-z]{3,9}\.?)[- ](\d{2}|\d{4})$/.exec(t))) {
      const month = monthNumber(m[2]);
      if (month === undefined)
        return { ok: false, reason: `"${m[2]}" in "${text}" is not an English month name` };
      iso = isoDay(fullYear(m[3]), month, Number(m[1]));
    } else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) {
      iso = isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
    } else {
      return {
        ok: false,
        reason: `"${text}" is not an ACLED date (2020-05-09, 9-May-20, 16 May 2025 or 09/05/2020)`,
      };
    }
  }
  const checked = parseDate(iso);
  return checked.ok ? { ok: true, date: iso } : { ok: false, reason: `"${text}": ${checked.reason}` };
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + days * MS_PER_DAY);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The event's date as ACLED's `time_precision` says: 1 the day; 2 "within a week of the date" becomes
 * the seven days centred on it; 3 "within a month" the 31 days centred on it.
 */
export function acledDateWithPrecision(day: string, precision: string): { date: string; known: boolean } {
  switch (precision.trim()) {
    case '':
    case '1':
      return { date: day, known: true };
    case '2':
      return { date: `${shiftDay(day, -3)}/${shiftDay(day, 3)}`, known: true };
    case '3':
      return { date: `${shiftDay(day, -15)}/${shiftDay(day, 15)}`, known: true };
    default:
      return { date: day, known: false };
  }
}

/** Required cells, when the file has their columns; a row without them is not an event. */
const REQUIRED = ['event_date', 'actor1'];
/** Cells every ACLED row has; a blank run through them to the end of the row means the row was cut off. */
const ALWAYS_FILLED = ['event_date', 'event_type', 'actor1', 'country', 'fatalities'];

function placeOf(row: CsvRow, at: string, builder: DatasetBuilder, origin: EventOrigin): Place | undefined {
  const admin1 = cellText(row.get('admin1'));
  const country = cellText(row.get('country'));
  const names: string[] = [];
  for (const column of ['location', 'admin3', 'admin2']) {
    const name = cellText(row.get(column));
    if (name && name !== admin1 && name !== country && !names.includes(name)) names.push(name);
  }
  const name = names.join(', ') || admin1 || country;
  if (!name) return undefined;
  const place: Place = { name };
  if (admin1 && admin1 !== name) place.admin1 = admin1;
  if (country) place.country = country;
  const lat = cellNumber(row.get('latitude'));
  const lon = cellNumber(row.get('longitude'));
  if (lat !== undefined && lon !== undefined && !Number.isNaN(lat) && !Number.isNaN(lon)) {
    place.lat = lat;
    place.lon = lon;
    // geo_precision 3: only a larger region is known; the coordinates are its centre.
    if (row.get('geo_precision').trim() === '3') place.approximate = true;
  } else if (lat !== undefined || lon !== undefined) {
    builder.warning(
      origin.path,
      `${at}latitude "${row.get('latitude')}" and longitude "${row.get('longitude')}" are not a pair of numbers; coordinates left out`,
    );
  }
  return place;
}

/**
 * The actor types each actor was coded with, row by row: ACLED codes `inter1`/`inter2` per event, so one
 * actor can be `1` in one row and `8` in another. Each actor gets the side of most of its rows.
 */
class SideTally {
  private readonly _counts = new Map<string, Map<string, number>>();
  private readonly _labels = new Map<string, string>();

  add(actor: string, type: { id: string; label: string }): void {
    let counts = this._counts.get(actor);
    if (!counts) this._counts.set(actor, (counts = new Map()));
    counts.set(type.id, (counts.get(type.id) ?? 0) + 1);
    this._labels.set(type.id, type.label);
  }

  /** Gives each actor its side (the first-seen type wins a tie) and warns once about mixed codes. */
  apply(builder: DatasetBuilder): void {
    const mixed: string[] = [];
    for (const [actor, counts] of this._counts) {
      let best = '';
      let bestCount = 0;
      for (const [type, n] of counts) {
        if (n > bestCount) [best, bestCount] = [type, n];
      }
      builder.actor(actor, builder.side(best, this._labels.get(best) ?? best));
      if (counts.size > 1) {
        const coded = [...counts]
          .sort((a, b) => b[1] - a[1])
          .map(([type, n]) => `${this._labels.get(type)} in ${n} row${n === 1 ? '' : 's'}`);
        mixed.push(`${actor} (${coded.join(', ')})`);
      }
    }
    if (!mixed.length) return;
    const listed = mixed.slice(0, 5);
    if (mixed.length > 5) listed.push(`and ${mixed.length - 5} more`);
    builder.warning(
      '',
      `${mixed.length} actor${mixed.length === 1 ? ' is' : 's are'} coded as different actor types (inter1, inter2) in different rows; ` +
        `each is put on the side of most of its rows: ${listed.join('; ')}`,
    );
  }
}

/** What the rows of one file share. */
interface FileContext {
  table: CsvTable;
  sides: SideTally;
  /** The required cells whose columns the file has (a reduced extract may lack actor1). */
  required: string[];
}

/** One ACLED row as an event, or nothing (with an issue) when the row is not usable. */
function addRow(builder: DatasetBuilder, { table, sides, required }: FileContext, row: CsvRow): void {
  const cell = (column: string) => cellText(row.get(column));
  const origin: EventOrigin = { path: row.path, label: row.label };
  const givenId = cell('event_id_cnty');
  const at = `${row.label}${givenId ? ` (${givenId})` : ''}: `;

  const truncation = describeCutOff(row, table, ALWAYS_FILLED);
  if (truncation) {
    builder.error(origin.path, `${at}${truncation}; row dropped`);
    return;
  }
  const missing = required.filter((c) => cell(c) === '');
  if (missing.length) {
    builder.error(
      origin.path,
      `${at}${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} empty; row dropped`,
    );
    return;
  }
  const day = parseAcledDate(cell('event_date'));
  if (!day.ok) {
    builder.error(origin.path, `${at}event_date ${day.reason}; row dropped`);
    return;
  }
  const yearColumn = cell('year');
  if (yearColumn && yearColumn !== day.date.slice(0, 4)) {
    builder.warning(
      origin.path,
      `${at}event_date ${cell('event_date')} is in ${day.date.slice(0, 4)} but year says ${yearColumn}; the date is kept`,
    );
  }
  const { date, known } = acledDateWithPrecision(day.date, row.get('time_precision'));
  if (!known) {
    builder.warning(
      origin.path,
      `${at}time_precision "${cell('time_precision')}" is not 1, 2 or 3; the date is taken as exact`,
    );
  }

  const id =
    givenId || (cell('data_id') ? `acled-${cell('data_id')}` : slugify(`acled ${row.label}`, 'acled'));
  const eventType = cell('event_type');
  const subEventType = cell('sub_event_type');
  const place = placeOf(row, at, builder, origin);
  const actor1 = cell('actor1');
  if (!subEventType && !eventType && !place && !actor1) {
    builder.error(
      origin.path,
      `${at}nothing to title the event by (event_type, sub_event_type, location and actor1 are empty or absent); row dropped`,
    );
    return;
  }
  const what = subEventType || eventType || 'Event';
  const title = place ? `${what} in ${place.name}` : actor1 ? `${what}: ${actor1}` : what;
  const event: ConflictEventInput = { id, date, title };

  const notes = cellParagraphs(row.get('notes'));
  if (notes) event.summary = notes;
  if (eventType) event.category = eventType;
  if (subEventType) event.tags = [subEventType];
  if (place) event.place = place;

  // An actor is listed once per role, but actor1 and actor2 are both kept when they are the same actor
  // (a clash within one group), so the event still has its two sides.
  const actors: ActorRef[] = [];
  for (const n of [1, 2] as const) {
    const add = (name: string, role: string) => {
      const id = builder.actor(name);
      const primary = role === 'participant';
      if (primary || !actors.some((a) => a.id === id && a.role === role)) actors.push({ id, role });
    };
    const name = cell(`actor${n}`);
    if (name) {
      const interCell = cell(`inter${n}`);
      const type = acledActorType(interCell);
      if (type === undefined) {
        builder.warning(
          origin.path,
          `${at}inter${n} "${interCell}" is not an ACLED actor type; this row gives ${name} no side`,
        );
      } else if (type) sides.add(name, type);
      add(name, 'participant');
    }
    const associated = row.get(`assoc_actor_${n}`) || row.get(`ally_actor_${n}`);
    for (const other of associated.split(';').map(cellText).filter(Boolean)) add(other, 'ally');
  }
  if (actors.length) event.actors = actors;

  const sources = [...new Set(row.get('source').split(';').map(cellText).filter(Boolean))];
  if (sources.length) {
    event.sources = sources.map((name) =>
      builder.source(name, name, (sid) => ({ id: sid, publisher: name })),
    );
  }

  const fatalities = cellNumber(row.get('fatalities'));
  if (fatalities !== undefined) {
    if (Number.isInteger(fatalities) && fatalities >= 0)
      event.fatalities = { count: fatalities, who: 'ACLED' };
    else builder.warning(origin.path, `${at}fatalities "${cell('fatalities')}" is not a count; left out`);
  }
  builder.event(event, origin);
}

/** A text cell with windows-1252 punctuation that arrived as control characters. */
const C1_CONTROL = /[\u0080-\u009f]/;

/** Actor columns a reduced extract may leave out; without them events have no actors. */
const ACTOR_COLUMNS = ['actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2', 'inter1', 'inter2'];

/** Rows as many as this are likely one page of a longer answer. */
const API_PAGE_SIZE = 5000;

/** The rows of an ACLED API reply: `{ status, success, count, data: [...] }`. */
function acledApiRows(reply: Record<string, unknown>): ApiRows | string {
  if (reply.success === false || (typeof reply.status === 'number' && reply.status >= 400)) {
    const errors = Array.isArray(reply.error) ? reply.error : [reply.error ?? reply.messages];
    const said = errors
      .map((e) => (isRecord(e) ? e.message : e))
      .filter((m): m is string => typeof m === 'string' && m.trim() !== '');
    return `the ACLED API reply is an error${typeof reply.status === 'number' ? ` (status ${reply.status})` : ''}${said.length ? `: ${said.join('; ')}` : ''}`;
  }
  if (!Array.isArray(reply.data)) {
    const keys = Object.keys(reply).slice(0, 6);
    return `not an ACLED API reply: the JSON object (with ${keys.length ? keys.map((k) => `"${k}"`).join(', ') : 'no keys'}) has no "data" list`;
  }
  const notes: string[] = [];
  if (reply.data.length === API_PAGE_SIZE) {
    notes.push(
      `the reply holds ${API_PAGE_SIZE.toLocaleString('en')} rows, the API's page size: there may be more (ask for the next page with page=2)`,
    );
  }
  return { rows: reply.data, path: '/data', notes };
}

const ACLED_INPUT: TableInputFormat = {
  name: 'ACLED',
  what: 'an ACLED export',
  api: "the ACLED API's JSON reply",
  apiRows: acledApiRows,
};

/**
 * Converts an ACLED CSV export or API reply into a {@link DatasetInput} without validating it;
 * {@link fromACLED} validates it. Never throws.
 */
export function acledToInput(input: unknown): Conversion {
  return safely('ACLED', () => {
    let text = input;
    let repaired = 0;
    let firstRepairLine = 0;
    if (typeof text === 'string') {
      const firstControl = text.search(C1_CONTROL);
      if (firstControl >= 0) {
        repaired = (text.match(/[\u0080-\u009f]/g) ?? []).length;
        firstRepairLine = text.slice(0, firstControl).split(/\r\n?|\n/).length;
        text = repairWindows1252Controls(text);
      }
    }
    const read = readTableInput(text, ACLED_INPUT);
    if ('unusable' in read) return read.unusable;
    const { table } = read;
    const builder = new DatasetBuilder();
    const noRows = describeNoRows(table);
    if (!table.has('event_date') && !(noRows && table.kind === 'json')) {
      return unusableInput(
        `not an ACLED export: the ${table.kind === 'csv' ? 'header' : "rows' fields"} (${headerForMessage(table)}) ha${table.kind === 'csv' ? 's' : 've'} no event_date column`,
      );
    }
    if (noRows) builder.warning('', noRows);
    const absentActors = ACTOR_COLUMNS.filter((c) => !table.has(c));
    if (table.rows.length && absentActors.length === ACTOR_COLUMNS.length) {
      builder.warning(
        '',
        `the file has no actor columns (${ACTOR_COLUMNS.join(', ')}): the events have no actors`,
      );
    } else if (table.rows.length && !table.has('actor1')) {
      builder.warning(
        '',
        `the file has no ${absentActors.join(', ')} column${absentActors.length === 1 ? '' : 's'}: the events have only the other actors`,
      );
    }
    const context: FileContext = {
      table,
      sides: new SideTally(),
      required: REQUIRED.filter((c) => table.has(c)),
    };
    let latest = -Infinity;
    for (const row of rowsInOrder(table)) {
      if (isDroppedRow(row)) {
        builder.error(row.path, `${row.label}: ${row.problem}; row dropped`);
        continue;
      }
      const before = builder.eventCount;
      addRow(builder, context, row);
      const timestamp = cellNumber(row.get('timestamp'));
      if (builder.eventCount > before && timestamp !== undefined && timestamp > latest) latest = timestamp;
    }
    context.sides.apply(builder);
    reportTable(builder, read);
    if (repaired) {
      builder.warning(
        '',
        `${repaired} control character${repaired === 1 ? '' : 's'} (U+0080–U+009F, first on line ${firstRepairLine}) ` +
          'were windows-1252 punctuation decoded as Latin-1; repaired to the characters meant (’ “ ” – …)',
      );
    }
    // `timestamp` is when ACLED last changed a row (Unix seconds).
    const updated =
      Math.abs(latest * 1000) <= MAX_DATE_MS ? new Date(latest * 1000).toISOString().slice(0, 10) : undefined;
    return builder.finish(updated ? { updated } : {});
  });
}

/**
 * Imports an ACLED CSV export (current or pre-2019 columns, or an extract with some of them) or an ACLED
 * API reply (its JSON text or the parsed object). Returns `{ dataset, issues, input }` like
 * {@link parseDataset}; never throws, keeps every row it can date and title, and reports the rest (a row
 * cut off, a date that cannot be read) by line. Cells R and pandas write for "empty" (`NA`, `NaN`,
 * `NULL`, `N/A`, `<NA>`) are read as empty, with one warning.
 *
 * @example
 * const { dataset, issues } = fromACLED(await (await fetch('acled.csv')).text());
 */
export function fromACLED(input: unknown): ImportResult {
  return finishImport(acledToInput(input));
}
