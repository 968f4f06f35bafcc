// Who is signed in, at the foot of the pane.
import type { Translate } from "../../../i18n";
import { el, show } from "../../shared/dom";
import { translateMessage, type Message } from "../../shared/messages";

export class AccountLine {
  readonly element: HTMLElement;
  private readonly text = el("p", { class: "muted", "data-testid": "account" });

  constructor(
    private readonly translate: Translate,
    onSignOut: () => void,
  ) {
    const signOut = el("button", { class: "btn", type: "button", "data-testid": "sign-out" });
    signOut.textContent = translate("action.signOut");
    // Not offered in the pane yet (it never was): the handler is wired for when it is.
    show(signOut, false);
    signOut.addEventListener("click", onSignOut);
    this.element = el("div", { class: "account" }, this.text, signOut);
  }

  render(account: Message | null): void {
    this.text.textContent = account ? translateMessage(this.translate, account) : "";
  }
}
