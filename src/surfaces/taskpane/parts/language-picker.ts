// The join text's language: for the standalone meeting about to be made, or to put our existing one's
// join text into another language.
import type { Translate } from "../../../i18n";
import { el, show } from "../../shared/dom";
import type { RoutesModel } from "../routes-model";
import { fillOptions } from "./options";

export class LanguagePicker {
  readonly element = el("div", { class: "row" });
  private readonly select = el("select", { id: "omo-language", "data-testid": "language" });
  private readonly shownOptions = { key: "" };

  constructor(
    private readonly translate: Translate,
    onChoose: (tag: string) => void,
  ) {
    this.element.append(el("label", { for: "omo-language" }, translate("language.label")), this.select);
    this.select.addEventListener("change", () => onChoose(this.select.value));
  }

  render(language: RoutesModel["language"]): void {
    fillOptions(this.select, language.options, this.translate, this.shownOptions);
    this.select.value = language.value;
    this.select.disabled = language.disabled;
    show(this.element, language.visible);
  }
}
