/**
 * The sheet layout's header names (`templates/conflict-timeline-sheet.csv`): the columns of the events
 * and actors sheets, the other names people give them, and the about sheet's fields.
 */
import type { DateOrder } from './sheet-date.js';

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
export type EventColumn = (typeof SHEET_COLUMNS)[number];

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
export type ActorColumn = (typeof ACTOR_COLUMNS)[number];

/** Other names people give the columns (compared after {@link columnKey}). */
export const EVENT_ALIASES: Record<string, EventColumn> = {
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
export const ACTOR_ALIASES: Record<string, ActorColumn> = {
  color: 'colour',
  'short name': 'short',
  alias: 'aliases',
  'side color': 'side colour',
};

/** Column names compare case-insensitively, with `_` and runs of spaces as one space. */
export const columnKey = (name: string) =>
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

export const DATE_COLUMN = /^date \((dd\/mm\/yyyy|d\/m\/y|day first|mm\/dd\/yyyy|m\/d\/y|month first)\)$/;
export const NUMBERED_SOURCE = /^sources? ?(\d+)$/;

export const ABOUT_FIELDS = ['title', 'description', 'lang', 'updated', 'date order', 'source'] as const;

export function dateOrderOf(text: string): DateOrder | undefined {
  const t = columnKey(text);
  if (['dd/mm/yyyy', 'd/m/y', 'day first', 'dmy'].includes(t)) return 'dmy';
  if (['mm/dd/yyyy', 'm/d/y', 'month first', 'mdy'].includes(t)) return 'mdy';
  return undefined;
}
