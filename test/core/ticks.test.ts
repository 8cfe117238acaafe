import { expect } from '@open-wc/testing';
import syria from '../../data/syria.json';
import { parseDate } from '../../src/core/dates.js';
import { groupIntoLanes } from '../../src/core/lanes.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import {
  axisLayout,
  axisTicks,
  estimateLabelWidth,
  finestPrecision,
  formatGap,
  tickLabel,
  tickUnit,
  type AxisLabelKind,
  type AxisLayout,
  type TickOptions,
} from '../../src/core/ticks.js';
import { createTimeScale, findGaps, type TimeScale } from '../../src/core/time-scale.js';
import { indexTimeline } from '../../src/core/timeline-index.js';
import type { ConflictEvent } from '../../src/core/types.js';
import {
  fullView,
  minSpanFor,
  panView,
  viewOf,
  windowOf,
  zoomView,
  type View,
} from '../../src/core/viewport.js';

const DAY = 86_400_000;
const at = (date: string) => {
  const r = parseDate(date);
  if (!r.ok) throw new Error(r.reason);
  return r.date.start;
};
const scaleOf = (dates: string[], width: number, gaps: 'auto' | 'off' = 'auto') => {
  const parsed = dates.map((d) => parseDate(d)).map((r) => (r.ok ? r.date : undefined)!);
  parsed.sort((a, b) => a.start - b.start);
  return createTimeScale(
    Float64Array.from(parsed, (d) => d.start),
    Float64Array.from(parsed, (d) => d.end),
    { width, gaps },
  );
};

describe('tickUnit', () => {
  it('names the calendar unit of a tick step', () => {
    expect(tickUnit(365 * DAY)).to.equal('year');
    expect(tickUnit(5 * 365 * DAY)).to.equal('year');
    expect(tickUnit(31 * DAY)).to.equal('month');
    expect(tickUnit(7 * DAY)).to.equal('day');
    expect(tickUnit(6 * 3_600_000)).to.equal('hour');
    expect(tickUnit(60_000)).to.equal('minute');
  });
});

describe('tickLabel', () => {
  it('takes a malformed language tag (en_US) as the browser’s language instead of throwing', () => {
    const t = Date.UTC(2015, 3, 25);
    expect(tickLabel(t, 'month', true, 'en_US')).to.equal(tickLabel(t, 'month', true));
    expect(formatGap(9 * 365.25 * 864e5, 'en_US')).to.equal(formatGap(9 * 365.25 * 864e5));
  });

  it('formats in UTC whatever the time zone of the reader', () => {
    // Late in the UTC day: already the next day, month and year at +5:45 (the tests run in Kathmandu).
    expect(tickLabel(at('2014-12-31T20:00Z'), 'year', true, 'en')).to.equal('2014');
    expect(tickLabel(at('2015-02-28T20:00Z'), 'month', false, 'en')).to.equal('Feb');
    expect(tickLabel(at('2015-02-28T20:00Z'), 'month', true, 'en')).to.equal('Feb 2015');
    expect(tickLabel(at('2015-03-14T20:00Z'), 'day', false, 'en-GB')).to.equal('14 Mar');
    expect(tickLabel(at('2015-03-14T20:00Z'), 'hour', false, 'en-GB')).to.equal('20:00');
  });

  it('writes the era for years before 1 CE', () => {
    expect(tickLabel(at('-0500'), 'year', true, 'en')).to.match(/501.*BC/);
  });

  it('follows the language', () => {
    expect(tickLabel(at('2015-03'), 'month', true, 'fr')).to.match(/mars.*2015/);
  });
});

describe('axisTicks', () => {
  it('gives year ticks over a 50-year span, evenly spaced and labelled with their year', () => {
    const scale = scaleOf(
      Array.from({ length: 50 }, (_, i) => `${1975 + i}-06-01`),
      1000,
    );
    const ticks = axisTicks(scale, fullView(scale), { locale: 'en' });
    expect(ticks.length).to.be.within(4, 12);
    for (const t of ticks) {
      expect(t.unit).to.equal('year');
      // On 1 January at 00:00 UTC (local midnight here is 18:15 UTC the day before).
      const date = new Date(t.time);
      expect([date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()]).to.deep.equal(
        [0, 1, 0, 0],
      );
      expect(t.label).to.equal(String(date.getUTCFullYear()));
      expect(t.x).to.be.within(0, 1000);
    }
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].x - ticks[i - 1].x).to.be.greaterThan(40);
  });

  it('gives hours when all events are on one day', () => {
    const scale = scaleOf(['2015-05-19T08:00Z', '2015-05-19T12:00Z', '2015-05-19T20:00Z'], 900);
    const ticks = axisTicks(scale, fullView(scale), { locale: 'en' });
    expect(ticks.length).to.be.greaterThan(2);
    expect(ticks.every((t) => t.unit === 'hour')).to.equal(true);
  });

  it('gives each segment of a compressed scale its own ticks, none inside a break', () => {
    const scale = scaleOf(['2014-06-01', '2014-06-10', '2024-11-27', '2024-12-05'], 1200);
    expect(scale.breaks).to.have.length(1);
    const ticks = axisTicks(scale, fullView(scale), { locale: 'en' });
    const b = scale.breaks[0];
    expect(ticks.some((t) => t.time < b.start)).to.equal(true);
    expect(ticks.some((t) => t.time >= b.end)).to.equal(true);
    expect(ticks.some((t) => t.x > b.x0 && t.x < b.x1)).to.equal(false);
    // The first tick after the break names the year again.
    const after = ticks.find((t) => t.time >= b.end)!;
    expect(after.major).to.equal(true);
    expect(after.label).to.contain('2024');
  });

  it('gives ticks at least a second apart, none repeating its neighbour’s label, in a 5 s window', () => {
    const scale = scaleOf(['2015-05-19T10:00Z', '2015-05-19T11:00Z'], 1000);
    const start = at('2015-05-19T10:20Z');
    const ticks = axisTicks(scale, viewOf(scale, start, start + 5000, 1000), { locale: 'en' });
    expect(ticks.length).to.be.within(2, 6);
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i].time - ticks[i - 1].time).to.be.at.least(1000);
      expect(ticks[i].label).to.not.equal(ticks[i - 1].label);
    }
  });

  it('never lets labels run into each other or past the right edge', () => {
    const scale = scaleOf(['2015-01-01', '2015-12-31'], 500);
    for (const [a, b] of [
      ['2015-01-01', '2015-12-31'],
      ['2015-03-01', '2015-03-08'],
      ['2015-03-01T00:00Z', '2015-03-01T06:00Z'],
    ]) {
      const ticks = axisTicks(scale, viewOf(scale, at(a), at(b), 500), { locale: 'en' });
      expect(ticks.length).to.be.greaterThan(0);
      for (let i = 0; i < ticks.length; i++) {
        const right = ticks[i].x + ticks[i].label.length * 6.5 + 10;
        expect(right).to.be.at.most(504);
        if (i > 0) expect(ticks[i].x).to.be.at.least(ticks[i - 1].x + ticks[i - 1].label.length * 6.5 + 10);
      }
    }
  });
});

describe('formatGap', () => {
  it('says how long a compressed gap is, in whole units', () => {
    expect(formatGap(9.4 * 365.25 * DAY, 'en')).to.equal('9 years');
    expect(formatGap(1.2 * 365.25 * DAY, 'en')).to.equal('1 year');
    expect(formatGap(75 * DAY, 'en')).to.equal('2 months');
    expect(formatGap(12 * DAY, 'en')).to.equal('12 days');
    expect(formatGap(5 * 3_600_000, 'en')).to.equal('5 hours');
  });

  it('speaks the reader’s language', () => {
    expect(formatGap(9 * 365.25 * DAY, 'ar')).to.not.contain('year');
  });

  it('says it shorter where room is short', () => {
    expect(formatGap(9.4 * 365.25 * DAY, 'en', 'short')).to.equal('9 yrs');
    expect(formatGap(9.4 * 365.25 * DAY, 'en', 'narrow')).to.equal('9y');
    expect(formatGap(75 * DAY, 'en', 'narrow')).to.equal('2m');
  });
});

describe('finestPrecision', () => {
  const events = (...dates: string[]) =>
    dates.map((d) => {
      const r = parseDate(d);
      if (!r.ok) throw new Error(r.reason);
      return { time: r.date } as Pick<ConflictEvent, 'time'>;
    });

  it('is the finest precision of any end of any date', () => {
    expect(finestPrecision(events('2014', '2015-03'))).to.equal('month');
    expect(finestPrecision(events('2014-03/2014-06-14', '2015'))).to.equal('day');
    expect(finestPrecision(events('2014', '2015-05-19T10:00Z', '2015-05'))).to.equal('minute');
    expect(finestPrecision(events('../2015-05-19'))).to.equal('day');
    expect(finestPrecision(events('2015-05-19T10:00:30Z'))).to.equal('second');
  });

  it('is day for no events, and for the Syria sample', () => {
    expect(finestPrecision([])).to.equal('day');
    expect(finestPrecision(parseDataset(syria).dataset.events)).to.equal('day');
  });
});

describe('axisLayout: ticks no finer than the data', () => {
  it('gives no hour ticks for day-only data, even where d3 would', () => {
    const scale = scaleOf(['2015-05-17', '2015-05-18', '2015-05-19', '2015-05-20'], 1280);
    const view = fullView(scale);
    // The same axis without the data's precision has hours: the limit is what removes them.
    expect(axisTicks(scale, view, { locale: 'en' }).some((t) => t.unit === 'hour')).to.equal(true);
    const ticks = axisTicks(scale, view, { locale: 'en', finest: 'day' });
    expect(ticks.length).to.be.within(3, 5);
    for (const t of ticks) {
      expect(t.unit).to.equal('day');
      expect(new Date(t.time).getUTCHours()).to.equal(0);
    }
  });

  it('gives no day ticks for month-only data, and no month ticks for years', () => {
    const months = scaleOf(['2015-03', '2015-04', '2015-05'], 1280);
    const monthTicks = axisTicks(months, fullView(months), { locale: 'en', finest: 'month' });
    expect(monthTicks.length).to.be.greaterThan(1);
    expect(monthTicks.every((t) => t.unit === 'month' || t.unit === 'year')).to.equal(true);
    const years = scaleOf(['2013', '2014', '2015'], 1280);
    const yearTicks = axisTicks(years, fullView(years), { locale: 'en', finest: 'year' });
    expect(yearTicks.length).to.be.greaterThan(1);
    expect(yearTicks.every((t) => t.unit === 'year')).to.equal(true);
  });

  it('keeps hours for data with times of day', () => {
    const scale = scaleOf(['2015-05-19T08:00Z', '2015-05-19T12:00Z', '2015-05-19T20:00Z'], 900);
    const ticks = axisTicks(scale, fullView(scale), { locale: 'en', finest: 'minute' });
    expect(ticks.some((t) => t.unit === 'hour')).to.equal(true);
  });
});

/** The Syria sample as the element lays it out: lanes by side, gaps found once, a scale per width. */
const syriaIndex = (() => {
  const { dataset } = parseDataset(syria);
  return indexTimeline(dataset.events, groupIntoLanes(dataset, 'side', { other: 'Other', all: 'All' }));
})();
const syriaGaps = findGaps(syriaIndex.starts, syriaIndex.ends);
const syriaScale = (width: number) =>
  createTimeScale(syriaIndex.starts, syriaIndex.ends, { width, gaps: 'auto', knownGaps: syriaGaps });
const WIDTHS = [320, 375, 480, 680, 768, 900, 1280];

/** The boxes the labels take, in track px, as the element draws them (ticks from `x` after the inset). */
function labelBoxes(layout: AxisLayout, measure: (text: string, kind: AxisLabelKind) => number) {
  return [
    ...layout.ticks.map((t) => ({
      text: t.label,
      left: t.x,
      right: t.x + 3 + measure(t.label, t.major ? 'major' : 'tick'),
    })),
    ...layout.gaps.map((g) => {
      const half = measure(g.label, 'gap') / 2;
      return { text: g.label, left: g.x - half, right: g.x + half };
    }),
  ].sort((a, b) => a.left - b.left);
}

/** No label overlaps another or comes nearer than 6 px to it, and none runs past the track's ends. */
function expectNoCollision(
  layout: AxisLayout,
  width: number,
  measure: (text: string, kind: AxisLabelKind) => number = estimateLabelWidth,
  where = '',
) {
  const boxes = labelBoxes(layout, measure);
  for (let i = 0; i < boxes.length; i++) {
    expect(boxes[i].left, `${where} "${boxes[i].text}" starts before the track`).to.be.at.least(0);
    expect(boxes[i].right, `${where} "${boxes[i].text}" runs past the track`).to.be.at.most(width);
    if (i > 0)
      expect(
        boxes[i].left - boxes[i - 1].right,
        `${where} "${boxes[i - 1].text}" runs into "${boxes[i].text}"`,
      ).to.be.at.least(6);
  }
}

/** The bursts (segments where events start) in view, with the ticks whose instant is in each. */
function labelsPerBurst(scale: TimeScale, view: View, layout: AxisLayout) {
  return scale.segments
    .filter((s) => s.count > 0)
    .map((s) => ({
      segment: s,
      labels: layout.ticks.filter((t) => t.time >= s.start && t.time <= s.end).map((t) => t.label),
    }));
}

describe('axisLayout: the Syria sample at every width', () => {
  const options: TickOptions = { locale: 'en', finest: finestPrecision(syriaIndex.events) };

  it('has four bursts between three breaks (June 2014, a spring 2015 and Nov–Dec 2024, and the early-2014 ones)', () => {
    for (const width of WIDTHS) {
      const scale = syriaScale(width);
      expect(scale.breaks, `${width}`).to.have.length(3);
      expect(
        scale.segments.filter((s) => s.count > 0),
        `${width}`,
      ).to.have.length(4);
    }
  });

  it('labels every burst at every width from 320 px, in English and in Arabic', () => {
    for (const locale of ['en', 'ar', 'ar-SY']) {
      for (const width of WIDTHS) {
        const scale = syriaScale(width);
        const view = fullView(scale);
        const layout = axisLayout(scale, view, { ...options, locale });
        for (const { segment, labels } of labelsPerBurst(scale, view, layout))
          expect(labels, `${locale}, ${width} px: the burst from ${new Date(segment.start).toISOString()}`).to
            .not.be.empty;
        expectNoCollision(layout, width, estimateLabelWidth, `${locale}, ${width} px:`);
      }
    }
  });

  it('names the year of each burst (or the burst before it does)', () => {
    for (const width of WIDTHS) {
      const scale = syriaScale(width);
      const view = fullView(scale);
      const firsts = labelsPerBurst(scale, view, axisLayout(scale, view, options)).map((b) => b.labels[0]);
      expect(firsts[0], `${width}`).to.contain('2014');
      expect(firsts[2], `${width}`).to.contain('2015');
      expect(firsts[3], `${width}`).to.contain('2024');
    }
  });

  it('never lets two labels, ticks or gap labels, collide or run past the ends', () => {
    for (const width of WIDTHS) {
      const scale = syriaScale(width);
      expectNoCollision(
        axisLayout(scale, fullView(scale), options),
        width,
        estimateLabelWidth,
        `${width} px:`,
      );
    }
  });

  it('keeps the gap labels that fit, shortened where room is short, and the 9 years from 375 px', () => {
    const at375 = syriaScale(375);
    expect(axisLayout(at375, fullView(at375), options).gaps.map((g) => g.label)).to.include.members(['9y']);
    const at1280 = syriaScale(1280);
    expect(axisLayout(at1280, fullView(at1280), options).gaps.map((g) => g.index)).to.deep.equal([0, 1, 2]);
  });

  it('follows the measure it is given (a canvas in the axis font)', () => {
    const context = document.createElement('canvas').getContext('2d')!;
    const fonts: Record<AxisLabelKind, string> = {
      tick: '12px sans-serif',
      major: '600 12px sans-serif',
      gap: 'italic 11px sans-serif',
    };
    const measure = (text: string, kind: AxisLabelKind) => {
      context.font = fonts[kind];
      return context.measureText(text).width;
    };
    const wide = (text: string, kind: AxisLabelKind) => 1.5 * estimateLabelWidth(text, kind);
    for (const width of WIDTHS) {
      const scale = syriaScale(width);
      const view = fullView(scale);
      for (const m of [measure, wide]) {
        const layout = axisLayout(scale, view, { ...options, measure: m });
        expectNoCollision(layout, width, m, `${width} px:`);
        for (const { labels } of labelsPerBurst(scale, view, layout))
          expect(labels, `${width} px`).to.not.be.empty;
      }
    }
  });

  it('labels every burst and lets no labels collide while zoomed and panned', () => {
    for (const width of [320, 680, 1280]) {
      const scale = syriaScale(width);
      for (const factor of [1.5, 3, 8]) {
        let view = zoomView(scale, fullView(scale), factor, 0);
        for (let step = 0; step < 40; step++) {
          const layout = axisLayout(scale, view, options);
          const where = `${width} px ×${factor} at ${view.x0.toFixed(1)}:`;
          expectNoCollision(layout, width, estimateLabelWidth, where);
          const [start, end] = windowOf(scale, view);
          // A burst with 90 px or more of it in view has a label in view.
          for (const { segment, labels } of labelsPerBurst(scale, view, layout)) {
            const shown = [Math.max(segment.start, start), Math.min(segment.end, end)];
            const px = ((scale.scale(shown[1]) - scale.scale(shown[0])) * width) / (view.x1 - view.x0);
            if (px >= 90)
              expect(labels, `${where} the burst from ${new Date(segment.start).toISOString()}`).to.not.be
                .empty;
          }
          const next = panView(scale, view, width / 4);
          if (next.x0 === view.x0) break;
          view = next;
        }
      }
    }
  });

  it('gives no tick finer than a day at the zoom limit, anywhere in the data', () => {
    const minSpan = minSpanFor(finestPrecision(syriaIndex.events));
    for (const width of WIDTHS) {
      const scale = syriaScale(width);
      for (const date of ['2014-06-14', '2015-04-27', '2015-05-19', '2024-12-01']) {
        const time = at(date) + DAY / 2;
        let view = fullView(scale);
        for (let i = 0; i < 60; i++) {
          const anchor = ((scale.scale(time) - view.x0) * width) / (view.x1 - view.x0);
          const next = zoomView(scale, view, 1.5, anchor, { minSpan });
          if (next.x1 - next.x0 === view.x1 - view.x0) break;
          view = next;
        }
        const [start, end] = windowOf(scale, view);
        expect(end - start, `${width} px at ${date}`).to.be.closeTo(2 * DAY, DAY / 10);
        const layout = axisLayout(scale, view, options);
        expect(layout.ticks, `${width} px at ${date}`).to.not.be.empty;
        for (const t of layout.ticks)
          expect(['day', 'month', 'year'], `${width} px at ${date}: ${t.label}`).to.include(t.unit);
        expectNoCollision(layout, width, estimateLabelWidth, `${width} px at ${date}:`);
      }
    }
  });
});
