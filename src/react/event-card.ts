import * as React from 'react';
import { createComponent } from '@lit/react';
import '../components/event-card/define.js';
import { EventCard as EventCardElement } from '../components/event-card/event-card.js';

/** `<event-card>` as a React component: its properties (`event`, `data`, `src`, `event-id`…) as props. */
export const EventCard = createComponent({
  tagName: 'event-card',
  elementClass: EventCardElement,
  react: React,
  displayName: 'EventCard',
});

export type EventCardProps = React.ComponentProps<typeof EventCard>;
