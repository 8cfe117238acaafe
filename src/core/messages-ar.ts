/**
 * The interface strings in Modern Standard Arabic. Importing this module adds the table to those
 * `messagesFor` picks from; the package's entries and `conflict-timeline/core` import it, and the
 * embed loads it the first time an element is in Arabic (`loadMessages`).
 */
import { addMessages, type Messages, type PluralCategory } from './messages.js';

/** Arabic nouns agree with the number before them: 2 the dual, 3–10 the plural, 11–99 the accusative singular. */
const arKilled: Record<PluralCategory, string> = {
  zero: 'قتلى',
  one: 'قتيل',
  two: 'قتيلان',
  few: 'قتلى',
  many: 'قتيلًا',
  other: 'قتيل',
};

/** "event" after a number: singular, dual for 2, plural for 3–10, accusative singular for 11–99. */
const arEvents: Record<PluralCategory, string> = {
  zero: 'حدث',
  one: 'حدث',
  two: 'حدثان',
  few: 'أحداث',
  many: 'حدثًا',
  other: 'حدث',
};

/** "N seconds" in Arabic, by the number's plural category. */
function arSeconds(seconds: string, plural: PluralCategory): string {
  if (plural === 'one') return 'ثانية واحدة';
  if (plural === 'two') return 'ثانيتين';
  return `${seconds} ${plural === 'few' ? 'ثوانٍ' : 'ثانية'}`;
}

export const ar: Messages = {
  approximate: (date) => `نحو ${date}`,
  uncertain: (date) => `${date}؟`,
  between: (from, to) => `بين ${from} و${to}`,
  openEnd: (from) => `منذ ${from}`,
  openStart: (to) => `حتى ${to}`,
  noLaterThan: (date) => `في موعد أقصاه ${date}`,
  noEarlierThan: (date) => `في موعد لا يسبق ${date}`,

  atLeast: (count) => `ما لا يقل عن ${count}`,
  atMost: (count) => `ما يصل إلى ${count}`,
  numberRange: (low, high) => `${low}–${high}`,
  killed: (figure, plural) => `${figure} ${arKilled[plural]}`,
  accordingTo: (text, who) => `${text}، بحسب ${who}`,
  asClaimedBy: (text, who) => `${text}، بحسب ادعاء ${who}`,

  claimedBy: (who) => `بحسب ادعاء ${who}؛ لم يتسنَّ التحقق منه بشكل مستقل`,
  sources: 'المصادر',
  sourcesWithCount: (count) => `المصادر (${count})`,
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  actors: 'الأطراف',
  comma: '، ',
  separator: ' · ',
  loading: 'جارٍ التحميل…',
  loadError: (reason) => `تعذّر تحميل الحدث: ${reason}`,
  httpError: (status) => `ردّ الخادم بالرمز ${status}`,
  invalidJson: 'الملف ليس بصيغة JSON صالحة',
  networkError: 'تعذّر الوصول إلى البيانات (لا استجابة من الشبكة)',
  noEventWithId: (id) => `لا يوجد حدث بالمعرّف «${id}»`,
  noEventId: 'لم يُحدَّد معرّف الحدث (event-id)',
  invalidEvent: (problem) => `تعذّرت قراءة الحدث: ${problem}`,

  timeline: 'الخط الزمني',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  zoomReset: 'عرض الكل',
  otherLane: 'أخرى',
  allEvents: 'كل الأحداث',
  eventCount: (count, plural) => `${count} ${arEvents[plural]}`,
  dateRange: (from, to) => `${from} – ${to}`,
  cluster: (events, dates) => `${events}، ${dates}؛ للتكبير`,
  gap: (duration) => `${duration} بلا أحداث`,
  noEvents: 'لا أحداث لعرضها',
  dataError: (reason) => `تعذّر عرض الخط الزمني: ${reason}`,
  overview: 'نظرة عامة على الفترة كلها',
  visibleWindow: 'الفترة المعروضة',

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
  timeLater: (span) => `بعد ${span}`,
  showAll: (count) => `عرض كل الأحداث (${count})`,
  skipTimeline: 'تخطي الخط الزمني',
  zoomControls: 'التكبير',
  readingFile: (name) => `جارٍ قراءة ${name}…`,
  loadingBytes: (loaded, total) =>
    `جارٍ التحميل… ${loaded} ميغابايت${total === undefined ? '' : ` من ${total} ميغابايت`}`,
  readingEvents: (count) => `جارٍ قراءة الأحداث… ${count}`,
  checkingEvents: (count, total) => `جارٍ التحقق من الأحداث… ${count} من ${total}`,
  legendPoint: 'يوم',
  legendRange: 'مدة الحدث',
  legendUncertain: 'في وقت ما خلال هذه المدة',
  timeoutError: (seconds, plural) => `لم يصل ردّ من الخادم خلال ${arSeconds(seconds, plural)}`,
  cutOffError: 'انقطع الملف قبل نهايته (أُغلق الاتصال مبكرًا)',
  retry: 'إعادة المحاولة',
  partNotLoaded: 'تعذّر تحميل جزء من الخط الزمني؛ أعد تحميل الصفحة للمحاولة مجددًا.',
  moreLanes: (count, what) => `${what} أخرى: ${count}`,
  laneKinds: { side: 'أطراف', actor: 'جهات فاعلة', category: 'فئات', none: 'مسارات' },
  moreActors: (count) => `وجهات فاعلة أخرى: ${count}`,

  'category.airstrike': 'غارة جوية',
  'category.battle': 'معركة',
  'category.capture': 'سيطرة',
  'category.casualties': 'حصيلة ضحايا',
  'category.diplomacy': 'دبلوماسية',
  'category.evacuation': 'إجلاء',
  'category.massacre': 'مجزرة',
  'category.movement': 'تحرّك قوات',
  'category.offensive': 'هجوم',
  'category.shelling': 'قصف',
  'category.siege': 'حصار',
  'category.statement': 'تصريح',
  'category.withdrawal': 'انسحاب',

  'role.ally': 'حليف',
  'role.attacker': 'مهاجِم',
  'role.backer': 'داعم',
  'role.host': 'مُضيف',
  'role.mediator': 'وسيط',
  'role.mover': 'متحرّك',
  'role.participant': 'مشارك',
  'role.speaker': 'متحدّث',
  'role.target': 'مستهدَف',
  'role.visitor': 'زائر',
};

addMessages('ar', ar);
