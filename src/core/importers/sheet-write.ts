/** Writing a dataset in the sheet layout: the events, actors and about sheets as CSV text. */
import { csvFormatRows } from 'd3-dsv';
import { parseDataset } from '../parse-dataset.js';
import type { Actor, ConflictEventInput, Dataset, DatasetInput, Side, Source } from '../types.js';
import { slugify } from './dataset-builder.js';
import { escapeListPart, formatFatalitiesCell, guardFormula } from './sheet-cells.js';
import { ACTOR_COLUMNS, SHEET_COLUMNS, type ActorColumn, type EventColumn } from './sheet-columns.js';

/** The sheets of one dataset, as CSV text. */
export interface SheetFiles {
  events: string;
  /** Header only when the dataset has no actors or sides. */
  actors: string;
  /** Header only when the dataset has no title, description, language, date or uncited source. */
  about: string;
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
