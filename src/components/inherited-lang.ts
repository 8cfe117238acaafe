import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The language an element is in: its own `lang` attribute or the nearest ancestor's, looking through
 * shadow roots to their hosts (an `<event-card>` inside a `<conflict-timeline>` takes the page's
 * language). `undefined` when no ancestor says; `""` (HTML's "unknown language") is returned as is.
 */
export function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return undefined;
}

/** The attributes an element's language and direction come from. */
export const LANG_ATTRIBUTES = ['lang', 'dir'];

/** The connected elements that read an inherited language, and the one observer that watches pages for them. */
const readers = new Set<ReactiveControllerHost>();
const watchedPages = new WeakSet<Element>();
let pageObserver: MutationObserver | undefined;

/** A `lang` or `dir` changed: every element re-reads its own (one change can reach any of them). */
export function languageChanged(): void {
  for (const host of readers) host.requestUpdate();
}

/**
 * Updates its host when a `lang` or `dir` attribute changes in the page after the host was drawn: a
 * language switcher that sets `<html lang="ar" dir="rtl">` should redraw the elements in the new
 * language and direction (they read both with each update). One observer serves all elements: it
 * watches each page from its root element, for those two attributes only, and mutations inside shadow
 * roots (the elements' own) are not seen, so zooming costs nothing. An element inside another
 * component's shadow root hears a change on its own attribute (see `languageChanged`), not on that
 * component's inner ancestors.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    readers.add(this.host);
    const page = this.host.ownerDocument.documentElement;
    if (page && !watchedPages.has(page) && typeof MutationObserver === 'function') {
      pageObserver ??= new MutationObserver(languageChanged);
      pageObserver.observe(page, { attributes: true, attributeFilter: LANG_ATTRIBUTES, subtree: true });
      watchedPages.add(page);
    }
    // Moved while away: read the language and direction where it is now.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    readers.delete(this.host);
  }
}
