// A failure in words (an alert), the consent link where an administrator must approve, and Try again
// (or Sign in) where doing it again may work.
import type { Translate } from "../../../i18n";
import { el, show } from "../../shared/dom";
import { translateMessage } from "../../shared/messages";
import type { ErrorModel } from "../pane-model";

export class ErrorBox {
  readonly element = el("div", { class: "message error", role: "alert", "data-testid": "error" });
  private readonly text = el("p");
  private readonly consentLink = el("a", { target: "_blank", rel: "noreferrer noopener" });
  private readonly retryButton = el("button", { class: "btn", type: "button", "data-testid": "retry" });

  constructor(
    private readonly translate: Translate,
    onRetry: () => void,
  ) {
    this.retryButton.textContent = translate("action.retry");
    this.retryButton.addEventListener("click", onRetry);
    this.element.append(this.text, this.consentLink, el("div", { class: "row" }, this.retryButton));
  }

  render(error: ErrorModel | null): void {
    const { translate } = this;
    show(this.element, error !== null);
    if (!error) return;
    this.text.textContent = translateMessage(translate, error.text);
    if (error.consentLink) {
      this.consentLink.href = error.consentLink;
      this.consentLink.textContent = translate("error.consentLink");
    }
    show(this.consentLink, error.consentLink !== null);
    if (error.retry) this.retryButton.textContent = translateMessage(translate, error.retry);
    show(this.retryButton, error.retry !== null);
  }
}
