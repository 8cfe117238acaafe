/**
 * `parseDataset`: checks a dataset from JSON and returns the normalised `Dataset` the elements use,
 * with one `DataIssue` per problem. Never throws. A bad record is dropped (an `error`) or repaired (a
 * `warning`), and never takes the good records around it down with it.
 *
 * Rules, in short (the README's "Data model" has the full table):
 * - required: `events[].id`, `.title`, `.date`; `sides[].id`, `.label`; `actors[].id`, `.name`;
 *   `sources[].id`, `.publisher`. Missing, empty or not text → the record is dropped. A repeated id →
 *   the later record is dropped.
 * - a date parseDate rejects → the event is dropped with its reason.
 * - optional fields of the wrong type, unknown actor/side/source ids, coordinates out of range, counts
 *   that are not whole numbers ≥ 0, `low > high` (both removed, `count` kept), colours that are not
 *   colours, links that are not http(s) → that field or reference is removed; the record is kept.
 * - `null` and `""` in an optional field mean "absent" and raise nothing. Unknown fields are ignored.
 * - text longer than the limits (see {@link ParseDatasetOptions}) is cut and ends with "…"; an id that
 *   long is refused (cutting it would change which record it names).
 * - events past `maxEvents` are dropped with one issue.
 */
import { normalizeColor } from './color.js';
import { parseDate, parseDateOrReason } from './dates.js';
import { describeValue, errorMessage, isRecord, quoteText } from './guards.js';
import { httpUrl } from './url.js';
import type {
  Actor,
  ActorRef,
  ConflictEvent,
  DataIssue,
  Dataset,
  Fatalities,
  ParsedDate,
  ParseResult,
  Place,
  Side,
  Source,
} from './types.js';

export interface ParseDatasetOptions {
  /** Events past this many, in input order, are dropped with one issue. Default 200,000. */
  maxEvents?: number;
  /**
   * The longest text kept in any field; long text fields (`summary`, `description`) are cut to this.
   * Default 10,000 characters.
   */
  maxStringLength?: number;
  /**
   * The longest text kept in short fields (titles, names, labels, places, roles, tags…) and the
   * longest id accepted. Default 500 characters (never more than `maxStringLength`).
   */
  maxShortStringLength?: number;
}

export const DEFAULT_PARSE_LIMITS: Readonly<Required<ParseDatasetOptions>> = {
  maxEvents: 200_000,
  maxStringLength: 10_000,
  maxShortStringLength: 500,
};

/**
 * The fields `parseDataset` reads, per kind of record; anything else is ignored. The JSON Schema in
 * `schema/dataset.schema.json` lists the same fields (a test keeps the two in step).
 */
export const KNOWN_FIELDS = {
  dataset: ['title', 'description', 'lang', 'updated', 'sides', 'actors', 'sources', 'events'],
  side: ['id', 'label', 'color'],
  actor: ['id', 'name', 'short', 'side', 'color', 'aliases', 'description'],
  source: ['id', 'title', 'publisher', 'published', 'url'],
  event: [
    'id',
    'date',
    'title',
    'summary',
    'category',
    'actors',
    'place',
    'fatalities',
    'claimedBy',
    'sources',
    'tags',
  ],
  actorRef: ['id', 'role'],
  place: ['name', 'admin1', 'country', 'lat', 'lon', 'approximate'],
  fatalities: ['count', 'low', 'high', 'who', 'claimedBy'],
} as const;

type Rec = Record<string, unknown>;

/** Absent, `null` and `""` all mean "not given" in an optional field. */
const isAbsent = (value: unknown) => value === undefined || value === null || value === '';

/** One RFC 6901 reference token: `~` → `~0`, `/` → `~1`. */
function escapePointerToken(token: string | number): string {
  const s = String(token);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

/** An RFC 6901 JSON pointer from its tokens: `jsonPointer('events', 3, 'date')` → `/events/3/date`. */
export function jsonPointer(...tokens: Array<string | number>): string {
  let pointer = '';
  for (const token of tokens) pointer += '/' + escapePointerToken(token);
  return pointer;
}

const formatCount = (n: number) => n.toLocaleString('en-US');

/** Cuts text to `limit` characters, the last being "…", without splitting a surrogate pair. */
function truncate(text: string, limit: number): string {
  let end = Math.max(0, limit - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}

function emptyDataset(): Dataset {
  return {
    sides: [],
    actors: [],
    sources: [],
    events: [],
    sidesById: new Map(),
    actorsById: new Map(),
    sourcesById: new Map(),
    eventsById: new Map(),
  };
}

/** Events by start, then end (shorter first), then id (code-unit order, so it is the same everywhere). */
function compareEvents(a: ConflictEvent, b: ConflictEvent): number {
  return a.time.start - b.time.start || a.time.end - b.time.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Sorts events as {@link compareEvents} does, by keys read once into typed arrays: at 100,000 events
 * this takes half the time of sorting the objects themselves.
 */
function sortEvents(events: ConflictEvent[]): void {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const time = events[i]!.time;
    starts[i] = time.start;
    ends[i] = time.end;
    order[i] = i;
  }
  const copy = events.slice();
  order.sort((a, b) => {
    const d = starts[a]! - starts[b]! || ends[a]! - ends[b]!;
    if (d !== 0) return d;
    const ia = copy[a]!.id;
    const ib = copy[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  for (let i = 0; i < n; i++) events[i] = copy[order[i]!]!;
}

type Kind = 'event' | 'side' | 'actor' | 'source';

/** The `actors` and `sources` of every event that has none: one frozen empty list each, not 100,000. */
const NO_ACTORS: readonly ActorRef[] = Object.freeze([]);
const NO_SOURCES: readonly string[] = Object.freeze([]);

/** The first `count` items of a list sized for more, or the shared empty list when none were kept. */
function kept<T>(list: T[], count: number, none: readonly T[]): readonly T[] {
  if (count === 0) return none;
  list.length = count;
  return list;
}

/**
 * The state of one `parseDataset` call: its limits and the issues found so far. Paths are built only
 * when there is an issue to report (`base` is the pointer of the object being read): parsing 100,000
 * clean events allocates no path strings beyond one per record.
 */
class DatasetParser {
  readonly issues: DataIssue[] = [];
  private readonly maxLong: number;
  private readonly maxShort: number;
  private readonly maxEvents: number;
  /**
   * Parsed dates (or the reason a date is not one) by their text. Events of one day share one frozen
   * `ParsedDate`: at 100,000 events over 15 years that is about 5,500 objects instead of 100,000, a
   * quarter of what the parsed dataset keeps in memory, and most dates are parsed once.
   */
  private readonly dates = new Map<string, ParsedDate | string>();
  /** Actor references without a role, one frozen `{ id }` per actor, shared by its events. */
  private readonly plainActorRefs = new Map<string, ActorRef>();

  /**
   * Reads the limits from `options`; a value that is not a usable number gives the default. Options
   * that cannot be read at all (a revoked Proxy, a throwing getter) give the defaults and a warning.
   */
  constructor(options: unknown) {
    const positive = (value: unknown, fallback: number) =>
      typeof value === 'number' && value >= 1 ? Math.floor(value) : fallback;
    let limits: ParseDatasetOptions = {};
    try {
      if (isRecord(options)) {
        limits = {
          maxEvents: options.maxEvents as number,
          maxStringLength: options.maxStringLength as number,
          maxShortStringLength: options.maxShortStringLength as number,
        };
      }
    } catch (e) {
      this.warn('', `the options could not be read: ${errorMessage(e)} (the default limits are used)`);
    }
    this.maxLong = positive(limits.maxStringLength, DEFAULT_PARSE_LIMITS.maxStringLength);
    this.maxShort = Math.min(
      this.maxLong,
      positive(limits.maxShortStringLength, DEFAULT_PARSE_LIMITS.maxShortStringLength),
    );
    this.maxEvents =
      typeof limits.maxEvents === 'number' && limits.maxEvents >= 0
        ? Math.floor(limits.maxEvents)
        : DEFAULT_PARSE_LIMITS.maxEvents;
  }

  error(path: string, message: string): void {
    this.issues.push({ path, message, severity: 'error' });
  }

  warn(path: string, message: string): void {
    this.issues.push({ path, message, severity: 'warning' });
  }

  /** `(event dropped)`, or `(event "x" dropped)` once the id is known. */
  private dropped(kind: Kind, id?: string): string {
    return id === undefined ? `(${kind} dropped)` : `(${kind} ${quoteText(id)} dropped)`;
  }

  /** A required id: text, not blank, not over the short limit. `undefined` (and an error) otherwise. */
  private requiredId(rec: Rec, base: string, kind: Kind): string | undefined {
    const value = rec.id;
    if (typeof value === 'string' && value.length <= this.maxShort && value.trim() !== '') return value;
    const path = base + '/id';
    if (value === undefined || value === null) this.error(path, `${kind} has no id ${this.dropped(kind)}`);
    else if (typeof value !== 'string') {
      this.error(path, `id must be text, not ${describeValue(value)} ${this.dropped(kind)}`);
    } else if (value.trim() === '') this.error(path, `id is empty ${this.dropped(kind)}`);
    else {
      this.error(
        path,
        `id is ${formatCount(value.length)} characters long; ids may have at most ` +
          `${formatCount(this.maxShort)} ${this.dropped(kind)}`,
      );
    }
    return undefined;
  }

  /** A required text field (title, name, label, publisher), cut to the short limit. */
  private requiredText(rec: Rec, key: string, base: string, kind: Kind, id: string): string | undefined {
    const value = rec[key];
    const text = typeof value === 'string' ? this.limit(value, this.maxShort, base, key) : '';
    if (text !== '') return text;
    const path = base + '/' + key;
    if (value === undefined || value === null) {
      this.error(path, `${kind} has no ${key} ${this.dropped(kind, id)}`);
    } else if (typeof value !== 'string') {
      this.error(path, `${key} must be text, not ${describeValue(value)} ${this.dropped(kind, id)}`);
    } else this.error(path, `${key} is empty ${this.dropped(kind, id)}`);
    return undefined;
  }

  /** An optional text field; `long` fields get the long limit. */
  private optionalText(rec: Rec, key: string, base: string, long = false): string | undefined {
    const value = rec[key];
    if (typeof value === 'string') {
      // Blank text is absent.
      return this.limit(value, long ? this.maxLong : this.maxShort, base, key) || undefined;
    }
    if (!isAbsent(value))
      this.warn(base + '/' + key, `${key} must be text, not ${describeValue(value)} (removed)`);
    return undefined;
  }

  /**
   * `value` without surrounding white space, or when it is over `max` characters, cut (and a warning at
   * `base/key[/index]`). Trimming also flattens a string built by concatenation into one piece, which
   * at 100,000 events halves the memory the text takes.
   */
  private limit(raw: string, max: number, base: string, key: string, index?: number): string {
    const value = raw.trim();
    if (value.length <= max) return value;
    this.warn(
      base + '/' + key + (index === undefined ? '' : '/' + index),
      `${key} is ${formatCount(value.length)} characters long (cut to ${formatCount(max)})`,
    );
    return truncate(value, max);
  }

  /** An optional list of text (aliases, tags); entries that are not text are removed. */
  private textList(rec: Rec, key: string, base: string): string[] | undefined {
    const value = rec[key];
    if (isAbsent(value)) return undefined;
    if (!Array.isArray(value)) {
      this.warn(base + '/' + key, `${key} must be a list of text, not ${describeValue(value)} (removed)`);
      return undefined;
    }
    const out: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string' && item.trim() !== '')
        out.push(this.limit(item, this.maxShort, base, key, i));
      else if (typeof item === 'string')
        continue; // blank
      else if (!isAbsent(item)) {
        this.warn(base + '/' + key + '/' + i, `${key} must hold text, not ${describeValue(item)} (removed)`);
      }
    }
    return out;
  }

  /** An optional colour, normalised to `#rrggbb`/`rgba(…)`. */
  private color(rec: Rec, base: string): string | undefined {
    const value = rec.color;
    if (isAbsent(value)) return undefined;
    const color = typeof value === 'string' ? normalizeColor(value) : undefined;
    if (color === undefined) {
      this.warn(
        base + '/color',
        typeof value === 'string'
          ? `color ${quoteText(value)} is not a CSS colour such as #b22222 (removed)`
          : `color must be text such as "#b22222", not ${describeValue(value)} (removed)`,
      );
    }
    return color;
  }

  /** An optional ISO date (dataset `updated`, source `published`), checked with parseDate. */
  private isoDate(rec: Rec, key: string, base: string): string | undefined {
    const value = this.optionalText(rec, key, base);
    if (value === undefined) return undefined;
    const parsed = parseDate(value);
    if (parsed.ok) return value;
    this.warn(base + '/' + key, `${parsed.reason} (${key} removed)`);
    return undefined;
  }

  /** The list at `key`: `undefined` when absent (an error when `required`), or not a list (an error). */
  private list(root: Rec, key: string, required: boolean): unknown[] | undefined {
    const value = root[key];
    if (Array.isArray(value)) return value;
    if (value === undefined || value === null) {
      if (required) this.error('/' + key, `the dataset has no ${key} list`);
    } else {
      this.error('/' + key, `${key} must be a list, not ${describeValue(value)} (all ${key} dropped)`);
    }
    return undefined;
  }

  /**
   * Runs `read` on each of the first `count` records of a list, so that an exception (a throwing
   * getter or a Proxy in an object built in code) drops that record alone.
   */
  private each(
    items: unknown[],
    key: string,
    kind: Kind,
    count: number,
    read: (rec: Rec, base: string, index: number) => void,
  ) {
    const prefix = '/' + key + '/';
    for (let i = 0; i < count; i++) {
      const base = prefix + i;
      try {
        const item: unknown = items[i];
        if (isRecord(item)) read(item, base, i);
        else this.error(base, `${kind} must be an object, not ${describeValue(item)} ${this.dropped(kind)}`);
      } catch (e) {
        this.error(base, `${kind} could not be read: ${errorMessage(e)} ${this.dropped(kind)}`);
      }
    }
  }

  /** Reports a repeated id: the record at `base` is dropped, `firstPath` keeps the id. */
  private duplicate(id: string, base: string, firstPath: string, kind: Kind): void {
    this.error(base + '/id', `id ${quoteText(id)} is already used by ${firstPath} ${this.dropped(kind, id)}`);
  }

  parse(root: Rec): Dataset {
    const dataset = emptyDataset();
    const title = this.optionalText(root, 'title', '');
    if (title !== undefined) dataset.title = title;
    const description = this.optionalText(root, 'description', '', true);
    if (description !== undefined) dataset.description = description;
    const lang = this.optionalText(root, 'lang', '');
    if (lang !== undefined) {
      try {
        dataset.lang = Intl.getCanonicalLocales(lang)[0];
      } catch {
        this.warn(
          '/lang',
          `lang ${quoteText(lang)} is not a BCP 47 language tag such as "en" or "ar" (removed)`,
        );
      }
    }
    const updated = this.isoDate(root, 'updated', '');
    if (updated !== undefined) dataset.updated = updated;

    const sidesById = new Map<string, Side>();
    const actorsById = new Map<string, Actor>();
    const sourcesById = new Map<string, Source>();
    dataset.sidesById = sidesById;
    dataset.actorsById = actorsById;
    dataset.sourcesById = sourcesById;

    this.records(root, 'sides', 'side', sidesById, dataset.sides, (rec, base, id) => {
      const label = this.requiredText(rec, 'label', base, 'side', id);
      if (label === undefined) return undefined;
      const side: Side = { id, label };
      const color = this.color(rec, base);
      if (color !== undefined) side.color = color;
      return side;
    });

    this.records(root, 'actors', 'actor', actorsById, dataset.actors, (rec, base, id) => {
      const name = this.requiredText(rec, 'name', base, 'actor', id);
      if (name === undefined) return undefined;
      const actor: Actor = { id, name };
      const short = this.optionalText(rec, 'short', base);
      if (short !== undefined) actor.short = short;
      const side = this.optionalText(rec, 'side', base);
      if (side !== undefined) {
        if (sidesById.has(side)) actor.side = side;
        else this.warn(base + '/side', `no side has the id ${quoteText(side)} (side removed)`);
      }
      const color = this.color(rec, base);
      if (color !== undefined) actor.color = color;
      const aliases = this.textList(rec, 'aliases', base);
      if (aliases !== undefined) actor.aliases = aliases;
      const description = this.optionalText(rec, 'description', base, true);
      if (description !== undefined) actor.description = description;
      return actor;
    });

    this.records(root, 'sources', 'source', sourcesById, dataset.sources, (rec, base, id) => {
      const publisher = this.requiredText(rec, 'publisher', base, 'source', id);
      if (publisher === undefined) return undefined;
      const source: Source = { id, publisher };
      const title = this.optionalText(rec, 'title', base);
      if (title !== undefined) source.title = title;
      const published = this.isoDate(rec, 'published', base);
      if (published !== undefined) source.published = published;
      const url = this.url(rec, base);
      if (url !== undefined) source.url = url;
      return source;
    });

    dataset.eventsById = this.events(root, dataset);
    return dataset;
  }

  /** Reads a small list of records (sides, actors, sources), each with an id, into `out` and `byId`. */
  private records<T extends { id: string }>(
    root: Rec,
    key: string,
    kind: Kind,
    byId: Map<string, T>,
    out: T[],
    read: (rec: Rec, base: string, id: string) => T | undefined,
  ): void {
    const items = this.list(root, key, false);
    if (!items) return;
    const firstPath = new Map<string, string>();
    this.each(items, key, kind, items.length, (rec, base) => {
      const id = this.requiredId(rec, base, kind);
      if (id === undefined) return;
      const first = firstPath.get(id);
      if (first !== undefined) {
        this.duplicate(id, base, first, kind);
        return;
      }
      const record = read(rec, base, id);
      if (record === undefined) return;
      firstPath.set(id, base);
      byId.set(id, record);
      out.push(record);
    });
  }

  private events(root: Rec, dataset: Dataset): Map<string, ConflictEvent> {
    const eventsById = new Map<string, ConflictEvent>();
    const events = this.list(root, 'events', true);
    if (!events) return eventsById;
    let count = events.length;
    if (count > this.maxEvents) {
      this.error(
        '/events',
        `${formatCount(count)} events are more than the limit of ${formatCount(this.maxEvents)} ` +
          `(the last ${formatCount(count - this.maxEvents)} dropped)`,
      );
      count = this.maxEvents;
    }
    const out = dataset.events;
    // The input index of each kept event, by its position in `out` (before sorting): with it a repeated
    // id can name the first record's path without a second map of ids on the common, clean path.
    const inputIndex: number[] = [];
    let positionOf: Map<ConflictEvent, number> | undefined;
    let sorted = true;
    const isNew = (id: string, base: string) => {
      const first = eventsById.get(id);
      if (first === undefined) return true;
      positionOf ??= new Map();
      for (let p = positionOf.size; p < out.length; p++) positionOf.set(out[p], p);
      this.duplicate(id, base, '/events/' + inputIndex[positionOf.get(first)!], 'event');
      return false;
    };
    this.each(events, 'events', 'event', count, (rec, base, index) => {
      const event = this.event(rec, base, dataset, isNew);
      if (!event) return;
      eventsById.set(event.id, event);
      if (sorted && out.length > 0 && compareEvents(out[out.length - 1], event) > 0) sorted = false;
      out.push(event);
      inputIndex.push(index);
    });
    if (!sorted) sortEvents(out);
    return eventsById;
  }

  private url(rec: Rec, base: string): string | undefined {
    const value = rec.url;
    if (isAbsent(value)) return undefined;
    const url = httpUrl(value);
    if (url === undefined) {
      this.warn(
        base + '/url',
        typeof value === 'string'
          ? `url ${quoteText(value)} is not an absolute http(s) link (removed)`
          : `url must be text, not ${describeValue(value)} (removed)`,
      );
    }
    return url;
  }

  /** One event, or `undefined` when it is dropped; `isNew` checks (and reports) a repeated id. */
  private event(
    rec: Rec,
    base: string,
    dataset: Dataset,
    isNew: (id: string, base: string) => boolean,
  ): ConflictEvent | undefined {
    const id = this.requiredId(rec, base, 'event');
    if (id === undefined) return undefined;
    const title = this.requiredText(rec, 'title', base, 'event', id);
    if (title === undefined) return undefined;

    const dateValue = rec.date;
    if (typeof dateValue !== 'string') {
      this.error(
        base + '/date',
        dateValue === undefined || dateValue === null
          ? `event has no date ${this.dropped('event', id)}`
          : `date must be text, not ${describeValue(dateValue)} ${this.dropped('event', id)}`,
      );
      return undefined;
    }
    const time = this.parsedDate(dateValue);
    if (typeof time === 'string') {
      this.error(base + '/date', `${time} ${this.dropped('event', id)}`);
      return undefined;
    }
    if (!isNew(id, base)) return undefined;

    const actors = this.actorRefs(rec, base, dataset.actorsById);
    const sources = this.sourceRefs(rec, base, dataset.sourcesById);
    const summary = this.optionalText(rec, 'summary', base, true);
    // The common fields in the literal keep them inside the object (a field added later needs a
    // property array of its own: 2 MB at 100,000 events); an absent summary stays absent.
    const event: ConflictEvent =
      summary === undefined
        ? { id, date: dateValue, title, actors, sources, time }
        : { id, date: dateValue, title, summary, actors, sources, time };
    const category = this.optionalText(rec, 'category', base);
    if (category !== undefined) event.category = category;
    const place = this.place(rec, base);
    if (place !== undefined) event.place = place;
    const fatalities = this.fatalities(rec, base);
    if (fatalities !== undefined) event.fatalities = fatalities;
    const claimedBy = this.optionalText(rec, 'claimedBy', base);
    if (claimedBy !== undefined) event.claimedBy = claimedBy;
    const tags = this.textList(rec, 'tags', base);
    if (tags !== undefined) event.tags = tags;
    return event;
  }

  private actorRefs(rec: Rec, base: string, actorsById: ReadonlyMap<string, Actor>): readonly ActorRef[] {
    const value = rec.actors;
    if (isAbsent(value)) return NO_ACTORS;
    if (!Array.isArray(value)) {
      this.warn(
        base + '/actors',
        `actors must be a list of actor ids, not ${describeValue(value)} (removed)`,
      );
      return NO_ACTORS;
    }
    // Sized up front: a list grown by push keeps room for 17 items (150 bytes an event at 100,000).
    const refs = new Array<ActorRef>(value.length);
    let count = 0;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      let id: string;
      let role: unknown;
      if (typeof item === 'string') id = item;
      else if (isRecord(item) && typeof item.id === 'string') {
        id = item.id;
        role = item.role;
      } else {
        this.warn(
          base + '/actors/' + i,
          `an actor must be given as an id or { "id", "role" }, not ${describeValue(item)} (removed)`,
        );
        continue;
      }
      if (!actorsById.has(id)) {
        this.warn(base + '/actors/' + i, `no actor has the id ${quoteText(id)} (reference removed)`);
        continue;
      }
      if (typeof role === 'string' && role !== '') {
        refs[count++] = { id, role: this.limit(role, this.maxShort, base + '/actors/' + i, 'role') };
      } else {
        if (!isAbsent(role)) {
          this.warn(
            base + '/actors/' + i + '/role',
            `role must be text, not ${describeValue(role)} (removed)`,
          );
        }
        refs[count++] = this.plainActorRef(id);
      }
    }
    return kept(refs, count, NO_ACTORS);
  }

  private plainActorRef(id: string): ActorRef {
    let ref = this.plainActorRefs.get(id);
    if (ref === undefined) this.plainActorRefs.set(id, (ref = Object.freeze({ id })));
    return ref;
  }

  private parsedDate(text: string): ParsedDate | string {
    let time = this.dates.get(text);
    if (time === undefined) {
      time = parseDateOrReason(text);
      if (typeof time !== 'string') {
        if (time.from) Object.freeze(time.from);
        if (time.to) Object.freeze(time.to);
        Object.freeze(time);
      }
      this.dates.set(text, time);
    }
    return time;
  }

  private sourceRefs(rec: Rec, base: string, sourcesById: ReadonlyMap<string, Source>): readonly string[] {
    const value = rec.sources;
    if (isAbsent(value)) return NO_SOURCES;
    if (!Array.isArray(value)) {
      this.warn(
        base + '/sources',
        `sources must be a list of source ids, not ${describeValue(value)} (removed)`,
      );
      return NO_SOURCES;
    }
    const refs = new Array<string>(value.length);
    let count = 0;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string' && sourcesById.has(item)) refs[count++] = item;
      else if (typeof item !== 'string') {
        this.warn(
          base + '/sources/' + i,
          `a source must be given as its id, not ${describeValue(item)} (removed)`,
        );
      } else this.warn(base + '/sources/' + i, `no source has the id ${quoteText(item)} (reference removed)`);
    }
    return kept(refs, count, NO_SOURCES);
  }

  private place(rec: Rec, base: string): Place | undefined {
    const value = rec.place;
    if (isAbsent(value)) return undefined;
    if (!isRecord(value)) {
      this.warn(
        base + '/place',
        `place must be an object with a name, not ${describeValue(value)} (removed)`,
      );
      return undefined;
    }
    const path = base + '/place';
    const name = value.name;
    if (typeof name !== 'string' || name.trim() === '') {
      this.warn(
        path + '/name',
        isAbsent(name)
          ? 'place has no name (place removed)'
          : `place name must be text, not ${describeValue(name)} (place removed)`,
      );
      return undefined;
    }
    const place: Place = { name: this.limit(name, this.maxShort, path, 'name') };
    const admin1 = this.optionalText(value, 'admin1', path);
    if (admin1 !== undefined) place.admin1 = admin1;
    const country = this.optionalText(value, 'country', path);
    if (country !== undefined) place.country = country;

    const lat = value.lat;
    const lon = value.lon;
    const hasLat = !isAbsent(lat);
    const hasLon = !isAbsent(lon);
    if (hasLat || hasLon) {
      const latOk = this.coordinate(lat, hasLat, 'lat', 90, path, hasLon);
      const lonOk = this.coordinate(lon, hasLon, 'lon', 180, path, hasLat);
      if (latOk && lonOk) {
        place.lat = lat as number;
        place.lon = lon as number;
      }
    }
    const approximate = value.approximate;
    if (typeof approximate === 'boolean') place.approximate = approximate;
    else if (!isAbsent(approximate)) {
      this.warn(
        path + '/approximate',
        `approximate must be true or false, not ${describeValue(approximate)} (removed)`,
      );
    }
    return place;
  }

  /** Checks one coordinate; false (and a warning saying why both are removed) when it is unusable. */
  private coordinate(
    value: unknown,
    present: boolean,
    key: 'lat' | 'lon',
    max: number,
    path: string,
    otherPresent: boolean,
  ): boolean {
    if (typeof value === 'number' && value >= -max && value <= max) return otherPresent;
    const word = key === 'lat' ? 'latitude' : 'longitude';
    if (!present) {
      const other = key === 'lat' ? 'lon' : 'lat';
      this.warn(path + '/' + key, `place has ${other} but no ${key} (coordinates removed)`);
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.warn(
        path + '/' + key,
        `${word} must be a number, not ${describeValue(value)} (coordinates removed)`,
      );
    } else {
      this.warn(path + '/' + key, `${word} ${value} is outside -${max} to ${max} (coordinates removed)`);
    }
    return false;
  }

  private fatalities(rec: Rec, base: string): Fatalities | undefined {
    const value = rec.fatalities;
    if (isAbsent(value)) return undefined;
    const path = base + '/fatalities';
    if (!isRecord(value)) {
      this.warn(
        path,
        `fatalities must be an object such as { "count": 12 }, not ${describeValue(value)} (removed)`,
      );
      return undefined;
    }
    const count = this.count(value, 'count', path);
    let low = this.count(value, 'low', path);
    let high = this.count(value, 'high', path);
    if (low !== undefined && high !== undefined && low > high) {
      this.warn(path, `low ${low} is greater than high ${high} (low and high removed)`);
      low = high = undefined;
    }
    if (count === undefined && low === undefined && high === undefined) {
      if (isAbsent(value.count) && isAbsent(value.low) && isAbsent(value.high)) {
        this.warn(path, 'fatalities has no count, low or high (removed)');
      }
      return undefined;
    }
    const fatalities: Fatalities = {};
    if (count !== undefined) fatalities.count = count;
    if (low !== undefined) fatalities.low = low;
    if (high !== undefined) fatalities.high = high;
    const who = this.optionalText(value, 'who', path);
    if (who !== undefined) fatalities.who = who;
    const claimedBy = this.optionalText(value, 'claimedBy', path);
    if (claimedBy !== undefined) fatalities.claimedBy = claimedBy;
    return fatalities;
  }

  private count(rec: Rec, key: string, path: string): number | undefined {
    const value = rec[key];
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    if (!isAbsent(value)) {
      this.warn(
        path + '/' + key,
        `${key} must be a whole number of 0 or more, not ${describeValue(value)} (removed)`,
      );
    }
    return undefined;
  }
}

/**
 * Checks and normalises a dataset. `input` is the dataset object or its JSON text. Never throws:
 * returns the usable part as a `Dataset` (events sorted by time then id, references as `{ id, role }`,
 * lookups by id, no object of `input` reused) and an issue for each problem, with a JSON pointer into
 * `input`. The result is read-only: to save memory at scale, events with the same date text share one
 * frozen `time`, and empty lists and references without a role are frozen and shared.
 */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): ParseResult {
  let issues: DataIssue[] = [];
  // Everything is inside the `try`: options, the input and each record may be hostile objects. Records
  // are read in their own `try` (one bad record drops itself); only a dataset whose top level cannot be
  // read gets here.
  try {
    const parser = new DatasetParser(options);
    issues = parser.issues;
    let root = input;
    if (typeof input === 'string') {
      try {
        root = JSON.parse(input);
      } catch (e) {
        parser.error('', `the input is not valid JSON: ${errorMessage(e).slice(0, 300)}`);
        return { dataset: emptyDataset(), issues };
      }
    }
    if (!isRecord(root)) {
      parser.error('', `a dataset must be an object with an "events" list, not ${describeValue(root)}`);
      return { dataset: emptyDataset(), issues };
    }
    return { dataset: parser.parse(root), issues };
  } catch (e) {
    issues.push({
      path: '',
      message: `the dataset could not be read: ${errorMessage(e)}`,
      severity: 'error',
    });
    return { dataset: emptyDataset(), issues };
  }
}

/** One line for people: `/events/3/date: 30 February 2015 does not exist (event "x" dropped)`. */
export function formatIssue(issue: DataIssue): string {
  return `${issue.path === '' ? '(input)' : issue.path}: ${issue.message}`;
}
