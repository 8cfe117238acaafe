/** The wide layout's time axis: tick labels and the length of each compressed gap ("9 years"). */
import { html, nothing } from 'lit';
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
  if (!state.scale || !state.view || !state.frame) return nothing;
  return html`${state.ticks.map(
    (t) =>
      html`<span class="tick ${t.major ? 'major' : ''}${t.edge ? ' edge' : ''}" style=${`left:${t.x}px`}
        >${t.label}</span
      >`,
  )}${state.gapLabels.map((g) => html`<span class="gap" style=${`left:${g.x}px`}>${g.label}</span>`)}`;
}
