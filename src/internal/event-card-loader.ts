/**
 * `<event-card>` is defined the first time it is needed (a timeline shows a selected event or prints,
 * or the embed finds one in the page), not before the first paint: it is a chunk of its own in the
 * embed. One load for the page, shared by every element; a failed load can be tried again.
 */
let load: Promise<void> | undefined;

export function loadEventCard(): Promise<void> {
  if (typeof customElements !== 'undefined' && customElements.get('event-card')) return Promise.resolve();
  load ??= import('../components/event-card/define.js').then(
    () => undefined,
    (error: unknown) => {
      load = undefined;
      throw error;
    },
  );
  return load;
}

/**
 * Defines `tag` (with `load`) as soon as the page has such an element: one in the document now, or
 * one added to it later. Elements inside other shadow roots are not seen; a page that puts them there
 * imports the element's module itself (or waits for `customElements.whenDefined`).
 */
export function defineOnFirstUse(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const observer = new MutationObserver((records) => {
    if (customElements.get(tag)) return observer.disconnect();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.localName === tag || node.querySelector(tag))) return start();
      }
    }
  });
  const start = () => {
    observer.disconnect();
    load().catch((error: unknown) => console.error(`conflict-timeline: <${tag}> could not be loaded`, error));
  };
  if (document.querySelector(tag)) return start();
  observer.observe(document, { childList: true, subtree: true });
}
