import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/core/dates.js';
import { axisTicks, formatGap, tickLabel, tickUnit } from '../../src/core/ticks.js';
import { createTimeScale } from '../../src/core/time-scale.js';
import { fullView, viewOf } from '../../src/core/viewport.js';

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
});
