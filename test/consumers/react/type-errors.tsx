// What the types must reject; each @ts-expect-error fails the typecheck if the line compiles.
import type {} from 'conflict-timeline/react-jsx';
import { ActorBadge, ConflictTimeline } from 'conflict-timeline/react';

export const wrong = (
  <>
    {/* @ts-expect-error: not a layout */}
    <ConflictTimeline layout="sideways" />
    {/* @ts-expect-error: detail has no `id` */}
    <ConflictTimeline onCtSelect={(e) => e.detail.id} />
    {/* @ts-expect-error: size is small, medium or large */}
    <ActorBadge size="huge" />
    {/* @ts-expect-error: not a layout */}
    <conflict-timeline layout="sideways" />
    {/* @ts-expect-error: detail has no `id` */}
    <conflict-timeline onct-select={(e) => e.detail.id} />
  </>
);
