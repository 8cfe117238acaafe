/**
 * `conflict-timeline/core`: the DOM-free, Lit-free part of the package. Runs in Node and browsers.
 */
export type * from './types.js';
export {
  coarserPrecision,
  compareParsedDates,
  comparePrecision,
  daysInMonth,
  isLeapYear,
  parseDate,
  parseDateOrReason,
  MAX_YEAR,
  MIN_YEAR,
} from './dates.js';
export {
  formatIssue,
  jsonPointer,
  parseDataset,
  DEFAULT_PARSE_LIMITS,
  type ParseDatasetOptions,
} from './parse-dataset.js';
export { formatColor, namedColors, normalizeColor, parseColor, type RgbaColor } from './color.js';
export {
  describeFatalities,
  formatDate,
  formatDatePoint,
  formatFatalities,
  formatItems,
  formatNumber,
  formatPlace,
  initialsOf,
  isoForTimeElement,
  isolate,
  resolveLocale,
} from './format.js';
export {
  categoryLabel,
  messagesFor,
  roleLabel,
  MESSAGES,
  type MessageOverrides,
  type Messages,
  type PluralCategory,
} from './messages.js';
export {
  colorFor,
  contrastRatio,
  readableTextOn,
  relativeLuminance,
  DARK_LABEL,
  DEFAULT_PALETTE,
  LIGHT_LABEL,
} from './palette.js';
export { httpUrl } from './url.js';
export { embedSnippet, escapeHtml, jsonForScript, type EmbedSnippetOptions } from './embed-snippet.js';
export {
  detectFormat,
  fromACLED,
  fromSheet,
  fromTimelineJS,
  fromUCDP,
  htmlToText,
  parseSheetDate,
  toDatasetInput,
  toSheet,
  ACTOR_COLUMNS,
  SHEET_COLUMNS,
  type DateOrder,
  type SheetDateResult,
  type SheetFiles,
  type SheetOptions,
  importAny,
  type DetectedImport,
  type DetectOptions,
  type HtmlToTextOptions,
  type ImportAnyOptions,
  type ImportFormat,
  type ImportResult,
  type TimelineJSOptions,
} from './importers/index.js';
export {
  eventIdFromHash,
  foldForSearch,
  hashWithEventId,
  EventFilterIndex,
  type EventFilter,
} from './filter.js';
export {
  createTimeScale,
  findGaps,
  type Gap,
  type TimeBreak,
  type TimeScale,
  type TimeScaleOptions,
  type TimeSegment,
} from './time-scale.js';
export {
  clampView,
  createSpanIndex,
  fromPixel,
  fullView,
  panView,
  toPixel,
  viewOf,
  visibleCount,
  visibleLongPositions,
  visiblePositions,
  visibleSegments,
  windowOf,
  zoomView,
  type SpanIndex,
  type View,
  type ViewLimits,
  type VisibleSegment,
} from './viewport.js';
export {
  axisTicks,
  formatGap,
  tickLabel,
  tickUnit,
  type Tick,
  type TickOptions,
  type TickUnit,
} from './ticks.js';
export {
  allocateRows,
  defaultGroupBy,
  groupIntoLanes,
  GROUP_BY_VALUES,
  OTHER_LANE_COLOR,
  type GroupBy,
  type Lane,
  type LaneGrouping,
  type LaneLabels,
} from './lanes.js';
export { packLane, rowsNeeded, type LaneMarks, type PackedItem, type PackOptions } from './cluster.js';
export {
  binCounts,
  calendarBucketEdges,
  paintBands,
  pixelBinEdges,
  rgbaPixel,
  type BandLayers,
} from './density.js';
export {
  indexTimeline,
  layoutFrame,
  layoutLanes,
  MARK_APPROXIMATE,
  MARK_OPEN_END,
  MARK_OPEN_START,
  MARK_POINT,
  MARK_UNCERTAIN,
  type ClusterItem,
  type Frame,
  type LaneBox,
  type MarkerItem,
  type TimelineIndex,
  type TrackItem,
  type TrackMetrics,
} from './timeline-layout.js';
export {
  chipKind,
  chronologyPage,
  filterChips,
  filteredCountText,
  filterTimelineIndex,
  groupChronology,
  positionAtTime,
  positionText,
  readingOrder,
  revealEvent,
  stepFrom,
  windowAround,
  type ChronologyMonth,
  type ChronologyYear,
  type FilterChip,
  type RevealOptions,
  type Step,
} from './reading.js';
