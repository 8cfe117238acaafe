/**
 * TimelineJS slides of any input shape (JSON v3, v2 JSON, sheet rows) to events: dates, title, text,
 * group, place, and one warning each for what this library does not show (eras, media, display dates).
 */
import { parseDateOrReason } from '../dates.js';
import { errorMessage, isRecord } from '../guards.js';
import type { ConflictEventInput, Place } from '../types.js';
import {
  DatasetBuilder,
  locate,
  slugify,
  uniqueId,
  type Conversion,
  type EventOrigin,
} from './dataset-builder.js';
import { htmlToText } from './html-text.js';
import { isDateError, partText, timelineJSDate, type DateParts } from './timelinejs-dates.js';

export interface TimelineJSOptions {
  /**
   * What a TimelineJS `group` becomes. `'category'` (default): the event's category, so the timeline
   * can put each group in a lane with `group-by="category"`. `'side'`: a side plus one actor of the same
   * name on each event, so lanes, colours and filter chips follow the groups by default; for timelines
   * whose groups are the parties of a conflict.
   */
  groupAs?: 'category' | 'side';
}

/** One slide of any TimelineJS shape, before conversion. */
export interface Slide {
  origin: EventOrigin;
  /** Date parts, or an error saying why there are none usable. */
  start: DateParts | { error: string } | undefined;
  end: DateParts | { error: string } | undefined;
  headline: unknown;
  text: unknown;
  mediaCaption: unknown;
  hasMedia: boolean;
  hasDisplayDate: boolean;
  group: unknown;
  uniqueId: unknown;
  location: unknown;
}

function firstLine(text: string, max = 80): string {
  const line = text.split('\n')[0].trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(line)?.[1] ?? line;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

function placeOf(location: unknown): Place | undefined {
  if (!isRecord(location)) return undefined;
  const lat = numberOf(location.lat);
  const lon = numberOf(location.lon);
  const name =
    htmlToText(location.name, { inline: true }) ||
    (lat !== undefined && lon !== undefined ? `${lat}, ${lon}` : '');
  if (!name) return undefined;
  const place: Place = { name };
  if (lat !== undefined && lon !== undefined) {
    place.lat = lat;
    place.lon = lon;
  }
  return place;
}

/** Counts of what TimelineJS shows and this library does not, reported once per import. */
interface Dropped {
  eras: string[];
  media: number;
  displayDates: number;
}

function addSlide(
  builder: DatasetBuilder,
  slide: Slide,
  id: string,
  options: TimelineJSOptions,
  dropped: Dropped,
): void {
  const { origin } = slide;
  const at = locate(origin);
  const { start, end } = slide;
  if (start === undefined) {
    builder.error(origin.path, `${at}the event has no start date (TimelineJS requires one); dropped`);
    return;
  }
  if (isDateError(start)) {
    builder.error(origin.path, `${at}start date: ${start.error}; event dropped`);
    return;
  }
  const from = timelineJSDate(start);
  if (!from.ok) {
    builder.error(origin.path, `${at}start date: ${from.reason}; event dropped`);
    return;
  }
  let date = from.date;
  const notes = from.notes.map((n) => `start date: ${n}`);
  if (end !== undefined) {
    const to = isDateError(end) ? { ok: false as const, reason: end.error } : timelineJSDate(end);
    if (to.ok) {
      // A range that parseDataset would refuse (an end that does not exist or comes before the start)
      // would drop the whole event: its start alone is kept instead.
      const startTime = parseDateOrReason(from.date);
      const endTime = parseDateOrReason(to.date);
      if (typeof endTime === 'string') {
        notes.push(`end date: ${endTime}; shown as a single date`);
      } else if (to.date === from.date) {
        // An end equal to the start (TimelineJS 2 sheets often repeat it) is no range: one date.
      } else if (typeof startTime !== 'string' && endTime.end < startTime.start) {
        notes.push(`end date ${to.date} is before the start, ${from.date}; shown as a single date`);
      } else {
        date = `${from.date}/${to.date}`;
        notes.push(...to.notes.map((n) => `end date: ${n}`));
      }
    } else if (!isDateError(end) && Object.values(end).every((v) => partText(v) === undefined)) {
      // An end_date whose parts are all blank is TimelineJS's way of having none.
    } else {
      notes.push(`end date: ${to.reason}; shown as a single date`);
    }
  }

  const summary = htmlToText(slide.text);
  let title = htmlToText(slide.headline, { inline: true });
  if (!title) {
    const caption = htmlToText(slide.mediaCaption, { inline: true });
    if (summary) {
      title = firstLine(summary);
      notes.push('no headline: the title is the start of the text');
    } else if (caption) {
      title = caption;
      notes.push('no headline or text: the title is the media caption');
    } else {
      builder.error(origin.path, `${at}the event has no headline, text or media caption to show; dropped`);
      return;
    }
  }

  // The place is read before the group makes a side and an actor, so that a location that cannot be
  // read leaves nothing behind.
  const place = placeOf(slide.location);
  const event: ConflictEventInput = { id, date, title };
  if (summary && summary !== title) event.summary = summary;
  const group = htmlToText(slide.group, { inline: true });
  if (group) {
    if (options.groupAs === 'side') {
      const side = builder.side(slugify(group, 'group'), group);
      event.actors = [builder.actor(group, side)];
    } else {
      event.category = group;
    }
  }
  if (place) event.place = place;

  for (const note of notes) builder.warning(origin.path, `${at}${note}`);
  if (slide.hasMedia) dropped.media++;
  if (slide.hasDisplayDate) dropped.displayDates++;
  builder.event(event, origin);
}

function reportDropped(builder: DatasetBuilder, dropped: Dropped): void {
  const { eras, media, displayDates } = dropped;
  if (eras.length) {
    const listed = eras.slice(0, 5).map((t) => `"${t}"`);
    if (eras.length > 5) listed.push(`and ${eras.length - 5} more`);
    builder.warning(
      '',
      `${eras.length} era${eras.length === 1 ? ' was' : 's were'} not imported (${listed.join(', ')}): ` +
        'eras are periods TimelineJS draws behind the events, and conflict-timeline has none',
    );
  }
  if (media) {
    builder.warning(
      '',
      `the media of ${media} event${media === 1 ? '' : 's'} (images, video, embeds) was not imported: ` +
        'conflict-timeline shows text, and links only sources',
    );
  }
  if (displayDates) {
    builder.warning(
      '',
      `${displayDates} event${displayDates === 1 ? ' has' : 's have'} a display date; ` +
        'the timeline writes dates from the date parts instead',
    );
  }
}

export function hasText(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;
}

export function convertParsedSlides(
  slides: ReadonlyArray<Slide | { error: string }>,
  meta: { title?: string; description?: string },
  eras: string[],
  options: TimelineJSOptions,
  pathOf: (i: number) => string,
): Conversion {
  const builder = new DatasetBuilder();
  const dropped: Dropped = { eras, media: 0, displayDates: 0 };
  // unique_id values first, so that ids made for the other events never take one of them. A repeated
  // unique_id is kept as it is, for parseDataset to report as a duplicate.
  const givenIds = slides.map((slide) => ('error' in slide ? undefined : partText(slide.uniqueId)));
  const usedIds = new Set(givenIds.filter((id): id is string => id !== undefined));
  slides.forEach((slide, i) => {
    if ('error' in slide) {
      builder.error(pathOf(i), `${slide.error}; dropped`);
      return;
    }
    try {
      addSlide(builder, slide, givenIds[i] ?? uniqueId(`event-${i + 1}`, usedIds), options, dropped);
    } catch (e) {
      // The slide's date parts, text or location are objects of the input, read only here.
      builder.error(
        pathOf(i),
        `${locate(slide.origin)}the event could not be read: ${errorMessage(e)}; dropped`,
      );
    }
  });
  reportDropped(builder, dropped);
  const cleanMeta: { title?: string; description?: string } = {};
  if (meta.title) cleanMeta.title = meta.title;
  if (meta.description) cleanMeta.description = meta.description;
  return builder.finish(cleanMeta);
}

export function titleMeta(headline: unknown, text: unknown) {
  return { title: htmlToText(headline, { inline: true }), description: htmlToText(text) };
}
