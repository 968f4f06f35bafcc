// The screen reader's line: progress and results are announced here (politely). `data-done` marks the
// last action finished, for whoever waits on it (scripts, the real-browser tests).
import { el } from "../../shared/dom";

export class LiveRegion {
  readonly element = el("div", {
    class: "visually-hidden",
    role: "status",
    "aria-live": "polite",
    "data-testid": "live",
  });

  announce(text: string, done: boolean): void {
    this.element.textContent = text;
    if (done) this.element.setAttribute("data-done", "true");
  }

  /** An action starts: the last one's "done" no longer stands for this one. */
  actionStarted(): void {
    this.element.removeAttribute("data-done");
  }
}
