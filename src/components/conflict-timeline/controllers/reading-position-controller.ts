import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which chronology entry the reader is at, as the page scrolls (narrow layout): the first entry in the
 * band from just under the sticky headings to the middle of the viewport. The scrubber's thumb follows
 * it. An `IntersectionObserver`, so scrolling costs nothing on the main thread.
 */
export class ReadingPositionController implements ReactiveController {
  /** The `data-event-id` of the entry being read. */
  current?: string;
  private readonly _host: ReactiveControllerHost & Element;
  private readonly _entries: () => Iterable<HTMLElement>;
  private _observer?: IntersectionObserver;
  private readonly _observed = new Set<Element>();
  private readonly _inBand = new Set<HTMLElement>();

  /** `entries` lists the entries rendered now, in time order. */
  constructor(host: ReactiveControllerHost & Element, entries: () => Iterable<HTMLElement>) {
    this._host = host;
    this._entries = entries;
    host.addController(this);
  }

  hostUpdated(): void {
    if (typeof IntersectionObserver !== 'function') return;
    const now = new Set(this._entries());
    if (now.size === 0 && !this._observer) return;
    // Under the sticky scrubber and headings (about 8rem) to half way down.
    this._observer ??= new IntersectionObserver(this._onIntersect, { rootMargin: '-128px 0px -50% 0px' });
    for (const el of this._observed) {
      if (!now.has(el as HTMLElement)) {
        this._observer.unobserve(el);
        this._observed.delete(el);
        this._inBand.delete(el as HTMLElement);
      }
    }
    for (const el of now) {
      if (!this._observed.has(el)) {
        this._observer.observe(el);
        this._observed.add(el);
      }
    }
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._observed.clear();
    this._inBand.clear();
  }

  private _onIntersect = (records: IntersectionObserverEntry[]): void => {
    for (const record of records) {
      const el = record.target as HTMLElement;
      if (record.isIntersecting) this._inBand.add(el);
      else this._inBand.delete(el);
    }
    let first: HTMLElement | undefined;
    for (const el of this._inBand) {
      if (!first || first.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) first = el;
    }
    const id = first?.dataset.eventId;
    if (id !== undefined && id !== this.current) {
      this.current = id;
      this._host.requestUpdate();
    }
  };
}
