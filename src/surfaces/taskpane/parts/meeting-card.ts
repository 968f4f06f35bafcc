// The card at the top: the "Online meeting" switch, what the appointment holds, its join link and until
// when the link works.
import type { Translate } from "../../../i18n";
import { el, show } from "../../shared/dom";
import { translateMessage } from "../../shared/messages";
import type { CardModel } from "../pane-model";
import { JoinLinkRow, type Clipboard } from "./join-link-row";

export class MeetingCard {
  readonly element: HTMLElement;
  readonly switchButton = el("button", {
    class: "switch",
    type: "button",
    role: "switch",
    id: "omo-switch",
    "aria-checked": "false",
    "data-testid": "switch",
    "aria-labelledby": "omo-switch-label",
  });
  private readonly status = el("p", { "data-testid": "state" });
  private readonly joinLink: JoinLinkRow;
  private readonly validUntil = el("p", { class: "muted", "data-testid": "valid-until" });

  constructor(
    private readonly translate: Translate,
    onSwitch: () => void,
    clipboard: Clipboard,
  ) {
    this.joinLink = new JoinLinkRow(translate, clipboard);
    this.switchButton.addEventListener("click", onSwitch);
    const label = el("label", { for: "omo-switch", id: "omo-switch-label" }, translate("toggle.label"));
    this.element = el(
      "section",
      { class: "card", "aria-label": translate("app.title") },
      el("div", { class: "switch-row" }, label, this.switchButton),
      this.status,
      this.joinLink.element,
      this.validUntil,
    );
  }

  render(card: CardModel): void {
    const { translate } = this;
    this.switchButton.setAttribute("aria-checked", String(card.switch.on));
    this.switchButton.setAttribute("aria-disabled", String(card.switch.disabled));
    if (card.switch.hint) this.switchButton.title = translateMessage(translate, card.switch.hint);
    else this.switchButton.removeAttribute("title");
    this.status.textContent = card.status.map((sentence) => translateMessage(translate, sentence)).join(" ");
    this.joinLink.render(card.joinUrl);
    if (card.validUntil) this.validUntil.textContent = translateMessage(translate, card.validUntil);
    show(this.validUntil, card.validUntil !== null);
  }
}
