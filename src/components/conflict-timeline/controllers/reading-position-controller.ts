import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which chronology entry the reader is at, as the page scrolls (narrow layout): the first entry in the
 * band from just under the sticky headings to the middle of the viewport. The scrubber's thumb follows
 * it. An `IntersectionObserver`, so scrolling costs nothing on the main thread.
 */
export class ReadingPositionController implements ReactiveController {
  /** The `data-event-id` of the entry being read. */
  current?: string;
  readonly #host: ReactiveControllerHost & Element;
  readonly #entries: () => Iterable<HTMLElement>;
  #observer?: IntersectionObserver;
  readonly #observed = new Set<Element>();
  readonly #inBand = new Set<HTMLElement>();

  /** `entries` lists the entries rendered now, in time order. */
  constructor(host: ReactiveControllerHost & Element, entries: () => Iterable<HTMLElement>) {
    this.#host = host;
    this.#entries = entries;
    host.addController(this);
  }

  hostUpdated(): void {
    if (typeof IntersectionObserver !== 'function') return;
    const now = new Set(this.#entries());
    if (now.size === 0 && !this.#observer) return;
    // Under the sticky scrubber and headings (about 8rem) to half way down.
    this.#observer ??= new IntersectionObserver(this.#onIntersect, { rootMargin: '-128px 0px -50% 0px' });
    for (const el of this.#observed) {
      if (!now.has(el as HTMLElement)) {
        this.#observer.unobserve(el);
        this.#observed.delete(el);
        this.#inBand.delete(el as HTMLElement);
      }
    }
    for (const el of now) {
      if (!this.#observed.has(el)) {
        this.#observer.observe(el);
        this.#observed.add(el);
      }
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed.clear();
    this.#inBand.clear();
  }

  #onIntersect = (records: IntersectionObserverEntry[]): void => {
    for (const record of records) {
      const el = record.target as HTMLElement;
      if (record.isIntersecting) this.#inBand.add(el);
      else this.#inBand.delete(el);
    }
    let first: HTMLElement | undefined;
    for (const el of this.#inBand) {
      if (!first || first.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) first = el;
    }
    const id = first?.dataset.eventId;
    if (id !== undefined && id !== this.current) {
      this.current = id;
      this.#host.requestUpdate();
    }
  };
}
