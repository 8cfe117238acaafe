import { expect } from '@open-wc/testing';
import syria from '../../data/syria.json';
import { EventFilterIndex } from '../../src/core/filter.js';
import { MESSAGES } from '../../src/core/messages.js';
// The Arabic table, as the package's entries load it.
import '../../src/core/messages-ar.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import { positionText, readingOrder, stepFrom } from '../../src/core/stepping.js';

const { dataset } = parseDataset(syria);

describe('readingOrder', () => {
  it('lists every event without a mask', () => {
    expect(Array.from(readingOrder(4))).to.deep.equal([0, 1, 2, 3]);
  });

  it('keeps the masked-in indices, ascending', () => {
    expect(Array.from(readingOrder(6, Uint8Array.from([0, 1, 1, 0, 0, 1])))).to.deep.equal([1, 2, 5]);
    expect(Array.from(readingOrder(3, new Uint8Array(3)))).to.deep.equal([]);
  });
});

describe('stepFrom', () => {
  const order = Uint32Array.from([1, 2, 5, 9]);

  it('gives the position and the kept neighbours of a kept event', () => {
    expect(stepFrom(order, 1)).to.deep.equal({ position: 0, previous: undefined, next: 2 });
    expect(stepFrom(order, 5)).to.deep.equal({ position: 2, previous: 2, next: 9 });
    expect(stepFrom(order, 9)).to.deep.equal({ position: 3, previous: 5, next: undefined });
  });

  it('gives a hidden event the kept events around it in time', () => {
    expect(stepFrom(order, 3)).to.deep.equal({ position: -1, previous: 2, next: 5 });
    expect(stepFrom(order, 0)).to.deep.equal({ position: -1, previous: undefined, next: 1 });
    expect(stepFrom(order, 12)).to.deep.equal({ position: -1, previous: 9, next: undefined });
  });

  it('steps through the whole Syria sample in time order', () => {
    const all = readingOrder(dataset.events.length);
    const seen: string[] = [];
    let at: number | undefined = all[0];
    while (at !== undefined) {
      seen.push(dataset.events[at].id);
      at = stepFrom(all, at).next;
    }
    expect(seen).to.have.length(51);
    const starts = seen.map((id) => dataset.eventsById.get(id)!.time.start);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it('steps through the events a filter keeps', () => {
    const { mask, count } = new EventFilterIndex(dataset).apply({ query: 'Aleppo' });
    const order = readingOrder(dataset.events.length, mask);
    expect(order.length).to.equal(count);
    const step = stepFrom(order, order[1]);
    expect(step.position).to.equal(1);
    expect(dataset.events[step.next!].title + ' ' + JSON.stringify(dataset.events[step.next!])).to.match(
      /aleppo/i,
    );
  });
});

describe('positionText', () => {
  it('writes positions in the language digits', () => {
    expect(positionText(MESSAGES.en, 2, 27, 'en')).to.equal('3 of 27');
    const arDigits = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(positionText(MESSAGES.ar, 2, 27, 'ar')).to.equal(`${arDigits(3)} من ${arDigits(27)}`);
  });
});
