import { css } from 'lit';

// Notes on the rules below (kept out of the CSS, which ships as written):
// - Still focusable (aria-disabled): greyed, as WCAG allows for an inactive control.
// - A phone: the arrows alone, the words for assistive technology.
/** The detail panel: previous / "3 of 27" / next / close above the card; buttons are 44 px touch targets. */
export const detailPanelStyles = css`
  .detail {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    container-type: inline-size;
  }
  .detail-nav {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .step,
  .close {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    box-sizing: border-box;
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.9375rem;
    cursor: pointer;
  }
  .step:hover:not([aria-disabled='true']),
  .close:hover {
    border-color: var(--_text);
  }
  .step[aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
    cursor: default;
  }
  .step .arrow {
    font-size: 1.375em;
    line-height: 1;
  }
  .close {
    padding: 0;
    margin-inline-start: auto;
  }
  .close svg {
    width: 1rem;
    height: 1rem;
  }
  .position {
    min-width: 0;
    padding-inline: 0.25rem;
    color: var(--_text);
    font-size: 0.9375rem;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  @container (max-width: 26rem) {
    .step .step-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .step {
      padding: 0;
    }
  }
  /* The arrows point the way the story goes: leftwards for "next" in right to left. */
  :host(:dir(rtl)) .step .arrow {
    display: inline-block;
    scale: -1 1;
  }
`;
