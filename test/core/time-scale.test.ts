import { expect } from '@open-wc/testing';
import { MAX_DATE_MS, parseDate } from '../../src/core/dates.js';
import { axisTicks } from '../../src/core/ticks.js';
import { createTimeScale, findGaps } from '../../src/core/time-scale.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import { fullView, panView, windowOf, zoomView } from '../../src/core/viewport.js';
import syria from '../../data/syria.json';

const DAY = 86_400_000;

/** Spans (sorted by start) of EDTF date strings. */
function spans(...dates: string[]) {
  const parsed = dates.map((d) => {
    const r = parseDate(d);
    if (!r.ok) throw new Error(r.reason);
    return r.date;
  });
  parsed.sort((a, b) => a.start - b.start);
  return { starts: Float64Array.from(parsed, (d) => d.start), ends: Float64Array.from(parsed, (d) => d.end) };
}

const at = (date: string) => {
  const r = parseDate(date);
  if (!r.ok) throw new Error(r.reason);
  return r.date.start;
};

describe('findGaps', () => {
  it('finds the long empty stretch between two bursts', () => {
    const { starts, ends } = spans('2014-06-01', '2014-06-03', '2014-06-05', '2024-11-27', '2024-11-30');
    const gaps = findGaps(starts, ends);
    expect(gaps).to.have.length(1);
    // From the last instant of 5 June (ends are inclusive) to the first of 27 November 2024.
    expect(gaps[0][0]).to.equal(at('2014-06-06') - 1);
    expect(gaps[0][1]).to.equal(at('2024-11-27'));
  });

  it('finds none between lone events (that would only misdraw their spacing)', () => {
    const { starts, ends } = spans('2015-01-01', '2015-12-31');
    expect(findGaps(starts, ends)).to.deep.equal([]);
    const three = spans('2015-05-19T08:00Z', '2015-05-19T12:00Z', '2015-05-19T20:00Z');
    expect(findGaps(three.starts, three.ends)).to.deep.equal([]);
  });

  it('finds none in evenly spread events, nor for one event or all on one day', () => {
    const days = Array.from({ length: 50 }, (_, i) => `${1975 + i}-03-01`);
    expect(findGaps(spans(...days).starts, spans(...days).ends)).to.deep.equal([]);
    expect(findGaps(spans('2015-05-19').starts, spans('2015-05-19').ends)).to.deep.equal([]);
    const same = spans('2015-05-19', '2015-05-19', '2015-05-19T10:00Z');
    expect(findGaps(same.starts, same.ends)).to.deep.equal([]);
  });

  it('lets a long range cross a gap instead of filling it (the bursts inside still get room)', () => {
    // A siege from January to June, with the fighting in two bursts inside it.
    const { starts, ends } = spans('2014-01/2014-06', '2014-01-10', '2014-01-12', '2014-06-20', '2014-06-22');
    const gaps = findGaps(starts, ends);
    expect(gaps.length).to.be.greaterThan(0);
    expect(gaps.some(([a, b]) => a < at('2014-03-01') && b > at('2014-05-01'))).to.equal(true);
  });

  it('works with BCE dates', () => {
    const { starts, ends } = spans('-0500', '-0499', '-0100', '-0099');
    const gaps = findGaps(starts, ends);
    expect(gaps).to.have.length(1);
    expect(gaps[0][0]).to.equal(at('-0498') - 1);
    expect(gaps[0][1]).to.equal(at('-0100'));
  });
});

describe('createTimeScale', () => {
  it('maps and inverts through its segments and breaks whatever order it is asked in', () => {
    const { starts, ends } = spans('1990', '1991', '2003-05', '2003-06', '2015-04-25', '2024-12-08');
    const scale = createTimeScale(starts, ends, { width: 1000, padding: 20 });
    expect(scale.breaks.length).to.be.greaterThan(1);
    // The reference: straight lines through the pieces the scale says it has.
    const pieces = [...scale.segments, ...scale.breaks].sort((a, b) => a.x0 - b.x0);
    const lo = pieces[0].x0;
    const hi = pieces[pieces.length - 1].x1;
    // Past either end the scale goes on along its first or last piece (the padding).
    const piece = (x: number) =>
      x < lo ? pieces[0] : x > hi ? pieces[pieces.length - 1] : pieces.find((p) => p.x0 <= x && x <= p.x1)!;
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const xs = [
      ...Array.from({ length: 300 }, (_, i) => lo + (i / 299) * (hi - lo)), // left to right
      ...Array.from({ length: 300 }, () => lo - 20 + rnd() * (hi - lo + 40)), // any order, padding too
      ...Array.from({ length: 100 }, (_, i) => hi - (i / 99) * (hi - lo)), // right to left
    ];
    for (const x of xs) {
      const p = piece(x);
      const time = p.start + ((x - p.x0) * (p.end - p.start)) / (p.x1 - p.x0);
      expect(scale.invert(x), `invert(${x})`).to.be.closeTo(time, Math.abs(time) * 1e-12 + 1);
      expect(scale.scale(time), `scale(${time})`).to.be.closeTo(x, 1e-6);
    }
  });

  it('maps the extent onto the width with padding, monotonically, and inverts', () => {
    const { starts, ends } = spans(...Array.from({ length: 50 }, (_, i) => `${1975 + i}`));
    const scale = createTimeScale(starts, ends, { width: 1000, padding: 20 });
    expect(scale.breaks).to.have.length(0);
    expect(scale.scale(at('1975'))).to.be.closeTo(20, 1e-6);
    expect(scale.scale(ends[ends.length - 1])).to.be.closeTo(980, 1e-3);
    let last = -Infinity;
    for (let y = 1970; y < 2030; y++) {
      const x = scale.scale(at(String(y)));
      expect(x).to.be.greaterThan(last);
      last = x;
      expect(scale.invert(x)).to.be.closeTo(at(String(y)), 1);
    }
    expect(scale.domain[0]).to.be.lessThan(at('1975'));
  });

  it('compresses the Syria sample into separate bursts: June 2014, April–May 2015, Nov–Dec 2024', () => {
    const { dataset } = parseDataset(syria);
    const starts = Float64Array.from(dataset.events, (e) => e.time.start);
    const ends = Float64Array.from(dataset.events, (e) => e.time.end);
    const scale = createTimeScale(starts, ends, { width: 1100 });
    expect(scale.breaks.length).to.be.greaterThan(1);
    const x = (d: string) => scale.scale(at(d));
    // Each burst keeps real room: at least a twelfth of the width…
    expect(x('2014-06-16') - x('2014-06-08')).to.be.greaterThan(90);
    expect(x('2015-05-20') - x('2015-04-25')).to.be.greaterThan(90);
    expect(x('2024-12-03') - x('2024-11-27')).to.be.greaterThan(90);
    // …and a break lies between each pair.
    const breakBetween = (a: string, b: string) =>
      scale.breaks.some((br) => br.start >= at(a) && br.end <= at(b));
    expect(breakBetween('2014-06-15', '2015-04-25')).to.equal(true);
    expect(breakBetween('2015-05-20', '2024-11-27')).to.equal(true);
    // The nine years in between take one break, not most of the width.
    const nineYears = scale.breaks.find((br) => br.end - br.start > 9 * 365 * DAY)!;
    expect(nineYears.x1 - nineYears.x0).to.be.lessThan(60);
  });

  it('keeps time linear with gaps off', () => {
    const { starts, ends } = spans('2014-06-01', '2014-06-03', '2024-11-27');
    const scale = createTimeScale(starts, ends, { width: 1000, gaps: 'off', padding: 0 });
    expect(scale.breaks).to.have.length(0);
    const mid = (starts[0] + ends[2]) / 2;
    expect(scale.scale(mid)).to.be.closeTo(500, 1e-6);
  });

  it('spans at least a day for one event, for all events on one day, and for no events', () => {
    for (const s of [spans('2015-05-19'), spans('2015-05-19T10:00Z', '2015-05-19T10:00Z'), spans()]) {
      const scale = createTimeScale(s.starts, s.ends, { width: 600 });
      expect(scale.domain[1] - scale.domain[0]).to.be.at.least(DAY);
      expect(Number.isFinite(scale.scale(scale.domain[0]))).to.equal(true);
      expect(scale.invert(300)).to.be.within(scale.domain[0], scale.domain[1]);
    }
  });

  it('extends linearly beyond the events, both ways', () => {
    const { starts, ends } = spans('2015-01-01', '2015-12-31');
    const scale = createTimeScale(starts, ends, { width: 365, padding: 0 });
    const perDay = scale.scale(at('2015-01-02')) - scale.scale(at('2015-01-01'));
    expect(scale.scale(at('2014-12-31'))).to.be.closeTo(-perDay, 1e-3);
    expect(scale.invert(scale.scale(at('2016-06-01')))).to.be.closeTo(at('2016-06-01'), 1);
  });

  it('maps back what it maps, across the breaks and past both ends (invert ∘ scale = identity)', () => {
    const { starts, ends } = spans(
      '2014-06-01',
      '2014-06-03',
      '2014-06-05',
      '2015-04-25',
      '2015-05-01',
      '2024-11-27',
      '2024-11-30',
      '2024-12-02',
    );
    const scale = createTimeScale(starts, ends, { width: 1100 });
    expect(scale.breaks).to.have.length(2);
    const checked = [];
    for (let t = scale.domain[0] - 400 * DAY; t < scale.domain[1] + 400 * DAY; t += 7 * 3_600_000 + 1) {
      expect(Math.abs(scale.invert(scale.scale(t)) - t), new Date(t).toISOString()).to.be.lessThan(1);
      checked.push(t);
    }
    // The walk crossed both breaks, inside and out.
    for (const b of scale.breaks) expect(checked.some((t) => t > b.start && t < b.end)).to.equal(true);
  });

  it('keeps every segment inside the width when many need their least width (5 breaks in 120 px)', () => {
    // Nine bursts, each four times nearer the next than the one before, the fifth a crowd.
    const pairs: Array<[number, number]> = [];
    let t = Date.UTC(1000, 0, 1);
    for (let b = 0; b < 9; b++) {
      for (let i = 0; i < (b === 4 ? 5000 : 2); i++) {
        const s = t + (i % 2) * DAY;
        pairs.push([s, s + DAY - 1]);
      }
      t += 2 ** (8 - b) * 4 * 365.2425 * DAY;
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const starts = Float64Array.from(pairs, (p) => p[0]);
    const ends = Float64Array.from(pairs, (p) => p[1]);
    const scale = createTimeScale(starts, ends, { width: 120 });
    expect(scale.breaks).to.have.length(5);
    for (let i = 0; i < starts.length; i++) {
      expect(scale.scale(starts[i])).to.be.within(0, 120);
      expect(scale.scale(ends[i] + 1)).to.be.within(0, 120);
    }
    for (const seg of scale.segments) expect(seg.x1 - seg.x0).to.be.at.least(2);
    expect(scale.segments[scale.segments.length - 1].x1).to.be.at.most(120);
  });

  it('stays within what a Date holds for years near ±271,820: valid dates, finite ticks', () => {
    const { starts, ends } = spans('Y-271820', '2015');
    const scale = createTimeScale(starts, ends, { width: 1000 });
    const valid = (t: number) => Number.isFinite(new Date(t).getTime());
    expect(scale.domain[0]).to.be.at.least(-MAX_DATE_MS);
    expect(scale.domain.every(valid)).to.equal(true);
    expect(valid(scale.invert(-1e6))).to.equal(true);
    expect(scale.scale(scale.domain[0])).to.be.closeTo(0, 1e-6);
    const full = fullView(scale);
    for (const view of [
      full,
      zoomView(scale, full, 50, 0),
      panView(scale, zoomView(scale, full, 1e6, 0), -Infinity),
    ]) {
      expect(windowOf(scale, view).every(valid)).to.equal(true);
      const ticks = axisTicks(scale, view, { locale: 'en' });
      expect(ticks.length).to.be.greaterThan(0);
      for (const tick of ticks) {
        expect(valid(tick.time)).to.equal(true);
        expect(Number.isFinite(tick.x)).to.equal(true);
      }
    }
  });

  it('uses the gaps it is given instead of finding them again (they depend on the events only)', () => {
    const { starts, ends } = spans('2014-06-01', '2014-06-03', '2014-06-05', '2024-11-27', '2024-11-30');
    const gaps = findGaps(starts, ends);
    expect(gaps).to.have.length(1);
    const found = createTimeScale(starts, ends, { width: 800 });
    const known = createTimeScale(starts, ends, { width: 800, knownGaps: gaps });
    expect(known.breaks).to.deep.equal(found.breaks);
    expect(createTimeScale(starts, ends, { width: 800, knownGaps: [] }).breaks).to.deep.equal([]);
  });
});
