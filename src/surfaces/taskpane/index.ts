// Task pane entry: paint at once, then wire the services and read the state.
import css from "./pane.css";
import { PaneView } from "./pane-view";
import { compose } from "../shared/composition";
import { applyTheme } from "../shared/theme";
import { isRtl, loadTranslator } from "../../i18n";
import { errorMessage } from "../shared/error-message";
import { toAppError } from "../../core/errors";

const style = document.createElement("style");
style.textContent = css;
document.head.append(style);

async function start(): Promise<void> {
  await Office.onReady();
  applyTheme();
  const root = document.getElementById("app");
  if (!root) return;
  document.documentElement.lang = Office.context.displayLanguage || "en-US";
  try {
    const composition = await compose();
    // The page speaks its catalog's language, in that language's direction (mirrored for ar, he).
    // (English, should the catalog's chunk fail to load.)
    const locale = composition.translate.locale ?? composition.uiLocale;
    document.documentElement.lang = locale;
    document.documentElement.dir = isRtl(locale) ? "rtl" : "ltr";
    const view = new PaneView({
      root,
      service: composition.service,
      meetingOptions: composition.meetingOptions,
      translate: composition.translate,
      uiLocale: composition.uiLocale,
      displayLanguage: composition.displayLanguage,
      // The Settings panel doesn't own the default meeting options (the Meeting options section
      // does): the stored ones are kept, not overwritten by the copy the pane read when it opened.
      saveSettings: async (settings) => {
        const { meetingOptions } = await composition.settings.load();
        const next = { ...settings };
        if (meetingOptions) next.meetingOptions = meetingOptions;
        else delete next.meetingOptions;
        await composition.settings.save(next);
      },
      account: composition.tokens.getSignedInAccount?.bind(composition.tokens),
      signOut: composition.tokens.signOut?.bind(composition.tokens),
    });
    view.mount();
    await view.load();
    // Keep a standalone meeting in step while the pane is open: its times, and for a series its end
    // (the join link expires 60 days after it), which the pane then shows.
    const sync = () =>
      void composition.service
        .syncIfChanged()
        .then((updated) => (updated ? view.refresh() : undefined))
        .catch(() => undefined);
    const item = Office.context.mailbox.item;
    item?.addHandlerAsync(Office.EventType.AppointmentTimeChanged, sync);
    item?.addHandlerAsync(Office.EventType.RecurrenceChanged, sync);
  } catch (thrown) {
    const translate = await loadTranslator(Office.context.displayLanguage);
    document.documentElement.lang = translate.locale ?? "en-US";
    document.documentElement.dir = isRtl(translate.locale ?? "en-US") ? "rtl" : "ltr";
    root.textContent = errorMessage(toAppError(thrown), translate).text;
    root.setAttribute("role", "alert");
    root.setAttribute("aria-busy", "false");
  }
}

void start();
