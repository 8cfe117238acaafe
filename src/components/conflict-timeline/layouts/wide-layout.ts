import { html, nothing } from 'lit';
import { revealEvent, windowAround } from '../../../core/reveal.js';
import { memoizeLast } from '../../../core/memo.js';
import { SlotAlignment } from '../../../core/slot-alignment.js';
import type { TimelineIndex } from '../../../core/timeline-index.js';
import type { LaneBox } from '../../../core/timeline-layout.js';

import { ZOOM_STEP } from '../controllers/viewport-controller.js';
import { COLUMN_GUTTER_WIDTH, GUTTER_WIDTH } from '../conflict-timeline.styles.js';
import { renderAxis } from '../parts/axis.js';
import { renderHeader, renderMessage } from '../parts/header.js';
import { HISTOGRAM_HEIGHT, renderOverview } from '../parts/overview.js';
import { renderToolbar } from '../parts/toolbar.js';
import {
  laneLabelLines,
  renderBreaks,
  renderGrid,
  renderItems,
  renderLaneLabels,
  renderLanes,
  renderMarkLabels,
} from '../parts/track.js';
import { renderClusterList } from '../parts/cluster-list.js';
import { clusterHolding, clusterMembers } from '../timeline-model.js';
import type { TimelineState } from '../timeline-state.js';
import {
  renderDetail,
  renderFilters,
  rootClass,
  type LayoutDeps,
  type LayoutProps,
  type TimelineLayout,
} from './layout.js';

/**
 * The wide layout (a full-bleed graphic, an app): header, filters, zoom toolbar, the track of lanes
 * with marks, clusters and density bands, the axis, the overview with its brush, and the detail panel
 * below. As the column layout (an article's body column, 480–900 px) the same, with a narrower gutter
 * of lane labels, so that the track keeps the room.
 */
export class WideLayout implements TimelineLayout {
  /** The lane boxes of the last layout: new ones (new data, size or scale) start the track's list afresh. */
  private _boxes?: readonly LaneBox[];
  /** Where the marks and clusters go in the track's list, and their titles in theirs. */
  private readonly _itemSlots = new SlotAlignment();
  private readonly _labelSlots = new SlotAlignment();
  /** The lane labels' column in the last render, the track measured beside it (px). */
  private _gutterDrawn?: number;
  private _gutterKey?: readonly unknown[];
  /** The lines of its name each lane has room for. */
  private readonly _laneLines = memoizeLast((boxes: readonly LaneBox[]) =>
    boxes.map((box) => laneLabelLines(box.height)),
  );

  constructor(
    private readonly _deps: LayoutDeps,
    readonly kind: 'wide' | 'column' = 'wide',
  ) {}

  update(state: TimelineState, props: LayoutProps): void {
    const { model, size, viewport, selection } = this._deps;
    const { dataset, lanes, filtered } = state;
    const height = size.trackHeight;
    const width = lanes ? this._placeGutter(state, lanes.index, props) : size.trackWidth;
    if (!dataset || !lanes || !filtered || width <= 0 || height <= 0) return;
    const scale = model.scale(lanes.index, width, props.gaps);
    const boxes = model.boxes(lanes.index, scale, height);
    if (boxes !== this._boxes) {
      this._boxes = boxes;
      this._itemSlots.reset();
      this._labelSlots.reset();
      // The track changed size (a header came with the data, the page resized): the selection revealed
      // at the old size may be inside a cluster now; unless the reader moved the window since, reveal again.
      if (viewport.revealed !== undefined && viewport.revealed === state.selected) {
        selection.reveal ??= { id: viewport.revealed, byReader: false };
      }
    }
    viewport.minSpan = model.minSpan(dataset);
    viewport.drawn(scale, model.view(scale, viewport.startMs, viewport.endMs, width));
    const shown = filtered.shown;
    const reveal = selection.reveal;
    if (reveal) {
      selection.reveal = undefined;
      const at = model.positions(dataset).get(reveal.id);
      const view = viewport.view!;
      let next = view;
      if (at !== undefined) {
        const event = dataset.events[at];
        next =
          filtered.mask !== undefined && !filtered.mask[at]
            ? windowAround(scale, view, event.time.start, event.time.end)
            : revealEvent(shown, scale, view, boxes, reveal.id, { minSpan: viewport.minSpan });
      }
      viewport.revealedAt(reveal.id, next === view ? undefined : next, reveal.byReader);
    }
    const view = viewport.view!;
    const frame = model.frame(shown, scale, view, boxes);
    const itemSlotOf = this._itemSlots.place(model.itemKeys(frame));
    this._deps.laneColors.apply(lanes.index.grouping.lanes, lanes.laneText);
    const selectedClusterKey = clusterHolding(frame, shown, state.selected, state.selection?.shownIndex);
    // A deep link or a step to an event the zoom could not draw on its own shows it in its cluster's list.
    if (reveal && selectedClusterKey !== undefined) selection.openCluster = selectedClusterKey;
    const opened = frame.items.find((i) => i.kind === 'cluster' && i.key === selection.openCluster);
    if (selection.openCluster !== undefined && !opened) selection.openCluster = undefined;
    const axis = model.axis(scale, view, state.ctx.lang, dataset, this._deps.measure);
    const markLabels = model.markLabels(
      dataset,
      shown,
      frame,
      boxes,
      width,
      height,
      this._deps.measureLabel,
      state.ctx.locale,
    );
    const labelSlotOf = this._labelSlots.place(model.labelKeys(markLabels));
    Object.assign(state, {
      scale,
      view,
      boxes,
      frame,
      itemSlots: this._itemSlots.size,
      itemSlotOf,
      ticks: axis.ticks,
      gapLabels: axis.gaps,
      labels: model.labels(shown, state.ctx.locale, state.ctx.messages),
      markLabels,
      labelSlots: this._labelSlots.size,
      labelSlotOf,
      selectedClusterKey,
      openCluster:
        opened?.kind === 'cluster'
          ? { item: opened, members: clusterMembers(shown, frame, opened) }
          : undefined,
    });
  }

  /**
   * Sets the lane labels' column (`state.gutter`) and returns the track's width beside it. The track
   * was measured beside the column last drawn: each label wider than its lane's lines there widens the
   * column, and the track is that much narrower (`state.trackResized`: the element measures again).
   */
  private _placeGutter(state: TimelineState, index: TimelineIndex, props: LayoutProps): number {
    const { model, size } = this._deps;
    const height = size.trackHeight;
    let width = size.trackWidth;
    // (Before any lanes, the track was drawn beside the least width the element gives it.)
    const drawn = this._gutterDrawn ?? (width > 0 ? state.gutter : undefined);
    const lines =
      drawn !== undefined && width > 0 && height > 0
        ? this._laneLines(model.boxes(index, model.scale(index, width, props.gaps), height))
        : undefined;
    let gutter = this._gutter(index, size.hostWidth, lines);
    // Narrower, the track's lanes can only need more rows, so more lines: a column widened for these
    // lanes at this size stays (no back and forth between two widths).
    const key = [index, size.hostWidth, height] as const;
    const same = this._gutterKey?.every((value, i) => value === key[i]);
    if (same && drawn !== undefined && lines !== undefined) gutter = Math.max(gutter, drawn);
    // (Not while the resize observer reports the track alone: see `trackAlone`.)
    if (size.trackAlone && drawn !== undefined) gutter = drawn;
    this._gutterKey = key;
    if (drawn !== undefined && width > 0) width += drawn - gutter;
    state.trackResized = drawn !== undefined && gutter !== drawn;
    state.gutter = this._gutterDrawn = gutter;
    return width;
  }

  /**
   * The lane labels' column: its least width, or wider where a label's longest word needs it (up to
   * a fifth of the element in a column, a sixth wide), so that no word is broken in two. The labels
   * are 0.8125rem in the wide layout, 0.75rem in the column one; the swatch, gap and padding beside
   * them 1.625rem.
   */
  private _gutter(index: TimelineIndex, hostWidth: number, lines: readonly number[] | undefined): number {
    const column = this.kind === 'column';
    const rem = this._deps.rootFontSize(hostWidth);
    const min = column ? COLUMN_GUTTER_WIDTH : GUTTER_WIDTH;
    const max = Math.max(
      min,
      Math.floor(Math.min(column ? GUTTER_WIDTH : 200, hostWidth / (column ? 5 : 6))),
    );
    return this._deps.model.gutter(
      index,
      rem * (column ? 0.75 : 0.8125),
      rem * 1.625 + 1,
      min,
      max,
      this._deps.measureLabel,
      lines,
    );
  }

  render(state: TimelineState) {
    const { viewport, gestures, keyboard, selection, model, laneColors } = this._deps;
    const histogram =
      state.scale && state.filtered
        ? model.overview(state.scale, state.filtered.shown, HISTOGRAM_HEIGHT)
        : '';
    return html`<div class=${rootClass(state)} aria-busy=${state.loading ? 'true' : 'false'}>
        ${renderHeader(state)} ${renderFilters(state, this._deps)}
        ${renderToolbar(state, keyboard.zoomFocus, {
          zoomIn: () => viewport.zoomBy(ZOOM_STEP),
          zoomOut: () => viewport.zoomBy(1 / ZOOM_STEP),
          reset: () => viewport.reset(),
          keydown: keyboard.onToolbarKeyDown,
        })}
        <div class="body" style=${`grid-template-columns:${state.gutter}px 1fr`}>
          <div class="gutter" aria-hidden="true">${renderLaneLabels(state)}</div>
          <div
            class="track"
            part="track"
            @pointerdown=${gestures.pointerDown}
            @pointermove=${gestures.pointerMove}
            @pointerup=${gestures.pointerUp}
            @pointercancel=${gestures.pointerUp}
            @wheel=${gestures.wheel}
          >
            <canvas class="bands" aria-hidden="true"></canvas>
            ${renderLanes(state)} ${renderGrid(state)} ${renderBreaks(state)} ${renderMarkLabels(state)}
            ${renderItems(
              state,
              { inlineColors: laneColors.inline, focusKey: keyboard.focusKey },
              {
                click: (event) => {
                  if (!gestures.endsDrag(event)) selection.activate(event);
                },
                keydown: keyboard.onListKeyDown,
                focusin: keyboard.onListFocusIn,
              },
            )}
            ${renderClusterList(state, {
              select: (id) => selection.select(id),
              close: () => selection.closeCluster(),
            })}
            ${renderMessage(state)}
          </div>
        </div>
        ${renderAxis(state)}
        ${renderOverview(state, histogram, {
          pointerDown: gestures.pointerDown,
          pointerMove: gestures.pointerMove,
          pointerUp: gestures.pointerUp,
          wheel: gestures.wheel,
          brushKeyDown: keyboard.onBrushKeyDown,
        })}
      </div>
      ${renderDetail(state, this._deps, 1) ?? nothing}`;
  }
}
