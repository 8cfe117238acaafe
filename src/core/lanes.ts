/**
 * Lanes: the horizontal bands of the timeline, one per side, actor or category (or one for all),
 * ordered and coloured from the data, and how the track's height is shared between them.
 */
import { actorColor, colorFor } from './palette.js';
import { inSlices, type SliceClock } from './slices.js';
import type { Dataset } from './types.js';

/** What the lanes stand for. */
export type GroupBy = 'side' | 'actor' | 'category' | 'none';

export const GROUP_BY_VALUES: readonly GroupBy[] = ['side', 'actor', 'category', 'none'];

export interface Lane {
  /** The side id, actor id or category; `""` for the one lane of `none` and for the "other" lane. */
  key: string;
  label: string;
  /** A CSS colour (from the data, validated by `parseDataset`, or the palette). */
  color: string;
  /** True for the lane of events that have no side, actor or category. */
  other: boolean;
  /** Events in the lane. */
  count: number;
  /** For the lane `foldLanes` made of the quieter lanes: how many lanes it holds. */
  folded?: number;
}

export interface LaneGrouping {
  groupBy: GroupBy;
  /** Lanes that have events, in the data's order; the "other" lane last. */
  lanes: Lane[];
  /**
   * The lane index of each event, by its index in `dataset.events`. `groupIntoLanes` makes a
   * `Uint32Array`: one lane per category or actor can pass the 65,535 a `Uint16Array` holds.
   */
  laneOf: ArrayLike<number>;
}

/** Words the lanes need that are not in the data. */
export interface LaneLabels {
  /** The lane of events with no side/actor/category. */
  other: string;
  /** The one lane of `group-by="none"`. */
  all: string;
  /** A category's label. Default: the category as written. */
  category?: (category: string) => string;
}

/** Colour of the "other" lane: a neutral grey with ≥ 3:1 contrast on white. */
export const OTHER_LANE_COLOR = '#6b7280';

/** The grouping a dataset suggests: by side when any event's actors have a side, else actor, else category, else none. */
export function defaultGroupBy(dataset: Dataset): GroupBy {
  const hasSides = dataset.sides.length > 0;
  let category = false;
  for (const event of dataset.events) {
    for (const ref of event.actors) {
      // Without sides, the first actor settles it; with sides, the first actor that has one.
      if (!hasSides || dataset.actorsById.get(ref.id)?.side !== undefined) return hasSides ? 'side' : 'actor';
    }
    if (event.category) category = true;
  }
  if (hasSides && dataset.events.some((event) => event.actors.length > 0)) return 'actor';
  return category ? 'category' : 'none';
}

/**
 * Puts each event in one lane: by the side of its first actor that has one, by its first actor, by
 * its category, or all in one (`none`). Lanes follow the order of `dataset.sides` / `dataset.actors`,
 * categories the order they first occur in time; events without a key go to an "other" lane at the
 * end. Lanes without events are left out.
 */
export function groupIntoLanes(dataset: Dataset, groupBy: GroupBy, labels: LaneLabels): LaneGrouping {
  const events = dataset.events;
  const { keys, codes } = laneKeys(dataset, groupBy);

  const lanes: Lane[] = [];
  const indexByKey = new Map<string, number>();
  const add = (key: string, label: string, color: string) => {
    indexByKey.set(key, lanes.length);
    lanes.push({ key, label, color, other: false, count: 0 });
  };
  const used = new Set(keys);
  if (groupBy === 'side') {
    for (const side of dataset.sides)
      if (used.has(side.id)) add(side.id, side.label, side.color ?? colorFor(side.id));
  } else if (groupBy === 'actor') {
    for (const actor of dataset.actors)
      if (used.has(actor.id)) add(actor.id, actor.name, actorColor(actor, dataset.sidesById));
  } else if (groupBy === 'category') {
    for (const key of keys) {
      if (key !== undefined && !indexByKey.has(key)) add(key, labels.category?.(key) ?? key, colorFor(key));
    }
  } else add('', labels.all, colorFor(''));

  // The lane of each distinct key; the "other" lane comes last, when an event needs it.
  const laneOfKey = new Uint32Array(keys.length);
  let otherIndex = -1;
  const counts = new Uint32Array(keys.length);
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  keys.forEach((key, code) => {
    let lane = key === undefined ? undefined : indexByKey.get(key);
    if (lane === undefined) {
      if (otherIndex < 0) {
        otherIndex = lanes.length;
        lanes.push({ key: '', label: labels.other, color: OTHER_LANE_COLOR, other: true, count: 0 });
      }
      lane = otherIndex;
    }
    laneOfKey[code] = lane;
    lanes[lane].count += counts[code];
  });
  const laneOf = new Uint32Array(events.length);
  for (let i = 0; i < codes.length; i++) laneOf[i] = laneOfKey[codes[i]];
  return { groupBy, lanes, laneOf };
}

/** The distinct lane keys of a dataset's events (in the order they first occur), and each event's. */
interface LaneKeys {
  keys: Array<string | undefined>;
  /** Per event, the index of its key in `keys`. */
  codes: Uint32Array;
}

const laneKeysByDataset = new WeakMap<Dataset, Map<GroupBy, LaneKeys>>();

function readLaneKeys(
  dataset: Dataset,
  groupBy: GroupBy,
  into: LaneKeys,
  codeOf: Map<string | undefined, number>,
  from: number,
  to: number,
): void {
  const events = dataset.events;
  for (let i = from; i < to; i++) {
    const key = laneKey(dataset, events[i], groupBy);
    let code = codeOf.get(key);
    if (code === undefined) {
      code = into.keys.length;
      codeOf.set(key, code);
      into.keys.push(key);
    }
    into.codes[i] = code;
  }
}

/** The lane keys of `dataset`'s events by `groupBy`: the ones `prepareLaneKeys` made, or made now. */
function laneKeys(dataset: Dataset, groupBy: GroupBy): LaneKeys {
  const cached = laneKeysByDataset.get(dataset)?.get(groupBy);
  if (cached) return cached;
  const keys: LaneKeys = { keys: [], codes: new Uint32Array(dataset.events.length) };
  readLaneKeys(dataset, groupBy, keys, new Map(), 0, dataset.events.length);
  return keys;
}

/**
 * Reads the lane keys of a dataset's events a slice at a time, ahead of `groupIntoLanes` (a large
 * dataset's). The dataset must not change afterwards (a `Dataset` does not).
 */
export async function prepareLaneKeys(dataset: Dataset, groupBy: GroupBy, clock: SliceClock): Promise<void> {
  let byGroup = laneKeysByDataset.get(dataset);
  if (byGroup?.has(groupBy)) return;
  const keys: LaneKeys = { keys: [], codes: new Uint32Array(dataset.events.length) };
  const codeOf = new Map<string | undefined, number>();
  await inSlices(
    dataset.events.length,
    clock,
    (from, to) => readLaneKeys(dataset, groupBy, keys, codeOf, from, to),
    20_000,
  );
  if (!byGroup) laneKeysByDataset.set(dataset, (byGroup = new Map()));
  byGroup.set(groupBy, keys);
}

function laneKey(dataset: Dataset, event: Dataset['events'][number], groupBy: GroupBy): string | undefined {
  switch (groupBy) {
    case 'side':
      for (const ref of event.actors) {
        const side = dataset.actorsById.get(ref.id)?.side;
        if (side !== undefined && dataset.sidesById.has(side)) return side;
      }
      return undefined;
    case 'actor':
      return event.actors[0]?.id;
    case 'category':
      return event.category?.trim() || undefined;
    default:
      return '';
  }
}

/** At most this many lanes are drawn: the busiest, then one that holds the rest (`foldLanes`). */
export const MAX_LANES = 16;

/**
 * At most `maxLanes` lanes: when there are more, the `maxLanes - 1` with the most events keep
 * their lanes (in their order; the earlier on a tie) and all the others share one last lane, whose
 * `folded` says how many it holds and whose label is `label(folded)` ("4,985 more sides"). Thousands
 * of lanes of one event each would otherwise be drawn a few pixels high, with thousands of labels.
 * Returns `grouping` itself when nothing is folded.
 */
export function foldLanes(
  grouping: LaneGrouping,
  maxLanes: number,
  label: (folded: number) => string,
): LaneGrouping {
  const { lanes, laneOf } = grouping;
  const keep = Math.max(1, Math.floor(maxLanes) - 1);
  if (lanes.length <= keep + 1) return grouping;
  const busiest = lanes
    .map((_, l) => l)
    .sort((a, b) => lanes[b].count - lanes[a].count || a - b)
    .slice(0, keep)
    .sort((a, b) => a - b);
  const folded = lanes.length - keep;
  // New index of each old lane: the kept ones in order, every other one the last lane.
  const remap = new Uint32Array(lanes.length).fill(keep);
  busiest.forEach((l, i) => (remap[l] = i));
  const next: Lane[] = busiest.map((l) => lanes[l]);
  let count = 0;
  for (let l = 0; l < lanes.length; l++) if (remap[l] === keep) count += lanes[l].count;
  next.push({ key: '', label: label(folded), color: OTHER_LANE_COLOR, other: true, count, folded });
  const nextLaneOf = new Uint32Array(laneOf.length);
  for (let i = 0; i < laneOf.length; i++) nextLaneOf[i] = remap[laneOf[i]];
  return { groupBy: grouping.groupBy, lanes: next, laneOf: nextLaneOf };
}

/**
 * Shares `available` rows between lanes that need `needs[l]` rows each: every lane gets at least
 * one; then, while rows are left, the lane with the largest unmet need (the first on a tie) gets one
 * more. Returns rows per lane (rows left over stay unallocated).
 */
export function allocateRows(needs: readonly number[], available: number): number[] {
  const rows = needs.map(() => 1);
  let left = Math.floor(available) - rows.length;
  while (left > 0) {
    let best = -1;
    for (let l = 0; l < needs.length; l++) {
      const unmet = needs[l] - rows[l];
      if (unmet > 0 && (best < 0 || unmet > needs[best] - rows[best])) best = l;
    }
    if (best < 0) break;
    rows[best]++;
    left--;
  }
  return rows;
}
