import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyedList } from '../../internal/keyed-list.js';
import { heading } from '../../internal/heading.js';
import { parseDate } from '../../core/dates.js';
import { describeFatalities, formatPlace } from '../../core/format-event.js';
import {
  isolate,
  formatDate,
  formatNumber,
  isoForTimeElement,
  plurals,
  quoteValue,
  resolveLocale,
} from '../../core/format.js';
import {
  categoryLabel,
  loadMessages,
  messagesFor,
  messagesReady,
  roleLabel,
  type MessageOverrides,
  type Messages,
  type PluralCategory,
} from '../../core/messages.js';
import { actorColor, sideShape, type SwatchShape } from '../../core/palette.js';
import { parseDataset } from '../../core/parse-dataset.js';
import type { Actor, ConflictEvent, ConflictEventInput, Dataset, DatasetInput } from '../../core/types.js';
import { httpUrl } from '../../core/url.js';
import {
  DatasetLoader,
  hasDatasetLookups,
  loadFailureText,
  reportIssues,
  srcTimeoutSeconds,
} from '../../internal/dataset-source.js';
import { hydratesServerRender } from '../../internal/hydration.js';
import { inheritedLang, LangController } from '../../internal/inherited-lang.js';
import { eventCardStyles } from './event-card.styles.js';
import { errorMessage, isRecord } from '../../core/guards.js';

/** One actor of the event as the template shows it. */
interface ActorView {
  key: string;
  actor: Partial<Actor>;
  side?: string;
  color?: string;
  /** The side's swatch shape, so that the side shows without colour (a circle without a side). */
  shape: SwatchShape;
  role?: string;
}

interface SourceView {
  key: string;
  title?: string;
  publisher: string;
  href?: string;
  date?: string;
  datetime?: string;
}

/** Interface words and heading tags the template needs around the data. */
interface Chrome {
  /** The heading level of the title (2–6); the sources' heading is one below. */
  level: number;
  separator: string;
  comma: string;
  actors: string;
  sources: string;
  opensInNewTab: string;
}

/** Everything the template shows for an event, computed in `willUpdate`. */
interface EventView {
  chrome: Chrome;
  date: string;
  datetime?: string;
  title: string;
  /** The language of the data's text, when it differs from the interface's. */
  textLang?: string;
  place?: string;
  category?: string;
  /** The first `ACTOR_LIMIT` actors. */
  actors: ActorView[];
  /** "and 19,988 more actors", when there are more. */
  moreActors?: string;
  paragraphs: string[];
  fatalities?: string;
  claim?: string;
  sources: SourceView[];
  sourcesSummary: string;
}

type CardView =
  | { kind: 'empty' }
  | { kind: 'loading'; text: string }
  /** `retry`: the label of the button that loads `src` again. */
  | { kind: 'error'; text: string; retry?: string }
  | { kind: 'event'; event: EventView };

interface NormalizedEvent {
  event?: ConflictEvent;
  /** Why the event could not be used. */
  problem?: string;
  /** Where its actors and sources are looked up. */
  lookups?: Dataset;
}

/** A card shows this many actors, then says how many more: thousands of badges would block the page. */
const ACTOR_LIMIT = 12;

/** A `ConflictEvent` from `parseDataset` (its date is parsed), as opposed to JSON input. */
const isParsedEvent = (value: unknown): value is ConflictEvent =>
  isRecord(value) && isRecord(value.time) && Array.isArray(value.actors) && Array.isArray(value.sources);

/**
 * Shows one event: its date exactly as precise as the data ("May 2015", "around 16 May 2015",
 * "29–30 November 2024"), title, place, category, the actors as `<actor-badge>`s with their side
 * written out and its shape (never the colour alone) and their roles,
 * the summary, the death toll with who counted it, a visible note when the event is one party's
 * claim, and the sources (linked only when their URL is http or https).
 *
 * Give it `event` plus `data` (the dataset, for actor and source look-ups) as properties; or, alone in
 * an article, `src` (a dataset JSON URL) and `event-id`. `event` and `data` take either the output of
 * `parseDataset` or plain JSON input (checked with `parseDataset`; problems go to the console).
 *
 * Everything from the data is shown as text, never as HTML. Dates and numbers are written by `Intl`
 * in the card's language: its `lang`, else the nearest ancestor's (across shadow roots), else the
 * dataset's. The layout uses logical CSS properties, so `dir="rtl"` (own or inherited) mirrors it.
 *
 * Register with `import 'conflict-timeline'` (which registers all three elements), or on a news
 * page with the embed script, `conflict-timeline/conflict-timeline.min.js`.
 *
 * @tagname event-card
 * @summary One event, with who did it and who says so.
 *
 * @csspart base - The `<article>`.
 * @csspart header - Date, category, title and place.
 * @csspart date - The `<time>` with the date.
 * @csspart category - The category label.
 * @csspart title - The heading (`<h3>` unless `heading-level` says otherwise).
 * @csspart place - The place: name, province, country.
 * @csspart claim - The note shown when the event is one party's claim.
 * @csspart actors - The list of actor badges and roles.
 * @csspart role - An actor's role label.
 * @csspart summary - The summary paragraphs.
 * @csspart fatalities - The death toll sentence.
 * @csspart sources - The sources section (a `<details>` in `compact` mode).
 * @csspart status - The loading or error message.
 * @csspart retry - The button under a failed `src`'s message that loads it again.
 *
 * @cssprop [--ct-color-bg=#ffffff] - Card background (dark theme: #16181c).
 * @cssprop [--ct-color-text=#1b1e23] - Text (dark theme: #eceef1).
 * @cssprop [--ct-color-muted=#555c66] - Secondary text: date line, place, roles, sources (dark theme: #aab1bb).
 * @cssprop [--ct-color-border=#c9ced6] - Card border and rules (dark theme: #4a505a).
 * @cssprop [--ct-color-accent=#0b57d0] - Links (dark theme: #8ab4f8).
 * @cssprop [--ct-color-focus=#0b57d0] - Focus ring (dark theme: #8ab4f8).
 * @cssprop [--ct-color-claim=#8a4b00] - Claim note bar and icon (dark theme: #ffb95c).
 * @cssprop [--ct-color-claim-bg=#fff4e0] - Claim note background (dark theme: #3a2a12).
 * @cssprop [--ct-color-danger=#b3261e] - Error message (dark theme: #f2b8b5).
 * @cssprop [--ct-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--ct-font-size=1rem] - Base text size.
 * @cssprop [--ct-space=0.5rem] - Spacing unit.
 * @cssprop [--ct-radius=0.375rem] - Corner radius.
 */
export class EventCard extends LitElement {
  static override styles = eventCardStyles;

  /**
   * The event to show: a `ConflictEvent` from `parseDataset`, or an event as written in JSON (its
   * date is parsed here). Takes precedence over `event-id`.
   */
  @property({ attribute: false }) event?: ConflictEvent | ConflictEventInput;

  /**
   * The dataset the event belongs to, for its actors (names, sides, colours) and sources: the
   * `Dataset` from `parseDataset`, or the JSON input (parsed once per object).
   */
  @property({ attribute: false }) data?: Dataset | DatasetInput;

  /** URL of a dataset JSON file to fetch; the card shows its `event-id` event. */
  @property() src = '';

  /**
   * Seconds `src` may take to arrive in full before the card says it got no answer (and offers to
   * try again): default 30; `0` waits as long as the browser does. Read when a load starts.
   */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout?: number;

  /** The id of the event to show from `src` or `data`. */
  @property({ attribute: 'event-id' }) eventId = '';

  /** The short layout for lists and phones: smaller text, first summary paragraph only, sources folded. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The level of the title heading, 2 to 6 (default 3), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * Replacements for interface strings (see `Messages` in `conflict-timeline/core`), e.g.
   * `{ sources: 'Reports', 'category.airstrike': 'air raid' }`.
   */
  @property({ attribute: false }) strings?: MessageOverrides;

  /** `light` (default), `dark`, or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Language of dates, numbers and interface text; when absent, the nearest ancestor's `lang`. */
  @property({ reflect: true }) override lang!: string;

  @state() private _view: CardView = { kind: 'empty' };

  private readonly _loader = new DatasetLoader(this, (_, issues, src) =>
    reportIssues('event-card', src, issues),
  );
  private _parsedData?: { input: unknown; dataset: Dataset };
  private _parsedEvent?: { input: unknown; dataset?: Dataset; result: NormalizedEvent };

  private _messagesLoading?: Promise<void>;
  private _messagesFailed = false;

  /** Resolves once the card is drawn, in its language's strings when they had to load first. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this._messagesLoading) {
      await this._messagesLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Redraws when the page's language or direction changes, or the card moves. */
  private readonly _langController = new LangController(this);

  /** The first update hydrates the server's content (see `shouldUpdate`). */
  private _hydrating = false;

  protected override createRenderRoot() {
    this._hydrating = hydratesServerRender(this);
    return super.createRenderRoot();
  }

  /**
   * A card the server drew with the event, whose dataset comes from `src` in the browser: it keeps the
   * server's content until the dataset is here (hydration needs the same first render as the server's),
   * and keeps it if the dataset does not come (the reason goes to the console).
   */
  protected override shouldUpdate(): boolean {
    if (!this._hydrating || !this.src || this.event != null || isRecord(this.data)) return true;
    if (this._loader.state.status === 'loaded') return true;
    if (!this.renderRoot.querySelector('[part~="title"]')) return true; // the server drew a status
    this._loader.timeoutSeconds = srcTimeoutSeconds(this.srcTimeout);
    this._loader.load(this.src);
    return false;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this._hydrating = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._loader.timeoutSeconds = srcTimeoutSeconds(this.srcTimeout);
    // Not on a server: its render cannot wait for the answer (give it `data`).
    if (changed.has('src') && !isServer) this._loader.load(this.src);
    let messages = messagesFor(undefined);
    try {
      const dataset = this._lookupDataset();
      // `this.lang` first: a new value is reflected to the attribute only after this update.
      const lang = this.lang || inheritedLang(this) || dataset?.lang;
      const locale = resolveLocale(lang);
      // Strings in another language than English may load first (the embed has them in a chunk):
      // nothing is shown until they come, rather than English that switches a moment later.
      if (!messagesReady(locale) && !this._messagesFailed) {
        this._messagesLoading ??= loadMessages(locale)
          .then(
            () => undefined,
            () => void (this._messagesFailed = true),
          )
          .finally(() => {
            this._messagesLoading = undefined;
            this.requestUpdate();
          });
        this._view = { kind: 'empty' };
        return;
      }
      messages = messagesFor(locale, this.strings);
      this._view = this._computeView(dataset, locale, messages);
    } catch (e) {
      // Whatever a page passes in, the card shows a reason instead of throwing into the page.
      const reason = errorMessage(e);
      this._view = { kind: 'error', text: messages.invalidEvent(reason) };
    }
  }

  /** The dataset for look-ups: the `data` property (parsed once per object), else the one from `src`. */
  private _lookupDataset(): Dataset | undefined {
    const data: unknown = this.data;
    if (isRecord(data)) {
      if (hasDatasetLookups(data)) return data;
      if (this._parsedData?.input !== data) {
        const { dataset, issues } = parseDataset(data);
        reportIssues('event-card', 'data', issues);
        this._parsedData = { input: data, dataset };
      }
      return this._parsedData.dataset;
    }
    const remote = this._loader.state;
    return remote.status === 'loaded' ? remote.dataset : undefined;
  }

  private _computeView(
    dataset: Dataset | undefined,
    locale: string | undefined,
    messages: Messages,
  ): CardView {
    const error = (reason: string): CardView => ({ kind: 'error', text: messages.loadError(reason) });
    if (this.event !== undefined && this.event !== null) {
      const { event, problem, lookups } = this._normalizeEvent(this.event, dataset);
      return event
        ? { kind: 'event', event: this._eventView(event, lookups, locale, messages) }
        : error(messages.invalidEvent(problem ?? ''));
    }
    const remote = this._loader.state;
    if (this.src && remote.status === 'loading') return { kind: 'loading', text: messages.loading };
    if (this.src && remote.status === 'failed') {
      const text = messages.loadError(loadFailureText(remote.failure, messages, locale));
      return { kind: 'error', text, retry: messages.retry };
    }
    if (!dataset) return { kind: 'empty' };
    const id = String(this.eventId ?? '').trim();
    if (!id) return this.src ? error(messages.noEventId) : { kind: 'empty' };
    const event = dataset.eventsById.get(id);
    return event
      ? { kind: 'event', event: this._eventView(event, dataset, locale, messages) }
      : error(messages.noEventWithId(quoteValue(id)));
  }

  /**
   * A `ConflictEvent` from the `event` property: as is when `parseDataset` made it; else checked by
   * `parseDataset` with the dataset's actors and sources (and a bare actor for each id they lack, so
   * the badge still shows what the event names).
   */
  private _normalizeEvent(input: unknown, dataset: Dataset | undefined): NormalizedEvent {
    // Trusted as parsed only when it is the dataset's own event: anything else shaped like one is checked.
    if (isParsedEvent(input) && dataset?.eventsById.get(input.id) === input)
      return { event: input, lookups: dataset };
    const cached = this._parsedEvent;
    if (cached && cached.input === input && cached.dataset === dataset) return cached.result;
    let result: NormalizedEvent;
    if (!isRecord(input)) {
      result = { problem: 'an event must be an object' };
    } else {
      const known = new Set(dataset?.actors.map((a) => a.id));
      const refs = Array.isArray(input.actors) ? (input.actors as unknown[]) : [];
      const missing = new Set<string>();
      for (const ref of refs) {
        const id =
          typeof ref === 'string' ? ref : isRecord(ref) && typeof ref.id === 'string' ? ref.id : undefined;
        if (id && !known.has(id)) missing.add(id);
      }
      const { dataset: one, issues } = parseDataset({
        sides: dataset?.sides ?? [],
        actors: [...(dataset?.actors ?? []), ...Array.from(missing, (id) => ({ id, name: id }))],
        sources: dataset?.sources ?? [],
        events: [input],
      });
      const own = issues.filter((issue) => issue.path.startsWith('/events/'));
      reportIssues('event-card', 'event', own);
      const event = one.events[0];
      result = event
        ? { event, lookups: one }
        : { problem: own.map((issue) => issue.message).join('; ') || 'unknown problem' };
    }
    this._parsedEvent = { input, dataset, result };
    return result;
  }

  private _eventView(
    event: ConflictEvent,
    lookups: Dataset | undefined,
    locale: string | undefined,
    messages: Messages,
  ): EventView {
    const dataLang = lookups?.lang;
    const textLang =
      dataLang && resolveLocale(dataLang)?.split('-')[0] !== locale?.split('-')[0] ? dataLang : undefined;
    const hidden = event.actors.length > ACTOR_LIMIT + 1 ? event.actors.length - ACTOR_LIMIT : 0;
    const actors = event.actors.slice(0, event.actors.length - hidden).map((ref, index): ActorView => {
      const actor = lookups?.actorsById.get(ref.id);
      const side = actor?.side ? lookups?.sidesById.get(actor.side) : undefined;
      return {
        key: `${ref.id}#${index}`,
        actor: actor ?? { id: ref.id, name: ref.id },
        side: side?.label,
        color: actor && lookups ? actorColor(actor, lookups.sidesById) : undefined,
        shape: side && lookups ? sideShape(side.id, lookups.sides) : 'circle',
        role: ref.role ? roleLabel(messages, ref.role) : undefined,
      };
    });
    const sources: SourceView[] = [];
    for (const id of event.sources) {
      const source = lookups?.sourcesById.get(id);
      if (!source) continue;
      const published = source.published ? parseDate(source.published) : undefined;
      sources.push({
        key: id,
        title: source.title,
        publisher: source.publisher,
        href: httpUrl(source.url),
        date: published?.ok ? formatDate(published.date, locale, messages) : source.published,
        datetime: published?.ok ? isoForTimeElement(published.date) : undefined,
      });
    }
    const paragraphs = (event.summary ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    // A place is data joined by a comma: the comma of the data's language ("Darkush, Idlib" in an Arabic card).
    const place = event.place ? formatPlace(event.place, textLang ? messagesFor(textLang) : messages) : '';
    const level =
      Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6
        ? this.headingLevel
        : 3;
    return {
      chrome: {
        level,
        separator: messages.separator,
        comma: messages.comma,
        actors: messages.actors,
        sources: messages.sources,
        opensInNewTab: messages.opensInNewTab,
      },
      date: formatDate(event.time, locale, messages),
      datetime: isoForTimeElement(event.time),
      title: event.title,
      textLang,
      place: place || undefined,
      category: event.category ? categoryLabel(messages, event.category) : undefined,
      actors,
      paragraphs: this.compact ? paragraphs.slice(0, 1) : paragraphs,
      fatalities: event.fatalities ? describeFatalities(event.fatalities, locale, messages) : undefined,
      moreActors: hidden
        ? messages.moreActors(formatNumber(hidden, locale), plurals(locale).select(hidden) as PluralCategory)
        : undefined,
      claim: event.claimedBy ? messages.claimedBy(isolate(event.claimedBy)) : undefined,
      sources,
      sourcesSummary: messages.sourcesWithCount(formatNumber(sources.length, locale)),
    };
  }

  private readonly _retry = () => {
    this._loader.timeoutSeconds = srcTimeoutSeconds(this.srcTimeout);
    this._loader.retry();
  };

  protected override render() {
    const view = this._view;
    switch (view.kind) {
      case 'empty':
        return nothing;
      case 'loading':
        return html`<article part="base" class="base" aria-busy="true">
          <p part="status" class="status">${view.text}</p>
        </article>`;
      case 'error':
        return html`<article part="base" class="base">
          <p part="status" class="status error">${view.text}</p>
          ${
            view.retry
              ? html`<button type="button" part="retry" class="retry" @click=${this._retry}>
                  ${view.retry}
                </button>`
              : nothing
          }
        </article>`;
      case 'event':
        return this._renderEvent(view.event);
    }
  }

  private _renderEvent(e: EventView) {
    const { chrome } = e;
    const sourceItems = html`<ul>
      ${keyedList(
        e.sources,
        (s) => s.key,
        (s) =>
          html`<li>
            <cite class="source-title text" lang=${ifDefined(e.textLang)}
              >${
                s.href
                  ? html`<a href=${s.href} target="_blank" rel="noopener noreferrer"
                      >${s.title ?? s.publisher}<span class="visually-hidden">
                        ${chrome.opensInNewTab}</span
                      ></a
                    >`
                  : (s.title ?? s.publisher)
              }</cite
            >
            ${
              s.title || s.date
                ? html`<span class="source-meta">
                    ${s.title ? html`<span class="text" lang=${ifDefined(e.textLang)}>${s.publisher}</span>` : nothing}
                    ${s.title && s.date ? html`<span aria-hidden="true">${chrome.separator}</span>` : nothing}
                    ${s.date ? html`<time datetime=${ifDefined(s.datetime)}>${s.date}</time>` : nothing}
                  </span>`
                : nothing
            }
          </li>`,
      )}
    </ul>`;
    return html`<article part="base" class="base" aria-labelledby="title">
      <header part="header" class="header">
        <p class="meta">
          <time part="date" class="date" datetime=${ifDefined(e.datetime)}>${e.date}</time>
          ${
            e.category
              ? html`<span aria-hidden="true">${chrome.separator}</span
                  ><span part="category" class="category">${e.category}</span>`
              : nothing
          }
        </p>
        ${heading(chrome.level, { id: 'title', part: 'title', class: 'title text', lang: e.textLang }, e.title)}
        ${e.place ? html`<p part="place" class="place text" lang=${ifDefined(e.textLang)}>${e.place}</p>` : nothing}
      </header>
      ${
        e.claim
          ? html`<p part="claim" class="claim">
              <svg viewBox="0 0 20 20" aria-hidden="true" fill="currentColor">
                <path d="M10 1.5 19 18H1L10 1.5Zm-1 6v5h2v-5H9Zm0 6.5v2h2v-2H9Z" />
              </svg>
              <span>${e.claim}</span>
            </p>`
          : nothing
      }
      ${
        e.actors.length
          ? html`<ul part="actors" class="actors" aria-label=${chrome.actors}>
              ${keyedList(
                e.actors,
                (a) => a.key,
                (a) =>
                  html`<li>
                    <actor-badge
                      .actor=${a.actor}
                      side=${a.side ?? ''}
                      color=${a.color ?? ''}
                      shape=${a.shape}
                      show-side
                      size=${this.compact ? 'small' : 'medium'}
                      theme=${ifDefined(this.theme)}
                    ></actor-badge>
                    ${
                      a.role
                        ? html`<span part="role" class="role"
                            ><span class="visually-hidden">${chrome.comma}</span>${a.role}</span
                          >`
                        : nothing
                    }
                  </li>`,
              )}
              ${e.moreActors ? html`<li class="more-actors">${e.moreActors}</li>` : nothing}
            </ul>`
          : nothing
      }
      ${
        e.paragraphs.length
          ? html`<div part="summary" class="summary" lang=${ifDefined(e.textLang)}>
              ${e.paragraphs.map((p) => html`<p class="text">${p}</p>`)}
            </div>`
          : nothing
      }
      ${e.fatalities ? html`<p part="fatalities" class="fatalities">${e.fatalities}</p>` : nothing}
      ${
        e.sources.length === 0
          ? nothing
          : this.compact
            ? html`<details part="sources" class="sources">
                <summary>${e.sourcesSummary}</summary>
                ${sourceItems}
              </details>`
            : html`<section part="sources" class="sources" aria-labelledby="sources-heading">
                ${heading(chrome.level + 1, { id: 'sources-heading', class: 'sources-heading' }, chrome.sources)}
                ${sourceItems}
              </section>`
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCard;
  }
}
