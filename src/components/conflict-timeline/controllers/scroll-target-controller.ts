import type { ReactiveController, ReactiveElement } from 'lit';
import type { TimelineState } from '../timeline-state.js';

/**
 * Scrolls to what the reader stepped or jumped to, after the next update: the narrow chronology's
 * entry of that event, or the element itself in the other layouts (a deep-linked timeline further
 * down the page).
 */
export class ScrollTargetController implements ReactiveController {
  private _target?: { id: string; smooth: boolean };

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _state: () => TimelineState,
  ) {
    _host.addController(this);
  }

  /** The event to be scrolled to after the next update (`undefined`: none). */
  get pending(): string | undefined {
    return this._target?.id;
  }

  /** Scrolls to the entry of event `id` (narrow) or to the element (the other layouts) after the next update. */
  scrollTo(id: string, smooth: boolean): void {
    this._target = { id, smooth };
  }

  /**
   * In the next frame: the cards above the entry render in their own updates and change its place
   * until then.
   */
  hostUpdated(): void {
    const target = this._target;
    if (!target) return;
    const host = this._host;
    const find = () =>
      this._state().layout === 'narrow'
        ? host.renderRoot.querySelector<HTMLElement>(`.entry[data-event-id="${CSS.escape(target.id)}"]`)
        : host;
    if (!find()) return;
    const scroll = () => {
      const el = find();
      if (this._target !== target) return; // a newer jump
      this._target = undefined;
      if (!el) return;
      const still = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      // Smooth for a step to a neighbour; a jump across the page is immediate.
      const far = Math.abs(el.getBoundingClientRect().top) > 2 * (globalThis.innerHeight || 800);
      el.scrollIntoView({
        block: 'start',
        inline: 'nearest',
        behavior: target.smooth && !still && !far ? 'smooth' : 'auto',
      });
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(scroll);
    else scroll();
  }
}
