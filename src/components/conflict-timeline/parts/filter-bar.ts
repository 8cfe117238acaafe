/**
 * The reader's filters of `<conflict-timeline>`: sides or actors as `<actor-badge toggle>` chips (the
 * first few, the rest behind a "More" button), a search field and the count of events kept. A
 * render function over a plain props, so the element only maps its state to it.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { keyedList } from '../../../internal/keyed-list.js';
import type { FilterChip } from '../../../core/chips.js';
import type { ActorBadgeToggleEvent } from '../../../events/actor-badge-toggle.js';

export interface FilterBarProps {
  kind: 'side' | 'actor';
  chips: readonly FilterChip[];
  pressed: ReadonlySet<string>;
  /** Show every chip, not just the first `limit` (and the pressed ones). */
  expanded: boolean;
  limit: number;
  query: string;
  /** "12 of 27 events", or "27 events" when nothing is filtered. */
  countText: string;
  /** Some filter is set (the clear button shows). */
  filtered: boolean;
  /** The chip (id, or `more`) that holds the row's one Tab stop. */
  focusId?: string;
  labels: {
    group: string;
    /** "More (8)", given how many chips are hidden. */
    more: (hidden: number) => string;
    fewer: string;
    search: string;
    clear: string;
  };
  theme?: string;
}

export interface FilterBarHandlers {
  toggle(id: string, pressed: boolean): void;
  query(text: string): void;
  expand(expanded: boolean): void;
  clear(): void;
  /** Arrow keys, Home and End between the chips (the row is one Tab stop, a toolbar). */
  keydown(event: KeyboardEvent): void;
}

/** The chips shown: all when expanded (or when hiding only one would save nothing), else the first `limit` plus any pressed one. */
export function visibleChips(props: Pick<FilterBarProps, 'chips' | 'pressed' | 'expanded' | 'limit'>): {
  shown: FilterChip[];
  hidden: number;
} {
  const { chips, limit } = props;
  if (props.expanded || chips.length <= limit + 1) return { shown: [...chips], hidden: 0 };
  const shown = chips.filter((chip, i) => i < limit || props.pressed.has(chip.id));
  return { shown, hidden: chips.length - shown.length };
}

export function renderFilterBar(props: FilterBarProps, on: FilterBarHandlers) {
  const { shown, hidden } = visibleChips(props);
  const collapsible = props.chips.length > props.limit + 1;
  const focusId =
    props.focusId === 'more' && collapsible
      ? 'more'
      : shown.some((c) => c.id === props.focusId)
        ? props.focusId
        : shown[0]?.id;
  const onToggle = (event: ActorBadgeToggleEvent) => {
    // The chip's own event stays inside: the page hears `ct-filter-change`.
    event.stopPropagation();
    on.toggle(event.detail.id, event.detail.pressed);
  };
  return html`<div class="filters" part="filters">
    ${
      props.chips.length > 0
        ? html`<div
            class="chips"
            part="chips"
            role="toolbar"
            aria-label=${props.labels.group}
            @keydown=${on.keydown}
          >
            ${keyedList(
              shown,
              (chip) => chip.id,
              (chip) =>
                html`<actor-badge
                  toggle
                  tabindex=${chip.id === focusId ? 0 : -1}
                  .actor=${chip.actor}
                  actor-id=${chip.id}
                  side=${chip.side ?? ''}
                  shape=${chip.shape}
                  .pressed=${props.pressed.has(chip.id)}
                  theme=${ifDefined(props.theme)}
                  @ct-actor-toggle=${onToggle}
                ></actor-badge>`,
            )}
            ${
              collapsible
                ? html`<button
                    type="button"
                    class="more"
                    tabindex=${focusId === 'more' ? 0 : -1}
                    aria-expanded=${props.expanded ? 'true' : 'false'}
                    @click=${() => on.expand(!props.expanded)}
                  >
                    ${props.expanded ? props.labels.fewer : props.labels.more(hidden)}
                  </button>`
                : nothing
            }
          </div>`
        : nothing
    }
    <div class="search" part="search">
      <input
        type="search"
        enterkeyhint="search"
        autocomplete="off"
        spellcheck="false"
        aria-label=${props.labels.search}
        placeholder=${props.labels.search}
        .value=${live(props.query)}
        @input=${(e: Event) => on.query((e.target as HTMLInputElement).value)}
      />
      <span class="count" part="count">${props.countText}</span>
      <button type="button" class="clear" ?hidden=${!props.filtered} @click=${() => on.clear()}>
        ${props.labels.clear}
      </button>
    </div>
  </div>`;
}
