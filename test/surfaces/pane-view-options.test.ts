/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The pane's "Meeting options" in a DOM, with the options use-case faked: the section reads the
// server when it opens, a change goes to the server, and what the pane shows is the read-back.
import type { MeetingOptionsPort } from "../../src/surfaces/taskpane/meeting-options-view";
import {
  MeetingOptionsService,
  type OptionsChange,
  type OptionsRead,
} from "../../src/app/meeting-options-service";
import { MeetingService } from "../../src/app/meeting-service";
import type { MeetingOptions, MeetingWithOptions } from "../../src/core/meeting-options";
import { translator } from "../../src/i18n";
import { enUS } from "../../src/i18n/locales/en-US";
import { PaneView } from "../../src/surfaces/taskpane/pane-view";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { DEFAULT_OPTIONS } from "../fakes/meeting-options";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

if (typeof performance.mark !== "function") Object.assign(performance, { mark: () => undefined });

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** The server's side: holds the options; `ignores` a change (answers 200, keeps the old value); `fails`. */
class FakeOptions implements MeetingOptionsPort {
  held: MeetingOptions = { ...DEFAULT_OPTIONS };
  reads = 0;
  changes: Partial<MeetingOptions>[] = [];
  ignores = false;
  fails = false;
  organizer = true;

  private meeting(): MeetingWithOptions {
    return { meetingId: "m1", joinWebUrl: "https://teams.microsoft.com/l/meetup-join/x", options: this.held };
  }

  read(): Promise<OptionsRead> {
    this.reads++;
    if (!this.organizer) return Promise.resolve({ kind: "notOrganizer", organizer: "adele@contoso.com" });
    return Promise.resolve({ kind: "ready", meeting: this.meeting() });
  }

  change(wanted: Partial<MeetingOptions>): Promise<OptionsChange> {
    if (this.fails) return Promise.reject(new Error("network"));
    this.changes.push(wanted);
    const notApplied = this.ignores ? (Object.keys(wanted) as (keyof MeetingOptions)[]) : [];
    if (!this.ignores) {
      const lobby = { ...this.held.lobbyBypassSettings, ...wanted.lobbyBypassSettings };
      this.held = { ...this.held, ...wanted, lobbyBypassSettings: lobby };
    }
    return Promise.resolve({ kind: "changed", meeting: this.meeting(), refused: [], notApplied });
  }
}

/** …with the organizer's settings behind "Save as my defaults" (the real use-case on fake settings). */
class FakeOptionsWithDefaults extends FakeOptions {
  settings = new FakeSettings({ route: "standalone", autoAdd: true });
  failSave = false;
  private readonly store = new MeetingOptionsService({
    appointment: new FakeAppointment(),
    graph: new FakeGraph(),
    env: new FakeEnvironment(),
    settings: this.settings,
  });
  defaults() {
    return this.store.defaults();
  }
  saveDefaults(options: MeetingOptions) {
    if (this.failSave) return Promise.reject(new Error("roaming settings"));
    return this.store.saveDefaults(options);
  }
  clearDefaults() {
    return this.store.clearDefaults();
  }
}

async function paneWithMeeting(options: FakeOptions = new FakeOptions()) {
  document.body.innerHTML = '<main id="app" aria-busy="true"></main>';
  const root = document.getElementById("app")!;
  const graph = new FakeGraph();
  graph.providers = { allowed: [], defaultProvider: "unknown" };
  const service = new MeetingService({
    appointment: new FakeAppointment(),
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  const view = new PaneView({
    root,
    service,
    meetingOptions: options,
    translate: translator("en-US"),
    uiLocale: "en-US",
    displayLanguage: "en-US",
    saveSettings: () => Promise.resolve(),
  });
  view.mount();
  await view.load();
  await settle();
  const byTestId = <T extends HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;
  const section = byTestId<HTMLDetailsElement>("options");
  const openSection = async () => {
    section.open = true;
    section.dispatchEvent(new Event("toggle"));
    await settle();
  };
  return {
    options,
    byTestId,
    section,
    openSection,
    turnOn: async () => (byTestId("switch").click(), settle()),
  };
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event("change"));
}

test("the section is there only once the meeting exists, and it reads the server only when opened", async () => {
  const { options, section, turnOn, openSection } = await paneWithMeeting();
  expect(section.hidden).toBe(true);
  await turnOn();
  expect(section.hidden).toBe(false);
  expect(section.open).toBe(false);
  expect(options.reads).toBe(0);
  await openSection();
  expect(options.reads).toBeGreaterThan(0);
});

test("a change round trip: the pane sends only the change and shows the value the server read back", async () => {
  const { options, byTestId, turnOn, openSection } = await paneWithMeeting();
  await turnOn();
  await openSection();
  const lobby = byTestId<HTMLSelectElement>("options-lobby");
  expect(lobby.value).toBe("organization");
  choose(lobby, "everyone");
  await settle();
  expect(options.changes).toEqual([{ lobbyBypassSettings: { scope: "everyone" } }]);
  expect(lobby.value).toBe("everyone");
  byTestId<HTMLInputElement>("options-record").click();
  await settle();
  expect(options.changes.at(-1)).toEqual({ recordAutomatically: true });
  expect(byTestId<HTMLInputElement>("options-record").checked).toBe(true);
  expect(byTestId("options-message").hidden).toBe(true);
});

test("a change the server answered but didn't apply shows the server's value, and says so", async () => {
  const { options, byTestId, turnOn, openSection } = await paneWithMeeting();
  await turnOn();
  await openSection();
  options.ignores = true;
  choose(byTestId<HTMLSelectElement>("options-chat"), "disabled");
  await settle();
  expect(byTestId<HTMLSelectElement>("options-chat").value).toBe("enabled");
  expect(byTestId("options-message").textContent).toBe(enUS["options.notApplied"]);
  expect(byTestId("options-message").getAttribute("role")).toBe("alert");
});

test("a failed change leaves the previous values and shows a message", async () => {
  const { options, byTestId, turnOn, openSection } = await paneWithMeeting();
  await turnOn();
  await openSection();
  options.fails = true;
  byTestId<HTMLInputElement>("options-mic").click();
  await settle();
  expect(byTestId<HTMLInputElement>("options-mic").checked).toBe(true);
  expect(byTestId("options-message").textContent).toBe(enUS["options.failed"]);
});

test("someone not the organizer reads a sentence saying so, and finds no controls", async () => {
  const { options, byTestId, turnOn, openSection } = await paneWithMeeting();
  options.organizer = false;
  await turnOn();
  await openSection();
  expect(byTestId("options-message").textContent).toBe(enUS["options.notOrganizer"]);
  expect(byTestId("options-lobby").closest("[hidden]")).not.toBeNull();
});

test("every control has a label, and the summary is a Tab stop", async () => {
  const { byTestId, section, turnOn, openSection } = await paneWithMeeting();
  await turnOn();
  await openSection();
  for (const control of section.querySelectorAll("select, input"))
    expect(section.querySelector(`label[for="${control.id}"]`)?.textContent).toBeTruthy();
  expect(byTestId("options-toggle").getAttribute("tabindex")).toBe("0");
});

describe("Save as my defaults", () => {
  test("not there when the pane has no settings behind it", async () => {
    const { byTestId, turnOn, openSection } = await paneWithMeeting();
    await turnOn();
    await openSection();
    expect(byTestId("options-defaults").hidden).toBe(true);
  });

  test("saves the values the server holds, beside the other settings; Clear removes only them", async () => {
    const options = new FakeOptionsWithDefaults();
    const { byTestId, turnOn, openSection } = await paneWithMeeting(options);
    await turnOn();
    await openSection();
    expect(byTestId("options-defaults").hidden).toBe(false);
    expect(byTestId("options-defaults-clear").hidden).toBe(true);
    choose(byTestId<HTMLSelectElement>("options-lobby"), "everyone");
    await settle();
    byTestId("options-defaults-save").click();
    await settle();
    expect(options.settings.value).toEqual({
      route: "standalone",
      autoAdd: true,
      meetingOptions: {
        ...DEFAULT_OPTIONS,
        lobbyBypassSettings: { scope: "everyone", isDialInBypassEnabled: false },
      },
    });
    expect(byTestId("options-defaults-message").textContent).toBe(enUS["options.defaults.saved"]);
    expect(byTestId("options-defaults-clear").hidden).toBe(false);
    byTestId("options-defaults-clear").click();
    await settle();
    expect(options.settings.value).toEqual({ route: "standalone", autoAdd: true });
    expect(byTestId("options-defaults-message").textContent).toBe(enUS["options.defaults.cleared"]);
    expect(byTestId("options-defaults-clear").hidden).toBe(true);
  });

  test("a failed save says so as an alert, and the stored settings are as they were", async () => {
    const options = new FakeOptionsWithDefaults();
    options.failSave = true;
    const { byTestId, turnOn, openSection } = await paneWithMeeting(options);
    await turnOn();
    await openSection();
    await settle();
    expect(byTestId("options").getAttribute("aria-busy")).toBe("false");
    byTestId("options-defaults-save").click();
    await settle();
    const note = byTestId("options-defaults-message");
    expect(note.textContent).toBe(enUS["options.defaults.failed"]);
    expect(note.getAttribute("role")).toBe("alert");
    expect(options.settings.value).toEqual({ route: "standalone", autoAdd: true });
  });

  test("saved defaults are announced when the section opens", async () => {
    const options = new FakeOptionsWithDefaults();
    options.settings.value = { route: "auto", meetingOptions: { recordAutomatically: true } };
    const { byTestId, turnOn, openSection } = await paneWithMeeting(options);
    await turnOn();
    await openSection();
    expect(byTestId("options-defaults-message").textContent).toBe(enUS["options.defaults.active"]);
  });
});
