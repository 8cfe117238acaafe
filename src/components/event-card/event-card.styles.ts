import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/utilities.js';

export const eventCardStyles = [
  tokens,
  visuallyHidden,
  css`
    :host {
      display: block;
      font-size: var(--_font-size);
      line-height: 1.5;
    }

    /*
     * Text from data takes its direction from its own first strong letter (an English title reads
     * left to right inside an Arabic card) but stays aligned with the card.
     */
    .text {
      unicode-bidi: plaintext;
    }
    .base {
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.5);
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_text);
      overflow-wrap: anywhere;
    }
    :host([compact]) .base {
      gap: var(--_space);
      padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
      font-size: 0.9375em;
    }

    .header {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
    }
    .meta {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .date {
      font-weight: 600;
      color: var(--_text);
      font-variant-numeric: tabular-nums;
    }
    .title {
      margin: 0;
      font-size: 1.25em;
      line-height: 1.3;
      font-weight: 700;
    }
    :host([compact]) .title {
      font-size: 1.0625em;
    }
    .place {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
    }

    .claim {
      display: flex;
      gap: 0.5em;
      align-items: flex-start;
      margin: 0;
      padding-block: calc(var(--_space) * 0.75);
      padding-inline: calc(var(--_space) * 1.25);
      border-inline-start: 4px solid var(--_claim);
      border-radius: calc(var(--_radius) / 2);
      background: var(--_claim-bg);
      color: var(--_text);
      font-size: 0.9375em;
    }
    .claim svg {
      flex: none;
      inline-size: 1.1em;
      block-size: 1.1em;
      margin-block-start: 0.2em;
      color: var(--_claim);
    }

    .actors {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .actors li {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.375em;
      min-inline-size: 0;
      max-inline-size: 100%;
    }
    .role {
      color: var(--_muted);
      font-size: 0.8125em;
      white-space: nowrap;
    }

    .summary p {
      margin: 0;
    }
    .summary p + p {
      margin-block-start: 0.75em;
    }

    .fatalities {
      margin: 0;
      font-weight: 600;
    }

    .sources {
      margin: 0;
      border-block-start: 1px solid var(--_border);
      padding-block-start: var(--_space);
      font-size: 0.875em;
    }
    .sources-heading,
    .sources summary {
      margin: 0 0 calc(var(--_space) / 2);
      font-size: 1em;
      font-weight: 600;
      color: var(--_muted);
    }
    .sources summary {
      margin: 0;
      cursor: pointer;
    }
    .sources summary:focus-visible,
    a:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
      border-radius: 2px;
    }
    .sources ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .sources li + li {
      margin-block-start: 0.5em;
    }
    .source-title,
    .source-meta {
      display: block;
    }
    .source-meta {
      color: var(--_muted);
    }
    a {
      color: var(--_accent);
      text-underline-offset: 0.15em;
    }

    .status {
      margin: 0;
      color: var(--_muted);
    }
    .status.error {
      color: var(--_danger);
      font-weight: 600;
    }
    .retry {
      margin-block-start: 0.5em;
      padding: 0.25em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      cursor: pointer;
    }

    @media (forced-colors: active) {
      .claim {
        border: 1px solid CanvasText;
        border-inline-start-width: 4px;
      }
      .claim svg {
        color: CanvasText;
      }
    }
  `,
];
