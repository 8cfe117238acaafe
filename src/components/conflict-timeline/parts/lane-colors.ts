import type { ReactiveElement } from 'lit';
import { contrastRatio } from '../../../core/palette.js';
import type { Lane } from '../../../core/lanes.js';

/** The default backgrounds of the light and dark token sets, and the mark rings that show on them. */
const LIGHT_BG = '#ffffff';
const LIGHT_RING = '#555c66';
const DARK_BG = '#16181c';
const DARK_RING = '#aab1bb';

/**
 * The CSS that gives each lane's items its colours (`.items .l3 { background }` and the like, rings per
 * theme). Colours as plain values, not custom properties set on every mark: a custom property an
 * element declares for itself doubles the time its style takes to recompute, and zooming recomputes
 * hundreds a frame. Only the few marks drawn with gradients (approximate, open-ended) get `--c`. A lane
 * colour too close to the background (under 3:1, WCAG's bar for marks) gets a ring that is not, per
 * theme; the rings too are declared only for the lanes that need them.
 */
export function laneColorRules(lanes: readonly Lane[], laneText: readonly string[]): string {
  const ring = (color: string, bg: string, ringColor: string) =>
    (contrastRatio(color, bg) ?? 21) < 3 ? ringColor : undefined;
  const rules: string[] = [];
  const dark: string[] = [];
  // A ring inside the mark, the halo (the background) around it, as in the main sheet.
  const ringRules = (c: string, color: string) => [
    `${c}.point:not(.approximate){box-shadow:inset 0 0 0 1px ${color},0 0 0 1.5px currentColor}`,
    `${c}.bar{box-shadow:inset 0 0 0 1px ${color},0 0 0 1px currentColor}`,
    `${c}.cluster:not(.calendar){box-shadow:inset 0 0 0 1px ${color},0 0 0 1px var(--_bg)}`,
  ];
  lanes.forEach((lane, l) => {
    const c = `.items .l${l}`;
    rules.push(
      `${c}{background:${lane.color}}`,
      `${c}.cluster:not(.calendar){color:${laneText[l]}}`,
      `${c}.calendar{box-shadow:inset 0 0 0 1px ${lane.color}}`,
      `${c}:is(.approximate,.open-start,.open-end,.soft){--c:${lane.color}}`,
    );
    const light = ring(lane.color, LIGHT_BG, LIGHT_RING);
    const night = ring(lane.color, DARK_BG, DARK_RING);
    if (light) rules.push(...ringRules(c, light));
    if (night !== light) dark.push(...ringRules(c, night ?? 'transparent'));
  });
  rules.push(
    ...dark.map((rule) => `:host([theme='dark']) ${rule}`),
    `@media (prefers-color-scheme: dark){${dark.map((rule) => `:host([theme='auto']) ${rule}`).join('')}}`,
  );
  return rules.join('');
}

/**
 * Lane colours in a style sheet of the shadow root's own (colours come validated from `parseDataset`
 * or the palette), so that an item's inline style holds only its position, which is what changes while
 * zooming. Without constructable style sheets, items carry their colours inline (`inline` is true).
 */
export class LaneColorSheet {
  /** Items must carry their lane's colours in their inline style. */
  inline = true;
  private _sheet?: CSSStyleSheet;
  private _lanes?: readonly Lane[];

  constructor(private readonly _host: ReactiveElement) {}

  /** In `willUpdate`: the colours of these lanes (nothing to do when they are the ones applied). */
  apply(lanes: readonly Lane[], laneText: readonly string[]): void {
    if (lanes === this._lanes) return;
    this._lanes = lanes;
    const root = this._host.renderRoot;
    if (
      !(root instanceof ShadowRoot) ||
      typeof CSSStyleSheet !== 'function' ||
      !('replaceSync' in CSSStyleSheet.prototype)
    ) {
      this.inline = true;
      return;
    }
    try {
      if (!this._sheet) {
        this._sheet = new CSSStyleSheet();
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, this._sheet];
      }
      this._sheet.replaceSync(laneColorRules(lanes, laneText));
      this.inline = false;
    } catch {
      this.inline = true;
    }
  }
}
