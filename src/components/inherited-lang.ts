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
