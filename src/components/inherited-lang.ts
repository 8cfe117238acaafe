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

/**
 * Updates its host when a `lang` or `dir` attribute changes on the host or in the page: a language
 * switcher that sets `<html lang="ar" dir="rtl">` after the element was drawn should redraw it in the
 * new language and direction (the host reads both with each update). The page is watched from its root
 * element; mutations inside shadow roots (the elements' own) are not seen there, so zooming costs
 * nothing. An ancestor inside another component's shadow root is not watched: its host is.
 */
export class LangController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof MutationObserver !== 'function') return;
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang', 'dir'] };
    this.observer.observe(this.host, options);
    const page = this.host.ownerDocument.documentElement;
    if (page) this.observer.observe(page, { ...options, subtree: true });
    // Reparented while away: read the language and direction where it is now.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
