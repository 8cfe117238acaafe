/** The wide layout's row of zoom buttons and the window's dates. */
import { html } from 'lit';
import { windowOf } from '../../../core/viewport.js';
import { TOOLBAR_HEIGHT } from '../conflict-timeline.styles.js';
import { windowText } from '../timeline-model.js';
import type { TimelineState } from '../timeline-state.js';

export interface ToolbarHandlers {
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  /** Arrow keys between the buttons: the group is one Tab stop. */
  keydown(event: KeyboardEvent): void;
}

/** The last instant of each index's events (found once per index). */
const lastEnds = new WeakMap<object, number>();

/** The window's dates, held to the data's (the scale's padding is no date the data names). */
function windowLabel(state: TimelineState): string {
  const { scale, view, lanes, ctx } = state;
  let [start, end] = windowOf(scale!, view!);
  const index = lanes?.index;
  if (index && index.starts.length > 0) {
    start = Math.max(start, index.starts[0]);
    let last = lastEnds.get(index);
    if (last === undefined) {
      last = -Infinity;
      for (let i = 0; i < index.ends.length; i++) if (index.ends[i] > last) last = index.ends[i];
      lastEnds.set(index, last);
    }
    end = Math.min(end, last);
  }
  return windowText(scale, ctx.locale, start, Math.max(start, end));
}

/** `focus`: which button holds the group's one Tab stop. */
export function renderToolbar(state: TimelineState, focus: number, on: ToolbarHandlers) {
  const { scale, view, ctx } = state;
  const m = ctx.messages;
  const stop = (i: number) => (i === focus ? 0 : -1);
  return html`<div class="toolbar" part="toolbar" style=${`height:${TOOLBAR_HEIGHT}px`}>
    <div class="zoom-buttons" role="toolbar" aria-label=${m.zoomControls} @keydown=${on.keydown}>
      <button
        type="button"
        class="zoom"
        tabindex=${stop(0)}
        aria-label=${m.zoomIn}
        title=${m.zoomIn}
        @click=${on.zoomIn}
      >
        +
      </button>
      <button
        type="button"
        class="zoom"
        tabindex=${stop(1)}
        aria-label=${m.zoomOut}
        title=${m.zoomOut}
        @click=${on.zoomOut}
      >
        −
      </button>
      <button type="button" class="reset" tabindex=${stop(2)} @click=${on.reset}>${m.zoomReset}</button>
    </div>
    <span class="legend" part="legend">
      <span class="key"><span class="k point" aria-hidden="true"></span>${m.legendPoint}</span>
      <span class="key"><span class="k range" aria-hidden="true"></span>${m.legendRange}</span>
      <span class="key"><span class="k soft" aria-hidden="true"></span>${m.legendUncertain}</span>
    </span>
    <span class="window">${view && scale ? windowLabel(state) : ''}</span>
  </div>`;
}
