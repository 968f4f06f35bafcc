// Settings, behind a disclosure: auto-add, the default route and the default join language. Each change
// is reported with the controls' new values.
import type { Translate } from "../../../i18n";
import { el } from "../../shared/dom";
import type { SettingsModel } from "../pane-model";
import type { SettingsChange } from "../pane-state";
import { fillOptions } from "./options";

export class SettingsPanel {
  readonly element: HTMLElement;
  private readonly autoAdd = el("input", {
    type: "checkbox",
    id: "omo-auto-add",
    "data-testid": "settings-auto-add",
  });
  private readonly route = el("select", { id: "omo-settings-route", "data-testid": "settings-route" });
  private readonly language = el("select", {
    id: "omo-settings-language",
    "data-testid": "settings-language",
  });
  private readonly shownOptions = { key: "" };

  constructor(
    private readonly translate: Translate,
    onChange: (change: SettingsChange) => void,
  ) {
    const changed = () =>
      onChange({
        autoAdd: this.autoAdd.checked,
        route: this.route.value === "standalone" ? "standalone" : "auto",
        language: this.language.value,
      });
    for (const control of [this.autoAdd, this.route, this.language])
      control.addEventListener("change", changed);
    this.route.append(
      el("option", { value: "auto" }, translate("settings.route.auto")),
      el("option", { value: "standalone" }, translate("settings.route.standalone")),
    );
    this.element = el(
      "details",
      { class: "card", "data-testid": "settings" },
      // tabindex: Office.js in Outlook on the web moves Tab focus itself, and only to elements its
      // selector knows (links, form controls, [tabindex]); a bare <summary> would be skipped.
      el("summary", { "data-testid": "settings-toggle", tabindex: "0" }, translate("settings.title")),
      el("label", { class: "choice", for: "omo-auto-add" }, this.autoAdd, translate("settings.autoAdd")),
      el("p", { class: "muted" }, translate("settings.autoAddNote")),
      el("label", { for: "omo-settings-route" }, translate("settings.route")),
      this.route,
      el("label", { for: "omo-settings-language" }, translate("settings.language")),
      this.language,
    );
  }

  render(settings: SettingsModel): void {
    this.autoAdd.checked = settings.autoAdd;
    this.route.value = settings.route;
    fillOptions(this.language, settings.options, this.translate, this.shownOptions);
    this.language.value = settings.language;
  }
}
