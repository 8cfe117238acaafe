import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells the host when the page is being printed (`beforeprint`/`afterprint`, and the `print` media
 * query for engines and tools that print without those events), so that it renders its print version
 * (the chronology as a dated list with sources) only then, not on every page view.
 */
export class PrintController implements ReactiveController {
  /** True from just before printing until just after. */
  printing = false;
  private readonly _host: ReactiveControllerHost;
  private _media?: MediaQueryList;

  constructor(host: ReactiveControllerHost) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('beforeprint', this._before);
    globalThis.addEventListener?.('afterprint', this._after);
    this._media = globalThis.matchMedia?.('print');
    this._media?.addEventListener?.('change', this._onMedia);
    if (this._media?.matches) this._before();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('beforeprint', this._before);
    globalThis.removeEventListener?.('afterprint', this._after);
    this._media?.removeEventListener?.('change', this._onMedia);
    this._media = undefined;
  }

  private _set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this._host.requestUpdate();
  }

  private _before = () => this._set(true);
  private _after = () => this._set(false);
  private _onMedia = (event: MediaQueryListEvent) => this._set(event.matches);
}
