import {
  supportsAdoptingStyleSheets,
  type CSSResult,
  type ReactiveController,
  type ReactiveElement,
} from 'lit';
import { LazyModule } from '../../../internal/lazy-module.js';
import { loadMessages, messagesReady } from '../../../core/messages.js';
import { warmUps } from '../warm-up.js';

/** How the parts the first paint does not need are loaded (a test may make one fail). */
export const partLoaders = {
  reading: () => import('../layouts/reading.js'),
  /** The detail panel with `<event-card>` (the selected event; print's cards). */
  detail: () => import('../parts/detail-panel.js').then(async (module) => (await module.ready, module)),
  messages: loadMessages,
};

type Reading = Awaited<ReturnType<typeof partLoaders.reading>>;
type Detail = Awaited<ReturnType<typeof partLoaders.detail>>;

/**
 * The timeline's parts that load on first need, from files beside the embed: the narrow and print
 * layouts, the detail panel with `<event-card>` (the selected event) and interface strings in another language than
 * English. Each redraws the element when it comes (or fails: the element says why and keeps working
 * with what it has); `loading` is what `updateComplete` waits for.
 */
export class LazyPartsController implements ReactiveController {
  readonly reading: LazyModule<Reading>;
  readonly detail: LazyModule<Detail>;
  private _messages?: { lang: string; module: LazyModule<void> };
  private _idle?: { cancel(): void };

  /** `drawn`: whether the host has drawn its data (what print needs is fetched only after that). */
  constructor(
    private readonly _host: ReactiveElement,
    private readonly _drawn: () => boolean,
  ) {
    const update = () => this._host.requestUpdate();
    const addOwnStyles = (module: { styles: CSSResult[] }) => addStyles(this._host.renderRoot, module.styles);
    this.reading = new LazyModule(() => partLoaders.reading(), update, addOwnStyles);
    this.detail = new LazyModule(() => partLoaders.detail(), update, addOwnStyles);
    _host.addController(this);
  }

  hostUpdated(): void {
    // Print cannot wait for a file once the page prints: its parts come when the page is idle after
    // the first paint (not before it: a page waiting for its data is idle too).
    if (this._idle || !this._drawn() || warmUps.has(this._host)) return;
    const prefetch = () => {
      this.reading.prefetch();
      this.detail.prefetch();
    };
    // A second after the first paint, not at once: the frames right after it are the reader's
    // first scroll, which the chunks' compiling would hold up.
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(prefetch, { timeout: 3000 });
      else prefetch();
    }, 1000);
    this._idle = {
      cancel: () => {
        clearTimeout(timer);
        if (idle !== undefined) cancelIdleCallback(idle);
      },
    };
  }

  hostDisconnected(): void {
    this._idle?.cancel();
    this._idle = undefined;
  }

  /**
   * Whether the strings for `lang` are there (loading them if not). While they load the element shows
   * nothing in English that would switch to Arabic a moment later; if they fail it stays in English.
   */
  messages(lang: string | undefined): 'ready' | 'loading' | 'failed' {
    if (messagesReady(lang)) return 'ready';
    const key = lang ?? '';
    if (this._messages?.lang !== key) {
      this._messages = {
        lang: key,
        module: new LazyModule(
          () => partLoaders.messages(lang),
          () => this._host.requestUpdate(),
        ),
      };
    }
    const module = this._messages.module;
    module.get();
    return module.failure !== undefined ? 'failed' : messagesReady(lang) ? 'ready' : 'loading';
  }

  /** Settles when the loads under way do. */
  get loading(): Promise<unknown> | undefined {
    const loads = [this.reading.loading, this.detail.loading, this._messages?.module.loading].filter(Boolean);
    return loads.length ? Promise.all(loads) : undefined;
  }
}

/** Adds styles to a shadow root after its first render (a part's styles that came with it). */
function addStyles(root: HTMLElement | DocumentFragment, styles: CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  if (supportsAdoptingStyleSheets) {
    const sheets = styles.map((s) => s.styleSheet).filter((s): s is CSSStyleSheet => !!s);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    return;
  }
  for (const style of styles) {
    const element = document.createElement('style');
    element.textContent = style.cssText;
    root.appendChild(element);
  }
}
