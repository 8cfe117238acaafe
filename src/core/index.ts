/**
 * `conflict-timeline/core`: the DOM-free, Lit-free part of the package. Runs in Node and browsers.
 *
 * Public: the data model's types, dates, `parseDataset` and its issues, the importers, and the
 * formatting, messages and colours an app needs to show the data as the elements do. The layout and
 * reading helpers the elements are built from (time scale, viewport, ticks, lanes, clusters, density,
 * stepping, chronology, chips) are internal: they change with the elements, so they are not exported.
 */
// Both tables of interface strings, at once.
import './messages-ar.js';
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
export { formatIssue, jsonPointer, parseDataset } from './parse-dataset.js';
export {
  parseDatasetInSlices,
  type ParseInSlicesOptions,
  type ParseProgress,
} from './parse-dataset-slices.js';
export { prepareDataset, type PrepareOptions } from './prepare-dataset.js';
export { DEFAULT_PARSE_LIMITS, type ParseDatasetOptions } from './dataset-reader.js';
export { formatColor, normalizeColor, parseColor, type RgbaColor } from './color.js';
export { formatDate, formatDatePoint, isoForTimeElement } from './format.js';
export { describeFatalities, formatFatalities, formatPlace } from './format-event.js';
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
  sideShape,
  DEFAULT_PALETTE,
  SIDE_SHAPES,
  type SwatchShape,
} from './palette.js';
export {
  colorDistance,
  confusablePairs,
  deltaE2000,
  minDistanceUnderCvd,
  simulateColorVision,
  toLab,
  COLOR_VISIONS,
  DISTINCT_DELTA_E,
  type ColorPairDistance,
  type ColorVision,
  type Lab,
  type Rgb,
} from './color-vision.js';
export { foldForSearch, EventFilterIndex, type EventFilter } from './filter.js';
export { eventImportance } from './importance.js';
export { eventIdFromHash, hashWithEventId } from './url-hash.js';
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
