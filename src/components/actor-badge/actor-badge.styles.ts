import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/utilities.js';

export const actorBadgeStyles = [
  tokens,
  visuallyHidden,
  css`
    :host {
      display: inline-block;
      vertical-align: middle;
      max-inline-size: 100%;
      font-size: calc(var(--_font-size) * 0.875);
      line-height: 1.25;
      /* The actor's colour and the label colour on it, set per badge from validated data. */
      --_swatch-size: 0.75em;
    }
    :host([size='small']) {
      font-size: calc(var(--_font-size) * 0.75);
      --_swatch-size: 0.625em;
    }
    :host([size='large']) {
      font-size: var(--_font-size);
      --_swatch-size: 1.75em;
    }

    .base {
      box-sizing: border-box;
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      max-inline-size: 100%;
      margin: 0;
      padding-block: 0.125em;
      padding-inline: 0.375em 0.5em;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_bg);
      color: var(--_text);
      font: inherit;
      text-align: start;
      vertical-align: middle;
    }
    :host([size='large']) .base {
      padding-inline-start: 0.125em;
    }

    .face {
      display: inline-flex;
      align-items: center;
      gap: inherit;
      min-inline-size: 0;
    }

    .swatch {
      flex: none;
      box-sizing: border-box;
      display: inline-grid;
      place-items: center;
      inline-size: var(--_swatch-size);
      block-size: var(--_swatch-size);
      border-radius: 50%;
      /* A thin ring keeps dark swatches visible on a dark surface and light ones on a light one. */
      border: 1px solid color-mix(in srgb, var(--_text) 35%, transparent);
      background: var(--_actor-color);
      color: var(--_actor-ink);
      font-size: 0.75em;
      font-weight: 700;
      letter-spacing: 0.02em;
      overflow: hidden;
    }
    /* A side's shape: drawn by the SVG (fill and ring), a little bigger than the dot to be legible. */
    .swatch.shape {
      inline-size: calc(var(--_swatch-size) * 1.25);
      block-size: calc(var(--_swatch-size) * 1.25);
      border: none;
      border-radius: 0;
      background: none;
      overflow: visible;
    }
    .swatch.shape svg {
      inline-size: 100%;
      block-size: 100%;
      overflow: visible;
    }
    .swatch.shape path {
      fill: var(--_actor-color);
      stroke: color-mix(in srgb, var(--_text) 35%, transparent);
      stroke-width: 1px;
      stroke-linejoin: round;
      vector-effect: non-scaling-stroke;
    }
    :host([size='large']) .swatch {
      font-size: 0.8em;
      inline-size: 2.2em;
      block-size: 2.2em;
    }

    .label {
      flex: 0 1 auto;
      min-inline-size: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    /* On a narrow line the side gives way before the name. */
    .side {
      flex: 0 100 auto;
      min-inline-size: 0;
      display: none;
      color: var(--_muted);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    :host([size='large']) .side,
    :host([show-side]) .side {
      display: inline;
    }
    :host([size='large']) .side::before,
    :host([show-side]) .side::before {
      content: '·';
      margin-inline-end: 0.375em;
    }

    .check {
      flex: none;
      display: none;
      inline-size: 0.9em;
      block-size: 0.9em;
    }

    button.base {
      cursor: pointer;
      min-block-size: 24px;
      -webkit-tap-highlight-color: transparent;
    }
    :host([size='medium']) button.base,
    :host(:not([size])) button.base {
      min-block-size: 2rem;
    }
    :host([size='large']) button.base {
      min-block-size: 2.75rem;
    }
    button.base:hover {
      border-color: var(--_text);
    }
    button.base:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    button.base[aria-pressed='true'] {
      background: var(--_actor-color);
      border-color: var(--_actor-color);
      color: var(--_actor-ink);
    }
    button.base[aria-pressed='true'] .swatch {
      border-color: var(--_actor-ink);
      /* Inverted: a solid dot in the label colour, initials in the actor's colour (same contrast). */
      background: var(--_actor-ink);
      color: var(--_actor-color);
    }
    button.base[aria-pressed='true'] .swatch.shape {
      background: none;
    }
    button.base[aria-pressed='true'] .swatch.shape path {
      fill: var(--_actor-ink);
      stroke: var(--_actor-ink);
    }
    button.base[aria-pressed='true'] .side {
      color: inherit;
    }
    button.base[aria-pressed='true'] .check {
      display: inline-block;
    }

    @media (forced-colors: active) {
      /* The swatch is the actor's identity colour: keep it, ringed so it shows on any system colour. */
      .swatch {
        forced-color-adjust: none;
        border-color: CanvasText;
      }
      .swatch.shape path {
        stroke: CanvasText;
      }
      button.base {
        border-color: ButtonText;
      }
      /* System colours only; without the adjustment Chromium paints a Canvas backplate behind the text. */
      button.base[aria-pressed='true'] {
        forced-color-adjust: none;
        background: Highlight;
        border-color: Highlight;
        color: HighlightText;
      }
      button.base[aria-pressed='true'] .swatch {
        border-color: HighlightText;
      }
      button.base[aria-pressed='true'] .swatch.shape path {
        stroke: HighlightText;
      }
      button.base:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
