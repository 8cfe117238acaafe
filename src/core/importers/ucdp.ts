/**
 * UCDP Georeferenced Event Dataset (GED) CSV, or a page of the UCDP API's GED results, to a dataset: one event per row, dated `date_start` to
 * `date_end` with `date_prec`, between `side_a` and `side_b`, with the best/low/high death estimates,
 * the place with `where_prec`, and the articles UCDP coded it from. Columns are found by name, in any
 * order and case; the older `best_est`/`low_est`/`high_est` names work too.
 */
import { parseDate } from '../dates.js';
import type { ConflictEventInput, Fatalities, Place } from '../types.js';
import {
  cellIsoDay,
  cellNumber,
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
import {
  describeNoRows,
  headerForMessage,
  readTableInput,
  reportTable,
  type ApiRows,
  type TableInputFormat,
} from './table-input.js';

/** Who counted, on every event's fatalities. */
const COUNTED_BY = 'UCDP GED';

const VIOLENCE_TYPES: Readonly<Record<string, string>> = {
  '1': 'State-based conflict',
  '2': 'Non-state conflict',
  '3': 'One-sided violence',
};

/** Cells every GED row has; a blank run through them to the end of the row means the row was cut off. */
const ALWAYS_FILLED = ['id', 'date_start', 'date_end', 'side_a', 'side_b', 'best', 'country'];

const counts = new Intl.NumberFormat('en');

/** The first cell that is not blank among columns that name one thing differently across GED versions. */
function first(row: CsvRow, ...columns: string[]): string {
  for (const column of columns) {
    const text = cellText(row.get(column));
    if (text) return text;
  }
  return '';
}

/**
 * The event date from `date_start`, `date_end` and `date_prec`. Different days make a range (whatever
 * the precision: the range is what UCDP knows). One day is that day for precision 1, an approximate day
 * (`~`) for 2 and 3 (known to a few days or a week), its month for 4 and its year for 5.
 */
export function ucdpDate(start: string, end: string, precision: string): string {
  if (end !== start) return `${start}/${end}`;
  switch (precision.trim()) {
    case '2':
    case '3':
      return `${start}~`;
    case '4':
      return start.slice(0, 7);
    case '5':
      return start.slice(0, 4);
    default:
      return start;
  }
}

/** One article UCDP cites: `"SOHR,2016-01-23,Aerial bombardment kills 28 in Idlib countryside"`. */
interface Article {
  publisher: string;
  published?: string;
  title?: string;
}

/** A date in an older free-text citation: `1989-05-17`, `1989-05`, `17 May 1989` or a year. */
const CITATION_DATE =
  /(?:^|[\s,(])((?:19|20)\d{2}-\d{2}-\d{2}|(?:19|20)\d{2}-\d{2}|\d{1,2} [A-Za-z]{3,9}\.? (?:19|20)\d{2}|(?:19|20)\d{2})(?=$|[\s,;:")])/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A citation date as ISO (`1989-05-17`, `1989-05`, `1989`), or `undefined` for an unknown month. */
function citationIsoDate(text: string): string | undefined {
  const m = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/.exec(text);
  if (!m) return text;
  const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
  return month ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}` : undefined;
}

const trimPunctuation = (text: string) => cellText(text).replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
const unquote = (text: string) => trimPunctuation(trimPunctuation(text).replace(/^"+|"+$/g, ''));

/**
 * One citation of the older GED rows (before 2013), free text such as
 * `Reuters 1989-05-17 "ANGOLAN UNITA REBELS BLOW UP POWER LINES`: the publisher before the date, the
 * date, and the rest (its quotes dropped) as the title. `split` is false when no publisher and date
 * could be told apart; the whole text is then the publisher, so the citation is still shown.
 */
export function ucdpFreeTextArticle(item: string): { article: Article; split: boolean } | undefined {
  const text = cellText(item);
  if (!text) return undefined;
  const m = CITATION_DATE.exec(text);
  const published = m ? citationIsoDate(m[1]) : undefined;
  const publisher = m ? trimPunctuation(text.slice(0, m.index)) : '';
  if (!m || !published || !publisher || publisher.includes('"')) {
    return { article: { publisher: unquote(text) || text }, split: false };
  }
  const article: Article = { publisher, published };
  const title = unquote(text.slice(m.index + m[0].length));
  if (title) article.title = title;
  return { article, split: true };
}

/**
 * The articles of a row. `source_article` holds them as `"Publisher,YYYY-MM-DD,Headline"` items joined
 * by `;`; when it cannot be read that way, `source_office`, `source_date` and `source_headline` (each
 * `;`-separated) are paired up instead; when those are empty too, `source_article` is read as the free
 * text of older rows (see {@link ucdpFreeTextArticle}). `unsplit` lists the items of free text whose
 * publisher and date could not be told apart.
 */
export function ucdpArticles(row: CsvRow): Article[] & { unsplit?: string[] } {
  const articles: Article[] & { unsplit?: string[] } = [];
  const field = row.get('source_article');
  for (const m of field.matchAll(/"((?:[^"]|"")*)"/g)) {
    const item = m[1].replace(/""/g, '"');
    const parts = /^([\s\S]*?),\s*(\d{4}-\d{2}-\d{2}),([\s\S]*)$/.exec(item);
    if (!parts) continue;
    const publisher = cellText(parts[1]);
    if (!publisher) continue;
    const article: Article = { publisher, published: parts[2] };
    const title = cellText(parts[3]);
    if (title) article.title = title;
    articles.push(article);
  }
  if (articles.length) return articles;
  const split = (column: string) => row.get(column).split(';').map(cellText);
  const dates = split('source_date');
  const headlines = split('source_headline');
  split('source_office').forEach((publisher, i) => {
    if (!publisher) return;
    const article: Article = { publisher };
    const published = cellIsoDay(dates[i] ?? '');
    if (published) article.published = published;
    if (headlines[i]) article.title = headlines[i];
    articles.push(article);
  });
  if (articles.length) return articles;
  for (const item of field.split(';')) {
    const read = ucdpFreeTextArticle(item);
    if (!read) continue;
    articles.push(read.article);
    if (!read.split) (articles.unsplit ??= []).push(cellText(item));
  }
  return articles;
}

function placeOf(row: CsvRow, at: string, builder: DatasetBuilder, origin: EventOrigin): Place | undefined {
  const country = first(row, 'country');
  const admin1 = first(row, 'adm_1');
  const name = first(row, 'where_coordinates', 'where_description', 'adm_2') || admin1 || country;
  if (!name) return undefined;
  const place: Place = { name };
  if (admin1 && admin1 !== name) place.admin1 = admin1;
  if (country) place.country = country;
  const lat = cellNumber(row.get('latitude'));
  const lon = cellNumber(row.get('longitude'));
  if (lat !== undefined && lon !== undefined && !Number.isNaN(lat) && !Number.isNaN(lon)) {
    place.lat = lat;
    place.lon = lon;
    // where_prec 3–7: the coordinates are the centre of a district, province or country (6 is the
    // country's centroid), a point on a road or river, or open water: not the place itself.
    if (Number(row.get('where_prec')) >= 3) place.approximate = true;
  } else if (lat !== undefined || lon !== undefined) {
    builder.warning(
      origin.path,
      `${at}latitude "${row.get('latitude')}" and longitude "${row.get('longitude')}" are not a pair of numbers; coordinates left out`,
    );
  }
  return place;
}

function fatalitiesOf(
  row: CsvRow,
  at: string,
  builder: DatasetBuilder,
  origin: EventOrigin,
): Fatalities | undefined {
  const read = (name: string, ...columns: string[]) => {
    const text = first(row, ...columns);
    const value = cellNumber(text);
    if (value === undefined) return undefined;
    if (Number.isInteger(value) && value >= 0) return value;
    builder.warning(origin.path, `${at}${name} "${text}" is not a count; left out`);
    return undefined;
  };
  const best = read('best', 'best', 'best_est');
  const low = read('low', 'low', 'low_est');
  const high = read('high', 'high', 'high_est');
  if (best === undefined && low === undefined && high === undefined) return undefined;
  const fatalities: Fatalities = { who: COUNTED_BY };
  if (best !== undefined) fatalities.count = best;
  const rangeIsSound = low === undefined || high === undefined || low <= high;
  const bestIsInside =
    best === undefined || ((low === undefined || low <= best) && (high === undefined || best <= high));
  if (rangeIsSound && bestIsInside) {
    // A range that says no more than the best estimate is left out.
    if (low !== undefined && low !== best) fatalities.low = low;
    if (high !== undefined && high !== best) fatalities.high = high;
  } else {
    builder.warning(
      origin.path,
      `${at}deaths best ${best ?? '(none)'} is outside low ${low} – high ${high}; ` +
        `kept ${best !== undefined ? `best (${best}) as the count and ` : ''}left out low and high`,
    );
  }
  return fatalities.count === undefined && fatalities.low === undefined && fatalities.high === undefined
    ? undefined
    : fatalities;
}

/** Deaths by party as a sentence, from deaths_a, deaths_b, deaths_civilians and deaths_unknown. */
function deathsByParty(row: CsvRow, sideA: string, sideB: string): string {
  const parts = (
    [
      [sideA, 'deaths_a'],
      [sideB, 'deaths_b'],
      ['civilians', 'deaths_civilians'],
      ['unknown', 'deaths_unknown'],
    ] as const
  )
    .map(([who, column]) => [who, cellNumber(row.get(column))] as const)
    .filter(([who, n]) => who && n !== undefined && Number.isInteger(n) && n > 0)
    .map(([who, n]) => `${who} ${counts.format(n!)}`);
  return parts.length ? `Deaths by party: ${parts.join(', ')}.` : '';
}

/** Free-text citations that could not be split, over the whole file, for one warning. */
interface Unsplit {
  count: number;
  first?: string;
}

function addRow(builder: DatasetBuilder, table: CsvTable, row: CsvRow, unsplit: Unsplit): void {
  const origin: EventOrigin = { path: row.path, label: row.label };
  const givenId = first(row, 'id');
  const at = `${row.label}${givenId ? ` (id ${givenId})` : ''}: `;

  const cutOff = describeCutOff(row, table, ALWAYS_FILLED);
  if (cutOff) {
    builder.error(origin.path, `${at}${cutOff}; row dropped`);
    return;
  }
  const startText = first(row, 'date_start');
  const start = cellIsoDay(startText);
  if (!start) {
    builder.error(
      origin.path,
      `${at}date_start "${startText}" is ${startText ? 'not a date (YYYY-MM-DD)' : 'empty'}; row dropped`,
    );
    return;
  }
  const endText = first(row, 'date_end');
  let end = cellIsoDay(endText);
  if (!end) {
    if (endText)
      builder.warning(
        origin.path,
        `${at}date_end "${endText}" is not a date (YYYY-MM-DD); only date_start is used`,
      );
    end = start;
  }
  const precision = first(row, 'date_prec');
  if (precision && !/^[1-5]$/.test(precision)) {
    builder.warning(origin.path, `${at}date_prec "${precision}" is not 1–5; the dates are taken as given`);
  }
  const date = ucdpDate(start, end, precision);
  // Check here so the message can name the cells; parseDataset would only see the range.
  const checked = parseDate(date);
  if (!checked.ok) {
    builder.error(origin.path, `${at}date_start ${start} to date_end ${end}: ${checked.reason}; row dropped`);
    return;
  }

  const sideA = first(row, 'side_a');
  const sideB = first(row, 'side_b');
  const place = placeOf(row, at, builder, origin);
  const violence = VIOLENCE_TYPES[first(row, 'type_of_violence')];
  const oneSidedViolence = first(row, 'type_of_violence') === '3';
  const where = place ? ` in ${place.name}` : '';
  const title = oneSidedViolence
    ? `${sideA || 'Unknown perpetrator'} against ${sideB ? sideB.toLowerCase() : 'civilians'}${where}`
    : sideA && sideB
      ? `${sideA} vs ${sideB}${where}`
      : `${violence ?? 'Organised violence'}${where}`;

  const event: ConflictEventInput = {
    id: givenId || slugify(`ucdp ${row.label}`, 'ucdp'),
    date,
    title,
  };
  const summary = [
    deathsByParty(row, sideA, sideB),
    // event_clarity 2: UCDP could not tell the incidents apart; the row sums several.
    first(row, 'event_clarity') === '2' ? 'The sources give a total for several incidents.' : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (summary) event.summary = summary;
  if (violence) event.category = violence;
  const conflict = first(row, 'conflict_name');
  if (conflict) event.tags = [conflict];
  if (place) event.place = place;

  // One-sided violence is by definition side A's attack on side B (civilians); otherwise the order says
  // nothing about who attacked.
  const actors = (
    [
      [sideA, oneSidedViolence ? 'attacker' : 'participant'],
      [sideB, oneSidedViolence ? 'target' : 'participant'],
    ] as const
  )
    .filter(([name]) => name)
    .map(([name, role]) => ({ id: builder.actor(name), role }));
  if (actors.length) event.actors = actors;

  const articles = ucdpArticles(row);
  if (articles.unsplit) {
    unsplit.first ??= `${row.label}: "${articles.unsplit[0]}"`;
    unsplit.count += articles.unsplit.length;
  }
  if (articles.length) {
    const ids = articles.map((a) =>
      builder.source(
        [a.publisher, a.published ?? '', a.title ?? ''].join('\u0000'),
        `${a.publisher} ${a.published ?? ''}`,
        (id) => ({ id, ...a }),
      ),
    );
    event.sources = [...new Set(ids)];
  }

  const fatalities = fatalitiesOf(row, at, builder, origin);
  if (fatalities) event.fatalities = fatalities;
  builder.event(event, origin);
}

/** The rows of a UCDP API page: `{ TotalCount, TotalPages, PreviousPageUrl, NextPageUrl, Result: [...] }`. */
function ucdpApiRows(page: Record<string, unknown>): ApiRows | string {
  if (!Array.isArray(page.Result)) {
    const keys = Object.keys(page).slice(0, 6);
    return `not a UCDP API page: the JSON object (with ${keys.length ? keys.map((k) => `"${k}"`).join(', ') : 'no keys'}) has no "Result" list`;
  }
  const notes: string[] = [];
  if (typeof page.NextPageUrl === 'string' && page.NextPageUrl.trim() !== '') {
    const of =
      typeof page.TotalPages === 'number' && typeof page.TotalCount === 'number'
        ? ` of ${page.TotalPages} (${page.TotalCount.toLocaleString('en')} events in all)`
        : '';
    notes.push(`this is one page${of}; the next is at ${page.NextPageUrl}`);
  }
  return { rows: page.Result, path: '/Result', notes };
}

const UCDP_INPUT: TableInputFormat = {
  name: 'UCDP',
  what: 'a UCDP GED export',
  api: "a page of the UCDP API's JSON",
  apiRows: ucdpApiRows,
};

/**
 * Converts a UCDP GED CSV export or UCDP API page into a {@link DatasetInput} without validating it;
 * {@link fromUCDP} validates it. Never throws.
 */
export function ucdpToInput(input: unknown): Conversion {
  return safely('UCDP', () => {
    const read = readTableInput(input, UCDP_INPUT);
    if ('unusable' in read) return read.unusable;
    const { table } = read;
    const noRows = describeNoRows(table);
    const missing = ['date_start', 'side_a'].filter((c) => !table.has(c));
    if (missing.length && !(noRows && table.kind === 'json')) {
      return unusableInput(
        `not a UCDP GED export: the ${table.kind === 'csv' ? 'header' : "rows' fields"} (${headerForMessage(table)}) ha${table.kind === 'csv' ? 's' : 've'} no ${missing.join(' or ')} column`,
      );
    }
    const builder = new DatasetBuilder();
    if (noRows) builder.warning('', noRows);
    const unsplit: Unsplit = { count: 0 };
    for (const row of rowsInOrder(table)) {
      if (isDroppedRow(row)) builder.error(row.path, `${row.label}: ${row.problem}; row dropped`);
      else addRow(builder, table, row, unsplit);
    }
    reportTable(builder, read);
    if (unsplit.first) {
      builder.warning(
        '',
        `${unsplit.count} free-text citation${unsplit.count === 1 ? '' : 's'} in source_article (first ${unsplit.first}) had no publisher and date to split off; kept whole as the publisher`,
      );
    }
    return builder.finish();
  });
}

/**
 * Imports a UCDP GED CSV export or a page of the UCDP API's GED results (its JSON text or the parsed
 * object). Returns `{ dataset, issues, input }` like {@link parseDataset}; never
 * throws, keeps every row with a start date, and reports by line what it could not keep or had to
 * leave out (a best estimate outside low–high keeps the best estimate alone).
 *
 * @example
 * const { dataset, issues } = fromUCDP(await (await fetch('ged.csv')).text());
 */
export function fromUCDP(input: unknown): ImportResult {
  return finishImport(ucdpToInput(input));
}
