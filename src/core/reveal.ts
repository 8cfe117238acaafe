/**
 * Where the window goes so that the selected event is in view, and drawn on its own rather than
 * inside a cluster.
 */
import type { TimeScale } from './time-scale.js';
import { type TimelineIndex } from './timeline-index.js';
import { layoutFrame, type LaneBox, type TrackMetrics } from './timeline-layout.js';
import { clampView, viewOf, zoomView, type View } from './viewport.js';

/** Share of the window kept free at either edge around a revealed event. */
const EDGE = 0.08;

/**
 * A window that shows `start..end` (ms): the same window when the span is already well inside it;
 * else one of the same zoom centred on it; a span too long for the window gets a window that fits it.
 */
export function windowAround(scale: TimeScale, view: View, start: number, end: number): View {
  const x0 = scale.scale(start);
  const x1 = scale.scale(end + 1);
  const span = view.x1 - view.x0;
  const edge = span * EDGE;
  if (x0 >= view.x0 + edge && x1 <= view.x1 - edge) return view;
  if (x1 - x0 > span * (1 - 2 * EDGE)) {
    const margin = (x1 - x0) * EDGE;
    return clampView(scale, viewOf(scale, scale.invert(x0 - margin), scale.invert(x1 + margin), view.width));
  }
  const middle = (x0 + x1) / 2;
  const next = clampView(scale, { x0: middle - span / 2, x1: middle + span / 2, width: view.width });
  // Clamped back to where it was (the whole period in view): the same window, not a rounding away from it.
  const same = Math.abs(next.x0 - view.x0) < span * 1e-9 && Math.abs(next.x1 - view.x1) < span * 1e-9;
  return same ? view : next;
}

export interface RevealOptions {
  /** Zoom factor per step. Default 1.5. */
  factor?: number;
  /** At most this many zoom steps. Default 12. */
  maxSteps?: number;
  /** The track's metrics, as given to `layoutFrame`. */
  metrics?: TrackMetrics;
  /** The narrowest window (ms) zooming may reach: the data's finest precision (`minSpanFor`). */
  minSpan?: number;
}

/**
 * The window in which event `id` of `index` is in view and drawn as its own marker: first
 * {@link windowAround} it, then, while it is still inside a cluster, zoomed in around it a step at a
 * time. When no zoom within `maxSteps` separates it (events on the very same day), the centred
 * window: zooming would only lose the context.
 */
export function revealEvent(
  index: TimelineIndex,
  scale: TimeScale,
  view: View,
  boxes: readonly LaneBox[],
  id: string,
  options: RevealOptions = {},
): View {
  const i = index.events.findIndex((e) => e.id === id);
  if (i < 0) return view;
  const start = index.starts[i];
  const end = index.ends[i];
  const centred = windowAround(scale, view, start, end);
  const factor = options.factor ?? 1.5;
  const shows = (v: View) =>
    layoutFrame(index, scale, v, boxes, options.metrics).items.some(
      (item) => item.kind === 'marker' && item.key === id,
    );
  let candidate = centred;
  for (let step = 0; step <= (options.maxSteps ?? 12); step++) {
    if (shows(candidate)) return candidate;
    const anchor =
      (((scale.scale(start) + scale.scale(end + 1)) / 2 - candidate.x0) * candidate.width) /
      (candidate.x1 - candidate.x0);
    const next = windowAround(
      scale,
      zoomView(scale, candidate, factor, anchor, { minSpan: options.minSpan }),
      start,
      end,
    );
    if (next.x1 - next.x0 >= candidate.x1 - candidate.x0) break; // cannot zoom any further
    candidate = next;
  }
  return centred;
}
