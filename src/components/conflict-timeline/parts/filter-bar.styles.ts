import { css } from 'lit';

// Notes on the rules below (kept out of the CSS, which ships as written):
// - Positioned: the chips' visually hidden names (absolutely positioned) stay inside the scrolling row instead of widening the page.
// - Room for the focus ring inside the scrolling row.
// - One line, so the row of chips is as wide as the element, not as its chips (it scrolls inside).
// - In a narrow column the chips give way first (they scroll): the search field keeps room for its placeholder.
/** The filter bar: one row of chips that scrolls sideways (never the page), the search field and the count. */
export const filterBarStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    padding-block: 0.25rem;
  }
  .chips {
    position: relative;
    flex: 1 1 24rem;
    min-width: 0;
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: 0.375rem;
    padding: 3px;
    margin-block: -3px;
    overflow-x: auto;
    overflow-y: hidden;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
  }
  .chips > * {
    flex: none;
  }
  .search {
    flex: 0 1 22rem;
    min-width: min(18rem, 55%);
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .search input {
    flex: 1 1 8rem;
    min-width: 0;
    box-sizing: border-box;
    min-height: 2rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 0.9375rem;
  }
  .search input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875rem;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .more,
  .clear {
    flex: none;
    min-height: 2rem;
    padding: 0 0.625rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.8125rem;
    white-space: nowrap;
    cursor: pointer;
  }
  .clear {
    border-radius: var(--_radius);
  }
  /* Its room is kept while nothing is filtered, so the search field does not shrink when it comes. */
  .clear[hidden] {
    display: inline-block;
    visibility: hidden;
  }
  .narrow .filters {
    flex-direction: column;
    flex-wrap: nowrap;
    align-items: stretch;
  }
  .narrow .chips,
  .narrow .search {
    flex: none;
  }
`;
