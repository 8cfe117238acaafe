// The embed defines <event-card> on first use: when one is in the page, or added to it later.
import { expect } from '@open-wc/testing';
import { defineOnFirstUse } from '../../src/internal/event-card-loader.js';

const loader = (tag: string, calls: string[]) => async () => {
  calls.push(tag);
  customElements.define(tag, class extends HTMLElement {});
};
const nextMutations = () => new Promise((r) => setTimeout(r, 0));

describe('defineOnFirstUse', () => {
  it('loads at once when the page already has the element', async () => {
    const calls: string[] = [];
    const present = document.createElement('probe-present');
    document.body.append(present);
    defineOnFirstUse('probe-present', loader('probe-present', calls));
    await customElements.whenDefined('probe-present');
    expect(calls).to.deep.equal(['probe-present']);
    present.remove();
  });

  it('waits for the element to be added (on its own or inside another), then loads once', async () => {
    const calls: string[] = [];
    defineOnFirstUse('probe-later', loader('probe-later', calls));
    document.body.append(document.createElement('div'));
    await nextMutations();
    expect(calls, 'nothing loaded for other elements').to.deep.equal([]);
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<p><probe-later></probe-later></p>';
    document.body.append(wrapper);
    await customElements.whenDefined('probe-later');
    document.body.append(document.createElement('probe-later'));
    await nextMutations();
    expect(calls).to.deep.equal(['probe-later']);
    wrapper.remove();
  });

  it('says why in the console when the load fails, and throws nothing into the page', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      const probe = document.createElement('probe-broken');
      document.body.append(probe);
      defineOnFirstUse('probe-broken', () => Promise.reject(new Error('offline')));
      await nextMutations();
      probe.remove();
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).to.contain('<probe-broken> could not be loaded');
  });
});
