/** TimelineJS JSON: TimelineJS3 (`events` or `slides`) and the legacy TimelineJS 2 (`timeline.date`). */
import { describeValue, errorMessage, isRecord } from '../guards.js';
import { unusableInput, type Conversion } from './dataset-builder.js';
import { htmlToText } from './html-text.js';
import { parseLegacyDate, type DateParts } from './timelinejs-dates.js';
import {
  convertParsedSlides,
  hasText,
  titleMeta,
  type Slide,
  type TimelineJSOptions,
} from './timelinejs-slides.js';

/** A TimelineJS3 slide (an element of `events` or `slides`). */
function v3Slide(raw: unknown, path: string): Slide | { error: string } {
  if (!isRecord(raw)) return { error: `the event must be an object, not ${describeValue(raw)}` };
  const text = isRecord(raw.text) ? raw.text : {};
  const media = isRecord(raw.media) ? raw.media : {};
  const dateOf = (value: unknown): DateParts | { error: string } | undefined =>
    value === undefined || value === null
      ? undefined
      : isRecord(value)
        ? value
        : typeof value === 'string'
          ? parseLegacyDate(value)
          : { error: 'the date is not an object of parts' };
  return {
    origin: { path, label: '' },
    start: dateOf(raw.start_date),
    end: dateOf(raw.end_date),
    headline: text.headline,
    text: text.text,
    mediaCaption: media.caption,
    hasMedia: hasText(media.url),
    hasDisplayDate:
      hasText(raw.display_date) ||
      [raw.start_date, raw.end_date].some(
        (d) => isRecord(d) && (hasText(d.display_date) || hasText(d.display_text)),
      ),
    group: raw.group,
    uniqueId: raw.unique_id,
    location: raw.location,
  };
}

/** A TimelineJS 2 slide (an element of `timeline.date`). */
function v2Slide(raw: unknown, path: string): Slide | { error: string } {
  if (!isRecord(raw)) return { error: `the event must be an object, not ${describeValue(raw)}` };
  const asset = isRecord(raw.asset) ? raw.asset : {};
  const dateOf = (value: unknown) =>
    typeof value === 'string' && value.trim() !== ''
      ? parseLegacyDate(value)
      : typeof value === 'number'
        ? { year: value }
        : undefined;
  return {
    origin: { path, label: '' },
    start: dateOf(raw.startDate),
    end: dateOf(raw.endDate),
    headline: raw.headline,
    text: raw.text,
    mediaCaption: asset.caption,
    hasMedia: hasText(asset.media),
    hasDisplayDate: false,
    group: raw.tag,
    uniqueId: undefined,
    location: undefined,
  };
}

/** The title of an era, for the one warning that eras were not imported; never throws. */
function eraTitle(raw: unknown): string {
  try {
    if (!isRecord(raw)) return 'untitled';
    const headline = isRecord(raw.text) ? raw.text.headline : raw.headline;
    return htmlToText(headline, { inline: true }) || 'untitled';
  } catch {
    return 'unreadable';
  }
}

/** Reads each raw slide on its own, so that one that throws (a Proxy, a getter) drops itself alone. */
function convertSlides(
  rawSlides: readonly unknown[],
  basePath: string,
  toSlide: (raw: unknown, path: string) => Slide | { error: string },
  meta: { title?: string; description?: string },
  eras: string[],
  options: TimelineJSOptions,
): Conversion {
  const slides: Array<Slide | { error: string }> = [];
  for (let i = 0; i < rawSlides.length; i++) {
    const path = `${basePath}/${i}`;
    try {
      slides.push(toSlide(rawSlides[i], path));
    } catch (e) {
      slides.push({ error: `the event could not be read: ${errorMessage(e)}` });
    }
  }
  return convertParsedSlides(slides, meta, eras, options, (i) => `${basePath}/${i}`);
}

export function convertJson(data: unknown, options: TimelineJSOptions): Conversion {
  if (!isRecord(data)) {
    return unusableInput(
      `not TimelineJS data: ${describeValue(data)}, ` +
        'where TimelineJS has an object with "events" (or "timeline")',
    );
  }
  const timeline = isRecord(data.timeline) ? data.timeline : undefined;
  const erasOf = (value: unknown) => (Array.isArray(value) ? value.map(eraTitle) : []);

  if (Array.isArray(data.events) || Array.isArray(timeline?.events)) {
    const root = Array.isArray(data.events) ? data : timeline!;
    const base = root === data ? '/events' : '/timeline/events';
    const title = isRecord(root.title) ? root.title : {};
    const titleText = isRecord(title.text) ? title.text : {};
    return convertSlides(
      root.events as unknown[],
      base,
      v3Slide,
      titleMeta(titleText.headline, titleText.text),
      erasOf(root.eras),
      options,
    );
  }
  if (Array.isArray(timeline?.slides) || Array.isArray(data.slides)) {
    const slides = (timeline?.slides ?? data.slides) as unknown[];
    const base = Array.isArray(timeline?.slides) ? '/timeline/slides' : '/slides';
    return convertSlides(slides, base, v3Slide, {}, erasOf(timeline?.eras ?? data.eras), options);
  }
  if (timeline && Array.isArray(timeline.date)) {
    return convertSlides(
      timeline.date,
      '/timeline/date',
      v2Slide,
      titleMeta(timeline.headline, timeline.text),
      erasOf(timeline.era),
      options,
    );
  }
  return unusableInput(
    'not TimelineJS data: no "events" (TimelineJS3), "timeline.slides" or "timeline.date" (TimelineJS 2) list',
  );
}
