/**
 * `parseDatasetInSlices`: `parseDataset` for large inputs, in slices that give the event loop back.
 * A module of its own, so that the embed loads it (with the JSON scanner) only for a large file.
 */
import { DatasetReader, type ParseDatasetOptions } from './dataset-reader.js';
import { describeValue, errorMessage, isRecord } from './guards.js';
import { parseJsonInSlices, type SliceOptions } from './json-slices.js';
import { emptyDataset, readDatasetHead } from './parse-dataset.js';
import { beginEvents } from './parse-events.js';
import { defaultYield, SliceClock } from './slices.js';
import type { DataIssue, ParseResult } from './types.js';

/** What `parseDatasetInSlices` has done so far. */
export interface ParseProgress {
  /** `json`: the text is being parsed (`read` elements of its lists); `events`: `read` of `total` events checked. */
  phase: 'json' | 'events';
  read: number;
  total?: number;
}

export interface ParseInSlicesOptions extends ParseDatasetOptions, Omit<SliceOptions, 'onElements'> {
  /** Hears of the progress, about once per slice. */
  onProgress?: (progress: ParseProgress) => void;
}

/** Events checked between two looks at the clock. */
const EVENT_BATCH = 1000;

/**
 * `parseDataset` for large inputs, the same result (dataset and issues) but computed in slices of
 * `sliceMs` with the event loop given back in between (JSON text is parsed by `parseJsonInSlices`, the
 * events checked a batch at a time), so that a page stays responsive while it reads a large file.
 * Never rejects, except with the signal's reason when `signal` aborts it.
 */
export async function parseDatasetInSlices(
  input: unknown,
  options: ParseInSlicesOptions = {},
): Promise<ParseResult> {
  const { onProgress, signal } = options;
  let issues: DataIssue[] = [];
  try {
    const reader = new DatasetReader(options);
    issues = reader.issues;
    const clock = new SliceClock(options.sliceMs ?? 30, options.yieldToHost ?? defaultYield, signal);
    let root = input;
    if (typeof input === 'string') {
      try {
        root = await parseJsonInSlices(input, {
          ...options,
          onElements: onProgress && ((read) => onProgress({ phase: 'json', read })),
        });
      } catch (e) {
        if (signal?.aborted) throw e;
        reader.error('', `the input is not valid JSON: ${errorMessage(e).slice(0, 300)}`);
        return { dataset: emptyDataset(), issues };
      }
    }
    if (!isRecord(root)) {
      reader.error('', `a dataset must be an object with an "events" list, not ${describeValue(root)}`);
      return { dataset: emptyDataset(), issues };
    }
    const dataset = readDatasetHead(reader, root);
    const events = beginEvents(reader, root, dataset);
    for (let read = 0; read < events.count;) {
      await clock.pause();
      read = Math.min(events.count, read + EVENT_BATCH);
      events.readTo(read);
      if (clock.due || read === events.count) onProgress?.({ phase: 'events', read, total: events.count });
    }
    dataset.eventsById = await events.finishInSlices(clock);
    return { dataset, issues };
  } catch (e) {
    if (signal?.aborted) throw e;
    issues.push({
      path: '',
      message: `the dataset could not be read: ${errorMessage(e)}`,
      severity: 'error',
    });
    return { dataset: emptyDataset(), issues };
  }
}
