/** What an `<actor-badge toggle>` says when the reader presses or releases it. */
export interface ActorBadgeToggleDetail {
  /** The badge's `actor-id` (or its actor's id; its name when it has neither). */
  id: string;
  /** The new state: `true` when the badge is now pressed. */
  pressed: boolean;
}

/**
 * Fired by `<actor-badge toggle>` after the reader pressed or released it (click, touch, Enter or
 * Space); `pressed` has already changed. Not fired when a script sets `pressed`. Bubbles and is
 * composed, so a page can listen on any ancestor, across shadow roots.
 */
export class ActorBadgeToggleEvent extends CustomEvent<ActorBadgeToggleDetail> {
  static readonly eventName = 'ct-actor-toggle';

  constructor(detail: ActorBadgeToggleDetail) {
    super(ActorBadgeToggleEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-actor-toggle': ActorBadgeToggleEvent;
  }
}
