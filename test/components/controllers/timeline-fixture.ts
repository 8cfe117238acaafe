// Shared by the controller tests: a small dataset, and the wide layout's state for it built the way the
// element builds it (the real memoised model), so a controller on a small host reads what it would read
// inside `<conflict-timeline>`.
import { messagesFor } from '../../../src/core/messages.js';
import { parseDataset } from '../../../src/core/parse-dataset.js';
import type { Dataset, DatasetInput } from '../../../src/core/types.js';
import {
  NO_FILTER,
  TimelineModel,
  type FilterState,
} from '../../../src/components/conflict-timeline/timeline-model.js';
import { emptyState, type TimelineState } from '../../../src/components/conflict-timeline/timeline-state.js';

export const DAY = 86_400_000;

/** Six events in 2015 on two sides (three actors), a month or so apart. */
export const SMALL: DatasetInput = {
  sides: [
    { id: 'north', label: 'North', color: '#1f77b4' },
    { id: 'south', label: 'South', color: '#d62728' },
  ],
  actors: [
    { id: 'n1', name: 'North Army', side: 'north' },
    { id: 'n2', name: 'North Militia', side: 'north' },
    { id: 's1', name: 'South Army', side: 'south' },
  ],
  events: [
    { id: 'e1', date: '2015-01-10', title: 'Border clash', actors: ['n1', 's1'] },
    { id: 'e2', date: '2015-02-20', title: 'Siege of the port', actors: ['s1'] },
    { id: 'e3', date: '2015-04-02', title: 'Militia raid', actors: ['n2'] },
    { id: 'e4', date: '2015-06-15', title: 'Ceasefire talks', actors: ['n1', 's1'] },
    { id: 'e5', date: '2015-09-01', title: 'Airstrike on the bridge', actors: ['n1'] },
    { id: 'e6', date: '2015-12-24', title: 'Winter offensive', actors: ['s1'] },
  ],
};

export const smallDataset = (): Dataset => parseDataset(SMALL).dataset;

/** `n` seeded events of one actor over 2015: a lane far too full for single marks (density bands). */
export function denseDataset(n = 3000): Dataset {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const events = Array.from({ length: n }, (_, i) => ({
    id: `d${i}`,
    date: new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 365) * DAY).toISOString().slice(0, 10),
    title: `Event ${i}`,
    actors: ['a'],
  }));
  return parseDataset({ actors: [{ id: 'a', name: 'Actor' }], events }).dataset;
}

export interface StateOptions {
  selected?: string;
  filter?: FilterState;
  width?: number;
  height?: number;
  startMs?: number;
  endMs?: number;
  layout?: 'wide' | 'narrow';
  rtl?: boolean;
}

/** The state the wide layout would draw for `dataset` (what the layouts' `update` fills in). */
export function stateFor(model: TimelineModel, dataset: Dataset, options: StateOptions = {}): TimelineState {
  const messages = messagesFor('en');
  const { width = 800, height = 200 } = options;
  const state = emptyState({
    messages,
    rtl: options.rtl ?? false,
    headingLevel: 2,
    lang: 'en',
    locale: 'en',
  });
  state.layout = options.layout ?? 'wide';
  state.dataset = dataset;
  const lanes = (state.lanes = model.lanes(dataset, undefined, messages));
  const filtered = (state.filtered = model.filtered(
    dataset,
    lanes.index,
    options.filter ?? NO_FILTER,
    messages,
    'en',
  ));
  state.selected = options.selected;
  state.selection = model.selection(dataset, filtered.order, options.selected, messages, 'en');
  const scale = (state.scale = model.scale(lanes.index, width, 'auto'));
  state.boxes = model.boxes(lanes.index, scale, height);
  const view = (state.view = model.view(scale, options.startMs, options.endMs, width));
  state.frame = model.frame(filtered.shown, scale, view, state.boxes);
  return state;
}
