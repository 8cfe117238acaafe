/**
 * A page's first timeline is drawn with cold code: the browser compiles and tunes the element's
 * functions, parses its style sheets, prepares its templates and lays out its parts for the first
 * time, then draws. While the page is idle after the element is defined (before a `src` has come or a
 * script sets `data`), one timeline of a few events is drawn out of sight and removed, so that the
 * reader's timeline is drawn with warm code. It is inert, hidden from assistive technology, fetches
 * nothing (English strings, no parts loaded ahead) and its events do not leave it.
 */
import { ActorBadgeToggleEvent } from '../../events/actor-badge-toggle.js';
import { DataIssuesEvent } from '../../events/data-issues.js';
import { FilterChangeEvent } from '../../events/filter-change.js';
import { RangeChangeEvent } from '../../events/range-change.js';
import { SelectEvent } from '../../events/select.js';
import type { DatasetInput } from '../../core/types.js';

/** The timelines drawn only to warm the code: they load no part ahead (see LazyPartsController). */
export const warmUps = new WeakSet<Element>();

const EVENTS = [SelectEvent, RangeChangeEvent, FilterChangeEvent, DataIssuesEvent, ActorBadgeToggleEvent];

/** A few events with what real data has: exact, month and uncertain dates, a range, two sides. */
const SAMPLE: DatasetInput = {
  title: 'Warm-up',
  sides: [
    { id: 'a', label: 'Side A' },
    { id: 'b', label: 'Side B' },
  ],
  actors: [
    { id: 'x', name: 'Forces X', side: 'a' },
    { id: 'y', name: 'Group Y', side: 'b' },
  ],
  sources: [{ id: 's', title: 'A report', publisher: 'A wire', published: '2015-05-19' }],
  events: [
    { id: 'e1', date: '2014-01/2014-06-15', title: 'Fighting began', actors: [{ id: 'x' }], sources: ['s'] },
    { id: 'e2', date: '2014-03', title: 'A town was taken', actors: [{ id: 'y' }], sources: ['s'] },
    {
      id: 'e3',
      date: '[2014-06-08..2014-06-15]',
      title: 'A base fell',
      actors: [{ id: 'x' }, { id: 'y' }],
      sources: ['s'],
    },
    {
      id: 'e4',
      date: '2014-06-13',
      title: 'Air strikes',
      actors: [{ id: 'x' }],
      fatalities: { low: 20 },
      sources: ['s'],
    },
    { id: 'e5', date: '2015-04-25', title: 'A city was captured', actors: [{ id: 'y' }], sources: ['s'] },
    { id: 'e6', date: '2015-05-19', title: 'A siege ended', actors: [{ id: 'y' }], sources: ['s'] },
  ],
};

/**
 * Draws one `<conflict-timeline>` (the class registered as `tag`) out of sight, in a closed shadow root
 * of its own, and removes it after its first frame; whether it drew its marks. Not when a timeline in
 * the document has drawn its events already (nothing left to warm), nor outside a page. Never rejects.
 */
export async function warmUpTimeline(tag = 'conflict-timeline'): Promise<boolean> {
  let host: HTMLElement | undefined;
  try {
    if (typeof document === 'undefined' || !document.body) return false;
    // (A timeline waiting for its `src` has drawn only its loading state: the rest is still cold.)
    const drawn = (el: Element) =>
      el.shadowRoot?.querySelector('[part~="marker"], [part~="cluster"], [part~="entry"]');
    if ([...document.querySelectorAll(tag)].some(drawn)) return false;
    host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    host.inert = true;
    host.style.cssText =
      'position:fixed;left:-10000px;top:0;width:1000px;height:400px;visibility:hidden;pointer-events:none;contain:strict';
    const root = host.attachShadow({ mode: 'closed' });
    for (const { eventName } of EVENTS) root.addEventListener(eventName, (event) => event.stopPropagation());
    const timeline = document.createElement(tag) as HTMLElement & {
      data: unknown;
      updateComplete: Promise<unknown>;
    };
    warmUps.add(timeline);
    timeline.lang = 'en';
    timeline.style.cssText = 'display:block;width:1000px;height:400px';
    timeline.data = SAMPLE;
    root.append(timeline);
    document.body.append(host);
    await timeline.updateComplete;
    // The frame's style, layout and paint are part of what warms.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return timeline.shadowRoot?.querySelector('[part~="marker"]') != null;
  } catch {
    // (Nothing warmed: the reader's timeline is drawn as it would have been.)
    return false;
  } finally {
    host?.remove();
  }
}
