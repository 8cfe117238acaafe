/** The wide layout's time axis: tick labels and the length of each compressed gap ("9 years"). */
import { html, nothing } from 'lit';
import { formatGap } from '../../../core/ticks.js';
import { toPixel } from '../../../core/viewport.js';
import { AXIS_HEIGHT } from '../conflict-timeline.styles.js';
import type { TimelineState } from '../timeline-state.js';

export function renderAxis(state: TimelineState) {
  return html`<div
    class="axis"
    part="axis"
    aria-hidden="true"
    style=${`height:${AXIS_HEIGHT}px;margin-inline-start:${state.gutter}px`}
  >
    ${axisLabels(state)}
  </div>`;
}

function axisLabels(state: TimelineState) {
  const { scale, view } = state;
  if (!scale || !view || !state.frame) return nothing;
  const lang = state.ctx.lang;
  return html`${state.ticks.map(
    (t) => html`<span class="tick ${t.major ? 'major' : ''}" style=${`left:${t.x}px`}>${t.label}</span>`,
  )}${scale.breaks.map((b) => {
    const x = (toPixel(view, b.x0) + toPixel(view, b.x1)) / 2;
    if (x < 0 || x > view.width) return nothing;
    return html`<span class="gap" style=${`left:${x}px`}>${formatGap(b.end - b.start, lang)}</span>`;
  })}`;
}
