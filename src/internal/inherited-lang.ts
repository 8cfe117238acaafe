import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The language an element is in: its own `lang` attribute or the nearest ancestor's, looking through
 * shadow roots to their hosts (an `<event-card>` inside a `<conflict-timeline>` takes the page's
 * language). `undefined` when no ancestor says; `""` (HTML's "unknown language") is returned as is.
 */
/** Longer than any BCP 47 tag a page would use (`zh-Hant-TW-u-ca-chinese-nu-hanidec` is 35). */
export const MAX_LANG_LENGTH = 64;

export function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    // A tag longer than any language tag is no language ("" is HTML's "unknown"): it would reach every
    // formatter's cache key.
    if (lang !== null) return lang.length > MAX_LANG_LENGTH ? '' : lang;
    node = node.parentElement ?? shadowHost(node);
  }
  return undefined;
}

/**
 * The host of the shadow root `node` is in, or `null`. Server rendering (`@lit-labs/ssr`) has no
 * `ShadowRoot` and its elements no tree: an element there reads only its own `lang`.
 */
function shadowHost(node: Node): Element | null {
  if (typeof ShadowRoot === 'undefined' || typeof node.getRootNode !== 'function') return null;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The attributes an element's language and direction come from. */
export const LANG_ATTRIBUTES = ['lang', 'dir'];

type Reader = ReactiveControllerHost & Element;

/**
 * The connected elements that read an inherited language, by document (an element can be moved into
 * an iframe's; a document that goes lets its readers go), and the one observer that watches pages.
 */
const readers = new WeakMap<Document, Set<Reader>>();
const watchedPages = new WeakSet<Element>();
let pageObserver: MutationObserver | undefined;

/** Whether `reader` is `node` or inside it, looking through shadow roots to their hosts. */
function isWithin(reader: Element, node: Node): boolean {
  for (let at: Element | null = reader; at; at = shadowHost(at)) {
    if (node.contains(at)) return true;
  }
  return false;
}

/**
 * `lang` or `dir` changed on `node`: the elements it holds (itself included, and inside shadow roots)
 * re-read theirs. Nothing else is touched: a page that sets `dir` on an input as the reader types
 * redraws nothing here.
 */
export function languageChanged(node: Element): void {
  for (const reader of readers.get(node.ownerDocument) ?? []) {
    if (isWithin(reader, node)) reader.requestUpdate();
  }
}

function onPageMutations(records: MutationRecord[]): void {
  for (const { target, attributeName, oldValue } of records) {
    // Set to the value it had: nothing to redraw.
    if (attributeName && oldValue !== (target as Element).getAttribute(attributeName)) {
      languageChanged(target as Element);
    }
  }
}

/**
 * Updates its host when a `lang` or `dir` attribute changes in the page after the host was drawn: a
 * language switcher that sets `<html lang="ar" dir="rtl">` should redraw the elements in the new
 * language and direction (they read the language with each update, and `<conflict-timeline>` sees a
 * changed direction by `:dir()`). One observer serves all elements: it
 * watches each page from its root element, for those two attributes only, and mutations inside shadow
 * roots (the elements' own) are not seen, so zooming costs nothing. An ancestor inside another
 * component's shadow root is not watched (an element hears a change on its own attribute: see
 * `<conflict-timeline>`'s `attributeChangedCallback`).
 */
export class LangController implements ReactiveController {
  /** The document the host was registered with while connected. */
  private _page?: Document;

  constructor(private readonly _host: Reader) {
    _host.addController(this);
  }

  hostConnected(): void {
    const page = this._host.ownerDocument;
    this._page = page;
    let set = readers.get(page);
    if (!set) readers.set(page, (set = new Set()));
    set.add(this._host);
    const root = page.documentElement;
    if (root && !watchedPages.has(root) && typeof MutationObserver === 'function') {
      pageObserver ??= new MutationObserver(onPageMutations);
      pageObserver.observe(root, {
        attributes: true,
        attributeFilter: LANG_ATTRIBUTES,
        attributeOldValue: true,
        subtree: true,
      });
      watchedPages.add(root);
    }
    // Moved while away: read the language and direction where it is now.
    this._host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this._page) readers.get(this._page)?.delete(this._host);
    this._page = undefined;
  }
}
