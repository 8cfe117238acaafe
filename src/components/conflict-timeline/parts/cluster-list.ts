/**
 * A cluster opened in place: the list of the events it holds (when zooming cannot separate them: the
 * same day, or the narrowest window the data's precision allows), each a button that selects it.
 * Escape closes it; the focus goes back to the cluster.
 */
import { html, nothing } from 'lit';
import type { TimelineState } from '../timeline-state.js';

export interface ClusterListHandlers {
  select(id: string): void;
  close(): void;
}

/** The list's width (px): it is placed under its cluster and kept inside the track. */
const WIDTH = 280;

export function renderClusterList(state: TimelineState, on: ClusterListHandlers) {
  const opened = state.openCluster;
  const shown = state.filtered?.shown;
  if (!opened || !shown || !state.labels || !state.view) return nothing;
  const { item, members } = opened;
  const trackWidth = state.view.width;
  const left = Math.max(0, Math.min(item.x0, trackWidth - WIDTH));
  const top = item.y + item.height;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      on.close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.member')];
    const at = buttons.indexOf(event.target as HTMLElement);
    const next =
      buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    event.preventDefault();
    next?.focus();
  };
  return html`<div
    class="cluster-list"
    part="cluster-list"
    role="group"
    aria-label=${state.labels.cluster(item)}
    style=${`left:${left}px;top:${top}px;width:${WIDTH}px`}
    @keydown=${onKeyDown}
  >
    <ul>
      ${members.map((i) => {
        const event = shown.events[i];
        return html`<li>
          <button
            type="button"
            class="member"
            data-event-id=${event.id}
            aria-current=${event.id === state.selected ? 'true' : 'false'}
            @click=${() => on.select(event.id)}
          >
            ${state.labels!.mark(i)}
          </button>
        </li>`;
      })}
    </ul>
  </div>`;
}
