/**
 * The narrow layout of `<conflict-timeline>` (narrower than 480 px): a vertical chronology of one or
 * two lines per event (date, title, side) under sticky year and month headings, a burst after a long
 * empty stretch marked ("9 years later"), flowing in the page (no inner scrolling, so
 * touch never gets trapped), and the overview as a scrubber that jumps to a date. The selected entry
 * opens in place as the detail panel. Render functions over plain props.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyedList } from '../../../internal/keyed-list.js';
import { heading } from '../../../internal/heading.js';
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
  /** Full cards with their sources (print), instead of one line per event (the narrow layout). */
  cards?: boolean;
  /** With the entries' buttons and paging (the narrow layout), or without (print). Default true. */
  interactive?: boolean;
  /** An entry's line: its date as the card writes it, and the side of its first actor. */
  line?: (event: ConflictEvent) => EntryLine;
  /** The marker before an event that comes after a compressed gap ("9 years later"). */
  gapBefore?: (event: ConflictEvent, index: number) => string | undefined;
  /** A long chronology shows its first entries and this button ("Show all 250 events"). */
  showAll?: string;
  /** The entry whose button holds the list's one Tab stop. */
  focusId?: string;
  theme?: string;
  strings?: MessageOverrides;
}

/** One line of a chronology entry. */
export interface EntryLine {
  date: string;
  datetime?: string;
  side?: { label: string; color: string; shape: string };
}

export interface ChronologyHandlers {
  select(id: string): void;
  earlier(): void;
  later(): void;
  showAll(): void;
  /** Arrow keys, Home and End between the entries (one Tab stop for the list). */
  keydown(event: KeyboardEvent): void;
}

export function renderChronology(props: ChronologyProps, on: ChronologyHandlers) {
  const { dataset } = props;
  const events = dataset.events;
  const interactive = props.interactive ?? true;
  const focusId = props.focusId;
  const card = (event: ConflictEvent) =>
    html`<event-card
      .event=${event}
      .data=${dataset}
      .strings=${props.strings}
      heading-level=${Math.min(6, props.headingLevel + 2)}
      theme=${ifDefined(props.theme)}
    ></event-card>`;
  const line = (event: ConflictEvent) => {
    const { date, datetime, side } = props.line!(event);
    return html`<button
      type="button"
      class="open"
      aria-expanded="false"
      tabindex=${event.id === focusId ? 0 : -1}
      @click=${() => on.select(event.id)}
    >
      <time class="when" datetime=${ifDefined(datetime)}>${date}</time>
      <span class="what">${event.title}</span>
      ${
        side
          ? html`<span class="side"
              ><svg class="side-shape" viewBox="0 0 16 16" aria-hidden="true" style=${`color:${side.color}`}>
                <path d=${side.shape}></path></svg
              ><span class="side-label">${side.label}</span></span
            >`
          : nothing
      }
    </button>`;
  };
  const entry = (event: ConflictEvent) => {
    if (event.id === props.selectedId && props.detail) {
      return html`<li class="entry selected" part="entry" data-event-id=${event.id}>${props.detail}</li>`;
    }
    return html`<li class="entry" part="entry" data-event-id=${event.id}>
      ${props.cards || !props.line || !interactive ? card(event) : line(event)}
    </li>`;
  };
  const gap = (i: number) => {
    const text = i >= 0 ? props.gapBefore?.(events[i], i) : undefined;
    return text ? html`<p class="time-later" part="time-later">${text}</p>` : nothing;
  };
  return html`<section
    class="chronology"
    part="chronology"
    aria-label=${props.labels.region}
    @keydown=${interactive ? on.keydown : nothing}
  >
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
    ${keyedList(
      props.years,
      (year) => year.key,
      (year) =>
        html`<section class="year">
          ${gap(year.months[0]?.events[0] ?? -1)}
          ${heading(
            props.headingLevel,
            { class: 'year-heading', part: 'year-heading' },
            html`<time datetime=${ifDefined(year.datetime)}>${year.label}</time>`,
          )}
          ${keyedList(
            year.months,
            (month) => month.key,
            (month, m) =>
              html`<div class="month">
                ${m > 0 ? gap(month.events[0] ?? -1) : nothing}
                ${
                  month.label
                    ? heading(
                        props.headingLevel + 1,
                        { class: 'month-heading', part: 'month-heading' },
                        html`<time datetime=${ifDefined(month.datetime)}>${month.label}</time>`,
                      )
                    : nothing
                }
                <ol class="entries">
                  ${keyedList(
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
      props.showAll && interactive
        ? html`<button type="button" class="page all" @click=${on.showAll}>${props.showAll}</button>`
        : props.hasLater && interactive
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
  /** The date of the entry at the reading point ("19 May 2015"): where a tap or a key jumped to. */
  dateText: string;
  /** The first and last years of the period, at the strip's ends. */
  fromText: string;
  toText: string;
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
    <div class="scrub-labels" aria-hidden="true">
      <span class="from">${props.fromText}</span>
      <span class="at" part="scrubber-date">${props.dateText}</span>
      <span class="to">${props.toText}</span>
    </div>
  </div>`;
}
