import { expect } from '@open-wc/testing';
import { eventImportance } from '../../src/core/importance.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import type { ConflictEventInput, Dataset, DatasetInput } from '../../src/core/types.js';
import syria from '../../data/syria.json';

const SOURCES = [
  { id: 'afp', publisher: 'AFP' },
  { id: 'afp-2', publisher: 'afp ' },
  { id: 'reuters', publisher: 'Reuters' },
  { id: 'ap', publisher: 'AP' },
  { id: 'bbc', publisher: 'BBC' },
];

/** The importance of one event (given without id or date) parsed in a dataset with five sources. */
function importanceOf(event: Partial<ConflictEventInput>): number {
  const input: DatasetInput = {
    sources: SOURCES,
    events: [{ id: 'e', date: '2015-05-19', title: 'T', ...event }],
  };
  const { dataset, issues } = parseDataset(input);
  expect(issues).to.deep.equal([]);
  return eventImportance(dataset.events[0], dataset);
}

describe('eventImportance', () => {
  it("is the event's own importance when the data gives one, whatever the rule would say", () => {
    expect(importanceOf({ importance: 4 })).to.equal(4);
    expect(importanceOf({ importance: -2, fatalities: { count: 1000 } })).to.equal(-2);
    expect(importanceOf({ importance: 0, sources: ['afp', 'reuters', 'ap', 'bbc'] })).to.equal(0);
  });

  it('is 0 for an event with no toll, one source and no claim', () => {
    expect(importanceOf({})).to.equal(0);
    expect(importanceOf({ sources: ['afp'] })).to.equal(0);
  });

  it('adds log10(1 + toll): a point per tenfold, from the count, else low, else high', () => {
    expect(importanceOf({ fatalities: { count: 9 } })).to.be.closeTo(1, 1e-12);
    expect(importanceOf({ fatalities: { count: 999 } })).to.be.closeTo(3, 1e-12);
    expect(importanceOf({ fatalities: { count: 0 } })).to.equal(0);
    expect(importanceOf({ fatalities: { low: 99, high: 999 } })).to.be.closeTo(2, 1e-12);
    expect(importanceOf({ fatalities: { high: 99 } })).to.be.closeTo(2, 1e-12);
    expect(importanceOf({ fatalities: { count: 9, low: 99, high: 999 } })).to.be.closeTo(1, 1e-12);
  });

  it("halves a toll that is only one party's claim", () => {
    expect(importanceOf({ fatalities: { count: 99, claimedBy: 'Rebels' } })).to.be.closeTo(1, 1e-12);
  });

  it('adds 0.5 × log2 of the distinct publishers among its sources (case and spaces ignored)', () => {
    expect(importanceOf({ sources: ['afp', 'reuters'] })).to.be.closeTo(0.5, 1e-12);
    expect(importanceOf({ sources: ['afp', 'reuters', 'ap', 'bbc'] })).to.be.closeTo(1, 1e-12);
    // Two reports by one publisher are one voice.
    expect(importanceOf({ sources: ['afp', 'afp-2'] })).to.equal(0);
  });

  it('takes 0.5 off an event that is itself a claim', () => {
    expect(importanceOf({ claimedBy: 'Rebels' })).to.equal(-0.5);
    expect(importanceOf({ claimedBy: 'Rebels', sources: ['afp', 'reuters'] })).to.be.closeTo(0, 1e-12);
  });

  it('counts only the sources the dataset knows, and ignores an importance that is not finite', () => {
    const { dataset } = parseDataset({ events: [{ id: 'e', date: '2015', title: 'T' }] });
    const event = { ...dataset.events[0], sources: ['afp', 'reuters'], importance: Number.NaN };
    expect(eventImportance(event, dataset)).to.equal(0);
    const withSources: Dataset = { ...dataset, sourcesById: new Map(SOURCES.map((s) => [s.id, s])) };
    expect(eventImportance(event, withSources)).to.be.closeTo(0.5, 1e-12);
  });

  it('ranks the Syria sample’s headline events first', () => {
    const { dataset } = parseDataset(syria);
    const ranked = dataset.events
      .map((e) => ({ id: e.id, importance: eventImportance(e, dataset) }))
      .sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
    const top = ranked.slice(0, 5).map((r) => r.id);
    expect(top).to.have.members([
      '2014-06-15-kasab-recaptured',
      '2015-04-27-al-qarmid-base-captured',
      '2015-05-19-al-mastouma-base-captured',
      '2024-11-30-aleppo-captured',
      '2014-01-rebel-isis-war-toll',
    ]);
    // Of the events without an importance of their own, the deadliest come first.
    const byRule = ranked.filter((r) => dataset.eventsById.get(r.id)!.importance === undefined);
    expect(byRule.slice(0, 3).map((r) => r.id)).to.deep.equal([
      '2014-01-rebel-isis-war-toll',
      '2024-11-27-over-300-insurgents-killed',
      '2015-04-26-idlib-air-raids-kill-73-civilians',
    ]);
  });
});
