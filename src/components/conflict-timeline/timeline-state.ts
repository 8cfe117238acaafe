import type { ChronologyYear } from '../../core/chronology.js';
import type { MessageOverrides, Messages } from '../../core/messages.js';
import type { TimeScale } from '../../core/time-scale.js';
import type { GapLabel, Tick } from '../../core/ticks.js';
import type { PlacedLabel } from '../../core/label-layout.js';
import type { Frame, LaneBox } from '../../core/timeline-layout.js';
import type { Dataset } from '../../core/types.js';
import type { View } from '../../core/viewport.js';
import type { FilteredModel, ItemLabels, LaneModel, SelectionModel } from './timeline-model.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every part of the timeline reads the same way, passed down as one object (not threaded through
 * each part's props): the language, its messages, the theme, the direction, the heading level.
 */
export interface TimelineContext {
  /** The element's language (its own `lang`, an ancestor's or the data's). */
  lang?: string;
  /** `lang` as a valid BCP 47 tag for `Intl` (`undefined`: the browser's). */
  locale?: string;
  messages: Messages;
  strings?: MessageOverrides;
  theme?: Theme;
  /** Time runs right to left. */
  rtl: boolean;
  /** The dataset title's heading level (2–6). */
  headingLevel: number;
}

/**
 * Everything the layouts draw, derived in `willUpdate` from the properties, the controllers and the
 * model: a new object each update (its parts are the model's memoised results).
 */
export interface TimelineState {
  ctx: TimelineContext;
  layout: 'wide' | 'column' | 'narrow';
  /** The lane labels' width beside the track (px). */
  gutter: number;
  /** This render gives the track another size than it was measured at (its lane labels' column changed). */
  trackResized?: boolean;
  printing: boolean;
  dataset?: Dataset;
  /** Why nothing can be shown. */
  failure?: string;
  /** Loads `src` again, when it failed (the message's Retry button). */
  retry?: () => void;
  loading: boolean;
  /** A part this layout needs is loading (the narrow layout, the language's strings): its place is kept. */
  pending?: boolean;
  /** A part that did not load, said above the layout that works without it. */
  notice?: string;
  /** The file being read, when it is an export to import (a CSV, a sheet), not this package's JSON. */
  loadingFile?: string;
  /** How far a large `src` has come ("Loading… 12.0 MB of 50.2 MB"), once it says. */
  loadingProgress?: string;
  lanes?: LaneModel;
  filtered?: FilteredModel;
  selected?: string;
  selection?: SelectionModel;
  /** The wide layout's (the narrow layout has a scale and view for its scrubber, no frame). */
  scale?: TimeScale;
  view?: View;
  boxes: readonly LaneBox[];
  frame?: Frame;
  ticks: readonly Tick[];
  /** The compressed gaps' labels that fit ("9 years", "9 yrs", "9y"). */
  gapLabels: readonly GapLabel[];
  labels?: ItemLabels;
  /** The titles placed on the marks. */
  markLabels: readonly PlacedLabel[];
  /** A cluster that holds the selected event (when it is not drawn on its own). */
  selectedClusterKey?: string;
  /** A cluster opened in place as the list of its events (zooming would not separate them). */
  openCluster?: { item: import('../../core/timeline-layout.js').ClusterItem; members: number[] };
  /** Slots in the track's list since the scale changed, and each item's (see `SlotAlignment`). */
  itemSlots: number;
  itemSlotOf: Uint32Array;
  /** The same for the titles on the marks. */
  labelSlots: number;
  labelSlotOf: Uint32Array;
  /** The chronology's page (narrow layout and print): positions `page[0]`–`page[1]` of the reading order. */
  chronology: readonly ChronologyYear[];
  /** A long chronology shows only its first entries, with "Show all N events". */
  capped?: boolean;
  page: readonly [number, number];
}

export const emptyState = (ctx: TimelineContext): TimelineState => ({
  ctx,
  layout: 'wide',
  gutter: 0,
  printing: false,
  loading: false,
  boxes: [],
  ticks: [],
  gapLabels: [],
  markLabels: [],
  itemSlots: 0,
  itemSlotOf: new Uint32Array(0),
  labelSlots: 0,
  labelSlotOf: new Uint32Array(0),
  chronology: [],
  page: [0, 0],
});
