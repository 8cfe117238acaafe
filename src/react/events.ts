import type { EventName } from '@lit/react';

/** An event's name typed with its event class, so that the wrapper's `onCt…` prop gets that class. */
export const eventName = <E extends Event>(name: string) => name as EventName<E>;
