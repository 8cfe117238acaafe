/**
 * Registers a custom element unless its tag is already taken: a news page may load two embeds
 * (two articles, two versions) and the second must not throw. The first registration wins.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
