// The task pane: the meeting state at a glance, the "Online meeting" switch, the route and language
// choice, confirmation before the irreversible calendar route, progress and errors. Built once; later
// updates change text and visibility in place so keyboard focus is never lost.
import type { AddResult, CalendarRouteInfo, MeetingService, ProgressStep } from "../../app/meeting-service";
import { AppError, ErrorCode, toAppError } from "../../core/errors";
import { sameLanguage } from "../../core/join-language";
import { decideRoute, realProviders } from "../../core/route";
import type { CalendarProviders, MeetingState, OnlineMeetingProvider, UserSettings } from "../../core/types";
import { calendarRouteConfirmed, DEFAULT_SETTINGS, defaultJoinLanguage } from "../../core/user-settings";
import { joinLanguageOptions, languageName, type Translate } from "../../i18n";
import { errorMessage } from "../shared/error-message";
import { PROGRESS_MESSAGE, serviceNameKey } from "../shared/messages";
import { el, show } from "../shared/dom";

export interface PaneOptions {
  root: HTMLElement;
  service: MeetingService;
  t: Translate;
  uiLocale: string;
  displayLanguage: string;
  saveSettings: (settings: UserSettings) => Promise<void>;
  account?: (() => Promise<{ name: string; username: string } | null>) | undefined;
  /** Where the platform allows it (MSAL): forget the account and its tokens. */
  signOut?: (() => Promise<void>) | undefined;
  copyText?: (text: string) => Promise<void>;
}

type RouteValue = "standalone" | `calendar:${string}`;

export class PaneView {
  private meeting: MeetingState | null = null;
  private providers: CalendarProviders | null = null;
  private settings: UserSettings = { ...DEFAULT_SETTINGS };
  private working = false;
  private pendingConfirm: ((ok: boolean) => void) | null = null;

  // Stable elements.
  private readonly stateText = el("p", { "data-testid": "state" });
  private readonly validUntil = el("p", { class: "muted", "data-testid": "valid-until" });
  private readonly joinRow = el("div", { class: "row" });
  private readonly joinLink = el("a", {
    class: "join-link",
    target: "_blank",
    rel: "noreferrer noopener",
    "data-testid": "join-link",
  });
  private readonly copyButton = el("button", { class: "btn", type: "button", "data-testid": "copy" });
  private readonly switchButton = el("button", {
    class: "switch",
    type: "button",
    role: "switch",
    id: "omo-switch",
    "aria-checked": "false",
    "data-testid": "switch",
  });
  private readonly switchLabel = el("label", { for: "omo-switch", id: "omo-switch-label" });
  private readonly routeFieldset = el("fieldset", { "data-testid": "routes" });
  private readonly routeLegend = el("legend");
  private readonly routeOptions = el("div", {
    class: "row",
    style: "flex-direction:column;align-items:flex-start",
  });
  private readonly routeNote = el("p", { class: "muted", "data-testid": "route-note" });
  private readonly languageRow = el("div", { class: "row" });
  private readonly languageSelect = el("select", { id: "omo-language", "data-testid": "language" });
  private readonly confirmBox = el("div", {
    class: "message warning",
    role: "alertdialog",
    "aria-modal": "false",
    "aria-labelledby": "omo-confirm-title",
    "data-testid": "confirm",
  });
  private readonly confirmTitle = el("h2", { id: "omo-confirm-title" });
  private readonly confirmText = el("p");
  private readonly confirmSave = el("p");
  private readonly confirmSeries = el("p", { "data-testid": "confirm-series" });
  private readonly confirmRemember = el("input", { type: "checkbox", id: "omo-remember" });
  private readonly confirmContinue = el("button", {
    class: "btn primary",
    type: "button",
    "data-testid": "confirm-continue",
  });
  private readonly confirmCancel = el("button", {
    class: "btn",
    type: "button",
    "data-testid": "confirm-cancel",
  });
  private readonly foreignBox = el("div", { class: "message warning", "data-testid": "foreign" });
  private readonly foreignText = el("p");
  private readonly foreignAdd = el("button", { class: "btn", type: "button", "data-testid": "foreign-add" });
  private readonly progress = el("div", { class: "progress", "data-testid": "progress" });
  private readonly progressText = el("span");
  private readonly errorBox = el("div", { class: "message error", role: "alert", "data-testid": "error" });
  private readonly errorText = el("p");
  private readonly errorLink = el("a", { target: "_blank", rel: "noreferrer noopener" });
  private readonly retryButton = el("button", { class: "btn", type: "button", "data-testid": "retry" });
  private readonly live = el("div", {
    class: "visually-hidden",
    role: "status",
    "aria-live": "polite",
    "data-testid": "live",
  });
  private readonly accountText = el("p", { class: "muted", "data-testid": "account" });
  private readonly signOutButton = el("button", { class: "btn", type: "button", "data-testid": "sign-out" });
  private readonly settingsAutoAdd = el("input", {
    type: "checkbox",
    id: "omo-auto-add",
    "data-testid": "settings-auto-add",
  });
  private readonly settingsRoute = el("select", {
    id: "omo-settings-route",
    "data-testid": "settings-route",
  });
  private readonly settingsLanguage = el("select", {
    id: "omo-settings-language",
    "data-testid": "settings-language",
  });
  private lastAction: (() => Promise<void>) | null = null;
  /** The provider the calendar-route confirmation was last shown for, and the one the user accepted. */
  private askedProvider: OnlineMeetingProvider | null = null;
  private confirmedProvider: OnlineMeetingProvider | null = null;

  constructor(private readonly o: PaneOptions) {}

  mount(): void {
    const { t, root } = this.o;
    root.replaceChildren();
    document.title = t("app.title");

    this.copyButton.textContent = t("state.copy");
    this.copyButton.addEventListener("click", () => void this.copyJoinLink());
    this.joinRow.append(this.joinLink, this.copyButton);

    this.switchLabel.textContent = t("toggle.label");
    this.switchButton.setAttribute("aria-labelledby", "omo-switch-label");
    this.switchButton.addEventListener("click", () => void this.onToggle());

    this.routeLegend.textContent = t("route.legend");
    this.routeFieldset.append(this.routeLegend, this.routeOptions, this.routeNote);

    const languageLabel = el("label", { for: "omo-language" }, t("language.label"));
    this.languageRow.append(languageLabel, this.languageSelect);
    this.languageSelect.addEventListener("change", () => {
      const m = this.meeting;
      const chosen = this.languageSelect.value;
      if (m?.kind !== "ours" || m.route !== "standalone" || this.working) return;
      if (!m.language || !sameLanguage(chosen, m.language)) void this.runChangeLanguage(chosen);
    });

    this.confirmContinue.textContent = t("confirm.continue");
    this.confirmCancel.textContent = t("confirm.cancel");
    this.confirmContinue.addEventListener("click", () => this.answerConfirm(true));
    this.confirmCancel.addEventListener("click", () => this.answerConfirm(false));
    this.confirmBox.addEventListener("keydown", (e) => {
      if (e.key !== "Escape") return;
      // The dialog uses this Escape: in Outlook on the web an Escape reaching the window makes
      // Office.js hand focus back to Outlook, which would throw the user out of the pane.
      e.preventDefault();
      e.stopPropagation();
      this.answerConfirm(false);
    });
    this.confirmBox.append(
      this.confirmTitle,
      this.confirmSeries,
      this.confirmText,
      this.confirmSave,
      el(
        "label",
        { class: "choice", for: "omo-remember" },
        this.confirmRemember,
        t("confirm.calendar.remember"),
      ),
      el("div", { class: "row" }, this.confirmContinue, this.confirmCancel),
    );

    this.foreignAdd.textContent = t("confirm.foreign.add");
    this.foreignAdd.addEventListener("click", () => void this.runAdd(true));
    this.foreignBox.append(this.foreignText, el("div", { class: "row" }, this.foreignAdd));

    this.progress.append(el("span", { class: "spinner", "aria-hidden": "true" }), this.progressText);

    this.retryButton.textContent = t("action.retry");
    this.retryButton.addEventListener("click", () => void this.lastAction?.());
    this.errorBox.append(this.errorText, this.errorLink, el("div", { class: "row" }, this.retryButton));

    root.append(
      el("h1", {}, t("app.title")),
      el(
        "section",
        { class: "card", "aria-label": t("app.title") },
        el("div", { class: "switch-row" }, this.switchLabel, this.switchButton),
        this.stateText,
        this.joinRow,
        this.validUntil,
      ),
      this.foreignBox,
      this.confirmBox,
      this.progress,
      this.errorBox,
      el("section", { class: "card" }, this.routeFieldset, this.languageRow),
      this.settingsSection(),
      el("div", { class: "account" }, this.accountText, this.signOutButton),
      this.live,
    );
    for (const n of [
      this.joinRow,
      this.foreignBox,
      this.confirmBox,
      this.progress,
      this.errorBox,
      this.languageRow,
    ]) {
      show(n, false);
    }
    this.signOutButton.textContent = t("action.signOut");
    show(this.signOutButton, false);
    this.signOutButton.addEventListener("click", () => {
      void this.o
        .signOut?.()
        .then(() => {
          this.accountText.textContent = "";
          show(this.signOutButton, false);
        })
        .catch(() => undefined);
    });
    this.stateText.textContent = t("app.loading");
    this.routeNote.textContent = t("route.loading");
    this.switchButton.setAttribute("aria-disabled", "true");
  }

  /** First paint is done; now read the state and the calendar's providers (in parallel). */
  async load(): Promise<void> {
    const { service } = this.o;
    const providers = service.providers();
    try {
      this.settings = await service.settings();
      this.fillLanguages();
      this.fillSettings();
      this.meeting = await service.getState();
      this.renderState();
    } catch (e) {
      this.showError(toAppError(e), () => this.load());
    } finally {
      this.o.root.setAttribute("aria-busy", "false");
    }
    try {
      this.providers = await providers;
    } catch (e) {
      this.providers = null;
      if (this.meeting?.kind === "none") this.showError(toAppError(e), () => this.load());
    }
    this.renderRoutes();
    this.renderState();
    this.o.root.dataset.ready = "true";
    performance.mark("omo-ready");
    void this.showAccount();
    // Keep an existing standalone meeting in step with an appointment edited since.
    void service
      .syncIfChanged()
      .then((updated) => (updated ? this.refresh() : undefined))
      .catch(() => undefined);
  }

  // ---- rendering ----

  private renderState(): void {
    const { t } = this.o;
    const m = this.meeting;
    show(this.foreignBox, false);
    show(this.joinRow, false);
    show(this.validUntil, false);
    if (!m) return;
    let on = false;
    let canToggle = !this.working;
    switch (m.kind) {
      case "none":
        this.stateText.textContent = t("state.none");
        break;
      case "ours":
        on = true;
        this.stateText.textContent =
          m.route === "calendar"
            ? t("state.ours.calendar", { provider: this.providerName(m.provider) })
            : t("state.ours.standalone");
        if (m.organizer) this.stateText.textContent += ` ${t("state.organizer", { organizer: m.organizer })}`;
        if (m.route === "calendar") canToggle = false;
        this.showJoin(m.joinUrl);
        this.showValidUntil(m.linkValidUntil);
        break;
      case "calendar-online":
        on = true;
        canToggle = false;
        this.stateText.textContent = t("state.calendarOnline", { provider: this.providerName(m.provider) });
        this.showJoin(m.joinUrl ?? undefined);
        break;
      case "foreign":
        this.stateText.textContent = t("state.none");
        this.foreignText.textContent = t("state.foreign", { service: t(serviceNameKey(m.meeting.service)) });
        show(this.foreignBox, true);
        break;
    }
    this.switchButton.setAttribute("aria-checked", String(on));
    // aria-disabled, not disabled: a disabled button drops keyboard focus mid-operation.
    const inert = !canToggle || (m.kind === "foreign" && !on);
    this.switchButton.setAttribute("aria-disabled", String(inert));
    this.switchButton.title = m.kind === "ours" && m.route === "calendar" ? t("remove.irreversible") : "";
    this.routeFieldset.disabled = on || this.working;
    // An existing standalone meeting's join text can be put into another language (same meeting).
    const ownStandalone = m.kind === "ours" && m.route === "standalone";
    // (Kept enabled while its own change runs: disabling the focused control would drop focus.)
    this.languageSelect.disabled = !ownStandalone && (on || this.working);
    if (ownStandalone && m.language && !this.working) {
      const language = m.language;
      const option = [...this.languageSelect.options].find((o) => sameLanguage(o.value, language));
      if (option) this.languageSelect.value = option.value;
    }
    this.renderLanguageVisibility();
  }

  private showValidUntil(date: Date | undefined): void {
    if (!date) return;
    let text: string;
    try {
      text = new Intl.DateTimeFormat(this.o.uiLocale, { dateStyle: "long" }).format(date);
    } catch {
      text = date.toISOString().slice(0, 10);
    }
    this.validUntil.textContent = this.o.t("state.validUntil", { date: text });
    show(this.validUntil, true);
  }

  /** Read the state again (after the appointment changed underneath, e.g. its recurrence). */
  async refresh(): Promise<void> {
    if (this.working) return;
    this.meeting = await this.o.service.getState();
    this.renderState();
  }

  private showJoin(url: string | undefined): void {
    if (!url) return;
    this.joinLink.href = url;
    this.joinLink.textContent = this.o.t("state.joinLink");
    this.joinLink.title = url;
    show(this.joinRow, true);
  }

  private renderRoutes(): void {
    const { t } = this.o;
    this.routeOptions.replaceChildren();
    const real = this.providers ? realProviders(this.providers) : [];
    const current = this.initialRoute();
    const options: { value: RouteValue; label: string }[] = real.map((p) => ({
      value: `calendar:${p}`,
      label: t("route.calendar", { provider: this.providerName(p) }),
    }));
    options.push({ value: "standalone", label: t("route.standalone") });
    for (const option of options) {
      const id = `omo-route-${option.value.replace(/[^a-z0-9]/gi, "-")}`;
      const input = el("input", { type: "radio", name: "omo-route", id, value: option.value });
      input.checked = option.value === current;
      input.addEventListener("change", () => {
        this.rovingTabStop();
        this.renderLanguageVisibility();
      });
      this.routeOptions.append(el("label", { class: "choice", for: id }, input, option.label));
    }
    this.rovingTabStop();
    this.renderLanguageVisibility();
  }

  /**
   * One Tab stop for the route group, on the checked option (arrow keys move within it). Browsers do
   * this for radio groups themselves, but Office.js in Outlook on the web moves Tab focus on its own,
   * through every focusable element, unless the others are marked tabindex -1.
   */
  private rovingTabStop(): void {
    for (const r of this.routeOptions.querySelectorAll<HTMLInputElement>("input[name=omo-route]"))
      r.tabIndex = r.checked ? 0 : -1;
  }

  /** The route the add-in itself would take (core/route.ts), so the pane preselects what the command does. */
  private initialRoute(): RouteValue {
    if (!this.providers) return "standalone";
    const decision = decideRoute(this.providers, {
      route: this.settings.route,
      provider: this.settings.provider,
    });
    return decision.route === "calendar" ? `calendar:${decision.provider}` : "standalone";
  }

  private selectedRoute(): RouteValue {
    const checked = this.routeOptions.querySelector<HTMLInputElement>("input[name=omo-route]:checked");
    return (checked?.value as RouteValue | undefined) ?? "standalone";
  }

  private renderLanguageVisibility(): void {
    const standalone = this.selectedRoute() === "standalone";
    const m = this.meeting;
    const ownStandalone = m?.kind === "ours" && m.route === "standalone";
    show(this.languageRow, ownStandalone || (m?.kind !== "ours" && standalone));
    // Before creating: in someone else's calendar the standalone meeting is the delegate's own.
    const { t } = this.o;
    const owner = this.providers?.owner;
    const notes = [
      this.providers && realProviders(this.providers).length === 0 ? t("route.noProvider") : "",
      standalone && owner && m?.kind !== "ours" ? t("route.delegateOrganizer", { owner }) : "",
    ];
    this.routeNote.textContent = notes.filter(Boolean).join(" ");
    show(this.routeNote, this.routeNote.textContent !== "");
  }

  private fillLanguages(): void {
    const { uiLocale, displayLanguage, t } = this.o;
    this.languageSelect.replaceChildren();
    for (const { tag, name, isDefault } of joinLanguageOptions(displayLanguage, uiLocale)) {
      const label = isDefault ? t("language.default", { language: name }) : name;
      this.languageSelect.append(el("option", { value: tag }, label));
    }
    this.languageSelect.value = defaultJoinLanguage(this.settings, displayLanguage);
  }

  private providerName(p: OnlineMeetingProvider | undefined): string {
    return this.o.t(`provider.${p ?? "unknown"}`);
  }

  private settingsSection(): HTMLElement {
    const { t } = this.o;
    const save = () => {
      this.settings = {
        ...this.settings,
        autoAdd: this.settingsAutoAdd.checked,
        route: this.settingsRoute.value === "standalone" ? "standalone" : "auto",
        joinLanguage: this.settingsLanguage.value || undefined,
      };
      void this.o
        .saveSettings(this.settings)
        .then(() => this.announce(t("settings.saved"), false))
        .catch((e: unknown) => this.showError(toAppError(e), null));
    };
    for (const control of [this.settingsAutoAdd, this.settingsRoute, this.settingsLanguage]) {
      control.addEventListener("change", save);
    }
    this.settingsRoute.append(
      el("option", { value: "auto" }, t("settings.route.auto")),
      el("option", { value: "standalone" }, t("settings.route.standalone")),
    );
    return el(
      "details",
      { class: "card", "data-testid": "settings" },
      // tabindex: Office.js in Outlook on the web moves Tab focus itself, and only to elements its
      // selector knows (links, form controls, [tabindex]); a bare <summary> would be skipped.
      el("summary", { "data-testid": "settings-toggle", tabindex: "0" }, t("settings.title")),
      el("label", { class: "choice", for: "omo-auto-add" }, this.settingsAutoAdd, t("settings.autoAdd")),
      el("p", { class: "muted" }, t("settings.autoAddNote")),
      el("label", { for: "omo-settings-route" }, t("settings.route")),
      this.settingsRoute,
      el("label", { for: "omo-settings-language" }, t("settings.language")),
      this.settingsLanguage,
    );
  }

  private fillSettings(): void {
    this.settingsAutoAdd.checked = this.settings.autoAdd === true;
    this.settingsRoute.value = this.settings.route === "standalone" ? "standalone" : "auto";
    this.settingsLanguage.replaceChildren(
      ...[...this.languageSelect.options].map((o) => el("option", { value: o.value }, o.text)),
    );
    this.settingsLanguage.value = defaultJoinLanguage(this.settings, this.o.displayLanguage);
  }

  // ---- actions ----

  private async onToggle(): Promise<void> {
    if (this.working || this.switchButton.getAttribute("aria-disabled") === "true") return;
    if (this.switchButton.getAttribute("aria-checked") === "true") await this.runRemove();
    else await this.runAdd(false);
  }

  private async runAdd(force: boolean): Promise<void> {
    const { service, t } = this.o;
    const route = this.selectedRoute();
    const request = route.startsWith("calendar:")
      ? { route: "calendar" as const, provider: route.slice("calendar:".length) as OnlineMeetingProvider }
      : { route: "standalone" as const, language: this.languageSelect.value || undefined };
    this.lastAction = () => this.runAdd(force);
    await this.work(async () => {
      const result: AddResult = await service.add(
        { ...request, force },
        {
          confirmCalendarRoute: (info) => this.confirmCalendar(info),
          onProgress: (step) => this.setProgress(step),
        },
      );
      if (result.kind === "added") this.announce(t("done.added"), true);
      else if (result.kind === "already") this.announce(t("done.already"), true);
      this.meeting = await service.getState();
    });
  }

  private async runRemove(): Promise<void> {
    const { service, t } = this.o;
    if (this.meeting?.kind === "ours" && this.meeting.route === "calendar") {
      this.showError(new AppError(ErrorCode.irreversible, "irreversible"), null);
      return;
    }
    this.lastAction = () => this.runRemove();
    await this.work(async () => {
      await service.remove({ onProgress: (step) => this.setProgress(step) });
      this.announce(t("done.removed"), true);
      this.meeting = await service.getState();
    });
  }

  private async runChangeLanguage(language: string): Promise<void> {
    const { service, t, uiLocale } = this.o;
    this.lastAction = () => this.runChangeLanguage(language);
    await this.work(async () => {
      const result = await service.changeLanguage(language, { onProgress: (step) => this.setProgress(step) });
      if (result.kind === "changed")
        this.announce(
          t("done.languageChanged", { language: languageName(result.language ?? language, uiLocale) }),
          true,
        );
      this.meeting = await service.getState();
    });
  }

  private async work(task: () => Promise<void>): Promise<void> {
    this.working = true;
    // data-done marks the last action finished (scripts wait on it): not this one, yet.
    this.live.removeAttribute("data-done");
    show(this.errorBox, false);
    this.renderState();
    try {
      await task();
    } catch (e) {
      const err = toAppError(e);
      if (err.code !== ErrorCode.busy) this.showError(err, this.lastAction);
    } finally {
      this.working = false;
      show(this.progress, false);
      this.renderState();
    }
  }

  private confirmCalendar({ provider, needsSave, wholeSeries }: CalendarRouteInfo): Promise<boolean> {
    const { t } = this.o;
    // Already agreed for this provider in this pane (a retry after a failure): don't ask twice.
    if (this.confirmedProvider === provider) return Promise.resolve(true);
    // "Don't ask again" covers the irreversibility, not turning a whole series online from one occurrence.
    if (calendarRouteConfirmed(this.settings, wholeSeries)) return Promise.resolve(true);
    this.askedProvider = provider;
    this.confirmTitle.textContent = t("confirm.calendar.title", { provider: this.providerName(provider) });
    this.confirmSeries.textContent = t("confirm.calendar.series", { provider: this.providerName(provider) });
    show(this.confirmSeries, wholeSeries);
    this.confirmText.textContent = t("confirm.calendar.irreversible");
    this.confirmSave.textContent = t("confirm.calendar.save");
    show(this.confirmSave, needsSave);
    this.confirmRemember.checked = false;
    show(this.confirmBox, true);
    show(this.progress, false);
    this.confirmContinue.focus();
    return new Promise((resolve) => {
      this.pendingConfirm = resolve;
    });
  }

  private answerConfirm(ok: boolean): void {
    const resolve = this.pendingConfirm;
    this.pendingConfirm = null;
    show(this.confirmBox, false);
    if (ok) this.confirmedProvider = this.askedProvider;
    if (ok && this.confirmRemember.checked) {
      this.settings = { ...this.settings, calendarRouteConfirmed: true };
      void this.o.saveSettings(this.settings).catch(() => undefined);
    }
    this.switchButton.focus();
    resolve?.(ok);
  }

  private setProgress(step: ProgressStep): void {
    const text = this.o.t(PROGRESS_MESSAGE[step]);
    this.progressText.textContent = text;
    show(this.progress, true);
    this.announce(text, false);
  }

  private showError(error: AppError, retry: (() => Promise<void>) | null): void {
    const { t } = this.o;
    const { text, link } = errorMessage(error, t);
    this.errorText.textContent = text;
    if (link) {
      this.errorLink.href = link;
      this.errorLink.textContent = t("error.consentLink");
    }
    show(this.errorLink, Boolean(link));
    show(this.retryButton, retry !== null && error.retryable);
    // The Office dialog opens only from a click: then this button is the pane's "Sign in".
    this.retryButton.textContent = t(
      error.code === ErrorCode.signInRequired ? "action.signIn" : "action.retry",
    );
    this.lastAction = retry;
    show(this.errorBox, true);
  }

  private announce(text: string, done: boolean): void {
    this.live.textContent = text;
    if (done) this.live.setAttribute("data-done", "true");
  }

  private async copyJoinLink(): Promise<void> {
    const { t } = this.o;
    const url = this.joinLink.href;
    try {
      const copy = this.o.copyText ?? ((s: string) => navigator.clipboard.writeText(s));
      await copy(url);
      this.announce(t("state.copied"), false);
    } catch {
      this.announce(t("state.copyFailed"), false);
    }
  }

  private async showAccount(): Promise<void> {
    if (!this.o.account) return;
    try {
      const account = await this.o.account();
      if (account)
        this.accountText.textContent = this.o.t("account.signedInAs", {
          name: account.name || account.username,
        });
    } catch {
      // Not signed in yet: nothing to show.
    }
  }
}
