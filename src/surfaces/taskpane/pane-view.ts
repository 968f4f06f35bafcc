// The task pane's wiring: the organizer's clicks and the pane's own loading become use-case calls and
// new pane states (pane-state.ts); after each, describePane() (pane-model.ts) says what to show and the
// view parts (parts/) show it. The parts are built once and updated in place, so keyboard focus is
// never lost.
import type { CalendarRouteInfo, MeetingService, ProgressStep } from "../../app/meeting-service";
import { defaultsMissed } from "../../app/apply-defaults";
import { ErrorCode, toAppError, type AppError } from "../../core/errors";
import type { CalendarProviders, UserSettings } from "../../core/types";
import { joinLanguageOptions, languageName, type Translate } from "../../i18n";
import type { SignedInAccount } from "../../ports/token-provider";
import { PROGRESS_MESSAGE } from "../shared/messages";
import { PaneLayout } from "./pane-layout";
import { describePane, type PaneModel } from "./pane-model";
import type { MeetingOptionsPort } from "./meeting-options-view";
import {
  addRequest,
  answered,
  followMeetingLanguage,
  initialPaneState,
  languageChangeWanted,
  needsConfirmation,
  withProviders,
  withSettings,
  withSettingsChange,
  withMeetingRead,
  type PaneState,
  type RouteValue,
  type SettingsChange,
} from "./pane-state";

export interface PaneOptions {
  root: HTMLElement;
  service: MeetingService;
  translate: Translate;
  uiLocale: string;
  displayLanguage: string;
  saveSettings: (settings: UserSettings) => Promise<void>;
  /** The token provider's, where it has them: who is signed in; forget them and their tokens. */
  account?: (() => Promise<SignedInAccount | null>) | undefined;
  signOut?: (() => Promise<void>) | undefined;
  copyText?: (text: string) => Promise<void>;
  meetingOptions?: MeetingOptionsPort | undefined;
}

export class PaneView {
  private state: PaneState = initialPaneState();
  /** What "Try again" does: the last action, or reading the pane again. */
  private retryAction: (() => Promise<void>) | null = null;
  private pendingAnswer: ((accepted: boolean) => void) | null = null;
  private readonly layout: PaneLayout;

  constructor(private readonly options: PaneOptions) {
    this.layout = new PaneLayout(options, {
      onSwitch: () => void this.onSwitch(),
      onAddAnyway: () => void this.runAdd(true),
      onAnswer: (accepted, remember) => this.onAnswer(accepted, remember),
      onRetry: () => void this.retryAction?.(),
      onRouteChosen: (route) => this.onRouteChosen(route),
      onLanguageChosen: (tag) => this.onLanguageChosen(tag),
      onSettingsChanged: (change) => this.onSettingsChanged(change),
      onSignOut: () => this.onSignOut(),
    });
  }

  mount(): void {
    this.layout.mount(this.options.root);
    this.render();
    // Another surface may have changed the item while the pane was open (the ribbon command, the
    // toggle, a second pane: each its own runtime): coming back to the pane reads it again.
    const refresh = () => void this.refresh().catch(() => undefined);
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") refresh();
    });
  }

  /** First paint is done; now read the state and the calendar's providers (in parallel). */
  async load(): Promise<void> {
    const { service, root, displayLanguage, uiLocale } = this.options;
    const providers = service.providers();
    try {
      const settings = await service.settings();
      this.update(
        withSettings(this.state, settings, joinLanguageOptions(displayLanguage, uiLocale), displayLanguage),
      );
      this.update(withMeetingRead(this.state, await service.getState())); // a failed load's error goes
    } catch (thrown) {
      this.showError(toAppError(thrown), () => this.load());
    } finally {
      root.setAttribute("aria-busy", "false");
    }
    let calendar: CalendarProviders | null = null;
    try {
      calendar = await providers;
    } catch (thrown) {
      if (this.state.meeting?.kind === "none") this.showError(toAppError(thrown), () => this.load());
    }
    this.update(followMeetingLanguage(withProviders(this.state, calendar)));
    root.dataset.ready = "true";
    performance.mark("omo-ready");
    void this.showAccount();
    // Keep an existing standalone meeting in step with an appointment edited since.
    void service
      .syncIfChanged()
      .then((updated) => (updated ? this.refresh() : undefined))
      .catch(() => undefined);
  }

  /**
   * Read the state again (after the appointment changed underneath: its recurrence, or another
   * surface adding or removing the meeting). Not while the pane is working, and an answer that
   * arrives after the pane moved on (an add begun meanwhile) is dropped rather than shown stale.
   */
  async refresh(): Promise<void> {
    if (this.state.working) return;
    const before = this.state;
    const meeting = await this.options.service.getState();
    if (this.state !== before) return;
    this.update(followMeetingLanguage({ ...this.state, meeting }));
  }

  private update(next: PaneState): void {
    this.state = next;
    this.render();
  }

  private model(): PaneModel {
    const { uiLocale, translate } = this.options;
    return describePane(this.state, { uiLocale, catalogLocale: translate.locale });
  }

  private render(): void {
    this.layout.render(this.model());
  }

  private async onSwitch(): Promise<void> {
    const { press } = this.model().card.switch;
    if (press === "remove") await this.runRemove();
    else if (press === "add") await this.runAdd(false);
  }

  private onRouteChosen(route: RouteValue): void {
    this.update({ ...this.state, checkedRoute: route });
  }

  private onLanguageChosen(tag: string): void {
    const wanted = languageChangeWanted(this.state, tag);
    this.update({ ...this.state, joinLanguage: tag });
    if (wanted) void this.runChangeLanguage(tag);
  }

  private onSettingsChanged(change: SettingsChange): void {
    const { translate, saveSettings } = this.options;
    this.update(withSettingsChange(this.state, change));
    void saveSettings(this.state.settings)
      .then(() => this.announce(translate("settings.saved"), false))
      .catch((thrown: unknown) => this.showError(toAppError(thrown), null));
  }

  private async runAdd(force: boolean): Promise<void> {
    const { service, translate } = this.options;
    const request = addRequest(this.state, force);
    this.retryAction = () => this.runAdd(force);
    await this.work(async () => {
      const result = await service.add(request, {
        confirmCalendarRoute: (info) => this.confirmCalendarRoute(info),
        onProgress: (step) => this.showProgress(step),
      });
      if (result.kind === "added")
        this.announce(
          translate(defaultsMissed(result.defaults) ? "done.addedDefaultsMissed" : "done.added"),
          true,
        );
      else if (result.kind === "already") this.announce(translate("done.already"), true);
    });
  }

  private async runRemove(): Promise<void> {
    const { service, translate } = this.options;
    // Only our standalone meeting gets here: the switch can't be pressed on an online event (describePane).
    this.retryAction = () => this.runRemove();
    await this.work(async () => {
      await service.remove({ onProgress: (step) => this.showProgress(step) });
      this.announce(translate("done.removed"), true);
    });
  }

  private async runChangeLanguage(language: string): Promise<void> {
    const { service, translate, uiLocale } = this.options;
    this.retryAction = () => this.runChangeLanguage(language);
    await this.work(async () => {
      const result = await service.changeLanguage(language, {
        onProgress: (step) => this.showProgress(step),
      });
      if (result.kind === "changed") {
        const name = languageName(result.language ?? language, uiLocale);
        this.announce(translate("done.languageChanged", { language: name }), true);
      }
    });
  }

  /**
   * One action at a time, then the appointment read again; its error shown (a second click's "busy"
   * is not news), progress cleared.
   */
  private async work(task: () => Promise<void>): Promise<void> {
    this.layout.live.actionStarted();
    this.update({ ...this.state, working: true, error: null });
    try {
      await task();
      this.state = { ...this.state, meeting: await this.options.service.getState() };
      if (!this.state.account) void this.showAccount(); // signed in again after Sign out
    } catch (thrown) {
      const error = toAppError(thrown);
      if (error.code !== ErrorCode.busy) this.showError(error, this.retryAction);
    } finally {
      this.update(followMeetingLanguage({ ...this.state, working: false, progress: null }));
    }
  }

  private confirmCalendarRoute(info: CalendarRouteInfo): Promise<boolean> {
    if (!needsConfirmation(this.state, info)) return Promise.resolve(true);
    this.update({ ...this.state, confirmation: info, progress: null });
    this.layout.focusConfirmation();
    return new Promise((resolve) => {
      this.pendingAnswer = resolve;
    });
  }

  private onAnswer(accepted: boolean, remember: boolean): void {
    const resolve = this.pendingAnswer;
    this.pendingAnswer = null;
    const answer = answered(this.state, accepted, remember);
    this.update(answer.state);
    if (answer.remembered) void this.options.saveSettings(answer.remembered).catch(() => undefined);
    this.layout.focusSwitch();
    resolve?.(accepted);
  }

  private showProgress(step: ProgressStep): void {
    this.update({ ...this.state, progress: step });
    this.announce(this.options.translate(PROGRESS_MESSAGE[step]), false);
  }

  private announce(text: string, done: boolean): void {
    this.layout.live.announce(text, done);
  }

  private showError(error: AppError, retry: (() => Promise<void>) | null): void {
    this.retryAction = retry;
    this.update({ ...this.state, error: { error, canRetry: retry !== null } });
  }

  private async showAccount(): Promise<void> {
    // Not signed in yet (or no one can tell): nothing to show.
    const account = await this.options.account?.().catch(() => null);
    if (account) this.update({ ...this.state, account });
  }

  /** Signed out, the account line and its button go: focus (on the button) moves to the switch. */
  private onSignOut(): void {
    void this.options
      .signOut?.()
      .then(() => {
        this.update({ ...this.state, account: null });
        this.layout.focusSwitch();
      })
      .catch(() => undefined);
  }
}
