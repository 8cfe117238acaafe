import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The sizes and the direction the layout depends on: the host's width (which chooses the layout), the
 * track's width and height (the wide layout's scale and lanes), and whether time runs right to left.
 * A `ResizeObserver` watches the host and the track (which comes and goes with the layout); an update
 * follows only a change of size. (`@lit-labs/observers`' `ResizeController` asks for an update with
 * every notification, and brings Lit's async directives for a directive this element does not use.)
 *
 * The direction is read (`getComputedStyle`, which brings the page's style up to date, a cost on every
 * zoom step) only when it may have changed: at connection, when `:dir(rtl)` stops or starts matching (a
 * `dir` on or around the element, also inside a shadow root no observer sees, or `dir="auto"` text), on
 * resize and when data comes. A direction set by CSS alone is read at those times only.
 */
export class SizeController implements ReactiveController {
  hostWidth = 0;
  trackWidth = 0;
  trackHeight = 0;
  /** Time runs right to left. */
  rtl = false;
  /**
   * The size change being handled was the track's alone, reported by the resize observer: a change
   * made now to the track's size again would not be reported (an observer reports a size changed in
   * its own callback only for elements deeper than those it reported), so none is made.
   */
  trackAlone = false;
  private _directionStale = true;
  /** Whether `:dir(rtl)` matched at the last update (no style recalc needed to tell). */
  private _dirRtl?: boolean;
  private _observer?: ResizeObserver;
  private _track?: Element;

  constructor(private readonly _host: ReactiveElement) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._directionStale = true; // (moved: maybe into a part of the page styled the other way)
    if (typeof ResizeObserver !== 'function') return;
    this._observer = new ResizeObserver((entries) => {
      this.trackAlone = !entries.some((entry) => entry.target === this._host);
      this.measure();
    });
    this._observer.observe(this._host);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._track = undefined;
  }

  /** Measures (see `measureSizes`) and asks for an update when a size changed. */
  measure(): void {
    if (this.measureSizes()) this._host.requestUpdate();
  }

  /**
   * The host's and the track's sizes, from layout; whether one changed. Before the first render (the
   * shadow root still empty, so the layout it forces is cheap) only the host's width is known: it
   * chooses the layout. The track's size is not guessed from the host's (the wide layout is as tall as
   * `--ct-height`, and a wrong guess would draw every mark twice): the host measures it in its first
   * update, after the first render and before the first paint, and draws the marks in that same update.
   */
  measureSizes(): boolean {
    const track = this._renderedTrack();
    const width = this._host.clientWidth;
    const changed =
      width !== this.hostWidth ||
      (track !== undefined &&
        (track.clientWidth !== this.trackWidth || track.clientHeight !== this.trackHeight));
    this.hostWidth = width;
    if (track) {
      this.trackWidth = track.clientWidth;
      this.trackHeight = track.clientHeight;
    }
    // A resize may come with a new direction (a layout switched by a media query): read it again.
    if (changed) this._directionStale = true;
    return changed;
  }

  /** Reads the direction again when it may have changed (or `force`: new data). */
  readDirection(force: boolean): void {
    if (this._directionMayHaveChanged() || this._directionStale || force) {
      this._directionStale = false;
      this.rtl = getComputedStyle(this._host).direction === 'rtl';
    }
  }

  /** Whether the rendered track is not the one observed (just drawn: the first render, data come, back from the narrow layout). */
  trackIsNew(): boolean {
    const track = this._renderedTrack();
    return track !== undefined && track !== this._track;
  }

  /** The layout's track as last rendered (none before the first render and in the narrow layout). */
  private _renderedTrack(): HTMLElement | undefined {
    return this._host.renderRoot?.querySelector<HTMLElement>('.track') ?? undefined;
  }

  hostUpdated(): void {
    this.trackAlone = false;
    // A new track (first render, or back from the narrow layout) is observed; the old one let go.
    const track = this._renderedTrack();
    if (track === this._track || !this._observer) return;
    if (this._track) this._observer.unobserve(this._track);
    this._track = track;
    if (track) this._observer.observe(track);
  }

  /**
   * Whether the directionality changed since the last update. Browsers without `:dir()` (before
   * Chrome 120, Safari 16.4) read the computed direction with every update instead.
   */
  private _directionMayHaveChanged(): boolean {
    let rtl: boolean;
    try {
      rtl = this._host.matches(':dir(rtl)');
    } catch {
      return true;
    }
    const changed = rtl !== this._dirRtl;
    this._dirRtl = rtl;
    return changed;
  }
}
