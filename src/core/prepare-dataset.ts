/**
 * `prepareDataset`: the per-event work `<conflict-timeline>` does with a new dataset (the dates the
 * index reads, the lane of each event, the chips' counts, the labels' importance), done ahead a slice
 * at a time for a large dataset, so that its first render gives the event loop back in time; and
 * `prepareSearch`, the search text, to run once it is shown, before the reader's first search. Each
 * part is kept with the dataset (it is read-only) and used when the element asks for it. Runs in Node.
 */
import { chipKind, prepareChipCounts } from './chips.js';
import { prepareSearchTexts } from './filter.js';
import { prepareImportance } from './importance.js';
import { defaultGroupBy, prepareLaneKeys, type GroupBy } from './lanes.js';
import { defaultYield, SliceClock, type YieldToHost } from './slices.js';
import { prepareEventMarks } from './timeline-index.js';
import type { Dataset } from './types.js';

export interface PrepareOptions {
  /** The lanes the timeline will show; unset, its default for the dataset. */
  groupBy?: GroupBy;
  yieldToHost?: YieldToHost;
  /** How long one slice of work may run before yielding, in ms. Default 30. */
  sliceMs?: number;
  /** Stops early (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
}

/** Does the first render's per-event work for `dataset` in slices; what is done is used later. */
export async function prepareDataset(dataset: Dataset, options: PrepareOptions = {}): Promise<void> {
  const clock = new SliceClock(options.sliceMs ?? 30, options.yieldToHost ?? defaultYield, options.signal);
  const groupBy = options.groupBy ?? defaultGroupBy(dataset);
  await prepareEventMarks(dataset.events, clock);
  await prepareLaneKeys(dataset, groupBy, clock);
  await prepareChipCounts(dataset, chipKind(dataset, groupBy), clock);
  await prepareImportance(dataset, clock);
}

/** Folds the events' search text in slices (a search that comes first folds only the rest). */
export async function prepareSearch(dataset: Dataset, options: PrepareOptions = {}): Promise<void> {
  const clock = new SliceClock(options.sliceMs ?? 30, options.yieldToHost ?? defaultYield, options.signal);
  await prepareSearchTexts(dataset, clock);
}
