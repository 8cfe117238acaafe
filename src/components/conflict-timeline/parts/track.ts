/**
 * The wide layout's main track: lane bands and their labels, grid lines, compressed gaps, and the
 * ordered list of marks and clusters (the events in view, in time order: the same elements a screen
 * reader reads as a list and the keyboard moves through).
 */
import { html, nothing } from 'lit';
import {
  MARK_APPROXIMATE,
  MARK_OPEN_END,
  MARK_OPEN_START,
  MARK_UNCERTAIN,
  MARK_UNCERTAIN_INSTANT,
} from '../../../core/timeline-index.js';
import { type ClusterItem, type MarkerItem, type TrackItem } from '../../../core/timeline-layout.js';
import { toPixel } from '../../../core/viewport.js';
import type { TimelineState } from '../timeline-state.js';

/** A px value for inline styles: to 0.1 px, so unchanged positions give unchanged style strings. */
const px = (value: number) => Math.round(value * 10) / 10;

/** What one slot of the track's list shows: the values of its one template. */
interface ItemSlot {
  part?: 'marker' | 'marker range' | 'marker uncertain' | 'cluster';
  classes: string;
  eventId?: string;
  key?: string;
  style: string;
  focusable: boolean;
  label: string;
  pressed?: 'true' | 'false';
  /** A cluster's count. */
  text: string;
}

/** A slot past the items of the frame: hidden, kept for when the items come back. */
const SPARE_SLOT: ItemSlot = { classes: '', style: '', focusable: false, label: '', text: '' };

export interface TrackItemHandlers {
  /** A click on a mark or cluster, heard on the list (one listener rather than two per item). */
  click(event: Event): void;
  keydown(event: KeyboardEvent): void;
  focusin(event: FocusEvent): void;
}

/** Items take their lane's colours from the lane sheet unless `inlineColors`. */
export interface TrackOptions {
  inlineColors: boolean;
  /** The item that holds the list's one Tab stop (else the first). */
  focusKey?: string;
}

/** The lines of its name a lane label shows in a lane `height` px high (lines of at most 15 px; 1 to 4). */
export const laneLabelLines = (height: number) => Math.max(1, Math.min(4, Math.floor((height - 2) / 15)));

export function renderLaneLabels(state: TimelineState) {
  const index = state.lanes?.index;
  if (!index || !state.frame) return nothing;
  return index.grouping.lanes.map((lane, l) => {
    const box = state.boxes[l];
    if (!box) return nothing;
    return html`<div
      class="lane-label"
      part="lane-label"
      title=${lane.label}
      style=${`top:${box.y}px;height:${box.height}px;--c:${lane.color};--lines:${laneLabelLines(box.height)}`}
    >
      <span class="swatch"></span><span class="text">${lane.label}</span>
    </div>`;
  });
}

export function renderLanes(state: TimelineState) {
  const index = state.lanes?.index;
  if (!index || !state.frame) return nothing;
  return index.grouping.lanes.map((_, l) => {
    const box = state.boxes[l];
    return box
      ? html`<div
          class="lane ${l % 2 ? 'odd' : ''}"
          part="lane"
          style=${`top:${box.y}px;height:${box.height}px`}
        ></div>`
      : nothing;
  });
}

export function renderGrid(state: TimelineState) {
  if (!state.frame) return nothing;
  return state.ticks.map(
    (t) => html`<div class="grid ${t.major ? 'major' : ''}" style=${`left:${t.x}px`}></div>`,
  );
}

export function renderBreaks(state: TimelineState) {
  const { scale, view } = state;
  if (!scale || !view || !state.frame) return nothing;
  return scale.breaks.map((b) => {
    const x0 = toPixel(view, b.x0);
    const x1 = toPixel(view, b.x1);
    if (x1 < 0 || x0 > view.width) return nothing;
    return html`<div class="break" part="break" style=${`left:${x0}px;width:${x1 - x0}px`}></div>`;
  });
}

/**
 * The titles on the marks, where they fit (the layout placed them). Drawn, not read: each mark's
 * accessible name already has its date and title.
 */
export function renderMarkLabels(state: TimelineState) {
  if (!state.frame || state.markLabels.length === 0) return nothing;
  // Slots, as for the marks (see `renderItems`): a title keeps its span while the window moves.
  const slots = inSlots(state.markLabels, state.labelSlotOf, state.labelSlots);
  return html`<div class="labels" aria-hidden="true">
    ${slots.map(
      (l) =>
        html`<span
          class="label"
          part=${l ? 'label' : nothing}
          style=${l ? `left:${px(l.x)}px;top:${px(l.y)}px;width:${px(l.width) + 1}px` : ''}
          ?hidden=${!l}
          >${l?.text ?? ''}</span
        >`,
    )}
  </div>`;
}

/**
 * The marks and clusters. Positional, not keyed (`repeat`): lit-html 3.3.x leaks a comment node for
 * every item `repeat` removes (lit/lit#5298), which here would pile up by the thousand while zooming;
 * the keyboard controller keeps the focus on the item it was on. The list keeps as many slots as it
 * has needed (hidden where this frame has no item), all from one template: while zooming, a slot changes
 * its attributes, never its DOM. An item keeps the slot it had where it can (`SlotAlignment`), so
 * that a pan or a zoom rewrites mostly positions.
 */
export function renderItems(state: TimelineState, options: TrackOptions, on: TrackItemHandlers) {
  const frame = state.frame;
  if (!frame) return nothing;
  const items = frame.items;
  const focusKey = items.some((i) => i.key === options.focusKey) ? options.focusKey : items[0]?.key;
  const slots = inSlots(items, state.itemSlotOf, state.itemSlots);
  const context: SlotContext = { focusKey, inlineColors: options.inlineColors, middle: trackMiddle(state) };
  return html`<ol
    class="items"
    aria-label=${state.ctx.messages.timeline}
    @click=${on.click}
    @keydown=${on.keydown}
    @focusin=${on.focusin}
  >
    ${slots.map((item) => renderItem(state, item, context))}
  </ol>`;
}

/** `values` at their slots (`slotOf`) in a list of `size`, the other slots empty. */
function inSlots<T>(values: readonly T[], slotOf: Uint32Array, size: number): (T | undefined)[] {
  const slots = new Array<T | undefined>(size).fill(undefined);
  for (let i = 0; i < values.length; i++) slots[slotOf[i]] = values[i];
  return slots;
}

/** One slot of the track's list: a marker, a cluster, or (with no item) a hidden spare. */
function renderItem(state: TimelineState, item: TrackItem | undefined, context: SlotContext) {
  const slot =
    item === undefined
      ? SPARE_SLOT
      : item.kind === 'marker'
        ? markerSlot(state, item, context)
        : clusterSlot(state, item, context);
  return html`<li
    part=${slot.part ?? nothing}
    class=${slot.classes}
    data-event-id=${slot.eventId ?? nothing}
    data-key=${slot.key ?? nothing}
    style=${slot.style}
    ?hidden=${item === undefined}
  >
    <span
      class="hit"
      role="button"
      tabindex=${slot.focusable ? 0 : -1}
      aria-label=${slot.label}
      aria-pressed=${slot.pressed ?? nothing}
      >${slot.text}</span
    >
  </li>`;
}

/** What every slot of one render shares. */
interface SlotContext {
  /** The item that holds the list's one Tab stop. */
  focusKey: string | undefined;
  inlineColors: boolean;
  /** The middle of the track's width and of its lanes' height (px), for {@link tipSide}. */
  middle: { x: number; y: number };
}

function trackMiddle({ boxes, view }: TimelineState): { x: number; y: number } {
  const first = boxes[0];
  const last = boxes[boxes.length - 1];
  return {
    x: (view?.width ?? Infinity) / 2,
    y: first && last ? (first.y + last.y + last.height) / 2 : Infinity,
  };
}

/**
 * Where a mark's tooltip (its name, on hover and focus) opens so that the track does not cut it off:
 * towards the track's middle, across and up or down. (In right to left the track is mirrored, and
 * the tooltip with it: the same classes hold.)
 */
function tipSide(item: TrackItem, middle: { x: number; y: number }): string {
  // The part of the mark in view: a bar can run past either end.
  const x = (Math.max(0, item.x0) + Math.min(2 * middle.x, item.x1)) / 2;
  return `${x > middle.x ? ' tip-end' : ''}${item.y + item.height / 2 > middle.y ? ' tip-above' : ''}`;
}

function markerSlot(state: TimelineState, item: MarkerItem, context: SlotContext): ItemSlot {
  const { focusKey, inlineColors } = context;
  const index = state.filtered!.shown;
  const event = index.events[item.event];
  const lane = index.grouping.lanes[item.lane];
  const flags = index.flags[item.event];
  const selected = event.id === state.selected;
  // A day is a point; a real duration a solid bar; an instant known only to a span (a month, a year,
  // "some day between") a soft span with no solid body.
  const soft = !item.point && flags & MARK_UNCERTAIN_INSTANT;
  const mark = item.point ? 12 : soft ? 10 : 8;
  return {
    part: item.point ? 'marker' : soft ? 'marker uncertain' : 'marker range',
    classes: `l${item.lane} ${item.point ? 'point' : soft ? 'bar soft' : 'bar'}${flags & MARK_APPROXIMATE ? ' approximate' : ''}${
      flags & MARK_UNCERTAIN ? ' uncertain' : ''
    }${flags & MARK_OPEN_START ? ' open-start' : ''}${flags & MARK_OPEN_END ? ' open-end' : ''}${
      selected ? ' selected' : ''
    }${tipSide(item, context.middle)}`,
    eventId: event.id,
    key: item.key,
    style: `left:${px(item.x0)}px;top:${px(item.y + (item.height - mark) / 2)}px;width:${px(item.x1 - item.x0)}px${inlineColors ? `;--c:${lane.color}` : ''}`,
    focusable: item.key === focusKey,
    label: state.labels!.mark(item.event),
    pressed: selected ? 'true' : 'false',
    text: '',
  };
}

function clusterSlot(state: TimelineState, item: ClusterItem, context: SlotContext): ItemSlot {
  const { focusKey, inlineColors } = context;
  const lane = state.filtered!.shown.grouping.lanes[item.lane];
  const h = Math.min(18, item.height - 2);
  return {
    part: 'cluster',
    classes: `cluster l${item.lane}${item.calendar ? ' calendar' : ''}${item.key === state.selectedClusterKey ? ' selected' : ''}${tipSide(item, context.middle)}`,
    key: item.key,
    style: `left:${px(item.x0)}px;top:${px(item.y + (item.height - h) / 2)}px;width:${px(item.x1 - item.x0)}px;height:${h}px;line-height:${h}px${
      inlineColors ? `;--c:${lane.color};--on-c:${state.lanes!.laneText[item.lane]}` : ''
    }`,
    focusable: item.key === focusKey,
    label: state.labels!.cluster(item),
    text: state.labels!.count(item.count),
  };
}
