// A React 19 app as its author writes it: the wrappers from conflict-timeline/react, and the plain tags
// typed by conflict-timeline/react-jsx.
import type {} from 'conflict-timeline/react-jsx';
import { useRef, useState } from 'react';
import { ActorBadge, ConflictTimeline, EventCard, type SelectEvent } from 'conflict-timeline/react';
import type { ConflictTimeline as ConflictTimelineElement } from 'conflict-timeline';
import syria from 'conflict-timeline/data/syria.json';

export interface Report {
  wrapperSelected?: string;
  tagSelected?: string;
  issues?: number;
}

export function App({ report }: { report: Report }) {
  const timeline = useRef<ConflictTimelineElement>(null);
  const [selected, setSelected] = useState<string>();
  const onSelect = (e: SelectEvent) => {
    report.wrapperSelected = e.detail.event?.id;
    setSelected(e.detail.event?.id);
  };
  return (
    <main>
      <ConflictTimeline
        id="wrapped"
        ref={timeline}
        data={syria}
        start="2014-01"
        layout="wide"
        onCtSelect={onSelect}
        onCtDataIssues={(e) => (report.issues = e.detail.issues.length)}
        onCtRangeChange={(e) => e.detail.start.getTime()}
        onCtFilterChange={(e) => e.detail.count}
      />
      <p>{selected ?? 'none'}</p>
      <conflict-timeline
        id="tag"
        data={syria}
        layout="wide"
        onct-select={(e) => (report.tagSelected = e.detail.event?.id)}
      ></conflict-timeline>
      <EventCard data={syria} eventId={syria.events[0].id} compact />
      <event-card event-id={syria.events[0].id}></event-card>
      <ActorBadge name="Free Syrian Army" toggle onCtActorToggle={(e) => e.detail.pressed} />
      <actor-badge name="Free Syrian Army" size="large"></actor-badge>
    </main>
  );
}
