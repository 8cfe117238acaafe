import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells the host when the page is being printed (`beforeprint`/`afterprint`, and the `print` media
 * query for engines and tools that print without those events), so that it renders its print version
 * (the chronology as a dated list with sources) only then, not on every page view.
 */
export class PrintController implements ReactiveController {
  /** True from just before printing until just after. */
  printing = false;
  readonly #host: ReactiveControllerHost;
  #media?: MediaQueryList;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('beforeprint', this.#before);
    globalThis.addEventListener?.('afterprint', this.#after);
    this.#media = globalThis.matchMedia?.('print');
    this.#media?.addEventListener?.('change', this.#onMedia);
    if (this.#media?.matches) this.#before();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('beforeprint', this.#before);
    globalThis.removeEventListener?.('afterprint', this.#after);
    this.#media?.removeEventListener?.('change', this.#onMedia);
    this.#media = undefined;
  }

  #set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.#host.requestUpdate();
  }

  #before = () => this.#set(true);
  #after = () => this.#set(false);
  #onMedia = (event: MediaQueryListEvent) => this.#set(event.matches);
}
