/**
 * The narrow layout of `<conflict-timeline>` (narrower than 720 px): a vertical chronology of compact
 * `<event-card>`s under sticky year and month headings, flowing in the page (no inner scrolling, so
 * touch never gets trapped), and the overview as a scrubber that jumps to a date. The selected entry
 * opens in place as the detail panel. Render functions over plain props.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../../../internal/heading.js';
import type { MessageOverrides } from '../../../core/messages.js';
import type { ChronologyYear } from '../../../core/chronology.js';
import type { ConflictEvent, Dataset } from '../../../core/types.js';

export interface ChronologyProps {
  years: readonly ChronologyYear[];
  dataset: Dataset;
  selectedId?: string;
  /** The selected entry, as the detail panel renders it. */
  detail?: TemplateResult;
  /** Level of the year headings; months are one below, card titles two. */
  headingLevel: number;
  /** Some earlier or later events are not rendered (a long chronology is rendered a page at a time). */
  hasEarlier: boolean;
  hasLater: boolean;
  labels: { region: string; details: string; earlier: string; later: string; noMatches?: string };
  /** Compact cards (the narrow layout); full cards with their sources for print. Default true. */
  compact?: boolean;
  /** With the "Details" buttons and paging (the narrow layout), or without (print). Default true. */
  interactive?: boolean;
  theme?: string;
  strings?: MessageOverrides;
}

export interface ChronologyHandlers {
  select(id: string): void;
  earlier(): void;
  later(): void;
}

export function renderChronology(props: ChronologyProps, on: ChronologyHandlers) {
  const { dataset } = props;
  const events = dataset.events;
  const yearHeading = headingTag(props.headingLevel);
  const monthHeading = headingTag(props.headingLevel + 1);
  const interactive = props.interactive ?? true;
  const entry = (event: ConflictEvent) => {
    if (event.id === props.selectedId && props.detail) {
      return html`<li class="entry selected" part="entry" data-event-id=${event.id}>${props.detail}</li>`;
    }
    return html`<li class="entry" part="entry" data-event-id=${event.id}>
      <event-card
        ?compact=${props.compact ?? true}
        .event=${event}
        .data=${dataset}
        .strings=${props.strings}
        heading-level=${Math.min(6, props.headingLevel + 2)}
        theme=${ifDefined(props.theme)}
      ></event-card>
      ${
        interactive
          ? html`<button
              type="button"
              class="open"
              aria-expanded="false"
              aria-label=${`${props.labels.details}: ${event.title}`}
              @click=${() => on.select(event.id)}
            >
              ${props.labels.details}<span class="arrow" aria-hidden="true">›</span>
            </button>`
          : nothing
      }
    </li>`;
  };
  return html`<section class="chronology" part="chronology" aria-label=${props.labels.region}>
    ${
      props.hasEarlier && interactive
        ? html`<button type="button" class="page earlier" @click=${on.earlier}>
            ${props.labels.earlier}
          </button>`
        : nothing
    }
    ${
      props.years.length === 0 && props.labels.noMatches
        ? html`<p class="empty">${props.labels.noMatches}</p>`
        : nothing
    }
    ${repeat(
      props.years,
      (year) => year.key,
      (year) =>
        html`<section class="year">
          ${staticHtml`<${yearHeading} class="year-heading" part="year-heading"><time datetime=${ifDefined(year.datetime)}>${year.label}</time></${yearHeading}>`}
          ${repeat(
            year.months,
            (month) => month.key,
            (month) =>
              html`<div class="month">
                ${
                  month.label
                    ? staticHtml`<${monthHeading} class="month-heading" part="month-heading"><time datetime=${ifDefined(month.datetime)}>${month.label}</time></${monthHeading}>`
                    : nothing
                }
                <ol class="entries">
                  ${repeat(
                    month.events,
                    (i) => events[i].id,
                    (i) => entry(events[i]),
                  )}
                </ol>
              </div>`,
          )}
        </section>`,
    )}
    ${
      props.hasLater && interactive
        ? html`<button type="button" class="page later" @click=${on.later}>${props.labels.later}</button>`
        : nothing
    }
  </section>`;
}

export interface ScrubberProps {
  /** Where the reading point is in time, 0–1 from the first event; drawn from the inline start (so right to left in RTL). */
  at: number;
  /** The entry at the reading point: 1-based position, of how many, and its date and title. */
  position: number;
  total: number;
  valueText: string;
  label: string;
  /** The density of the whole period: an SVG path, drawn at `histogramHeight` px. */
  histogram: string;
  histogramHeight: number;
}

export interface ScrubberHandlers {
  /** A press on the strip (the element turns its x into a time, mirrored in right to left). */
  seek(event: PointerEvent): void;
  move(event: PointerEvent): void;
  end(event: PointerEvent): void;
  key(event: KeyboardEvent): void;
}

/**
 * The overview as a scrubber: the density of the whole period
 * and a thumb at the entry being read; a tap or drag jumps the chronology there, arrow keys step
 * entry by entry. A slider to assistive technology.
 */
export function renderScrubber(props: ScrubberProps, on: ScrubberHandlers) {
  return html`<div class="scrubber" part="overview scrubber">
    <div
      class="scrubber-track"
      role="slider"
      tabindex="0"
      aria-label=${props.label}
      aria-valuemin="1"
      aria-valuemax=${Math.max(1, props.total)}
      aria-valuenow=${Math.max(1, props.position)}
      aria-valuetext=${props.valueText}
      @pointerdown=${on.seek}
      @pointermove=${on.move}
      @pointerup=${on.end}
      @pointercancel=${on.end}
      @keydown=${on.key}
    >
      <svg class="histogram" aria-hidden="true" height=${props.histogramHeight}>
        <path d=${props.histogram}></path>
      </svg>
      <span class="thumb" style=${`inset-inline-start:${(props.at * 100).toFixed(3)}%`}></span>
    </div>
  </div>`;
}
