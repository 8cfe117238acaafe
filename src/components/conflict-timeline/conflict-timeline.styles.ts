import { css } from 'lit';

/** Fixed sizes (px) the layout code and the styles share. */
export const TOOLBAR_HEIGHT = 40;
export const AXIS_HEIGHT = 26;
export const OVERVIEW_HEIGHT = 40;
/** The lane labels' column beside the track: in the wide layout, and in the column layout. */
export const GUTTER_WIDTH = 136;
export const COLUMN_GUTTER_WIDTH = 92;
/** The filter row of the wide layout (one row: the chips scroll sideways). */
export const FILTERS_HEIGHT = 44;
/** Below this width (px) the element shows the vertical chronology (a phone). */
export const NARROW_WIDTH = 480;
/** From this width (px) up, the wide layout (a full-bleed graphic); between the two, the column layout (an article's body column). */
export const WIDE_WIDTH = 900;

// Items: the focus target is an in-flow span with role=button filling its <li>. Not a <button>, and no
// 'inherit' of a non-inherited property (border-radius): with hundreds of items redrawn per frame, either
// makes Chromium's style recalc slower with every frame. Items are placed by left/top, not transform: they
// are laid out each frame anyway (their widths change while zooming), and a transform per item adds a
// paint property node per item to every frame's pre-paint.
// Notes on the rules below (kept out of the CSS: the npm build ships it as written):
// - The wide layout keeps its height whatever the data (nothing in the article moves when it comes); the detail panel comes below it.
// - The narrow layout flows in the page, as tall as its chronology; it reserves --ct-height while loading.
// - Text from data takes its direction from its first strong letter (English in an Arabic page).
// - The mark is drawn, not read: the event's name already says "?".
// - Right to left: the track, axis and overview are drawn left to right and mirrored, so time runs from right to left; text in them is mirrored back. Pointer input and arrow keys follow (see the element).
// - Mirrored about its own centre, a gap label's centring shift must point the other way.
// - Mirrored, a cluster's .hit becomes the containing block of its name (::after): it must not clip (a cluster is at least 26 px wide, room for its count).
// - Marks are colour-coded lanes: keep their colours, ringed in the system's text colour.
export const styles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    font-size: var(--_font-size);
    /* The page shows through (a dark page is not boxed in the dark theme's own background); set
       --ct-color-bg to paint one. The marks' halos, sticky headings and the scrubber use the theme's. */
    background: var(--ct-color-bg, transparent);
  }
  /* The skip link shows when it has the focus (it is the element's first Tab stop). */
  .skip {
    position: absolute;
    z-index: 5;
    inset-inline-start: 0;
    top: 0;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-size: 0.875rem;
    white-space: nowrap;
  }
  .skip:not(:focus) {
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .root.wide {
    display: flex;
    flex-direction: column;
    height: var(--ct-height, 30rem);
    min-height: 14rem;
    contain: layout paint;
  }
  .root.narrow {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .placeholder {
    position: relative;
    min-height: calc(var(--ct-height, 30rem) - ${FILTERS_HEIGHT}px);
  }
  .filters.placeholder {
    min-height: ${FILTERS_HEIGHT}px;
  }
  .wide .filters {
    flex: none;
    flex-wrap: nowrap;
    box-sizing: border-box;
    height: ${FILTERS_HEIGHT}px;
  }
  .header {
    flex: none;
    padding-block-end: 0.25rem;
  }
  .header .title,
  .header .description,
  .lane-label .text {
    unicode-bidi: plaintext;
  }
  .header .title {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .header .description {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    margin: 0.125rem 0 0;
    color: var(--_muted);
    font-size: 0.875rem;
    line-height: 1.35;
  }
  .narrow .header .description {
    display: block;
  }
  .root.wide + .detail {
    margin-block-start: var(--_space);
  }
  button {
    font-family: inherit;
    font-size: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .toolbar {
    flex: none;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    box-sizing: border-box;
    padding-block: 0.25rem;
  }
  /* What the three kinds of mark mean, in the muted colour. */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    min-width: 0;
    overflow: hidden;
    max-height: 2rem;
    color: var(--_muted);
    font-size: 0.75rem;
    line-height: 1rem;
  }
  .legend .key {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    white-space: nowrap;
  }
  .legend .k {
    display: inline-block;
    flex: none;
    --c: currentColor;
  }
  .legend .k.point {
    width: 9px;
    height: 9px;
    border-radius: 50%;
    background: currentColor;
  }
  .legend .k.range {
    width: 18px;
    height: 6px;
    border-radius: 3px;
    background: currentColor;
  }
  .legend .k.soft {
    width: 18px;
    height: 9px;
    background:
      linear-gradient(currentColor, currentColor) left / 2px 100% no-repeat,
      linear-gradient(currentColor, currentColor) right / 2px 100% no-repeat,
      linear-gradient(90deg, currentColor 60%, transparent 0) 0 50% / 5px 2px repeat-x;
  }
  .zoom-buttons {
    display: flex;
    gap: calc(var(--_space) / 2);
  }
  .toolbar button {
    flex: none;
    white-space: nowrap;
    min-width: 2rem;
    height: 2rem;
    padding: 0 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    font-size: 0.875rem;
  }
  .toolbar button.zoom {
    font-size: 1.125rem;
    line-height: 1;
  }
  /* The window's dates stay whole; the legend gives way first (it wraps, then hides its last keys). */
  .window {
    flex: none;
    max-width: 60%;
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.875rem;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .body {
    flex: 1 1 auto;
    min-height: 6rem;
    display: grid;
  }
  .gutter {
    position: relative;
    overflow: hidden;
  }
  .lane-label {
    position: absolute;
    inset-inline: 0;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: 0.375rem;
    padding-inline: 0.125rem 0.5rem;
    font-size: 0.8125rem;
    line-height: 1.15;
    overflow: hidden;
  }
  .lane-label .text {
    display: -webkit-box;
    -webkit-line-clamp: var(--lines, 2);
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .swatch {
    flex: none;
    width: 0.625rem;
    height: 0.625rem;
    border-radius: 2px;
    background: var(--c);
  }

  .track {
    position: relative;
    overflow: hidden;
    contain: strict;
    border-block: 1px solid var(--_border);
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .bands {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .lane {
    position: absolute;
    inset-inline: 0;
    pointer-events: none;
  }
  .lane.odd {
    background: var(--ct-lane-stripe, rgba(127, 127, 127, 0.07));
  }
  .grid {
    position: absolute;
    top: 0;
    bottom: 0;
    border-inline-start: 1px solid var(--_border);
    opacity: 0.45;
    pointer-events: none;
  }
  .grid.major {
    opacity: 0.9;
  }
  .break {
    position: absolute;
    top: 0;
    bottom: 0;
    box-sizing: border-box;
    border-inline: 1px dashed var(--_muted);
    background: repeating-linear-gradient(135deg, transparent 0 5px, rgba(127, 127, 127, 0.16) 5px 7px);
    background-color: var(--_bg);
    pointer-events: none;
  }

  /* The titles on the marks: above the lanes and bands, under the marks; a halo of the background keeps
     them readable over grid lines and bands. */
  .labels {
    position: absolute;
    inset: 0;
    contain: strict;
    pointer-events: none;
  }
  .label {
    position: absolute;
    overflow: hidden;
    height: 14px;
    color: var(--_text);
    font-size: 12px;
    line-height: 14px;
    white-space: nowrap;
    unicode-bidi: plaintext;
    text-shadow:
      0 0 2px var(--_bg),
      0 0 2px var(--_bg),
      0 0 3px var(--_bg);
  }
  /* A cluster opened in place: above the marks, within the track. */
  .cluster-list {
    position: absolute;
    z-index: 3;
    box-sizing: border-box;
    max-height: 12rem;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  }
  .cluster-list ul {
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
  }
  .cluster-list .member {
    display: block;
    width: 100%;
    padding: 0.375rem 0.625rem;
    border: 0;
    background: none;
    color: var(--_text);
    font: inherit;
    font-size: 0.875rem;
    text-align: start;
    cursor: pointer;
    unicode-bidi: plaintext;
  }
  .cluster-list .member:hover,
  .cluster-list .member[aria-current='true'] {
    background: var(--_surface);
  }
  .rtl .track .cluster-list {
    scale: -1 1;
  }
  .items {
    position: absolute;
    inset: 0;
    contain: strict;
    margin: 0;
    padding: 0;
    list-style: none;
    pointer-events: none;
    /* The marks' halo is currentColor: the background, inherited, not a var() in every mark's style. */
    color: var(--_bg);
  }
  .items li {
    position: absolute;
    left: 0;
    top: 0;
    contain: layout style;
    box-sizing: border-box;
    pointer-events: auto;
    background: var(--c);
  }
  .hit {
    display: block;
    height: 100%;
    border-radius: 4px;
    cursor: pointer;
    text-align: center;
  }
  li.point .hit {
    border-radius: 50%;
  }
  li.point {
    height: 12px;
    border-radius: 50%;
    box-shadow: 0 0 0 1.5px currentColor;
  }
  li.bar {
    height: 8px;
    border-radius: 4px;
    box-shadow: 0 0 0 1px currentColor;
  }
  /* An instant known only to a span (a month, a year, "some day between"): its ends and a dashed line
     between them, no solid body, so it does not read as something that lasted. */
  .items li.bar.soft {
    height: 10px;
    border-radius: 0;
    box-shadow: none;
    background:
      linear-gradient(var(--c), var(--c)) left / 2px 100% no-repeat,
      linear-gradient(var(--c), var(--c)) right / 2px 100% no-repeat,
      linear-gradient(90deg, var(--c) 60%, transparent 0) 0 50% / 5px 2px repeat-x;
  }
  .items li.bar.soft.approximate {
    -webkit-mask-image: none;
    mask-image: none;
  }
  li.point.approximate {
    background: radial-gradient(circle closest-side, var(--c) 55%, transparent);
    box-shadow: none;
  }
  li.bar.approximate {
    -webkit-mask-image: linear-gradient(90deg, transparent, #000 18%, #000 82%, transparent);
    mask-image: linear-gradient(90deg, transparent, #000 18%, #000 82%, transparent);
  }
  /* An open range (2015-05/..) is drawn over its known end and fades out on its open side; the track is
     mirrored as a whole in RTL, so physical sides are right here. */
  li.open-end::before,
  li.open-start::before {
    content: '';
    position: absolute;
    top: 0;
    width: 24px;
    height: 100%;
    border-radius: inherit;
  }
  li.open-end::before {
    left: 100%;
    background: linear-gradient(to right, var(--c), transparent);
  }
  li.open-start::before {
    right: 100%;
    background: linear-gradient(to left, var(--c), transparent);
  }
  li.uncertain::after {
    content: '?';
    content: '?' / '';
    position: absolute;
    inset-inline-start: 100%;
    top: -7px;
    padding-inline-start: 1px;
    font-size: 11px;
    font-weight: 700;
    line-height: 1;
    color: var(--_text);
    pointer-events: none;
  }
  li.selected {
    outline: 2px solid var(--_text);
    outline-offset: 2px;
  }
  /* A cluster's colour is its count's; its halo is the background. */
  li.cluster {
    border-radius: 9px;
    color: var(--on-c);
    box-shadow: 0 0 0 1px var(--_bg);
  }
  li.cluster.calendar {
    background: transparent;
    color: var(--_text);
    box-shadow: inset 0 0 0 1px var(--c);
    border-radius: 4px;
  }
  li.cluster.calendar .hit {
    border-radius: 4px;
    font-weight: 500;
    text-shadow:
      0 0 2px var(--_bg),
      0 0 2px var(--_bg);
  }
  li.cluster .hit {
    border-radius: 9px;
    font-size: 11px;
    font-weight: 600;
    overflow: hidden;
    white-space: nowrap;
  }
  .hit:hover::after,
  .hit:focus-visible::after {
    content: attr(aria-label);
    position: absolute;
    z-index: 3;
    top: calc(100% + 4px);
    inset-inline-start: 0;
    max-width: 22rem;
    width: max-content;
    padding: 0.25rem 0.5rem;
    border-radius: 4px;
    background: var(--_text);
    color: var(--_bg);
    font: 400 0.8125rem/1.3 var(--_font);
    white-space: normal;
    text-align: start;
    pointer-events: none;
  }
  /* Each mark is a stacking context of its own (contain: layout): the one showing its name comes forward. */
  .items li:hover,
  .items li:focus-within {
    z-index: 1;
  }
  .tip-end .hit::after {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  .tip-above .hit::after {
    top: auto;
    bottom: calc(100% + 4px);
  }

  .axis {
    position: relative;
    flex: none;
    overflow: hidden;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .tick,
  .gap {
    position: absolute;
    top: 5px;
    white-space: nowrap;
  }
  .tick {
    padding-inline-start: 3px;
  }
  .tick.major {
    color: var(--_text);
    font-weight: 600;
  }
  .gap {
    transform: translateX(-50%);
    font-size: 0.6875rem;
    font-style: italic;
  }

  .overview {
    position: relative;
    flex: none;
    box-shadow: inset 0 0 0 1px var(--_border);
    border-radius: var(--_radius);
    touch-action: pan-y;
    cursor: pointer;
    user-select: none;
    -webkit-user-select: none;
  }
  .histogram {
    position: absolute;
    left: 0;
    bottom: 0;
    width: 100%;
    fill: var(--_muted);
    pointer-events: none;
  }
  .brush {
    position: absolute;
    top: 0;
    bottom: 0;
    box-sizing: border-box;
    border: 2px solid var(--_accent);
    border-radius: 3px;
    background: rgba(11, 87, 208, 0.1);
    cursor: grab;
  }
  .handle {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 10px;
    cursor: ew-resize;
  }
  .handle[data-handle='start'] {
    left: -6px;
  }
  .handle[data-handle='end'] {
    right: -6px;
  }

  .message {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    padding: var(--_space);
    color: var(--_muted);
    text-align: center;
  }
  .message.error {
    color: var(--_danger);
  }
  /* A part that did not load: a line above the layout, not over its track (in English where the
     Arabic strings did not come: its own direction, not the page's). */
  .message.notice {
    position: static;
    display: block;
    padding: 0 0 0.25rem;
    color: var(--_danger);
    font-size: 0.875rem;
    text-align: start;
    unicode-bidi: plaintext;
  }
  .message .retry,
  .message .retry:hover {
    margin-inline-start: 0.5rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }

  .column .lane-label {
    font-size: 0.75rem;
  }
  .column .lane-label .text {
    /* Hyphenated where the browser has the language's dictionary; else a long word breaks, not cut. */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .rtl .track,
  .rtl .axis,
  .rtl .overview,
  .rtl .scrubber .histogram {
    scale: -1 1;
  }
  .rtl .track .hit,
  .rtl .track .label,
  .rtl .track .message,
  .rtl .axis > span {
    scale: -1 1;
  }
  .rtl li.cluster .hit {
    overflow: visible;
  }
  .rtl .tick {
    padding-inline: 0 3px;
  }
  .rtl .gap {
    transform: translateX(50%);
  }
  .rtl li.uncertain::after {
    inset-inline-start: auto;
    inset-inline-end: 100%;
    scale: -1 1;
  }

  @media (forced-colors: active) {
    .items li,
    .thumb,
    .swatch {
      forced-color-adjust: none;
    }
    li.point,
    li.bar {
      box-shadow: 0 0 0 1.5px CanvasText;
    }
    li.selected {
      outline-color: Highlight;
    }
    .brush,
    .entry.selected .detail {
      border-color: Highlight;
    }
    .histogram {
      fill: CanvasText;
    }
    .thumb {
      background: Highlight;
    }
    .step[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
