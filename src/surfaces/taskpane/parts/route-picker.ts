// How to add the meeting: one radio per provider the calendar allows, then the standalone route; a note
// under them (no provider, or a delegate's own meeting). The group is one Tab stop.
import type { Translate } from "../../../i18n";
import { el, show } from "../../shared/dom";
import { translateMessage } from "../../shared/messages";
import type { RoutesModel } from "../routes-model";
import type { RouteValue } from "../pane-state";

export class RoutePicker {
  readonly element = el("fieldset", { "data-testid": "routes" });
  private readonly options = el("div", {
    class: "row",
    style: "flex-direction:column;align-items:flex-start",
  });
  private readonly note = el("p", { class: "muted", "data-testid": "route-note" });
  private radios: HTMLInputElement[] = [];
  private shownChoices = "";

  constructor(
    private readonly translate: Translate,
    private readonly onChoose: (route: RouteValue) => void,
  ) {
    this.element.append(el("legend", {}, translate("route.legend")), this.options, this.note);
  }

  render(routes: RoutesModel): void {
    const { translate } = this;
    const choices = JSON.stringify(routes.choices);
    // Rebuilt only when the choices change, so a focused radio keeps its focus.
    if (choices !== this.shownChoices) {
      this.shownChoices = choices;
      this.options.replaceChildren();
      this.radios = routes.choices.map((choice) => {
        const id = `omo-route-${choice.value.replace(/[^a-z0-9]/gi, "-")}`;
        const radio = el("input", { type: "radio", name: "omo-route", id, value: choice.value });
        radio.checked = choice.value === routes.selected;
        radio.addEventListener("change", () => this.onChoose(choice.value));
        this.options.append(
          el("label", { class: "choice", for: id }, radio, translateMessage(translate, choice.label)),
        );
        return radio;
      });
    }
    // One Tab stop, on the checked option (arrow keys move within the group). Browsers do this for
    // radio groups themselves, but Office.js in Outlook on the web moves Tab focus on its own, through
    // every focusable element, unless the others are marked tabindex -1.
    for (const radio of this.radios) {
      radio.checked = radio.value === routes.selected;
      radio.tabIndex = radio.checked ? 0 : -1;
    }
    this.element.disabled = routes.disabled;
    this.note.textContent = routes.note.map((sentence) => translateMessage(translate, sentence)).join(" ");
    show(this.note, routes.note.length > 0);
  }
}
