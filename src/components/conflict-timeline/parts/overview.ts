/**
 * The wide layout's overview strip: the density of all the events the filters keep over the whole
 * extent, and the brush that shows and sets the visible window (drag it or its ends; arrow keys pan).
 */
import { html, nothing } from 'lit';
import { windowOf } from '../../../core/viewport.js';
import { OVERVIEW_HEIGHT } from '../conflict-timeline.styles.js';
import type { ListenerObject } from '../controllers/gesture-controller.js';
import { windowText } from '../timeline-model.js';
import type { TimelineState } from '../timeline-state.js';

export interface OverviewHandlers {
  pointerDown(event: PointerEvent): void;
  pointerMove(event: PointerEvent): void;
  pointerUp(event: PointerEvent): void;
  wheel: ListenerObject<WheelEvent>;
  brushKeyDown(event: KeyboardEvent): void;
}

/** The histogram's height (px). */
export const HISTOGRAM_HEIGHT = OVERVIEW_HEIGHT - 8;

export function renderOverview(state: TimelineState, histogram: string, on: OverviewHandlers) {
  const { view, scale, ctx } = state;
  const m = ctx.messages;
  const x0 = view ? Math.max(0, view.x0) : 0;
  const x1 = view && scale ? Math.min(scale.width, view.x1) : 0;
  const [start, end] = view && scale ? windowOf(scale, view) : [0, 0];
  const middle = scale && view ? Math.round(((view.x0 + view.x1) / 2 / scale.width) * 100) : 50;
  return html`<div
    class="overview"
    part="overview"
    role="group"
    aria-label=${m.overview}
    style=${`height:${OVERVIEW_HEIGHT}px;margin-inline-start:${state.gutter}px`}
    @pointerdown=${on.pointerDown}
    @pointermove=${on.pointerMove}
    @pointerup=${on.pointerUp}
    @pointercancel=${on.pointerUp}
    @wheel=${on.wheel}
  >
    <svg class="histogram" aria-hidden="true" height=${HISTOGRAM_HEIGHT}>
      <path d=${histogram}></path>
    </svg>
    ${
      view && scale
        ? html`<div
            class="brush"
            part="brush"
            data-handle="brush"
            role="slider"
            tabindex="0"
            aria-label=${m.visibleWindow}
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=${middle}
            aria-valuetext=${windowText(scale, ctx.locale, start, end)}
            style=${`left:${x0}px;width:${Math.max(2, x1 - x0)}px`}
            @keydown=${on.brushKeyDown}
          >
            <span class="handle" data-handle="start"></span><span class="handle" data-handle="end"></span>
          </div>`
        : nothing
    }
  </div>`;
}
