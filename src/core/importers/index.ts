/**
 * Importers: data from the tools and datasets newsrooms already have, as a dataset. Each returns
 * `{ dataset, issues, input }` like `parseDataset` (plus the converted `input`) and never throws.
 * DOM-free; not part of the embed bundle.
 */
export { fromTimelineJS, type TimelineJSOptions } from './timelinejs.js';
export { fromACLED } from './acled.js';
export { fromUCDP } from './ucdp.js';
export {
  fromSheet,
  parseSheetDate,
  toDatasetInput,
  toSheet,
  ACTOR_COLUMNS,
  SHEET_COLUMNS,
  type DateOrder,
  type SheetDateResult,
  type SheetFiles,
  type SheetOptions,
} from './sheet.js';
export { htmlToText, type HtmlToTextOptions } from './html-text.js';
export type { ImportResult } from './dataset-builder.js';
export {
  detectFormat,
  importAny,
  type DetectedImport,
  type DetectOptions,
  type ImportAnyOptions,
  type ImportFormat,
} from './detect.js';
