/**
 * A wall-clock bound on one extraction. `race` stops waiting when time is up; `check` lets the
 * work itself stop at its next step (between pages, every few thousand XML tags), so an abandoned
 * extraction does not keep burning CPU in the background.
 */

import { ExtractionFailure, messages } from "./extraction-failure";

export class Deadline {
  private readonly endsAt: number;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly ms: number) {
    this.endsAt = Date.now() + ms;
  }

  get expired(): boolean {
    return Date.now() >= this.endsAt;
  }

  check(): void {
    if (this.expired) throw this.failure();
  }

  race<T>(work: Promise<T>): Promise<T> {
    const timeout = new Promise<never>((_, reject) => {
      this.timer = setTimeout(() => reject(this.failure()), Math.max(0, this.endsAt - Date.now()));
    });
    return Promise.race([work, timeout]);
  }

  clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
  }

  private failure(): ExtractionFailure {
    return new ExtractionFailure(messages.timeout(Math.round(this.ms / 100) / 10));
  }
}
