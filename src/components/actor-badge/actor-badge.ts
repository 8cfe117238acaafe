import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatColor, parseColor } from '../../core/color.js';
import { cutText, formatItems, initialsOf, QUOTE_LIMIT, resolveLocale } from '../../core/format.js';
import { DEFAULT_PARSE_LIMITS } from '../../core/dataset-reader.js';
import { colorFor, readableTextOn, type SwatchShape } from '../../core/palette.js';
import type { Actor } from '../../core/types.js';
import { ActorBadgeToggleEvent } from '../../events/actor-badge-toggle.js';
import { hydratesServerRender } from '../../internal/hydration.js';
import { inheritedLang, LangController } from '../../internal/inherited-lang.js';
import { actorBadgeStyles } from './actor-badge.styles.js';
import { isSwatchShape, SWATCH_SHAPE_PATHS } from '../../internal/swatch-shapes.js';

/** What the template shows, computed in `willUpdate`. */
interface BadgeView {
  id: string;
  label: string;
  side: string;
  initials: string;
  /** The swatch's shape; the large size always draws a circle (its side is written out). */
  shape: SwatchShape;
  /** Read by assistive technology instead of the visible face. */
  spoken: string;
  tooltip: string;
  /** The swatch colour and its ink, as custom properties for the `style` attribute (both built from parsed colours, so nothing else gets in). */
  colors: string;
}

/**
 * A small chip for one actor: a colour swatch, the short name, and the side. The full name is the
 * accessible name and the tooltip. Without `toggle` it is static text; with `toggle` it is a real
 * button with `aria-pressed` (a filter chip) that fires `ct-actor-toggle`.
 *
 * Give it an `actor` object (from a dataset) or `name` / `short` / `color` / `side` attributes;
 * attributes win over the object's fields. The colour is validated (any CSS colour syntax, no
 * `var()` or `url()`); without a usable one the badge takes a stable colour from the default palette,
 * chosen by the actor's id. The label on the colour is white or near-black, whichever contrasts more
 * (palette colours keep WCAG AA, 4.5:1).
 *
 * Sizes: `small` and `medium` show a colour swatch; `large` shows the initials in a bigger swatch and
 * the side as visible text (smaller sizes keep the side in the accessible name and tooltip, and show
 * it with `show-side`).
 *
 * The side never rests on colour alone: give the badge its side's `shape` (`sideShape()` from
 * `conflict-timeline/core` picks one per side: ▲ ■ ◆ ▼ ✚ ★; a circle means no side), or `show-side`.
 *
 * Accessible name: static, the full name and side ("Hay'at Tahrir al-Sham, Jihadist groups"); toggle,
 * the visible short name first, then the full name and side ("HTS, Hay'at Tahrir al-Sham, Jihadist
 * groups"), so that a voice-control user can say what they see (WCAG 2.5.3).
 *
 * @tagname actor-badge
 * @summary A chip for one actor; a filter toggle with `toggle`.
 *
 * @fires {ActorBadgeToggleEvent} ct-actor-toggle - After the reader pressed or released a `toggle` badge; `detail: { id, pressed }`. Not fired when `pressed` is set by script.
 *
 * @csspart base - The chip: a `<span>`, or the `<button>` in `toggle` mode.
 * @csspart swatch - The colour swatch: a dot, or the side's `shape` (with the initials at `size="large"`).
 * @csspart label - The visible short name (or the name when there is no short one).
 * @csspart side - The side, visible at `size="large"` and with `show-side`.
 * @csspart check - The check mark shown while a toggle is pressed.
 *
 * @cssprop [--ct-color-bg=#ffffff] - Chip background (dark theme: #16181c).
 * @cssprop [--ct-color-text=#1b1e23] - Label colour (dark theme: #eceef1).
 * @cssprop [--ct-color-muted=#555c66] - Side text colour (dark theme: #aab1bb).
 * @cssprop [--ct-color-border=#c9ced6] - Chip border (dark theme: #4a505a).
 * @cssprop [--ct-color-focus=#0b57d0] - Focus ring of a toggle (dark theme: #8ab4f8).
 * @cssprop [--ct-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--ct-font-size=1rem] - Base size: small is 0.75×, medium 0.875×, large 1×.
 */
export class ActorBadge extends LitElement {
  static override styles = actorBadgeStyles;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** The actor (a record of a dataset's `actors`). The attributes below override its fields. */
  @property({ attribute: false }) actor?: Partial<Actor>;

  /** Full name: the accessible name and tooltip. Defaults to `actor.name`. */
  @property() name = '';

  /** Short name shown on the chip. Defaults to `actor.short`, then the name. */
  @property() short = '';

  /**
   * The actor's colour, any CSS colour (`#b22222`, `rgb(…)`, `firebrick`). Defaults to `actor.color`;
   * not a colour (or none): a palette colour picked by the id. Translucent colours are made opaque.
   */
  @property() color = '';

  /**
   * The side's label, e.g. "Syrian government and allies". Not taken from `actor.side`, which in a
   * dataset is the side's id: `<event-card>` and `<conflict-timeline>` look the label up for you.
   */
  @property() side = '';

  /**
   * The swatch's shape, which tells the actor's side without colour: `triangle`, `square`, `diamond`,
   * `triangle-down`, `cross` or `star` (see `sideShape()`); anything else, a circle. The large size
   * always draws a circle, with the initials.
   */
  @property() shape: SwatchShape | '' = '';

  /** Shows the side as text beside the name at every size (the large size always does). */
  @property({ type: Boolean, reflect: true, attribute: 'show-side' }) showSide = false;

  /** The id reported in `ct-actor-toggle` and used to pick a palette colour. Defaults to `actor.id`, then the name. */
  @property({ attribute: 'actor-id' }) actorId = '';

  /** Makes the badge a toggle button (a filter chip) with `aria-pressed`. */
  @property({ type: Boolean, reflect: true }) toggle = false;

  /** Whether a `toggle` badge is pressed. Set by the reader's clicks and keys, or by script. */
  @property({ type: Boolean, reflect: true }) pressed = false;

  /** `small`, `medium` (default) or `large` (initials in the swatch, side visible). */
  @property({ reflect: true }) size: 'small' | 'medium' | 'large' = 'medium';

  /** `light` (default), `dark`, or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /**
   * Language of the list punctuation in the accessible name and tooltip; when absent, the nearest
   * ancestor's `lang`.
   */
  @property({ reflect: true }) override lang!: string;

  @state() private _view?: BadgeView;

  private _warnedColor?: string;

  /** Redraws when the page's language or direction changes, or the badge moves. */
  private readonly _langController = new LangController(this);

  /** Rendered on a server: hydrated, or (without Lit's hydration support) drawn anew. */
  protected override createRenderRoot() {
    hydratesServerRender(this);
    return super.createRenderRoot();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const actor = this.actor && typeof this.actor === 'object' ? this.actor : {};
    // As long as the dataset reader keeps a name: an attribute of any length draws in no time.
    const text = (value: unknown) =>
      typeof value === 'string' ? cutText(value.trim(), DEFAULT_PARSE_LIMITS.maxShortStringLength) : '';
    const short = text(this.short) || text(actor.short);
    const id = text(this.actorId) || text(actor.id) || text(this.name) || text(actor.name) || short;
    const name = text(this.name) || text(actor.name) || short || id;
    if (!name) {
      this._view = undefined;
      return;
    }
    const label = short || name;
    const side = text(this.side);
    const locale = resolveLocale(this.lang || inheritedLang(this));
    const color = this._resolveColor(text(this.color) || text(actor.color), id);
    const spokenName = formatItems([name, side], locale);
    this._view = {
      id,
      label,
      side,
      // Only the large size shows them, and finding graphemes is costly the first time.
      initials: this.size === 'large' ? initialsOf(label) : '',
      shape: this.size !== 'large' && isSwatchShape(this.shape) ? this.shape : 'circle',
      spoken: this.toggle && label !== name ? formatItems([label, name, side], locale) : spokenName,
      tooltip: spokenName,
      colors: `--_actor-color:${color};--_actor-ink:${readableTextOn(color)}`,
    };
  }

  /** A validated, opaque colour for the swatch: the given one, else the palette's colour for the id. */
  private _resolveColor(given: string, id: string): string {
    const parsed = given ? parseColor(given) : undefined;
    if (given && !parsed && this._warnedColor !== given) {
      this._warnedColor = given;
      console.warn(
        `<actor-badge> "${cutText(id, QUOTE_LIMIT)}": color "${cutText(given, QUOTE_LIMIT)}" is not a CSS colour; using a palette colour`,
      );
    }
    return parsed ? formatColor({ ...parsed, a: 1 }) : colorFor(id);
  }

  private _onClick() {
    this.pressed = !this.pressed;
    const event = new ActorBadgeToggleEvent({ id: this._view?.id ?? '', pressed: this.pressed });
    this.dispatchEvent(event);
  }

  protected override render() {
    const view = this._view;
    if (!view) return nothing;
    const face = html`<span class="face" aria-hidden="true" title=${view.tooltip}>
      ${
        view.shape === 'circle'
          ? html`<span part="swatch" class="swatch">${this.size === 'large' ? view.initials : nothing}</span>`
          : html`<span part="swatch" class="swatch shape" data-shape=${view.shape}
              ><svg viewBox="0 0 16 16"><path d=${SWATCH_SHAPE_PATHS[view.shape]} /></svg
            ></span>`
      }
      <span part="label" class="label">${view.label}</span>
      ${view.side ? html`<span part="side" class="side">${view.side}</span>` : nothing}
      ${
        this.toggle
          ? html`<svg
              part="check"
              class="check"
              viewBox="0 0 16 16"
              fill="none"
              stroke="currentColor"
              stroke-width="2.5"
            >
              <path d="M3 8.5l3.2 3L13 4.5" stroke-linecap="round" stroke-linejoin="round" />
            </svg>`
          : nothing
      }
    </span>`;
    const spoken = html`<span class="visually-hidden">${view.spoken}</span>`;
    return this.toggle
      ? html`<button
          part="base"
          class="base"
          type="button"
          aria-pressed=${this.pressed ? 'true' : 'false'}
          style=${view.colors}
          @click=${this._onClick}
        >
          ${face}${spoken}
        </button>`
      : html`<span part="base" class="base" style=${view.colors}>${face}${spoken}</span>`;
  }
}
