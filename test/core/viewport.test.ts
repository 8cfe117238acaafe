import { expect } from '@open-wc/testing';
import { binCounts, calendarBucketEdges, pixelBinEdges } from '../../src/core/density.js';
import { createTimeScale } from '../../src/core/time-scale.js';
import {
  createSpanIndex,
  fullView,
  limitView,
  minSpanFor,
  panView,
  toPixel,
  viewOf,
  visibleCount,
  visibleLongPositions,
  visiblePositions,
  windowOf,
  zoomView,
} from '../../src/core/viewport.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2015, 0, 1);

/** n one-day events, one per day from 1 January 2015. */
function daily(n: number) {
  const starts = Float64Array.from({ length: n }, (_, i) => T0 + i * DAY);
  const ends = starts.map((s) => s + DAY - 1);
  return { starts, ends, ids: Uint32Array.from({ length: n }, (_, i) => i) };
}

/** A linear scale over the days, `width` px, no padding. */
function linear(starts: Float64Array, ends: Float64Array, width = 1000) {
  return createTimeScale(starts, ends, { width, padding: 0, gaps: 'off' });
}

describe('views', () => {
  const { starts, ends } = daily(100);
  const scale = linear(starts, ends);

  it('viewOf and windowOf are inverse', () => {
    const view = viewOf(scale, T0 + 10 * DAY, T0 + 20 * DAY, 800);
    const [a, b] = windowOf(scale, view);
    expect(a).to.be.closeTo(T0 + 10 * DAY, 1);
    expect(b).to.be.closeTo(T0 + 20 * DAY, 1);
    expect(toPixel(view, scale.scale(T0 + 15 * DAY))).to.be.closeTo(400, 1e-6);
  });

  it('zoomView keeps the time under the anchor in place', () => {
    const view = fullView(scale);
    const anchor = 250;
    const before = scale.invert(view.x0 + (anchor / view.width) * (view.x1 - view.x0));
    const zoomed = zoomView(scale, view, 2, anchor);
    expect(zoomed.x1 - zoomed.x0).to.be.closeTo((view.x1 - view.x0) / 2, 1e-6);
    expect(toPixel(zoomed, scale.scale(before))).to.be.closeTo(anchor, 1e-6);
  });

  it('zoomView does not zoom out past the full view nor in past the smallest span', () => {
    const view = fullView(scale);
    expect(zoomView(scale, view, 0.1).x1 - zoomView(scale, view, 0.1).x0).to.be.closeTo(scale.width, 1e-6);
    let v = view;
    for (let i = 0; i < 100; i++) v = zoomView(scale, v, 4, 500, { minSpan: 3_600_000 });
    const [a, b] = windowOf(scale, v);
    expect(b - a).to.be.closeTo(3_600_000, 1000);
  });

  it('minSpanFor is two units of the data’s finest precision', () => {
    expect(minSpanFor('day')).to.equal(2 * DAY);
    expect(minSpanFor('minute')).to.equal(120_000);
    expect(minSpanFor('second')).to.equal(2000);
    expect(minSpanFor('millisecond')).to.equal(2000);
    expect(minSpanFor('month') / DAY).to.be.closeTo(60.9, 0.1);
    expect(minSpanFor('year') / DAY).to.be.closeTo(730.5, 0.1);
  });

  it('zoomView stops at two days for day-only data, wherever the anchor is', () => {
    for (const anchor of [0, 333, 1000]) {
      let v = fullView(scale);
      for (let i = 0; i < 100; i++) v = zoomView(scale, v, 1.5, anchor, { minSpan: minSpanFor('day') });
      const [a, b] = windowOf(scale, v);
      expect(b - a, `anchor ${anchor}`).to.be.closeTo(2 * DAY, 1000);
    }
  });

  it('limitView widens a narrower window around its middle, and keeps a wider one', () => {
    const hour = viewOf(scale, T0 + 40 * DAY, T0 + 40 * DAY + 3_600_000, 1000);
    const widened = limitView(scale, hour, { minSpan: minSpanFor('day') });
    const [a, b] = windowOf(scale, widened);
    expect(b - a).to.be.closeTo(2 * DAY, 1000);
    expect((a + b) / 2).to.be.closeTo(T0 + 40 * DAY + 1_800_000, 1000);
    const week = viewOf(scale, T0 + 40 * DAY, T0 + 47 * DAY, 1000);
    expect(limitView(scale, week, { minSpan: minSpanFor('day') })).to.equal(week);
    // At the first day, the window stays inside the data.
    const start = limitView(scale, viewOf(scale, T0, T0 + 3_600_000, 1000), { minSpan: minSpanFor('day') });
    expect(start.x0).to.equal(0);
    expect(windowOf(scale, start)[1] - T0).to.be.closeTo(2 * DAY, 1000);
  });

  it('panView moves the window and stops at the ends', () => {
    const half = viewOf(scale, T0, T0 + 50 * DAY, 1000);
    const moved = panView(scale, half, 100);
    expect(moved.x0 - half.x0).to.be.closeTo(50, 1e-6);
    const last = panView(scale, half, Infinity);
    expect(last.x1).to.be.closeTo(scale.width, 1e-6);
    expect(last.x1 - last.x0).to.be.closeTo(half.x1 - half.x0, 1e-6);
    const first = panView(scale, half, -Infinity);
    expect(first.x0).to.equal(0);
    expect(first.x1).to.be.closeTo(half.x1 - half.x0, 1e-6);
    expect(panView(scale, half, NaN)).to.deep.equal(half);
  });
});

describe('visiblePositions', () => {
  it('finds the events that overlap a window, in start order', () => {
    const { starts, ends, ids } = daily(1000);
    const index = createSpanIndex(ids, starts, ends, 31 * DAY);
    const got = visiblePositions(index, T0 + 10 * DAY + 1, T0 + 12 * DAY);
    expect(got).to.deep.equal([10, 11, 12]);
    expect(visiblePositions(index, T0 - 10 * DAY, T0 - DAY)).to.deep.equal([]);
    expect(visibleCount(index, T0 + 10 * DAY + 1, T0 + 12 * DAY)).to.equal(3);
  });

  it('finds ranges longer than the window, which start long before it', () => {
    const starts = Float64Array.from([T0, T0 + 5 * DAY, T0 + 400 * DAY, T0 + 401 * DAY]);
    const ends = Float64Array.from([T0 + 1000 * DAY, T0 + 6 * DAY, T0 + 400 * DAY + 5, T0 + 401 * DAY + 5]);
    const index = createSpanIndex(Uint32Array.from([0, 1, 2, 3]), starts, ends, 31 * DAY);
    expect(Array.from(index.long)).to.deep.equal([0]);
    expect(visiblePositions(index, T0 + 400 * DAY, T0 + 400 * DAY + 10)).to.deep.equal([0, 2]);
    expect(visibleCount(index, T0 + 400 * DAY, T0 + 400 * DAY + 10)).to.equal(2);
    expect(visibleLongPositions(index, T0 + 400 * DAY, T0 + 400 * DAY + 10)).to.deep.equal([0]);
    expect(visiblePositions(index, T0 + 2000 * DAY, T0 + 2001 * DAY)).to.deep.equal([]);
  });

  it('agrees with a linear scan on random spans', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const n = 2000;
    const pairs = Array.from({ length: n }, () => {
      const s = T0 + Math.floor(rnd() * 1000) * DAY;
      return [s, s + (rnd() < 0.05 ? rnd() * 300 : rnd() * 3) * DAY] as const;
    }).sort((a, b) => a[0] - b[0]);
    const starts = Float64Array.from(pairs, (p) => p[0]);
    const ends = Float64Array.from(pairs, (p) => p[1]);
    const index = createSpanIndex(
      Uint32Array.from({ length: n }, (_, i) => i),
      starts,
      ends,
      31 * DAY,
    );
    for (let k = 0; k < 50; k++) {
      const a = T0 + rnd() * 1100 * DAY;
      const b = a + rnd() * 50 * DAY;
      const expected = [];
      for (let i = 0; i < n; i++) if (starts[i] <= b && ends[i] >= a) expected.push(i);
      expect(visiblePositions(index, a, b)).to.deep.equal(expected);
      expect(visibleCount(index, a, b)).to.equal(expected.length);
      expect(visibleLongPositions(index, a, b)).to.deep.equal(expected.filter((i) => index.isLong[i]));
    }
  });
});

describe('density', () => {
  it('binCounts counts sorted starts per bin', () => {
    expect(Array.from(binCounts([1, 2, 2, 5, 9], [0, 2, 5, 10]))).to.deep.equal([1, 2, 2]);
    expect(Array.from(binCounts([], [0, 1]))).to.deep.equal([0]);
  });

  it('binCounts agrees with a count by brute force, for bins of any fill (the search gallops)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const n of [1, 10, 1000, 20000]) {
      const starts = Float64Array.from({ length: n }, () => Math.floor(rnd() * 1000)).sort();
      const edges = [-5, 0, 0.5, 1, 3, 3, 7, 100, 101, 400, 999, 1000, 2000];
      const brute = edges.slice(1).map((e, i) => starts.filter((s) => s >= edges[i] && s < e).length);
      expect(Array.from(binCounts(starts, edges))).to.deep.equal(brute);
    }
  });

  it('pixel bins cover the view; their counts add up to the events in view', () => {
    const { starts, ends } = daily(365);
    const scale = linear(starts, ends, 730);
    const view = fullView(scale);
    const edges = pixelBinEdges(scale, view, 2);
    expect(edges.length).to.equal(366);
    const total = binCounts(starts, edges).reduce((a, b) => a + b, 0);
    expect(total).to.equal(365);
  });

  it('calendar buckets of whole days, however far in the view is: a day’s events are drawn over the day', () => {
    const { starts, ends } = daily(10);
    const scale = linear(starts, ends, 1000);
    const view = viewOf(scale, T0 + 3 * DAY + 3_600_000, T0 + 3 * DAY + 9 * 3_600_000, 1000);
    const hours = calendarBucketEdges(scale, view, 150);
    expect(hours.length).to.be.greaterThan(3);
    const days = calendarBucketEdges(scale, view, 150, true);
    expect(days).to.deep.equal([T0 + 3 * DAY, T0 + 4 * DAY]);
    // Wide enough views keep their coarser buckets.
    const full = calendarBucketEdges(scale, fullView(scale), 150, true);
    expect(full).to.deep.equal(calendarBucketEdges(scale, fullView(scale), 150));
  });

  it('calendar buckets fall on calendar boundaries and are about as wide as asked', () => {
    const { starts, ends } = daily(365);
    const scale = linear(starts, ends, 1200);
    const edges = calendarBucketEdges(scale, fullView(scale), 80);
    for (let i = 1; i < edges.length - 1; i++) {
      expect(new Date(edges[i]).getUTCDate()).to.equal(1); // months
    }
    expect(edges[0]).to.be.at.most(T0);
    expect(edges[edges.length - 1]).to.be.at.least(ends[ends.length - 1]);
  });
});
