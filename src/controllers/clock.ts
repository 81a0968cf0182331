import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps "waiting 45 s"-style times current: re-renders its host every `intervalMs` while the host
 * is connected and the page is visible, and not at all otherwise. With `changes`, a tick
 * re-renders only when `changes(lastRenderTime, now)` says some shown text would differ.
 */
export class ClockController implements ReactiveController {
  /** The time the host should render with; updated on every tick. */
  now = Date.now();
  #timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly intervalMs = 1000,
    private readonly changes?: (then: number, now: number) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.ownerDocument.addEventListener('visibilitychange', this.#sync);
    this.#sync();
  }

  hostUpdate(): void {
    // Whatever caused the render, it shows the time as it is now.
    this.now = Date.now();
  }

  hostDisconnected(): void {
    this.host.ownerDocument.removeEventListener('visibilitychange', this.#sync);
    this.#stop();
  }

  #tick = (): void => {
    const now = Date.now();
    if (this.changes && !this.changes(this.now, now)) return;
    this.now = now;
    this.host.requestUpdate();
  };

  #sync = (): void => {
    this.#stop();
    if (this.host.ownerDocument.visibilityState === 'hidden') return;
    this.#tick();
    this.#timer = setInterval(this.#tick, this.intervalMs);
  };

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
