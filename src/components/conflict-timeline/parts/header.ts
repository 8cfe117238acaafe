/** The dataset's title and description, and the loading, empty or error message. */
import { html, nothing } from 'lit';
import { resolveLocale } from '../../../core/format.js';
import { heading } from '../../../internal/heading.js';
import type { TimelineState } from '../timeline-state.js';

/** The title and description, in the data's language (marked when it is not the element's). */
export function renderHeader(state: TimelineState) {
  const { dataset, failure, ctx } = state;
  if (!dataset || failure || (!dataset.title && !dataset.description)) return nothing;
  const dataLang = dataset.lang;
  const textLang =
    dataLang && resolveLocale(dataLang)?.split('-')[0] !== ctx.locale?.split('-')[0] ? dataLang : undefined;
  return html`<header class="header" part="header" lang=${textLang ?? nothing}>
    ${dataset.title ? heading(ctx.headingLevel, { class: 'title' }, dataset.title) : nothing}
    ${dataset.description ? html`<p class="description">${dataset.description}</p>` : nothing}
  </header>`;
}

/** Why there is nothing to see: loading, no events, no matches, or the error. */
export function renderMessage(state: TimelineState) {
  const m = state.ctx.messages;
  const { dataset, failure } = state;
  if (failure)
    return html`<p class="message error" part="message" role="alert">
      <span>${m.dataError(failure)}</span>${
        state.retry
          ? html`<button type="button" class="retry" part="retry" @click=${state.retry}>${m.retry}</button>`
          : nothing
      }
    </p>`;
  if (state.loading)
    return html`<p class="message" part="message">
      ${state.loadingProgress ?? (state.loadingFile ? m.readingFile(state.loadingFile) : m.loadingEvents)}
    </p>`;
  if (dataset && dataset.events.length === 0)
    return html`<p class="message" part="message">${m.noEvents}</p>`;
  if (dataset && state.filtered?.order.length === 0)
    return html`<p class="message" part="message">${m.noMatches}</p>`;
  return nothing;
}
