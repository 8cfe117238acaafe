import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text of the element's polite live region: what it says is read out by screen readers. A new
 * text (even the same words again: two selections of one event) is read out. `sayLater` waits until
 * the reader stops typing.
 */
export class AnnouncerController implements ReactiveController {
  /** What the live region holds. */
  text = '';
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  say(text: string): void {
    this.cancel();
    this.text = text === this.text ? `${text}\u00a0` : text;
    this._host.requestUpdate();
  }

  /** Says `text()` after `delay` ms unless something else is said or cancelled first. */
  sayLater(text: () => string, delay: number): void {
    this.cancel();
    this._timer = setTimeout(() => this.say(text()), delay);
  }

  cancel(): void {
    clearTimeout(this._timer);
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
