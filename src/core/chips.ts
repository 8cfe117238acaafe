/** The filter chips of a timeline: which kind it offers, and the sides or actors with their event counts. */
import type { GroupBy } from './lanes.js';
import { actorColor, SIDE_SHAPES, type SwatchShape } from './palette.js';
import { inSlices, type SliceClock } from './slices.js';
import type { Actor, Dataset } from './types.js';

export interface FilterChip {
  /** The side or actor id: what `ct-filter-change` reports. */
  id: string;
  kind: 'side' | 'actor';
  /** What the `<actor-badge>` shows: the actor, or a side as one (its label as the name). */
  actor: Partial<Actor>;
  /** The side's label, for an actor chip. */
  side?: string;
  /** The shape of its side's swatch, which tells the side without colour. */
  shape: SwatchShape;
  /** Events of this side or actor. */
  count: number;
}

/**
 * Which chips a timeline offers: sides when its lanes are sides (or, grouped by category or not at
 * all, when the data has sides), else actors.
 */
export function chipKind(dataset: Dataset, groupBy: GroupBy): 'side' | 'actor' {
  if (groupBy === 'actor') return 'actor';
  const hasSides =
    dataset.sides.length > 0 && dataset.actors.some((a) => a.side && dataset.sidesById.has(a.side));
  return hasSides ? 'side' : 'actor';
}

/**
 * The filter chips of a dataset with the number of events of each: sides in the data's order;
 * actors most frequent first (ties in the data's order), so that the first few shown are the ones
 * that matter. Sides and actors without events are left out.
 */
export function filterChips(dataset: Dataset, kind: 'side' | 'actor'): FilterChip[] {
  // A side's shape by its place in the data (as `sideShape` gives it), looked up once per side.
  const sideIndex = new Map(dataset.sides.map((side, i) => [side.id, i]));
  const shapeOf = (sideId: string | undefined): SwatchShape => {
    const i = sideId === undefined ? undefined : sideIndex.get(sideId);
    return i === undefined ? 'circle' : SIDE_SHAPES[i % SIDE_SHAPES.length];
  };
  const counts = chipCounts(dataset, kind);
  if (kind === 'side') {
    return dataset.sides
      .filter((side) => counts.has(side.id))
      .map((side) => ({
        id: side.id,
        kind,
        actor: { id: side.id, name: side.label, color: side.color },
        shape: shapeOf(side.id),
        count: counts.get(side.id)!,
      }));
  }
  return dataset.actors
    .map((actor, order) => ({ actor, order, count: counts.get(actor.id) ?? 0 }))
    .filter((a) => a.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ actor, count }) => {
      const side = actor.side ? dataset.sidesById.get(actor.side) : undefined;
      return {
        id: actor.id,
        kind,
        actor: { ...actor, color: actorColor(actor, dataset.sidesById) },
        side: side?.label,
        shape: shapeOf(actor.side),
        count,
      };
    });
}

const countsByDataset = new WeakMap<Dataset, Map<'side' | 'actor', Map<string, number>>>();

/** Adds the events `from`–`to` to the count of events per chip id (side or actor). */
function countChips(
  dataset: Dataset,
  kind: 'side' | 'actor',
  counts: Map<string, number>,
  from: number,
  to: number,
): void {
  const keyOf = (ref: { id: string }) => (kind === 'actor' ? ref.id : dataset.actorsById.get(ref.id)?.side);
  const events = dataset.events;
  for (let e = from; e < to; e++) {
    const refs = events[e]!.actors;
    for (let i = 0; i < refs.length; i++) {
      const key = keyOf(refs[i]!);
      if (!key) continue;
      // An event counts once per chip; its few actors are compared directly (no Set per event).
      let seen = false;
      for (let j = 0; j < i && !seen; j++) seen = keyOf(refs[j]!) === key;
      if (!seen) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
}

/** Events per chip id: the counts `prepareChipCounts` made, or made now. */
function chipCounts(dataset: Dataset, kind: 'side' | 'actor'): Map<string, number> {
  const cached = countsByDataset.get(dataset)?.get(kind);
  if (cached) return cached;
  const counts = new Map<string, number>();
  countChips(dataset, kind, counts, 0, dataset.events.length);
  return counts;
}

/**
 * Counts the events of each chip a slice at a time, ahead of `filterChips` (a large dataset's). The
 * dataset must not change afterwards (a `Dataset` does not).
 */
export async function prepareChipCounts(
  dataset: Dataset,
  kind: 'side' | 'actor',
  clock: SliceClock,
): Promise<void> {
  let byKind = countsByDataset.get(dataset);
  if (byKind?.has(kind)) return;
  const counts = new Map<string, number>();
  await inSlices(
    dataset.events.length,
    clock,
    (from, to) => countChips(dataset, kind, counts, from, to),
    20_000,
  );
  if (!byKind) countsByDataset.set(dataset, (byKind = new Map()));
  byKind.set(kind, counts);
}
