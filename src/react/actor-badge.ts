import * as React from 'react';
import { createComponent } from '@lit/react';
import '../components/actor-badge/define.js';
import { ActorBadge as ActorBadgeElement } from '../components/actor-badge/actor-badge.js';
import { ActorBadgeToggleEvent } from '../events/actor-badge-toggle.js';
import { eventName } from './events.js';

/** `<actor-badge>` as a React component: its properties as props, `ct-actor-toggle` as `onCtActorToggle`. */
export const ActorBadge = createComponent({
  tagName: 'actor-badge',
  elementClass: ActorBadgeElement,
  react: React,
  events: {
    onCtActorToggle: eventName<ActorBadgeToggleEvent>(ActorBadgeToggleEvent.eventName),
  },
  displayName: 'ActorBadge',
});

export type ActorBadgeProps = React.ComponentProps<typeof ActorBadge>;
