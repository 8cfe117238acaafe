import { css } from 'lit';

// Notes on the rules below (kept out of the CSS, which ships as written):
// - Vertical swipes scroll the page; horizontal drags scrub.
// - An entry's side follows its date on the first line, or on a line of its own when both do not fit (the title comes after either way; the side is read after it).
// - Jumped to by the scrubber or the detail buttons: clear of the sticky headings.
/**
 * The narrow layout. It flows in the page: no scrolling box of its own, so a swipe always scrolls the
 * page. The scrubber, then the year, then the month heading stick under `--ct-sticky-top` (a page
 * with a sticky header of its own sets it to that header's height).
 */
export const chronologyStyles = css`
  .narrow {
    --_sticky-top: var(--ct-sticky-top, 0px);
    --_scrubber-height: 4.25rem;
    --_year-height: 2.25rem;
    --_month-height: 1.875rem;
  }
  .scrubber {
    position: sticky;
    top: var(--_sticky-top);
    z-index: 3;
    box-sizing: border-box;
    height: var(--_scrubber-height);
    padding-block: 0.25rem;
    background: var(--_bg);
  }
  .scrubber-track {
    position: relative;
    height: calc(100% - 1.25rem);
    border-radius: var(--_radius);
    box-shadow: inset 0 0 0 1px var(--_border);
    touch-action: pan-y;
    cursor: pointer;
    user-select: none;
    -webkit-user-select: none;
  }
  .scrubber canvas {
    position: absolute;
    inset: 4px 0 0;
    width: 100%;
    height: calc(100% - 4px);
    pointer-events: none;
  }
  /* The period's ends and the date jumped to, under the strip. */
  .scrub-labels {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    height: 1.25rem;
    color: var(--_muted);
    font-size: 0.75rem;
    line-height: 1.25rem;
    white-space: nowrap;
  }
  .scrub-labels .at {
    overflow: hidden;
    color: var(--_text);
    font-weight: 600;
    text-overflow: ellipsis;
  }
  .thumb {
    position: absolute;
    top: -2px;
    bottom: -2px;
    width: 4px;
    margin-inline-start: -2px;
    border-radius: 2px;
    background: var(--_accent);
    box-shadow: 0 0 0 1.5px var(--_bg);
    pointer-events: none;
  }
  .scrubber-track:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .chronology {
    display: flex;
    flex-direction: column;
  }
  .year-heading,
  .month-heading {
    position: sticky;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    margin: 0;
    background: var(--_bg);
  }
  .year-heading {
    top: calc(var(--_sticky-top) + var(--_scrubber-height));
    z-index: 2;
    height: var(--_year-height);
    border-block-end: 1px solid var(--_border);
    font-size: 1.25rem;
    font-weight: 700;
  }
  .month-heading {
    top: calc(var(--_sticky-top) + var(--_scrubber-height) + var(--_year-height));
    z-index: 1;
    height: var(--_month-height);
    color: var(--_muted);
    font-size: 0.9375rem;
    font-weight: 600;
  }
  .entries {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0 0 var(--_space);
    list-style: none;
  }
  .entry {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    scroll-margin-top: calc(
      var(--_sticky-top) + var(--_scrubber-height) + var(--_year-height) + var(--_month-height) + 0.5rem
    );
  }
  .print .entries {
    gap: calc(var(--_space) * 1.5);
  }
  /* One entry, one button of one or two lines: date and side above, the title below. */
  .open {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75rem;
    align-items: baseline;
    min-height: 2.75rem;
    padding: 0.375rem 0.25rem;
    border: 0;
    border-block-end: 1px solid var(--_border);
    background: none;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .open:hover .what {
    text-decoration: underline;
  }
  .open .when {
    color: var(--_muted);
    font-size: 0.8125rem;
    white-space: nowrap;
  }
  .open .side {
    order: 1;
    margin-inline-start: auto;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    max-width: 100%;
    min-width: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
    white-space: nowrap;
  }
  .side-label {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .side-shape {
    flex: none;
    width: 0.625rem;
    height: 0.625rem;
    fill: currentColor;
  }
  .open .what {
    order: 2;
    flex: 1 0 100%;
    font-weight: 600;
    line-height: 1.35;
    unicode-bidi: plaintext;
  }
  .time-later {
    margin: var(--_space) 0;
    padding-inline-start: 0.25rem;
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875rem;
    font-style: italic;
  }
  .entry.selected .detail {
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 1.5);
  }
  .page {
    min-height: 2.75rem;
    margin-block: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .empty {
    margin: calc(var(--_space) * 2) 0;
    color: var(--_muted);
  }
`;
