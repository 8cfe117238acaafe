// Item 1 of issue 19 for <event-card>: stepping `event-id` through the Syria sample leaves its
// shadow DOM (and its badges') as large as it was.
import { fixture, html } from '@open-wc/testing';
import '../../src/components/event-card/define.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import syria from '../../data/syria.json';
import { expectFlat, REPETITIONS, ROUND, roundThenSteps } from './edges-dom-growth.js';

describe(`<event-card> after ${REPETITIONS} event-id steps`, function () {
  this.timeout(200_000);

  it('stepping event-id through the Syria sample leaves the node count flat', async () => {
    const card = await fixture<EventCard>(html`<event-card .data=${syria}></event-card>`);
    await expectFlat(
      'event-card event-id',
      card,
      (i) => {
        card.eventId = roundThenSteps(i);
      },
      ROUND,
    );
  });
});
