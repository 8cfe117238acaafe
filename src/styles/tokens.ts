import { css } from 'lit';

/**
 * The elements' font unless the page sets `--ct-font-family` (`--_font` below), as the browser writes
 * it back, for a canvas to find the faces the elements' text uses. (Not put into the CSS from here:
 * the build's CSS minifier cannot keep a placeholder inside a font list.)
 */
export const DEFAULT_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif';

/**
 * The `--ct-*` design tokens every element reads. Each token falls back to a default, so a page sets
 * only what it wants to change (on the element or any ancestor). The dark set applies with
 * `theme="dark"` on an element, or with `theme="auto"` when the reader's system asks for dark.
 * Colours are chosen for WCAG 2.2 AA contrast (text ≥ 4.5:1, marks and focus ≥ 3:1) on their
 * background in both sets.
 */
const dark = css`
  --_bg: var(--ct-color-bg, #16181c);
  --_surface: var(--ct-color-surface, #22252b);
  --_text: var(--ct-color-text, #eceef1);
  --_muted: var(--ct-color-muted, #aab1bb);
  --_border: var(--ct-color-border, #4a505a);
  --_accent: var(--ct-color-accent, #8ab4f8);
  --_accent-text: var(--ct-color-accent-text, #0b1a33);
  --_focus: var(--ct-color-focus, #8ab4f8);
  --_claim: var(--ct-color-claim, #ffb95c);
  --_claim-bg: var(--ct-color-claim-bg, #3a2a12);
  --_danger: var(--ct-color-danger, #f2b8b5);
`;

export const tokens = css`
  :host {
    --_bg: var(--ct-color-bg, #ffffff);
    --_surface: var(--ct-color-surface, #f5f6f8);
    --_text: var(--ct-color-text, #1b1e23);
    --_muted: var(--ct-color-muted, #555c66);
    --_border: var(--ct-color-border, #c9ced6);
    --_accent: var(--ct-color-accent, #0b57d0);
    --_accent-text: var(--ct-color-accent-text, #ffffff);
    --_focus: var(--ct-color-focus, #0b57d0);
    --_claim: var(--ct-color-claim, #8a4b00);
    --_claim-bg: var(--ct-color-claim-bg, #fff4e0);
    --_danger: var(--ct-color-danger, #b3261e);
    --_font: var(
      --ct-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Arabic',
      sans-serif
    );
    --_font-size: var(--ct-font-size, 1rem);
    --_space: var(--ct-space, 0.5rem);
    --_radius: var(--ct-radius, 0.375rem);
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none !important;
  }
`;
