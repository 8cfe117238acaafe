import { expect } from '@open-wc/testing';
import { SlotAlignment } from '../../src/core/slot-alignment.js';

const keys = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `k${from + i}`);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('SlotAlignment', () => {
  it('packs a first frame from the first slot, and gives the same keys the same slots', () => {
    const slots = new SlotAlignment();
    expect([...slots.place(keys(0, 10))]).to.deep.equal(range(0, 10));
    expect([...slots.place(keys(0, 10))]).to.deep.equal(range(0, 10));
    expect(slots.size).to.equal(10);
  });

  it('keeps the slots of the items a pan keeps: items leave at the start, come in at the end', () => {
    const slots = new SlotAlignment();
    slots.place(keys(0, 40));
    expect([...slots.place(keys(5, 45))]).to.deep.equal(range(5, 45));
    expect(slots.size).to.equal(45);
  });

  it('gives items coming in at the start the slots before the kept ones, when free', () => {
    const slots = new SlotAlignment();
    slots.place(keys(0, 40));
    slots.place(keys(10, 50));
    expect([...slots.place(keys(5, 45))]).to.deep.equal([...range(0, 5), ...range(10, 45)]);
  });

  it('fills the slots of items gone with items come in between (a zoom splits a cluster)', () => {
    const slots = new SlotAlignment();
    slots.place(['a', 'b', 'c', 'd', 'e', 'f']);
    slots.place(['a', 'd', 'e', 'f']);
    expect([...slots.place(['a', 'x', 'y', 'd', 'e', 'f'])]).to.deep.equal([0, 1, 2, 3, 4, 5]);
    // No free slot between: the items after the new one move on, to the next free slot.
    expect([...slots.place(['a', 'x', 'z', 'y', 'd', 'e', 'f'])]).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    expect(slots.size).to.equal(7);
  });

  it('keeps the slots increasing in the items order, as many kept as can be', () => {
    const slots = new SlotAlignment();
    slots.place(['a', 'b', 'c']);
    // One of them keeps its slot: 'b' (1), with 'c' before it and 'a' after it.
    expect([...slots.place(['c', 'b', 'a'])]).to.deep.equal([0, 1, 2]);
    expect([...slots.place(['b', 'a', 'c'])]).to.deep.equal([1, 2, 3]);
  });

  it('packs from the first slot when a kept slot would leave too few for the items after it', () => {
    const slots = new SlotAlignment(0.5, 2); // 10 items: 15 slots at most
    slots.place(keys(0, 10));
    expect([...slots.place(keys(3, 13))]).to.deep.equal(range(3, 13));
    expect([...slots.place(keys(7, 17))]).to.deep.equal(range(0, 10));
    expect(slots.size).to.equal(13);
  });

  it('starts afresh after reset', () => {
    const slots = new SlotAlignment();
    slots.place(keys(0, 10));
    slots.place(keys(4, 14));
    slots.reset();
    expect(slots.size).to.equal(0);
    expect([...slots.place(keys(4, 14))]).to.deep.equal(range(0, 10));
  });
});
