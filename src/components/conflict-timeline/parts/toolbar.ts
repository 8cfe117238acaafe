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
}

export function renderToolbar(state: TimelineState, on: ToolbarHandlers) {
  const { scale, view, ctx } = state;
  const m = ctx.messages;
  return html`<div class="toolbar" part="toolbar" style=${`height:${TOOLBAR_HEIGHT}px`}>
    <button type="button" class="zoom" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${on.zoomIn}>+</button>
    <button type="button" class="zoom" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${on.zoomOut}>
      −
    </button>
    <button type="button" class="reset" @click=${on.reset}>${m.zoomReset}</button>
    <span class="window"
      >${view && scale ? windowText(scale, ctx.locale, ...windowOf(scale, view)) : ''}</span
    >
  </div>`;
}
