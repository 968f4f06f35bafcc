// What is being done right now, with a spinner.
import type { Translate } from "../../../i18n";
import { el, show } from "../../shared/dom";
import { translateMessage, type Message } from "../../shared/messages";

export class ProgressLine {
  readonly element = el("div", { class: "progress", "data-testid": "progress" });
  private readonly text = el("span");

  constructor(private readonly translate: Translate) {
    this.element.append(el("span", { class: "spinner", "aria-hidden": "true" }), this.text);
  }

  render(progress: Message | null): void {
    if (progress) this.text.textContent = translateMessage(this.translate, progress);
    show(this.element, progress !== null);
  }
}
