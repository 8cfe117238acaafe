import type { TimelineState } from '../timeline-state.js';
import type { LayoutDeps, TimelineLayout } from './layout.js';
import { WideLayout } from './wide-layout.js';

/**
 * The element's layouts by kind: the wide and column ones at once, the narrow one and print when
 * their chunk has come (`deps.parts.reading`; asking for one starts the load).
 */
export class TimelineLayouts {
  private readonly _wide: TimelineLayout;
  private readonly _column: TimelineLayout;
  private _reading?: { narrow: TimelineLayout; print: TimelineLayout };

  constructor(private readonly _deps: LayoutDeps) {
    this._wide = new WideLayout(_deps);
    this._column = new WideLayout(_deps, 'column');
  }

  /**
   * Which layout `state` is drawn with, and whether print is: `wanted` (by width or attribute) once it
   * is loaded (its place kept meanwhile, `pending`), the column one if the narrow one failed to load;
   * print only once loaded (the page prints the screen until then), with the cards it shows.
   */
  place(
    state: TimelineState,
    wanted: TimelineState['layout'],
    printing: boolean,
    strings: 'ready' | 'loading' | 'failed',
  ): void {
    const failed = wanted === 'narrow' && this._deps.parts.reading.failure !== undefined;
    state.layout = failed ? 'column' : wanted;
    state.printing = printing && !!this.get('print');
    if (state.printing) this._deps.parts.detail.get();
    state.pending = strings === 'loading' || !this.get(state.layout);
    if (failed || strings === 'failed') state.notice = state.ctx.messages.partNotLoaded;
  }

  /** The layout of that kind, if it is loaded. */
  get(kind: TimelineState['layout'] | 'print'): TimelineLayout | undefined {
    if (kind === 'wide') return this._wide;
    if (kind === 'column') return this._column;
    const module = this._deps.parts.reading.get();
    if (module && !this._reading) {
      const { host, state, model, scroll } = this._deps;
      const chronology = new module.ChronologyController(host, state, model, scroll);
      this._reading = {
        narrow: new module.NarrowLayout(this._deps, chronology),
        print: new module.PrintLayout(chronology),
      };
    }
    return this._reading?.[kind];
  }
}
