// The join link of the meeting on the appointment, with a button that copies it and says whether that
// worked.
import type { Translate } from "../../../i18n";
import { el, show } from "../../shared/dom";

export interface Clipboard {
  /** Defaults to the browser's clipboard. */
  copyText?: ((text: string) => Promise<void>) | undefined;
  announce: (text: string) => void;
}

export class JoinLinkRow {
  readonly element = el("div", { class: "row" });
  private readonly link = el("a", {
    class: "join-link",
    target: "_blank",
    rel: "noreferrer noopener",
    "data-testid": "join-link",
  });
  private readonly copyButton = el("button", { class: "btn", type: "button", "data-testid": "copy" });

  constructor(
    private readonly translate: Translate,
    private readonly clipboard: Clipboard,
  ) {
    this.copyButton.textContent = translate("state.copy");
    this.copyButton.addEventListener("click", () => void this.copy());
    this.element.append(this.link, this.copyButton);
  }

  render(joinUrl: string | null): void {
    if (joinUrl) {
      this.link.href = joinUrl;
      this.link.textContent = this.translate("state.joinLink");
      this.link.title = joinUrl;
    }
    show(this.element, joinUrl !== null);
  }

  /** Copies the link as the browser reads it (its href). */
  private async copy(): Promise<void> {
    const { translate, clipboard } = this;
    try {
      const copyText = clipboard.copyText ?? ((text: string) => navigator.clipboard.writeText(text));
      await copyText(this.link.href);
      clipboard.announce(translate("state.copied"));
    } catch {
      clipboard.announce(translate("state.copyFailed"));
    }
  }
}
