import * as React from 'react';
import { createComponent } from '@lit/react';
import '../components/conflict-timeline/define.js';
import {
  ConflictTimeline as ConflictTimelineElement,
  type TimelineFilter,
} from '../components/conflict-timeline/conflict-timeline.js';
import type { Dataset, DatasetInput } from '../core/types.js';
import { DataIssuesEvent } from '../events/data-issues.js';
import { FilterChangeEvent } from '../events/filter-change.js';
import { RangeChangeEvent } from '../events/range-change.js';
import { SelectEvent } from '../events/select.js';
import { eventName } from './events.js';

const Wrapped = createComponent({
  tagName: 'conflict-timeline',
  elementClass: ConflictTimelineElement,
  react: React,
  events: {
    onCtSelect: eventName<SelectEvent>(SelectEvent.eventName),
    onCtRangeChange: eventName<RangeChangeEvent>(RangeChangeEvent.eventName),
    onCtFilterChange: eventName<FilterChangeEvent>(FilterChangeEvent.eventName),
    onCtDataIssues: eventName<DataIssuesEvent>(DataIssuesEvent.eventName),
  },
  displayName: 'ConflictTimeline',
});

/**
 * The properties whose setter takes more than the getter gives back (@lit/react types a prop by its
 * getter): `data` takes the JSON as written, its text or a parsed `Dataset`; `start` and `end` a
 * date string or a time in ms too.
 */
interface TimelineInputs {
  data: Dataset | DatasetInput | string;
  start: Date | string | number;
  end: Date | string | number;
  filter: TimelineFilter | null;
}

type WrappedProps = React.ComponentPropsWithRef<typeof Wrapped>;

export type ConflictTimelineProps = Omit<WrappedProps, keyof TimelineInputs> & Partial<TimelineInputs>;

/**
 * `<conflict-timeline>` as a React component: its properties as props, its events as `onCtSelect`,
 * `onCtRangeChange`, `onCtFilterChange` and `onCtDataIssues` (each with its event class, so `detail`
 * is typed). A `ref` gives the element.
 */
export const ConflictTimeline = Wrapped as unknown as React.ForwardRefExoticComponent<ConflictTimelineProps>;
