/**
 * The spreadsheet layout (`templates/conflict-timeline-sheet.csv`, described in `templates/README.md`):
 * one row per event in the events sheet, an optional actors sheet (name, short, side, colour,
 * aliases…) and an optional about sheet (title, description, language, date order, uncited
 * sources). {@link fromSheet} reads it, {@link toSheet} writes it; what one writes the other reads
 * back to the same dataset.
 */
export { parseSheetDate, type DateOrder, type SheetDateResult } from './sheet-date.js';
export { ACTOR_COLUMNS, SHEET_COLUMNS, isSheetHeader } from './sheet-columns.js';
export { columnLetter, formatFatalitiesCell, parseFatalities, splitList } from './sheet-cells.js';
export { fromSheet, sheetToInput, type SheetOptions } from './sheet-read.js';
export { toDatasetInput, toSheet, type SheetFiles } from './sheet-write.js';
