/**
 * ACLED (Armed Conflict Location & Event Data) CSV exports to a dataset: the current column set
 * (event_id_cnty, event_date, time_precision, event_type, sub_event_type, actor1, assoc_actor_1, inter1,
 * actor2, …, admin1..3, location, latitude, longitude, geo_precision, source, notes, fatalities, timestamp)
 * and the pre-2019 one (alphabetical, `ally_actor_1/2`, `gwno`, old event types). Columns are found by
 * name, in any order and case.
 */
import { MAX_DATE_MS, MS_PER_DAY, parseDate } from '../dates.js';
import { describeValue } from '../guards.js';
import type { ActorRef, ConflictEventInput, Place } from '../types.js';
import {
  cellIsoDay,
  cellNumber,
  cellParagraphs,
  cellText,
  describeCutOff,
  readCsv,
  type CsvRow,
  type CsvTable,
} from './csv.js';
import {
  DatasetBuilder,
  finishImport,
  safely,
  unusableInput,
  type Conversion,
  type EventOrigin,
  type ImportResult,
} from './dataset-builder.js';
import { repairWindows1252Controls } from './html-text.js';

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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(name: string): number | undefined {
  const text = name.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.indexOf(text.slice(0, 3));
  // "Sept" and "June" are fine, "Mayo" is not.
  return i >= 0 && MONTH_NAMES[i].startsWith(text) ? i + 1 : undefined;
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

/** Required cells; a row without them is not an event. */
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

/** One ACLED row as an event, or nothing (with an issue) when the row is not usable. */
function addRow(builder: DatasetBuilder, table: CsvTable, row: CsvRow): void {
  const cell = (column: string) => cellText(row.get(column));
  const origin: EventOrigin = { path: `/${row.index}`, label: `line ${row.line}` };
  const givenId = cell('event_id_cnty');
  const at = `line ${row.line}${givenId ? ` (${givenId})` : ''}: `;

  const truncation = describeCutOff(row, table, ALWAYS_FILLED);
  if (truncation) {
    builder.error(origin.path, `${at}${truncation}; row dropped`);
    return;
  }
  const missing = REQUIRED.filter((c) => cell(c) === '');
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

  const id = givenId || (cell('data_id') ? `acled-${cell('data_id')}` : `acled-line-${row.line}`);
  const eventType = cell('event_type');
  const subEventType = cell('sub_event_type');
  const place = placeOf(row, at, builder, origin);
  const actor1 = cell('actor1');
  const title = `${subEventType || eventType || 'Event'}${place ? ` in ${place.name}` : `: ${actor1}`}`;
  const event: ConflictEventInput = { id, date, title };

  const notes = cellParagraphs(row.get('notes'));
  if (notes) event.summary = notes;
  if (eventType) event.category = eventType;
  if (subEventType) event.tags = [subEventType];
  if (place) event.place = place;

  const actors: ActorRef[] = [];
  const addActor = (name: string, role: string, side?: string) => {
    const id = builder.actor(name, side);
    if (!actors.some((a) => a.id === id)) actors.push({ id, role });
  };
  for (const n of [1, 2] as const) {
    const name = cell(`actor${n}`);
    if (!name) continue;
    const interCell = cell(`inter${n}`);
    const type = acledActorType(interCell);
    if (type === undefined) {
      builder.warning(
        origin.path,
        `${at}inter${n} "${interCell}" is not an ACLED actor type; ${name} has no side`,
      );
    }
    addActor(name, 'participant', type ? builder.side(type.id, type.label) : undefined);
    const associated = row.get(`assoc_actor_${n}`) || row.get(`ally_actor_${n}`);
    for (const other of associated.split(';').map(cellText).filter(Boolean)) {
      addActor(other, 'ally');
    }
  }
  event.actors = actors;

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

/**
 * Converts an ACLED CSV export into a {@link DatasetInput} without validating it; {@link fromACLED}
 * validates it. Never throws.
 */
export function acledToInput(csvText: unknown): Conversion {
  return safely('ACLED', () => {
    if (typeof csvText !== 'string')
      return unusableInput(`an ACLED export is CSV text, not ${describeValue(csvText)}`);
    if (csvText.trim() === '' || csvText.trim() === '\ufeff') return unusableInput('the ACLED file is empty');
    let text = csvText;
    let repaired = 0;
    let firstRepairLine = 0;
    const firstControl = text.search(C1_CONTROL);
    if (firstControl >= 0) {
      repaired = (text.match(/[\u0080-\u009f]/g) ?? []).length;
      firstRepairLine = text.slice(0, firstControl).split(/\r\n?|\n/).length;
      text = repairWindows1252Controls(text);
    }
    const table = readCsv(text);
    const missing = ['event_date', 'actor1'].filter((c) => !table.has(c));
    if (missing.length) {
      return unusableInput(
        `not an ACLED export: the header (${table.header.slice(0, 8).join(', ')}${table.header.length > 8 ? ', …' : ''}) has no ${missing.join(' or ')} column`,
      );
    }
    const builder = new DatasetBuilder();
    let latest = -Infinity;
    for (const row of table.rows) {
      const before = builder.eventCount;
      addRow(builder, table, row);
      const timestamp = cellNumber(row.get('timestamp'));
      if (builder.eventCount > before && timestamp !== undefined && timestamp > latest) latest = timestamp;
    }
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
 * Imports an ACLED CSV export (current or pre-2019 columns). Returns `{ dataset, issues, input }` like
 * {@link parseDataset}; never throws, keeps every row with a date and an actor, and reports the rest
 * (a row cut off, a date that cannot be read) by line.
 *
 * @example
 * const { dataset, issues } = fromACLED(await (await fetch('acled.csv')).text());
 */
export function fromACLED(csvText: unknown): ImportResult {
  return finishImport(acledToInput(csvText));
}
