// Who is signed in, at the foot of the pane, and Sign out where the token provider can sign out.
import type { Translate } from "../../../i18n";
import { el, show } from "../../shared/dom";
import { translateMessage, type Message } from "../../shared/messages";

export class AccountLine {
  readonly element: HTMLElement;
  private readonly text = el("p", { class: "muted", "data-testid": "account" });
  private readonly signOut = el("button", { class: "btn", type: "button", "data-testid": "sign-out" });

  /** `onSignOut`: null where the token provider can't sign out (then the button never shows). */
  constructor(
    private readonly translate: Translate,
    private readonly onSignOut: (() => void) | null,
  ) {
    this.signOut.textContent = translate("action.signOut");
    show(this.signOut, false);
    if (onSignOut) this.signOut.addEventListener("click", onSignOut);
    this.element = el("div", { class: "account" }, this.text, this.signOut);
  }

  /** `account`: who is signed in (the line and Sign out show), or null (neither does). */
  render(account: Message | null): void {
    this.text.textContent = account ? translateMessage(this.translate, account) : "";
    show(this.signOut, account !== null && this.onSignOut !== null);
  }
}
