// The pane's parts, top to bottom, and what each is told on every render. Which element comes where is
// decided here once; pane-view.ts only wires events to use-cases.
import type { Translate } from "../../i18n";
import { el } from "../shared/dom";
import { MeetingOptionsView, type MeetingOptionsPort } from "./meeting-options-view";
import type { PaneModel } from "./pane-model";
import type { RouteValue, SettingsChange } from "./pane-state";
import { AccountLine } from "./parts/account-line";
import { Confirmation } from "./parts/confirmation";
import { ErrorBox } from "./parts/error-box";
import { ForeignWarning } from "./parts/foreign-warning";
import { LanguagePicker } from "./parts/language-picker";
import { LiveRegion } from "./parts/live-region";
import { MeetingCard } from "./parts/meeting-card";
import { ProgressLine } from "./parts/progress-line";
import { RoutePicker } from "./parts/route-picker";
import { SettingsPanel } from "./parts/settings-panel";

/** What the organizer does in the pane. */
export interface PaneEvents {
  onSwitch(): void;
  onAddAnyway(): void;
  onAnswer(accepted: boolean, remember: boolean): void;
  onRetry(): void;
  onRouteChosen(route: RouteValue): void;
  onLanguageChosen(tag: string): void;
  onSettingsChanged(change: SettingsChange): void;
  onSignOut(): void;
}

export class PaneLayout {
  readonly live = new LiveRegion();
  private readonly card: MeetingCard;
  private readonly foreign: ForeignWarning;
  private readonly confirmation: Confirmation;
  private readonly progress: ProgressLine;
  private readonly errorBox: ErrorBox;
  private readonly routes: RoutePicker;
  private readonly language: LanguagePicker;
  private readonly settings: SettingsPanel;
  private readonly account: AccountLine;
  private readonly meetingOptions: MeetingOptionsView | null;
  private readonly translate: Translate;

  /**
   * `copyText`: the clipboard to copy the join link to (the browser's by default); `signOut`: whether
   * the pane can sign out at all (else no Sign out button); `meetingOptions`: the meeting's Teams
   * options (else no section for them).
   */
  constructor(
    {
      translate,
      copyText,
      signOut,
      meetingOptions,
    }: {
      translate: Translate;
      meetingOptions?: MeetingOptionsPort | undefined;
      copyText?: ((text: string) => Promise<void>) | undefined;
      signOut?: (() => Promise<void>) | undefined;
    },
    events: PaneEvents,
  ) {
    this.translate = translate;
    this.card = new MeetingCard(translate, () => events.onSwitch(), {
      copyText,
      announce: (text) => this.live.announce(text, false),
    });
    this.foreign = new ForeignWarning(translate, () => events.onAddAnyway());
    this.confirmation = new Confirmation(translate, (accepted, remember) =>
      events.onAnswer(accepted, remember),
    );
    this.progress = new ProgressLine(translate);
    this.errorBox = new ErrorBox(translate, () => events.onRetry());
    this.routes = new RoutePicker(translate, (route) => events.onRouteChosen(route));
    this.language = new LanguagePicker(translate, (tag) => events.onLanguageChosen(tag));
    this.settings = new SettingsPanel(translate, (change) => events.onSettingsChanged(change));
    this.account = new AccountLine(translate, signOut ? () => events.onSignOut() : null);
    this.meetingOptions = meetingOptions ? new MeetingOptionsView(translate, meetingOptions) : null;
  }

  mount(root: HTMLElement): void {
    const { translate } = this;
    root.replaceChildren();
    document.title = translate("app.title");
    root.append(
      el("h1", {}, translate("app.title")),
      this.card.element,
      this.foreign.element,
      this.confirmation.element,
      this.progress.element,
      this.errorBox.element,
      el("section", { class: "card" }, this.routes.element, this.language.element),
      ...(this.meetingOptions ? [this.meetingOptions.element] : []),
      this.settings.element,
      this.account.element,
      this.live.element,
    );
  }

  render(model: PaneModel): void {
    this.card.render(model.card);
    this.foreign.render(model.foreign);
    this.confirmation.render(model.confirmation);
    this.progress.render(model.progress);
    this.errorBox.render(model.error);
    this.routes.render(model.routes);
    this.language.render(model.routes.language);
    this.settings.render(model.settings);
    this.account.render(model.account);
    this.meetingOptions?.setMeetingExists(model.meetingExists);
  }

  /** The confirmation opened: "Turn on" has the focus. */
  focusConfirmation(): void {
    this.confirmation.focusContinue();
  }

  /** The confirmation was answered: focus goes back to the switch, where the organizer started. */
  focusSwitch(): void {
    this.card.switchButton.focus();
  }
}
