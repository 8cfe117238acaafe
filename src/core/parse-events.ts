/**
 * The events of a dataset: each with an id, a title and a date `parseDate` accepts, references to
 * known actors and sources, and optional text, place, fatalities and importance; sorted by time.
 */
import type { DatasetReader, Rec } from './dataset-reader.js';
import { formatCount, isAbsent } from './dataset-reader.js';
import { parseDateOrReason } from './dates.js';
import type { SliceClock } from './slices.js';
import { describeValue, isRecord, quoteText } from './guards.js';
import { readFatalities, readPlace } from './parse-place.js';
import type { Actor, ActorRef, ConflictEvent, Dataset, ParsedDate, Source } from './types.js';

/** Events by start, then end (shorter first), then id (code-unit order, so it is the same everywhere). */
function compareEvents(a: ConflictEvent, b: ConflictEvent): number {
  return a.time.start - b.time.start || a.time.end - b.time.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The sort keys of `events` read once into typed arrays, an index per event, and a comparator of
 * indexes in {@link compareEvents}'s order: it reads no objects, which makes large datasets sort faster.
 */
function sortKeys(events: ConflictEvent[]) {
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
  const compare = (a: number, b: number) => {
    const d = starts[a]! - starts[b]! || ends[a]! - ends[b]!;
    if (d !== 0) return d;
    const ia = copy[a]!.id;
    const ib = copy[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  return { order, copy, compare };
}

/** Sorts events as {@link compareEvents} does. */
function sortEvents(events: ConflictEvent[]): void {
  const { order, copy, compare } = sortKeys(events);
  order.sort(compare);
  for (let i = 0; i < events.length; i++) events[i] = copy[order[i]!]!;
}

/** Runs sorted at once before the slices merge them (each one a short piece of work). */
const SORT_RUN = 8192;

/**
 * The same order as `sortEvents`, made a slice at a time (a merge sort of short runs), so that a
 * large dataset's sort gives the event loop back in between.
 */
async function sortEventsInSlices(events: ConflictEvent[], clock: SliceClock): Promise<void> {
  const n = events.length;
  const keys = sortKeys(events);
  const { copy, compare } = keys;
  let order = keys.order;
  for (let from = 0; from < n; from += SORT_RUN) {
    await clock.pause();
    order.subarray(from, Math.min(n, from + SORT_RUN)).sort(compare);
  }
  let into = new Uint32Array(n);
  for (let width = SORT_RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      while (k < hi) {
        if ((k & 4095) === 0) await clock.pause();
        if (i < mid && (j >= hi || compare(order[i]!, order[j]!) <= 0)) into[k++] = order[i++]!;
        else into[k++] = order[j++]!;
      }
    }
    [order, into] = [into, order];
  }
  await clock.pause();
  for (let i = 0; i < n; i++) events[i] = copy[order[i]!]!;
}

/** The `actors` and `sources` of every event that has none: one frozen empty list each, not 100,000. */
const NO_ACTORS: readonly ActorRef[] = Object.freeze([]);
const NO_SOURCES: readonly string[] = Object.freeze([]);

/** The first `count` items of a list sized for more, or the shared empty list when none were kept. */
function kept<T>(list: T[], count: number, none: readonly T[]): readonly T[] {
  if (count === 0) return none;
  list.length = count;
  return list;
}

/** Reads the events of one `parseDataset` call, sharing what repeats among them. */
class EventReader {
  /**
   * Parsed dates (or the reason a date is not one) by their text. Events of one day share one frozen
   * `ParsedDate`: far fewer objects to keep in memory, and most dates are parsed once.
   */
  private readonly _dates = new Map<string, ParsedDate | string>();
  /** Actor references without a role, one frozen `{ id }` per actor, shared by its events. */
  private readonly _plainActorRefs = new Map<string, ActorRef>();

  constructor(private readonly _reader: DatasetReader) {}

  /**
   * Starts reading the `events` list of `root` into `dataset.events`: `readTo` reads the records up to
   * an index (a large list can be read a batch at a time), `finish` sorts them and returns them by id.
   */
  begin(root: Rec, dataset: Dataset): EventsPass {
    const eventsById = new Map<string, ConflictEvent>();
    const events = this._reader.list(root, 'events', true);
    let count = events?.length ?? 0;
    if (count > this._reader.maxEvents) {
      this._reader.error(
        '/events',
        `${formatCount(count)} events are more than the limit of ${formatCount(this._reader.maxEvents)} ` +
          `(the last ${formatCount(count - this._reader.maxEvents)} dropped)`,
      );
      count = this._reader.maxEvents;
    }
    const out = dataset.events;
    // The input index of each kept event, by its position in `out` (before sorting): with it a repeated
    // id can name the first record's path without a second map of ids on the common, clean path.
    const inputIndex: number[] = [];
    let positionOf: Map<ConflictEvent, number> | undefined;
    let sorted = true;
    let read = 0;
    const isNew = (id: string, base: string) => {
      const first = eventsById.get(id);
      if (first === undefined) return true;
      positionOf ??= new Map();
      for (let p = positionOf.size; p < out.length; p++) positionOf.set(out[p], p);
      this._reader.duplicate(id, base, '/events/' + inputIndex[positionOf.get(first)!], 'event');
      return false;
    };
    const readOne = (rec: Rec, base: string, index: number) => {
      const event = this._event(rec, base, dataset, isNew);
      if (!event) return;
      eventsById.set(event.id, event);
      if (sorted && out.length > 0 && compareEvents(out[out.length - 1], event) > 0) sorted = false;
      out.push(event);
      inputIndex.push(index);
    };
    return {
      count,
      readTo: (end: number) => {
        const to = Math.min(count, end);
        if (events && to > read) this._reader.each(events, 'events', 'event', to, readOne, read);
        read = Math.max(read, to);
      },
      finish: () => {
        if (!sorted) sortEvents(out);
        return eventsById;
      },
      finishInSlices: async (clock: SliceClock) => {
        if (!sorted) await sortEventsInSlices(out, clock);
        return eventsById;
      },
    };
  }

  /** One event, or `undefined` when it is dropped; `isNew` checks (and reports) a repeated id. */
  private _event(
    rec: Rec,
    base: string,
    dataset: Dataset,
    isNew: (id: string, base: string) => boolean,
  ): ConflictEvent | undefined {
    const id = this._reader.requiredId(rec, base, 'event');
    if (id === undefined) return undefined;
    const title = this._reader.requiredText(rec, 'title', base, 'event', id);
    if (title === undefined) return undefined;

    const dateValue = rec.date;
    if (typeof dateValue !== 'string') {
      this._reader.error(
        base + '/date',
        dateValue === undefined || dateValue === null
          ? `event has no date ${this._reader.dropped('event', id)}`
          : `date must be text, not ${describeValue(dateValue)} ${this._reader.dropped('event', id)}`,
      );
      return undefined;
    }
    const time = this._parsedDate(dateValue);
    if (typeof time === 'string') {
      this._reader.error(base + '/date', `${time} ${this._reader.dropped('event', id)}`);
      return undefined;
    }
    if (!isNew(id, base)) return undefined;

    const actors = this._actorRefs(rec, base, dataset.actorsById);
    const sources = this._sourceRefs(rec, base, dataset.sourcesById);
    const summary = this._reader.optionalText(rec, 'summary', base, true);
    // The common fields in the literal keep them inside the object (a field added later needs a
    // property array of its own); an absent summary stays absent.
    const event: ConflictEvent =
      summary === undefined
        ? { id, date: dateValue, title, actors, sources, time }
        : { id, date: dateValue, title, summary, actors, sources, time };
    const category = this._reader.optionalText(rec, 'category', base);
    if (category !== undefined) event.category = category;
    const place = readPlace(this._reader, rec, base);
    if (place !== undefined) event.place = place;
    const fatalities = readFatalities(this._reader, rec, base);
    if (fatalities !== undefined) event.fatalities = fatalities;
    const claimedBy = this._reader.optionalText(rec, 'claimedBy', base);
    if (claimedBy !== undefined) event.claimedBy = claimedBy;
    const tags = this._reader.textList(rec, 'tags', base);
    if (tags !== undefined) event.tags = tags;
    const importance = this._importance(rec, base);
    if (importance !== undefined) event.importance = importance;
    return event;
  }

  /** The optional `importance`: any finite number (a negative one ranks an event below the rule's). */
  private _importance(rec: Rec, base: string): number | undefined {
    const value = rec.importance;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (!isAbsent(value)) {
      this._reader.warn(
        base + '/importance',
        `importance must be a finite number, not ${describeValue(value)} (removed)`,
      );
    }
    return undefined;
  }

  private _actorRefs(rec: Rec, base: string, actorsById: ReadonlyMap<string, Actor>): readonly ActorRef[] {
    const value = rec.actors;
    if (isAbsent(value)) return NO_ACTORS;
    if (!Array.isArray(value)) {
      this._reader.warn(
        base + '/actors',
        `actors must be a list of actor ids, not ${describeValue(value)} (removed)`,
      );
      return NO_ACTORS;
    }
    // Sized up front: a list grown by push keeps spare room in every event.
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
        this._reader.warn(
          base + '/actors/' + i,
          `an actor must be given as an id or { "id", "role" }, not ${describeValue(item)} (removed)`,
        );
        continue;
      }
      if (!actorsById.has(id)) {
        this._reader.warn(base + '/actors/' + i, `no actor has the id ${quoteText(id)} (reference removed)`);
        continue;
      }
      if (typeof role === 'string' && role !== '') {
        refs[count++] = {
          id,
          role: this._reader.limit(role, this._reader.maxShort, base + '/actors/' + i, 'role'),
        };
      } else {
        if (!isAbsent(role)) {
          this._reader.warn(
            base + '/actors/' + i + '/role',
            `role must be text, not ${describeValue(role)} (removed)`,
          );
        }
        refs[count++] = this._plainActorRef(id);
      }
    }
    return kept(refs, count, NO_ACTORS);
  }

  private _plainActorRef(id: string): ActorRef {
    let ref = this._plainActorRefs.get(id);
    if (ref === undefined) this._plainActorRefs.set(id, (ref = Object.freeze({ id })));
    return ref;
  }

  private _parsedDate(text: string): ParsedDate | string {
    let time = this._dates.get(text);
    if (time === undefined) {
      time = parseDateOrReason(text);
      if (typeof time !== 'string') {
        if (time.from) Object.freeze(time.from);
        if (time.to) Object.freeze(time.to);
        Object.freeze(time);
      }
      this._dates.set(text, time);
    }
    return time;
  }

  private _sourceRefs(rec: Rec, base: string, sourcesById: ReadonlyMap<string, Source>): readonly string[] {
    const value = rec.sources;
    if (isAbsent(value)) return NO_SOURCES;
    if (!Array.isArray(value)) {
      this._reader.warn(
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
        this._reader.warn(
          base + '/sources/' + i,
          `a source must be given as its id, not ${describeValue(item)} (removed)`,
        );
      } else
        this._reader.warn(
          base + '/sources/' + i,
          `no source has the id ${quoteText(item)} (reference removed)`,
        );
    }
    return kept(refs, count, NO_SOURCES);
  }
}

/** Reading an `events` list, a batch of records at a time (see `EventReader.begin`). */
export interface EventsPass {
  /** How many records are to be read (the list's length, or the limit). */
  readonly count: number;
  /** Reads the records before index `end` not read yet. */
  readTo(end: number): void;
  /** Sorts the events read and returns them by id. */
  finish(): Map<string, ConflictEvent>;
  /** `finish`, with the sort made a slice at a time. */
  finishInSlices(clock: SliceClock): Promise<Map<string, ConflictEvent>>;
}

/** Starts reading the `events` list of `root` into `dataset.events`, a batch at a time. */
export function beginEvents(reader: DatasetReader, root: Rec, dataset: Dataset): EventsPass {
  return new EventReader(reader).begin(root, dataset);
}

/** The `events` list of `root` into `dataset.events` (sorted), returning them by id. */
export function readEvents(reader: DatasetReader, root: Rec, dataset: Dataset): Map<string, ConflictEvent> {
  const pass = beginEvents(reader, root, dataset);
  pass.readTo(pass.count);
  return pass.finish();
}
