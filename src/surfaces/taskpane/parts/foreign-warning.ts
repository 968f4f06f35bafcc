// Another service's join link is in the body: said before anything is added, with "Add anyway".
import type { Translate } from "../../../i18n";
import { el, show } from "../../shared/dom";
import { translateMessage, type Message } from "../../shared/messages";

export class ForeignWarning {
  readonly element = el("div", { class: "message warning", "data-testid": "foreign" });
  private readonly text = el("p");

  constructor(
    private readonly translate: Translate,
    onAddAnyway: () => void,
  ) {
    const addAnyway = el("button", { class: "btn", type: "button", "data-testid": "foreign-add" });
    addAnyway.textContent = translate("confirm.foreign.add");
    addAnyway.addEventListener("click", onAddAnyway);
    this.element.append(this.text, el("div", { class: "row" }, addAnyway));
  }

  render(warning: Message | null): void {
    if (warning) this.text.textContent = translateMessage(this.translate, warning);
    show(this.element, warning !== null);
  }
}
