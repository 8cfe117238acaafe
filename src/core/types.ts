/**
 * The data model: what a dataset looks like as JSON (the `*Input` shapes a newsroom writes),
 * and the normalised shapes `parseDataset` returns for the elements to use directly.
 * Described for people in the README ("Data model") and for machines in `schema/dataset.schema.json`.
 */

/** A coarse grouping of actors, e.g. "Syrian government and allies". */
export interface Side {
  id: string;
  label: string;
  /**
   * A CSS colour: hex, `rgb()`/`hsl()` or a named colour. `parseDataset` checks it and gives it back as
   * `#rrggbb` (or `rgba(…)` when translucent); anything else is removed with a warning.
   */
  color?: string;
}

/** A party to events: an armed group, a state, a ministry, a person. */
export interface Actor {
  id: string;
  /** Display name, e.g. "Hay'at Tahrir al-Sham". */
  name: string;
  /** A short label for chips, e.g. "HTS". */
  short?: string;
  /** The id of a {@link Side}. */
  side?: string;
  /** A CSS colour, normalised like {@link Side.color}; when absent the elements take one from the side or a palette. */
  color?: string;
  /** Other spellings, searched like the name. */
  aliases?: string[];
  description?: string;
}

/** A report or document that events cite. */
export interface Source {
  id: string;
  title?: string;
  publisher: string;
  /** ISO date of publication (`2015-05-19`). */
  published?: string;
  /** Linked only when it is http(s). */
  url?: string;
}

export interface Place {
  name: string;
  /** First-level administrative division (province, governorate). */
  admin1?: string;
  country?: string;
  lat?: number;
  lon?: number;
  /** True when the coordinates stand for a larger area (e.g. a country centroid), not the place itself. */
  approximate?: boolean;
}

export interface Fatalities {
  /** An exact figure. */
  count?: number;
  /** "at least `low`" alone, or a range with `high`. */
  low?: number;
  high?: number;
  /** Who counted, e.g. "Syrian Observatory for Human Rights". */
  who?: string;
  /** The figure is a claim by this party. */
  claimedBy?: string;
}

/** An actor's part in an event. */
export interface ActorRef {
  id: string;
  /** e.g. attacker, target, mediator, speaker. */
  role?: string;
}

/** One event as written in a dataset's JSON. */
export interface ConflictEventInput {
  /** Stable id; used in deep links (`#event=<id>`). */
  id: string;
  /** A date string in the documented EDTF subset (see {@link parseDate}). */
  date: string;
  /** Plain text. */
  title: string;
  /** Plain text; paragraphs separated by a blank line. */
  summary?: string;
  category?: string;
  actors?: Array<string | ActorRef>;
  place?: Place;
  fatalities?: Fatalities;
  /** The event itself is a claim by this party, not confirmed. */
  claimedBy?: string;
  /** Source ids. */
  sources?: string[];
  tags?: string[];
  /**
   * How much the event matters to a reader, any finite number: higher is more important. The timeline
   * labels the most important marks first when not all titles fit. Absent, the rule of `eventImportance`
   * (tolls, sources, claims) decides.
   */
  importance?: number;
}

/** A dataset as written in JSON: what the elements' `data` property and `src` URL take. */
export interface DatasetInput {
  title?: string;
  description?: string;
  /** BCP 47 language of the text fields. */
  lang?: string;
  /** Date of the last change, ISO. */
  updated?: string;
  sides?: Side[];
  actors?: Actor[];
  sources?: Source[];
  events: ConflictEventInput[];
}

/** How precise one end of a date is. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second' | 'millisecond';

/** One calendar date or moment of a {@link ParsedDate} (a range or a set has two). */
export interface DatePoint {
  /** Astronomical year: 0 is 1 BCE, -500 is 501 BCE. */
  year: number;
  /** 1–12, when precision is month or finer. */
  month?: number;
  /** 1–31, when precision is day or finer. */
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  /** Minutes east of UTC, when the string carries a time with an offset (`Z` is 0). */
  offsetMinutes?: number;
  precision: DatePrecision;
  /** `~` (or `%`). */
  approximate: boolean;
  /** `?` (or `%`). */
  uncertain: boolean;
  /** Earliest instant covered, ms since 1970 UTC. */
  start: number;
  /** Latest instant covered (inclusive: the last millisecond), ms since 1970 UTC. */
  end: number;
}

/**
 * A parsed event date: a span of time in UTC, with its precision and qualifiers. The span is one of
 * three things: a single date at its precision (`2015-05-19`, `2015-05`), a range the event lasted
 * (`A/B`, {@link ParsedDate.isRange}), or a set: one instant somewhere in the span, unknown which
 * (`[A..B]`, {@link ParsedDate.oneOf}).
 */
export interface ParsedDate {
  /** The original string. */
  text: string;
  /**
   * Earliest instant, ms since 1970 UTC. For an open start (`../2015`, `[..2015]`), the known end's
   * start.
   */
  start: number;
  /**
   * Latest instant (inclusive), ms since 1970 UTC. For an open end (`2015/..`, `[2015..]`), the known
   * start's end.
   */
  end: number;
  /** The precision of the coarser end. */
  precision: DatePrecision;
  /** Any part is approximate (`~` or `%`). */
  approximate: boolean;
  /** Any part is uncertain (`?` or `%`). */
  uncertain: boolean;
  /** The first (or only) point; absent for an open start. */
  from?: DatePoint;
  /** The second point of a range or a set; absent for a single date or an open end. */
  to?: DatePoint;
  /** True for `A/B`, `A/..`, `../B`: the event lasted the span. */
  isRange: boolean;
  /**
   * True for EDTF's "one of a set", `[A..B]`, `[..B]`, `[A..]`: the event is one instant somewhere in
   * the span, unknown which ("some day between March and 14 June 2014"). Not a range: it did not last.
   */
  oneOf: boolean;
  /** The earliest bound is unknown: a range `../B` (it began before B) or a set `[..B]` (B or earlier). */
  openStart: boolean;
  /** The latest bound is unknown: a range `A/..` (still going on) or a set `[A..]` (A or later). */
  openEnd: boolean;
}

export type ParseDateResult = { ok: true; date: ParsedDate } | { ok: false; reason: string };

/** An event after `parseDataset`: validated, references resolved to `{ id, role }`, date parsed. */
export interface ConflictEvent extends Omit<ConflictEventInput, 'actors' | 'sources'> {
  /** Read-only: an event with no actors shares one frozen empty list, a reference without a role one frozen `{ id }`. */
  actors: readonly ActorRef[];
  /** Read-only: an event with no sources shares one frozen empty list. */
  sources: readonly string[];
  /**
   * The parsed `date`. Frozen, and shared by the events whose `date` is the same text (at 100,000
   * events most days hold several).
   */
  time: Readonly<ParsedDate>;
}

/** A dataset after `parseDataset`: events sorted by time then id, with lookups by id. */
export interface Dataset {
  title?: string;
  description?: string;
  lang?: string;
  updated?: string;
  sides: Side[];
  actors: Actor[];
  sources: Source[];
  events: ConflictEvent[];
  sidesById: ReadonlyMap<string, Side>;
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Source>;
  eventsById: ReadonlyMap<string, ConflictEvent>;
}

/**
 * A problem found in input data. `path` is a JSON pointer into the input (`/events/3/date`; `""` for
 * the whole input). `severity` is `error` when data was lost (a record dropped, the input unusable)
 * and `warning` when the record was kept (a field repaired or left out).
 */
export interface DataIssue {
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface ParseResult {
  dataset: Dataset;
  issues: DataIssue[];
}
