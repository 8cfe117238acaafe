import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { eventIdFromHash, hashWithEventId } from '../../../core/url-hash.js';

/** The part of `<conflict-timeline>` the hash link needs. */
export interface HashLinkHost extends ReactiveControllerHost {
  /** Mirror the selection in `location.hash` (the `link-hash` attribute). */
  linkHash: boolean;
}

/**
 * The selection in the page's URL (`#event=<id>`, other `&`-separated keys kept), for `link-hash`:
 * each selection the reader makes is a new history entry, so Back and Forward step through them (as
 * TimelineJS's hash bookmarks do), and opening a URL with the hash opens on its event.
 */
export class HashLinkController implements ReactiveController {
  private readonly _host: HashLinkHost;
  private readonly _navigate: (id: string | undefined) => void;
  /** The id the hash held when last read or written: `hashchange` and `popstate` both come for one step. */
  private _seen?: string;

  /** `navigate` hears of an id the reader reached with Back, Forward or a link (`undefined`: none). */
  constructor(host: HashLinkHost, navigate: (id: string | undefined) => void) {
    this._host = host;
    this._navigate = navigate;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('hashchange', this._onNavigate);
    globalThis.addEventListener?.('popstate', this._onNavigate);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('hashchange', this._onNavigate);
    globalThis.removeEventListener?.('popstate', this._onNavigate);
  }

  /** The event id in the URL now; `undefined` without `link-hash`. */
  read(): string | undefined {
    if (!this._host.linkHash || typeof location === 'undefined') return undefined;
    this._seen = eventIdFromHash(location.hash);
    return this._seen;
  }

  /** Puts `id` (or no event) in the URL as a new history entry, unless it is there already. */
  write(id: string | undefined): void {
    if (!this._host.linkHash || typeof location === 'undefined') return;
    this._seen = id;
    const hash = hashWithEventId(location.hash, id);
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    try {
      // `history.state` is kept: the page's router may keep its own there.
      history.pushState(history.state, '', hash || `${location.pathname}${location.search}`);
    } catch {
      // A sandboxed frame may refuse; the selection still works without the link.
    }
  }

  private _onNavigate = (): void => {
    if (!this._host.linkHash) return;
    const id = eventIdFromHash(location.hash);
    if (id === this._seen) return;
    this._seen = id;
    this._navigate(id);
  };
}
