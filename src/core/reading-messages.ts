/**
 * INTERIM (issue 6): the reading layer's interface strings, kept apart until `messages.ts` is free to
 * edit; then these keys move into `Messages` (same names, same texts) and this file goes.
 */
import { messagesFor, type MessageOverrides, type Messages, type PluralCategory } from './messages.js';

export interface ReadingMessages {
  /** Accessible name of the detail panel. */
  selectedEvent: string;
  /** Detail panel buttons. */
  previousEvent: string;
  nextEvent: string;
  /** Clears the selection. */
  closeDetail: string;
  /** Where the selected event is among the events shown: "3 of 27". */
  position: (position: string, total: string) => string;
  /** Shown instead of the position when the filters hide the selected event. */
  hiddenByFilters: string;
  /** Accessible name of the group of filter chips, when they stand for sides. */
  filterBySide: string;
  /** …when they stand for actors. */
  filterByActor: string;
  /** The button that shows the chips beyond the first few: "More (8)". */
  moreChips: (count: string) => string;
  /** The button that hides them again. */
  fewerChips: string;
  /** Label (and placeholder) of the search field. */
  search: string;
  /** How many events the filters keep; `plural` is the total's plural category: "12 of 27 events". */
  filteredCount: (count: string, total: string, plural: PluralCategory) => string;
  /** Resets chips and search. */
  clearFilters: string;
  /** No event passes the filters. */
  noMatches: string;
  /** Read by screen readers when the reader selects an event: "Selected 3 of 27: 25 April 2015, Rebels …". */
  selectedAnnouncement: (position: string, event: string) => string;
  /** Read when the selection is cleared. */
  selectionCleared: string;
  /** Accessible name of the narrow layout's list of events. */
  chronology: string;
  /** The button of a chronology entry that opens it as the selection. */
  details: string;
  /** Narrow layout: buttons that show more of a long chronology. */
  showEarlier: string;
  showLater: string;
  /** Accessible name of the narrow layout's overview (it jumps to a date). */
  scrubber: string;
  /** The element is loading its `src`. */
  loadingEvents: string;
}

/** "event" after a number in Arabic (the noun agrees with the last number). */
const arEvents: Record<PluralCategory, string> = {
  zero: 'حدث',
  one: 'حدث',
  two: 'حدث',
  few: 'أحداث',
  many: 'حدثًا',
  other: 'حدث',
};

export const READING_EN: ReadingMessages = {
  selectedEvent: 'Selected event',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  closeDetail: 'Close',
  position: (position, total) => `${position} of ${total}`,
  hiddenByFilters: 'Hidden by the filters',
  filterBySide: 'Filter by side',
  filterByActor: 'Filter by actor',
  moreChips: (count) => `More (${count})`,
  fewerChips: 'Fewer',
  search: 'Search events',
  filteredCount: (count, total, plural) => `${count} of ${total} ${plural === 'one' ? 'event' : 'events'}`,
  clearFilters: 'Clear filters',
  noMatches: 'No events match the filters',
  selectedAnnouncement: (position, event) => `Selected ${position}: ${event}`,
  selectionCleared: 'Selection cleared',
  chronology: 'Chronology',
  details: 'Details',
  showEarlier: 'Show earlier events',
  showLater: 'Show later events',
  scrubber: 'Jump to a date',
  loadingEvents: 'Loading events…',
};

export const READING_AR: ReadingMessages = {
  selectedEvent: 'الحدث المحدَّد',
  previousEvent: 'الحدث السابق',
  nextEvent: 'الحدث التالي',
  closeDetail: 'إغلاق',
  position: (position, total) => `${position} من ${total}`,
  hiddenByFilters: 'مخفيّ بسبب عوامل التصفية',
  filterBySide: 'التصفية حسب المعسكر',
  filterByActor: 'التصفية حسب الطرف',
  moreChips: (count) => `المزيد (${count})`,
  fewerChips: 'أقل',
  search: 'البحث في الأحداث',
  filteredCount: (count, total, plural) => `${count} من ${total} ${arEvents[plural]}`,
  clearFilters: 'إلغاء التصفية',
  noMatches: 'لا أحداث تطابق عوامل التصفية',
  selectedAnnouncement: (position, event) => `تم تحديد الحدث ${position}: ${event}`,
  selectionCleared: 'أُلغي التحديد',
  chronology: 'التسلسل الزمني',
  details: 'التفاصيل',
  showEarlier: 'عرض أحداث أقدم',
  showLater: 'عرض أحداث أحدث',
  scrubber: 'الانتقال إلى تاريخ',
  loadingEvents: 'جارٍ تحميل الأحداث…',
};

export type AllMessages = Messages & ReadingMessages;

/** INTERIM: `messagesFor` plus the reading keys. */
export function readingMessagesFor(lang?: string | null, overrides?: MessageOverrides | null): AllMessages {
  const primary = (lang ?? '').trim().split(/[-_]/)[0].toLowerCase();
  const reading = primary === 'ar' ? READING_AR : READING_EN;
  const merged: Record<string, unknown> = { ...reading, ...messagesFor(lang) };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    const current = merged[key];
    if (current === undefined ? typeof value === 'string' : typeof value === typeof current)
      merged[key] = value;
  }
  return merged as unknown as AllMessages;
}
