// The question before the irreversible calendar route: a non-modal alert dialog with "Don't ask me
// again". Focus moves to "Turn on" as it opens; Escape cancels.
import type { Translate } from "../../../i18n";
import { el, show } from "../../shared/dom";
import { translateMessage } from "../../shared/messages";
import type { ConfirmationModel } from "../pane-model";

export class Confirmation {
  readonly element = el("div", {
    class: "message warning",
    role: "alertdialog",
    "aria-modal": "false",
    "aria-labelledby": "omo-confirm-title",
    "data-testid": "confirm",
  });
  private readonly title = el("h2", { id: "omo-confirm-title" });
  private readonly irreversible = el("p");
  private readonly save = el("p");
  private readonly series = el("p", { "data-testid": "confirm-series" });
  private readonly remember = el("input", { type: "checkbox", id: "omo-remember" });
  private readonly continueButton = el("button", {
    class: "btn primary",
    type: "button",
    "data-testid": "confirm-continue",
  });

  /** `onAnswer`: whether the organizer went on, and whether they asked not to be asked again. */
  constructor(
    private readonly translate: Translate,
    onAnswer: (accepted: boolean, remember: boolean) => void,
  ) {
    const cancelButton = el("button", { class: "btn", type: "button", "data-testid": "confirm-cancel" });
    this.continueButton.textContent = translate("confirm.continue");
    cancelButton.textContent = translate("confirm.cancel");
    this.continueButton.addEventListener("click", () => onAnswer(true, this.remember.checked));
    cancelButton.addEventListener("click", () => onAnswer(false, this.remember.checked));
    this.element.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      // The dialog uses this Escape: in Outlook on the web an Escape reaching the window makes
      // Office.js hand focus back to Outlook, which would throw the user out of the pane.
      event.preventDefault();
      event.stopPropagation();
      onAnswer(false, this.remember.checked);
    });
    this.element.append(
      this.title,
      this.series,
      this.irreversible,
      this.save,
      el(
        "label",
        { class: "choice", for: "omo-remember" },
        this.remember,
        translate("confirm.calendar.remember"),
      ),
      el("div", { class: "row" }, this.continueButton, cancelButton),
    );
  }

  render(confirmation: ConfirmationModel | null): void {
    const { translate } = this;
    if (confirmation) {
      // Each question starts unticked: "Don't ask me again" is answered afresh.
      if (this.element.hidden) this.remember.checked = false;
      this.title.textContent = translateMessage(translate, confirmation.title);
      if (confirmation.series) this.series.textContent = translateMessage(translate, confirmation.series);
      this.irreversible.textContent = translateMessage(translate, confirmation.irreversible);
      if (confirmation.save) this.save.textContent = translateMessage(translate, confirmation.save);
    }
    show(this.series, confirmation?.series != null);
    show(this.save, confirmation?.save != null);
    show(this.element, confirmation !== null);
  }

  focusContinue(): void {
    this.continueButton.focus();
  }
}
