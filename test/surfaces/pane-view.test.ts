/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The pane's wiring in a DOM, where the guarantee is about the page itself: focus, keys, Tab stops and
// the controls the browser tests and assistive technology find. Everything else the pane shows is
// tested without a DOM in pane-model.test.ts.
import { MeetingService } from "../../src/app/meeting-service";
import { AppError, ErrorCode } from "../../src/core/errors";
import type { UserSettings } from "../../src/core/types";
import { translator } from "../../src/i18n";
import { PaneView, type PaneOptions } from "../../src/surfaces/taskpane/pane-view";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

// jsdom has no User Timing marks.
if (typeof performance.mark !== "function") Object.assign(performance, { mark: () => undefined });

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** `extra`: more of the pane's options (who is signed in, signing out); `load: false` only paints it. */
async function openPane(
  allowed: ("teamsForBusiness" | "skypeForBusiness")[] = ["teamsForBusiness"],
  { load = true, ...extra }: Partial<PaneOptions> & { load?: boolean } = {},
) {
  document.body.innerHTML = '<main id="app" aria-busy="true"></main>';
  const root = document.getElementById("app")!;
  const appointment = new FakeAppointment();
  const graph = new FakeGraph();
  graph.providers = { allowed, defaultProvider: allowed[0] ?? "unknown" };
  const settings = new FakeSettings();
  const saved: UserSettings[] = [];
  const service = new MeetingService({ appointment, graph, settings, env: new FakeEnvironment() });
  const view = new PaneView({
    root,
    service,
    translate: translator("en-US"),
    uiLocale: "en-US",
    displayLanguage: "en-US",
    saveSettings: (value) => (saved.push(value), settings.save(value)),
    ...extra,
  });
  view.mount();
  const byTestId = <T extends HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`)!;
  if (load) {
    await view.load();
    await settle();
  }
  return { root, view, service, appointment, graph, saved, byTestId };
}

test("the controls the browser tests and screen readers find are all there, in the pane's order", async () => {
  const { root } = await openPane();
  expect([...root.querySelectorAll("[data-testid]")].map((node) => node.getAttribute("data-testid"))).toEqual(
    [
      "switch",
      "state",
      "join-link",
      "copy",
      "valid-until",
      "foreign",
      "foreign-add",
      "confirm",
      "confirm-series",
      "confirm-continue",
      "confirm-cancel",
      "progress",
      "error",
      "retry",
      "routes",
      "route-note",
      "language",
      "settings",
      "settings-toggle",
      "settings-auto-add",
      "settings-route",
      "settings-language",
      "account",
      "sign-out",
      "live",
    ],
  );
  expect(root.querySelector("[data-testid=switch]")?.getAttribute("role")).toBe("switch");
  expect(root.querySelector("[data-testid=confirm]")?.getAttribute("role")).toBe("alertdialog");
  expect(root.querySelector("[data-testid=error]")?.getAttribute("role")).toBe("alert");
  expect(root.querySelector("[data-testid=live]")?.getAttribute("role")).toBe("status");
});

test("Escape in the confirmation answers Cancel, keeps the key from Outlook, and gives focus back to the switch", async () => {
  const { appointment, graph, byTestId } = await openPane();
  byTestId("switch").click();
  await settle();
  expect(byTestId("confirm").hidden).toBe(false);
  expect(document.activeElement).toBe(byTestId("confirm-continue"));
  const escape = new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true });
  const reachedWindow = jest.fn();
  window.addEventListener("keydown", reachedWindow);
  byTestId("confirm-continue").dispatchEvent(escape);
  await settle();
  window.removeEventListener("keydown", reachedWindow);
  expect(escape.defaultPrevented).toBe(true);
  expect(reachedWindow).not.toHaveBeenCalled();
  expect(byTestId("confirm").hidden).toBe(true);
  expect(document.activeElement).toBe(byTestId("switch"));
  expect([appointment.saves, graph.count("enableOnlineMeeting")]).toEqual([0, 0]);
});

test("each question starts with 'Don't ask me again' unticked", async () => {
  const { root, byTestId } = await openPane();
  byTestId("switch").click();
  await settle();
  const remember = root.querySelector<HTMLInputElement>("#omo-remember")!;
  remember.checked = true;
  byTestId("confirm-cancel").click();
  await settle();
  byTestId("switch").click();
  await settle();
  expect(remember.checked).toBe(false);
});

test("what the switch does comes from the pane's state, not from the page's aria-checked", async () => {
  const { appointment, byTestId } = await openPane([]);
  byTestId("switch").setAttribute("aria-checked", "true");
  byTestId("switch").click();
  await settle();
  expect(byTestId("switch").getAttribute("aria-checked")).toBe("true");
  expect(appointment.stored?.meetingId).toBeDefined();
});

test("the route group is one Tab stop, on the checked radio, and it moves with the choice", async () => {
  const { root } = await openPane(["teamsForBusiness", "skypeForBusiness"]);
  const radios = [...root.querySelectorAll<HTMLInputElement>("input[name=omo-route]")];
  expect(radios.map((radio) => [radio.value, radio.checked, radio.tabIndex])).toEqual([
    ["calendar:teamsForBusiness", true, 0],
    ["calendar:skypeForBusiness", false, -1],
    ["standalone", false, -1],
  ]);
  radios[2]!.checked = true;
  radios[2]!.dispatchEvent(new Event("change", { bubbles: true }));
  expect(radios.map((radio) => radio.tabIndex)).toEqual([-1, -1, 0]);
  expect(root.querySelector<HTMLElement>("[data-testid=language]")?.parentElement?.hidden).toBe(false);
});

test("a focused radio keeps its focus while the pane updates around it", async () => {
  const { root, byTestId } = await openPane(["teamsForBusiness", "skypeForBusiness"]);
  const radio = root.querySelector<HTMLInputElement>("input[value='calendar:skypeForBusiness']")!;
  radio.focus();
  radio.checked = true;
  radio.dispatchEvent(new Event("change", { bubbles: true }));
  const autoAdd = byTestId<HTMLInputElement>("settings-auto-add");
  autoAdd.checked = true;
  autoAdd.dispatchEvent(new Event("change", { bubbles: true }));
  await settle();
  expect(root.contains(radio)).toBe(true);
  expect(document.activeElement).toBe(radio);
});

test("while the pane opens there is no valid-until line: it is hidden, not an empty line", async () => {
  const { byTestId } = await openPane(undefined, { load: false });
  expect(byTestId("valid-until").hidden).toBe(true);
});

test("Try again after a failed load: the pane reads the appointment and the error box goes", async () => {
  const { view, service, byTestId } = await openPane(undefined, { load: false });
  const getState = service.getState.bind(service);
  let failures = 1;
  service.getState = () =>
    failures-- > 0 ? Promise.reject(new AppError(ErrorCode.offline, "offline")) : getState();
  await view.load();
  await settle();
  expect(byTestId("error").hidden).toBe(false);
  byTestId("retry").click();
  await settle();
  expect(byTestId("error").hidden).toBe(true);
  expect(byTestId("switch").getAttribute("aria-disabled")).toBe("false");
});

test("a cancelled sign-in: the error box offers Sign in, and it adds the meeting", async () => {
  const { appointment, service, byTestId } = await openPane([]); // a standalone meeting: no question
  const add = service.add.bind(service);
  let cancels = 1;
  service.add = (...args) =>
    cancels-- > 0 ? Promise.reject(new AppError(ErrorCode.signInCancelled, "closed")) : add(...args);
  byTestId("switch").click();
  await settle();
  expect(byTestId("error").hidden).toBe(false);
  expect(byTestId("retry").hidden).toBe(false);
  expect(byTestId("retry").textContent).toBe("Sign in");
  byTestId("retry").click();
  await settle();
  expect(byTestId("error").hidden).toBe(true);
  expect(appointment.stored?.meetingId).toBeDefined();
});

describe("Sign out", () => {
  const megan = { name: "Megan Bowen", username: "megan@contoso.com" };

  test("a signed-in organizer sees Sign out beside the account line, and it signs out", async () => {
    let signedIn = true;
    const { byTestId } = await openPane(undefined, {
      account: () => Promise.resolve(signedIn ? megan : null),
      signOut: () => ((signedIn = false), Promise.resolve()),
    });
    expect(byTestId("account").textContent).toBe("Signed in as Megan Bowen");
    const signOut = byTestId("sign-out");
    expect(signOut.hidden).toBe(false);
    expect(signOut.textContent).toBe("Sign out");
    signOut.focus();
    signOut.click();
    await settle();
    expect(signedIn).toBe(false);
    expect(byTestId("account").textContent).toBe("");
    expect(signOut.hidden).toBe(true);
    expect(document.activeElement).toBe(byTestId("switch"));
  });

  test("no Sign out with no one signed in, nor where the token provider can't sign out", async () => {
    const nobody = await openPane(undefined, {
      account: () => Promise.resolve(null),
      signOut: () => Promise.resolve(),
    });
    expect(nobody.byTestId("sign-out").hidden).toBe(true);
    const cannot = await openPane(undefined, { account: () => Promise.resolve(megan) });
    expect(cannot.byTestId("account").textContent).toBe("Signed in as Megan Bowen");
    expect(cannot.byTestId("sign-out").hidden).toBe(true);
  });

  test("the next action that signs in again shows the account line again", async () => {
    let signedIn = true;
    const { byTestId } = await openPane([], {
      account: () => Promise.resolve(signedIn ? megan : null),
      signOut: () => ((signedIn = false), Promise.resolve()),
    });
    byTestId("sign-out").click();
    await settle();
    signedIn = true;
    byTestId("switch").click();
    await settle();
    expect(byTestId("account").textContent).toBe("Signed in as Megan Bowen");
    expect(byTestId("sign-out").hidden).toBe(false);
  });
});

describe("another surface changing the item while the pane is open", () => {
  /** The ribbon command (or the toggle, or a second pane): its own runtime, the same item and mailbox. */
  const otherSurface = (appointment: FakeAppointment, graph: FakeGraph) =>
    new MeetingService({ appointment, graph, settings: new FakeSettings(), env: new FakeEnvironment() });

  test("coming back to the pane shows the meeting the ribbon command added", async () => {
    const { appointment, graph, byTestId } = await openPane([]);
    expect(byTestId("switch").getAttribute("aria-checked")).toBe("false");
    await otherSurface(appointment, graph).add({ route: "standalone" });
    window.dispatchEvent(new Event("focus"));
    await settle();
    expect(byTestId("switch").getAttribute("aria-checked")).toBe("true");
  });

  test("the pane shown again (visibilitychange) reads the item again", async () => {
    const { appointment, graph, byTestId } = await openPane([]);
    await otherSurface(appointment, graph).add({ route: "standalone" });
    document.dispatchEvent(new Event("visibilitychange"));
    await settle();
    expect(byTestId("switch").getAttribute("aria-checked")).toBe("true");
  });

  test("a pane being hidden reads nothing", async () => {
    const { service } = await openPane([]);
    let reads = 0;
    const getState = service.getState.bind(service);
    service.getState = () => (reads++, getState());
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    try {
      document.dispatchEvent(new Event("visibilitychange"));
      await settle();
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(reads).toBe(0);
  });

  test("while the pane is adding, coming back to it reads nothing (the add's own answer comes)", async () => {
    const { service, byTestId } = await openPane([]);
    let finish: () => void = () => undefined;
    const add = service.add.bind(service);
    service.add = async (...args) => {
      await new Promise<void>((resolve) => (finish = resolve));
      return add(...args);
    };
    let reads = 0;
    const getState = service.getState.bind(service);
    service.getState = () => (reads++, getState());
    byTestId("switch").click();
    await settle();
    window.dispatchEvent(new Event("focus"));
    await settle();
    expect(reads).toBe(0);
    finish();
    await settle();
    expect(byTestId("switch").getAttribute("aria-checked")).toBe("true");
  });

  test("a read answered after the pane began an add is dropped, not shown over it", async () => {
    const { view, service, appointment, byTestId } = await openPane([]);
    const getState = service.getState.bind(service);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first read is held back until the add has finished; then it answers what it saw before.
    let holdNext = true;
    service.getState = async () => {
      const seen = await getState();
      if (holdNext) {
        holdNext = false;
        await held;
      }
      return seen;
    };
    const refreshing = view.refresh();
    byTestId("switch").click();
    await settle();
    expect(appointment.stored?.meetingId).toBeDefined();
    release();
    await refreshing;
    await settle();
    expect(byTestId("switch").getAttribute("aria-checked")).toBe("true");
  });
});
