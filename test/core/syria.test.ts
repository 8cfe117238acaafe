// The sample dataset shipped with the package (data/syria.json) is clean: parseDataset reports nothing,
// and every event says who reports it.
import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/core/format.js';
import { formatIssue, parseDataset } from '../../src/core/parse-dataset.js';
import syria from '../../data/syria.json';

describe('data/syria.json', () => {
  const { dataset, issues } = parseDataset(syria);

  it('parses with zero issues', () => {
    expect(issues.map(formatIssue)).to.deep.equal([]);
  });

  it('keeps every event, side, actor and source', () => {
    expect(dataset.events).to.have.length(syria.events.length);
    expect(dataset.sides).to.have.length(syria.sides.length);
    expect(dataset.actors).to.have.length(syria.actors.length);
    expect(dataset.sources).to.have.length(syria.sources.length);
  });

  it('cites at least one source for every event', () => {
    const unsourced = dataset.events.filter((e) => e.sources.length === 0).map((e) => e.id);
    expect(unsourced).to.deep.equal([]);
  });

  // data/README.md, "How dates were resolved": one happening some day in a span is a set [A..B]; what
  // went on through the span (a toll, strikes, an advance) is a range A/B.
  const dateOf = (id: string) => dataset.eventsById.get(id)!.time;

  it('dates the happenings known only to a span as sets', () => {
    const sets = dataset.events.filter((e) => e.time.oneOf).map((e) => [e.id, e.date]);
    expect(sets).to.have.deep.members([
      ['2014-03-army-reinforces-latakia', '[2014-03..2014-06-14]'],
      ['2014-03-rebels-take-kasab', '[2014-03..2014-06-14]'],
      ['2014-06-08-alloush-break-the-walls-video', '[2014-06-08..2014-06-15]'],
      ['2014-06-08-isis-brings-iraqi-armour-into-syria', '[2014-06-08..2014-06-15]'],
      ['2015-05-nasrallah-qalamoun-speech', '[2015-05..2015-05-17]'],
      ['2015-05-13-boroujerdi-visits-damascus', '[2015-05-13..2015-05-17]'],
      ['2015-05-18-hezbollah-qalamoun-media-tour', '[2015-05-18..2015-05-19]'],
      ['2024-11-27-assad-meets-iranian-envoy', '[2024-11-27..2024-12-02]'],
      ['2024-11-27-assad-reportedly-flies-to-moscow', '[2024-11-27..2024-12-02]'],
      ['2024-11-27-hts-launches-aleppo-offensive', '[2024-11-27..2024-11-29]'],
      ['2024-11-27-rebels-fly-captured-helicopter', '[2024-11-27..2024-12-02]'],
    ]);
    // The card's wording for the issue's example.
    expect(formatDate(dateOf('2014-03-rebels-take-kasab'), 'en-GB')).to.equal(
      'between March and 14 June 2014',
    );
  });

  it('keeps the real durations as ranges, and the days and months as they were', () => {
    const ranges = dataset.events.filter((e) => e.time.isRange).map((e) => e.id);
    expect(ranges).to.have.members([
      '2014-01-rebel-isis-war-toll',
      '2015-05-19-rebels-push-toward-ariha',
      '2024-11-27-over-300-insurgents-killed',
      '2024-11-27-russian-air-strikes-on-rebels',
      '2024-11-30-aleppo-captured',
      '2024-12-01-iran-backed-militias-cross-from-iraq',
      '2024-12-01-rebels-head-for-hama',
    ]);
    expect(dateOf('2014-06-15-kasab-recaptured').text).to.equal('2014-06-15');
    expect(dateOf('2015-03-idlib-city-captured').text).to.equal('2015-03');
  });

  it('gives an importance of its own only to the events the reports lead with', () => {
    const given = dataset.events.filter((e) => e.importance !== undefined).map((e) => [e.id, e.importance]);
    expect(given).to.have.deep.members([
      ['2014-06-15-kasab-recaptured', 4],
      ['2015-04-27-al-qarmid-base-captured', 4],
      ['2015-05-19-al-mastouma-base-captured', 4],
      ['2024-11-30-aleppo-captured', 4],
      ['2024-11-27-hts-launches-aleppo-offensive', 3],
      ['2015-04-25-jisr-al-shughour-captured', 3],
      ['2015-03-idlib-city-captured', 3],
    ]);
  });
});
