import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a polite announcement waits for changes to pause, in milliseconds. */
export const announceDelayMs = 500;

/**
 * The text of an element's polite live region, set once changes pause: a
 * reader pressing an arrow key five times hears one announcement, not five
 * (speech cannot keep up with key repeat). The region must be rendered
 * empty from the start, since a live region's first text is not announced.
 */
export class Announcer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `text` once nothing else has been said for `announceDelayMs`. */
  say(text: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.text = text;
      this.host.requestUpdate();
    }, announceDelayMs);
  }

  /** Drops what is waiting to be said (the text went back to what was last said). */
  cancel(): void {
    clearTimeout(this.timer);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
