/**
 * A page's first timeline is drawn with cold code: the browser compiles and tunes the element's
 * functions, parses its style sheets, prepares its templates and lays out its parts for the first
 * time, then draws. While the page is idle after the element is defined (before a `src` has come or a
 * script sets `data`), one timeline of a few events is drawn out of sight and removed, so that the
 * reader's timeline is drawn with warm code. It is inert, hidden from assistive technology, fetches
 * nothing (English strings, no parts loaded ahead), dispatches no event (its data has no issue, and no
 * one reads or selects it) and writes nothing to the console. It costs one render of a few events,
 * once per page; a page that has no timeline yet pays it only in a long idle period (and pays it even
 * if no timeline comes).
 */
import type { DatasetInput } from '../../core/types.js';

/** The timelines drawn only to warm the code: they load no part ahead (see LazyPartsController). */
export const warmUps = new WeakSet<Element>();

/** Whether a timeline has drawn its events (a timeline waiting for its `src` has drawn only its loading state). */
const drawnEvents = (el: Element) =>
  el.shadowRoot?.querySelector('[part~="marker"], [part~="cluster"], [part~="entry"]') != null;

/** An idle period this long (ms) is one a page with nothing else to do gets (at most 50). */
const LONG_IDLE_MS = 40;

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
    // (A hidden tab draws no frames: the timeline would stay in the page until it is shown.)
    if (typeof document === 'undefined' || !document.body || document.visibilityState === 'hidden')
      return false;
    if ([...document.querySelectorAll(tag)].some(drawnEvents)) return false;
    host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    host.inert = true;
    host.style.cssText =
      'position:fixed;left:-10000px;top:0;width:1000px;height:400px;visibility:hidden;pointer-events:none;contain:strict';
    const root = host.attachShadow({ mode: 'closed' });
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
    // The frame's style, layout and paint are part of what warms (a frame that does not come in time
    // is not waited for).
    await new Promise((resolve) => {
      requestAnimationFrame(resolve);
      setTimeout(resolve, 100);
    });
    return drawnEvents(timeline);
  } catch {
    // (Nothing warmed: the reader's timeline is drawn as it would have been.)
    return false;
  } finally {
    host?.remove();
  }
}

let scheduled: Promise<boolean> | undefined;

/**
 * {@link warmUpTimeline} once the page is idle, in browsers with `requestIdleCallback`; whether it
 * warmed. In the first idle period when a timeline in the page waits for its data; otherwise in the
 * first long one (tried in up to `tries` idle periods a quarter of a second apart, then given up).
 * One run per page: every call gives the same promise.
 */
export function warmUpWhenIdle(tag = 'conflict-timeline', tries = 8): Promise<boolean> {
  scheduled ??= new Promise<boolean>((resolve) => {
    if (typeof requestIdleCallback !== 'function') return resolve(false);
    let left = tries;
    const attempt = (deadline: IdleDeadline) => {
      // A timeline in the page that waits for its data will be drawn cold otherwise: any idle moment
      // will do. With none yet, only a page at rest pays for a timeline that may never come.
      const waiting = typeof document !== 'undefined' && document.querySelector(tag) !== null;
      if (waiting || deadline.timeRemaining() >= LONG_IDLE_MS) resolve(warmUpTimeline(tag));
      // (A short idle period between frames: a moment later the page may be at rest.)
      else if (--left > 0) setTimeout(() => requestIdleCallback(attempt), 250);
      else resolve(false);
    };
    requestIdleCallback(attempt);
  });
  return scheduled;
}
