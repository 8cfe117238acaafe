/**
 * How much an event matters to a reader: what the timeline uses to choose which titles it writes on
 * its marks when not all of them fit (the most important first), and which title a cluster shows.
 */
import { inSlices, type SliceClock } from './slices.js';
import type { ConflictEvent, Dataset, Fatalities } from './types.js';

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** The figure a reader would read first: the exact count, else "at least" `low`, else "up to" `high`. */
function tollOf(fatalities: Fatalities | undefined): number {
  if (!fatalities) return 0;
  if (isCount(fatalities.count)) return fatalities.count;
  if (isCount(fatalities.low)) return fatalities.low;
  if (isCount(fatalities.high)) return fatalities.high;
  return 0;
}

/** Distinct publishers (ignoring case) among the event's sources that the dataset knows. */
function publisherCount(event: ConflictEvent, dataset: Dataset): number {
  const ids = event.sources;
  if (ids.length === 0) return 0;
  if (ids.length === 1) return dataset.sourcesById.has(ids[0]) ? 1 : 0;
  const publishers = new Set<string>();
  for (const id of ids) {
    const source = dataset.sourcesById.get(id);
    if (source) publishers.add(source.publisher.trim().toLowerCase());
  }
  return publishers.size;
}

/**
 * The event's importance: its own `importance` when the data gives a finite number, else this rule,
 * from what the data says of the event (higher is more important; an event with no toll, one source
 * and no claim scores 0):
 *
 * - **the toll**: `log10(1 + deaths)`, a point per tenfold (10 killed ≈ 1, 73 ≈ 1.9, 1,000 ≈ 3), with
 *   the figure a reader reads first (`count`, else `low`, else `high`); halved when the figure is only
 *   one party's claim (`fatalities.claimedBy`);
 * - **corroboration**: `0.5 × log2(publishers)`, the distinct publishers among its sources (two reports
 *   from different outlets +0.5, four +1): what several newsrooms reported is more likely to matter,
 *   and more likely to be true;
 * - **a claim**: −0.5 when the event itself is one party's claim (`claimedBy`). A title on a mark is
 *   read without the card's "claimed by" note, so confirmed events are labelled first.
 *
 * The rule reads no category: categories are the data's own words, and a capture in one dataset is a
 * skirmish in another. Editors who know better set `importance` on the events that lead their story,
 * on the same scale (3 ranks with a toll of 1,000).
 */
export function eventImportance(event: ConflictEvent, dataset: Dataset): number {
  const given = event.importance;
  if (typeof given === 'number' && Number.isFinite(given)) return given;
  const fatalities = event.fatalities;
  const toll = Math.log10(1 + tollOf(fatalities)) * (fatalities?.claimedBy ? 0.5 : 1);
  const publishers = publisherCount(event, dataset);
  const corroboration = publishers > 1 ? 0.5 * Math.log2(publishers) : 0;
  const claim = event.claimedBy ? -0.5 : 0;
  return toll + corroboration + claim;
}

const scoresByDataset = new WeakMap<Dataset, Float64Array>();

/**
 * `eventImportance` of each of `dataset.events`, by index: made once per dataset (ahead by
 * `prepareImportance`, or now).
 */
export function datasetImportance(dataset: Dataset): Float64Array {
  let scores = scoresByDataset.get(dataset);
  if (!scores) {
    scores = Float64Array.from(dataset.events, (e) => eventImportance(e, dataset));
    scoresByDataset.set(dataset, scores);
  }
  return scores;
}

/** Scores the events of a large dataset a slice at a time, ahead of `datasetImportance`. */
export async function prepareImportance(dataset: Dataset, clock: SliceClock): Promise<void> {
  if (scoresByDataset.has(dataset)) return;
  const events = dataset.events;
  const scores = new Float64Array(events.length);
  await inSlices(
    events.length,
    clock,
    (from, to) => {
      for (let i = from; i < to; i++) scores[i] = eventImportance(events[i]!, dataset);
    },
    20_000,
  );
  scoresByDataset.set(dataset, scores);
}
