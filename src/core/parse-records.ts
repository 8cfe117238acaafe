/** The small lists of records with an id that events refer to: sides, actors and sources. */
import type { DatasetReader, Kind, Rec } from './dataset-reader.js';
import { quoteText } from './guards.js';
import type { Actor, Side, Source } from './types.js';

/** Reads a small list of records (sides, actors, sources), each with an id, into `out` and `byId`. */
function readRecords<T extends { id: string }>(
  reader: DatasetReader,
  root: Rec,
  key: string,
  kind: Kind,
  byId: Map<string, T>,
  out: T[],
  read: (rec: Rec, base: string, id: string) => T | undefined,
): void {
  const items = reader.list(root, key, false);
  if (!items) return;
  const firstPath = new Map<string, string>();
  reader.each(items, key, kind, items.length, (rec, base) => {
    const id = reader.requiredId(rec, base, kind);
    if (id === undefined) return;
    const first = firstPath.get(id);
    if (first !== undefined) {
      reader.duplicate(id, base, first, kind);
      return;
    }
    const record = read(rec, base, id);
    if (record === undefined) return;
    firstPath.set(id, base);
    byId.set(id, record);
    out.push(record);
  });
}

/** `sides`: an id, a label and an optional colour each. */
export function readSides(reader: DatasetReader, root: Rec, out: Side[], byId: Map<string, Side>): void {
  readRecords(reader, root, 'sides', 'side', byId, out, (rec, base, id) => {
    const label = reader.requiredText(rec, 'label', base, 'side', id);
    if (label === undefined) return undefined;
    const side: Side = { id, label };
    const color = reader.color(rec, base);
    if (color !== undefined) side.color = color;
    return side;
  });
}

/** `actors`: a name and optional short name, side (an id among `sides`), colour, aliases, description. */
export function readActors(
  reader: DatasetReader,
  root: Rec,
  out: Actor[],
  byId: Map<string, Actor>,
  sidesById: ReadonlyMap<string, Side>,
): void {
  readRecords(reader, root, 'actors', 'actor', byId, out, (rec, base, id) => {
    const name = reader.requiredText(rec, 'name', base, 'actor', id);
    if (name === undefined) return undefined;
    const actor: Actor = { id, name };
    const short = reader.optionalText(rec, 'short', base);
    if (short !== undefined) actor.short = short;
    const side = reader.optionalText(rec, 'side', base);
    if (side !== undefined) {
      if (sidesById.has(side)) actor.side = side;
      else reader.warn(base + '/side', `no side has the id ${quoteText(side)} (side removed)`);
    }
    const color = reader.color(rec, base);
    if (color !== undefined) actor.color = color;
    const aliases = reader.textList(rec, 'aliases', base);
    if (aliases !== undefined) actor.aliases = aliases;
    const description = reader.optionalText(rec, 'description', base, true);
    if (description !== undefined) actor.description = description;
    return actor;
  });
}

/** `sources`: a publisher and an optional title, publication date and http(s) link. */
export function readSources(
  reader: DatasetReader,
  root: Rec,
  out: Source[],
  byId: Map<string, Source>,
): void {
  readRecords(reader, root, 'sources', 'source', byId, out, (rec, base, id) => {
    const publisher = reader.requiredText(rec, 'publisher', base, 'source', id);
    if (publisher === undefined) return undefined;
    const source: Source = { id, publisher };
    const title = reader.optionalText(rec, 'title', base);
    if (title !== undefined) source.title = title;
    const published = reader.isoDate(rec, 'published', base);
    if (published !== undefined) source.published = published;
    const url = reader.url(rec, base);
    if (url !== undefined) source.url = url;
    return source;
  });
}
