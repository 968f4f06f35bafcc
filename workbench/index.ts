// The workbench: an emulated Outlook appointment compose window (form, ribbon, notification bar) with
// the real task pane beside it and the real function file behind the ribbon command, all acting on one
// emulated appointment; Graph is the local emulator. Automation API: window.omoWorkbench (README.md).
import css from "./workbench.css";
import { toRestId, WorkbenchHost, type BodyDamage, type OutlookFaults } from "./office-host/workbench-host";
import { OutlookWebHost } from "./office-runtime/outlook-web-host";
import { isOutlookClientName, outlookClient, type OutlookClientName } from "./outlook-clients/profiles";
import type { Scenario } from "./scenario";
import { patternFromForm, recurrenceRow } from "./recurrence-form";
import { recurrenceToWire, toStandInView, type ScenarioRecurrence } from "./office-host/recurrence";

interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const params = new URLSearchParams(location.search);
/**
 * Graph is on another origin than the pages, as in production (the dev server's emulator on port 3001,
 * emulator/graph/README.md "Cross-origin"); `?graphBaseUrl=` points elsewhere (the benchmark serves it
 * same-origin at /graph/v1.0).
 */
const GRAPH_PORT = 3001;
const graphBaseUrl = new URL(
  params.get("graphBaseUrl") ?? `${location.protocol}//${location.hostname}:${GRAPH_PORT}/v1.0`,
  location.href,
)
  .toString()
  .replace(/\/+$/, "");
const controlBase = graphBaseUrl.replace(/\/v1\.0\/?$/, "") + "/__emulator";
/**
 * Which Office.js the pages run: Microsoft's runtime from @microsoft/office-js (default), talking to
 * this page over Outlook on the web's message protocol, or the workbench's own stand-in
 * (`?officeRuntime=stand-in`). The runtime trusts only an https host, so plain http gets the stand-in.
 */
const officeRuntime =
  params.get("officeRuntime") === "stand-in" || location.protocol !== "https:" ? "stand-in" : "microsoft";
let runtimeHost: OutlookWebHost | null = null;
/**
 * `?addinOrigin=https://addin.contoso.com`: the pages come from a deployed add-in on its own host (the
 * production smoke test serves dist/ there), loaded as Outlook on the web loads one: the page's URL
 * with Outlook's own parameters, none of the workbench's. Microsoft's runtime only: the stand-in
 * reaches this page through window.parent, which a page on another origin can't.
 */
const addinOrigin = params.get("addinOrigin") ? new URL(params.get("addinOrigin")!).origin : null;
if (addinOrigin && officeRuntime !== "microsoft")
  throw new Error("?addinOrigin= needs Microsoft's Office.js runtime (https, not ?officeRuntime=stand-in)");
const signInDialog = params.get("signIn") === "dialog";
/** `?outlookClient=web|classic|mac|mobile|verbatim`: whose body rewrites apply (default: the scenario's, else web). */
const clientParam = params.get("outlookClient");
const clientOverride: OutlookClientName | null = isOutlookClientName(clientParam) ? clientParam : null;

const style = document.createElement("style");
style.textContent = css;
document.head.append(style);

let host: WorkbenchHost;
let scenarioName = params.get("scenario") ?? "teams-calendar-new";
let commandFrame: HTMLIFrameElement | null = null;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

async function fetchScenario(name: string): Promise<Scenario> {
  const res = await fetch(`/scenarios/${encodeURIComponent(name)}.json`);
  if (!res.ok) throw new Error(`No scenario named ${name}`);
  const scenario = (await res.json()) as Scenario;
  // ?displayLanguage=ar-SA plays any scenario in another Outlook display language.
  const language = params.get("displayLanguage");
  if (language) scenario.mailbox.displayLanguage = language;
  return scenario;
}

async function resetGraph(scenario: Scenario): Promise<void> {
  const res = await fetch(`${controlBase}/reset`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ scenario: scenario.graph }),
  });
  if (!res.ok) throw new Error(`The Graph emulator refused the scenario: ${res.status}`);
}

// ---- view ----

const scenarioSelect = el("select", { "data-testid": "scenario", id: "wb-scenario" });
const runtimeSelect = el(
  "select",
  { "data-testid": "office-runtime", id: "wb-runtime" },
  el("option", { value: "microsoft" }, "Microsoft's runtime (@microsoft/office-js)"),
  el("option", { value: "stand-in" }, "Workbench stand-in"),
);
runtimeSelect.value = officeRuntime;
runtimeSelect.addEventListener("change", () => {
  const url = new URL(location.href);
  url.searchParams.set("officeRuntime", runtimeSelect.value);
  location.assign(url);
});
const notificationsBar = el("div", {
  class: "notifications",
  "data-testid": "notifications",
  "aria-live": "polite",
});
const subject = el("input", { id: "wb-subject", "data-testid": "subject" });
const start = el("input", { id: "wb-start", type: "datetime-local", "data-testid": "start" });
const end = el("input", { id: "wb-end", type: "datetime-local", "data-testid": "end" });
const required = el("input", { id: "wb-required", "data-testid": "required" });
const optional = el("input", { id: "wb-optional", "data-testid": "optional" });
const location_ = el("input", { id: "wb-location", "data-testid": "location" });
const source = el("textarea", { id: "wb-body", "data-testid": "body", spellcheck: "false" });
const preview = el("iframe", {
  class: "preview",
  sandbox: "",
  title: "Body preview",
  "data-testid": "body-preview",
});
const status = el("p", { class: "status", "data-testid": "item-status" });
const repeatRow = recurrenceRow((type, until) => {
  try {
    host.setRecurrence(patternFromForm(type, until, host.appointment));
  } catch (e) {
    alert(String(e));
  }
});
const paneFrame = el("iframe", { "data-testid": "taskpane-frame", title: "Online meeting task pane" });

function toLocalInput(d: Date): string {
  const off = d.getTimezoneOffset() * 60_000;
  return new Date(d.getTime() - off).toISOString().slice(0, 16);
}

function parseAttendees(text: string): { displayName: string; emailAddress: string }[] {
  return text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^(.*?)\s*<([^>]+)>$/.exec(s);
      return m ? { displayName: m[1] || m[2]!, emailAddress: m[2]! } : { displayName: s, emailAddress: s };
    });
}

function formatAttendees(list: { displayName: string; emailAddress: string }[]): string {
  return list
    .map((a) =>
      a.displayName && a.displayName !== a.emailAddress
        ? `${a.displayName} <${a.emailAddress}>`
        : a.emailAddress,
    )
    .join("; ");
}

function render(): void {
  const a = host.appointment;
  const setIfIdle = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    if (document.activeElement !== input && input.value !== value) input.value = value;
  };
  setIfIdle(subject, a.subject);
  setIfIdle(start, toLocalInput(a.start));
  setIfIdle(end, toLocalInput(a.end));
  setIfIdle(required, formatAttendees(a.requiredAttendees));
  setIfIdle(optional, formatAttendees(a.optionalAttendees));
  setIfIdle(location_, a.location);
  repeatRow.render(a);
  setIfIdle(source, a.body);
  const doc =
    a.bodyType === "html"
      ? a.body
      : `<pre style="white-space:pre-wrap;font:14px Segoe UI,sans-serif">${a.body.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</pre>`;
  if (preview.srcdoc !== doc) preview.srcdoc = doc;
  status.textContent = a.itemId
    ? `Saved to the calendar (item id ${a.itemId.slice(0, 16)}…)`
    : "New appointment: not saved yet.";
  notificationsBar.replaceChildren(
    ...host.notifications.map((n) =>
      el("div", { class: `notification ${n.type}`, "data-testid": `notification-${n.type}` }, n.message),
    ),
  );
}

/**
 * A page URL for a frame: the stand-in reads `host=workbench`; the real runtime gets Outlook's; a
 * deployed add-in (`?addinOrigin=`) gets Outlook's alone.
 */
function frameUrl(
  page: string,
  frame: HTMLIFrameElement,
  surface: string,
  extra: Record<string, string>,
): string {
  if (addinOrigin && runtimeHost) {
    runtimeHost.detach(surface);
    return runtimeHost.attach(frame, `${addinOrigin}/${page}.html`, surface);
  }
  const p = new URLSearchParams({ host: "workbench", ...extra });
  p.set("graphBaseUrl", graphBaseUrl);
  // `?signIn=dialog`: the pages sign in with MSAL and, with no nested app authentication, the Office
  // dialog, against the emulator's sign-in stand-in (README.md).
  if (signInDialog) p.set("signIn", "dialog");
  if (!runtimeHost) return `/${page}.html?${p.toString()}`;
  p.set("officeRuntime", "microsoft");
  runtimeHost.detach(surface);
  return runtimeHost.attach(frame, `/${page}.html?${p.toString()}`, surface);
}

function openPane(): void {
  paneFrame.src = frameUrl("taskpane", paneFrame, "taskpane", {
    scenario: scenarioName,
    t: String(Date.now()),
  });
}

async function ensureCommands(id: string): Promise<void> {
  if (!commandFrame) {
    commandFrame = el("iframe", { hidden: "", title: "Function file", "data-testid": "commands-frame" });
    commandFrame.src = frameUrl("commands", commandFrame, "commands", {});
    document.body.append(commandFrame);
  }
  const ready = () => (runtimeHost ? runtimeHost.commandsReady("commands") : host.actions.has(id));
  for (let i = 0; i < 400 && !ready(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!ready()) throw new Error(`No function command associated with ${id}`);
}

/** Runs a function command like Outlook does; resolves when event.completed() is called. */
async function runCommand(id: string): Promise<{ completedCalls: number }> {
  await ensureCommands(id);
  if (runtimeHost) {
    const run = runtimeHost.invokeCommand("commands", id);
    await run.completed;
    await new Promise((r) => setTimeout(r, 50));
    return { completedCalls: run.completions() };
  }
  const handler = host.actions.get(id)!;
  let calls = 0;
  await new Promise<void>((resolve) => {
    handler({
      completed: () => {
        calls++;
        resolve();
      },
      source: { id },
    });
  });
  // Let any stray second completed() show up in the count.
  await new Promise((r) => setTimeout(r, 50));
  return { completedCalls: calls };
}

/**
 * Focus leaving the pane (either runtime): Escape goes back to the ribbon button that opened it, Tab
 * on to the control after it (Shift+Tab before it), as Outlook moves on to its own UI.
 */
function focusExit(how: "forward" | "backward" | "escape"): void {
  if (how === "escape") document.querySelector<HTMLElement>('[data-testid="open-pane"]')?.focus();
  else moveFocusPast(paneFrame, how === "backward");
}

/** Focus the host control after (or before) a frame, as Outlook does when focus leaves an add-in. */
function moveFocusPast(frame: HTMLElement, backward: boolean): void {
  const all = [
    ...document.querySelectorAll<HTMLElement>(
      "button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), iframe, [tabindex]:not([tabindex='-1'])",
    ),
  ].filter((e) => !e.hidden);
  const i = all.indexOf(frame);
  const next = backward ? all[i - 1] : (all[i + 1] ?? all[0]);
  next?.focus();
}

async function loadScenario(nameOrScenario: string | Scenario): Promise<void> {
  const scenario = typeof nameOrScenario === "string" ? await fetchScenario(nameOrScenario) : nameOrScenario;
  scenarioName = scenario.name;
  await resetGraph(scenario);
  if (host) host.load(scenario);
  else host = new WorkbenchHost(scenario, controlBase, clientOverride);
  if (scenario.mailbox.displayLanguage) document.documentElement.lang = scenario.mailbox.displayLanguage;
  document.documentElement.style.colorScheme = scenario.mailbox.theme === "dark" ? "dark" : "light";
  // A saved appointment exists on the server too; an occurrence's series too (Exchange keeps the
  // master, which Outlook doesn't open: its id is the occurrence's seriesId).
  if (host.appointment.itemId) {
    const faults = host.faults;
    host.faults = {};
    await host.save();
    host.faults = faults;
  }
  if (host.appointment.seriesId) await putSeriesMaster(host.appointment.seriesId);
  host.saves = 0;
  scenarioSelect.value = scenario.name;
  commandFrame?.remove();
  commandFrame = null;
  runtimeHost?.detach("commands");
  render();
  openPane();
  // Outlook raises OnNewAppointmentOrganizer when a new appointment opens (admin-deployed add-ins).
  if (scenario.appointment.isNew) void runCommand("onNewAppointment").catch(() => undefined);
}

async function putSeriesMaster(seriesId: string): Promise<void> {
  const a = host.appointment;
  await putServerEvent(toRestId(seriesId), {
    subject: a.subject,
    start: a.start.toISOString(),
    end: a.end.toISOString(),
    bodyHtml: a.body,
    owner: a.sharedOwner ?? undefined,
  });
}

async function putServerEvent(restId: string, event: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${controlBase}/events/${encodeURIComponent(restId)}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(event),
  });
  if (!res.ok) throw new Error(`The Graph emulator refused the event: ${res.status}`);
}

function mount(names: string[]): void {
  for (const n of names) scenarioSelect.append(el("option", { value: n }, n));
  scenarioSelect.addEventListener("change", () => {
    const url = new URL(location.href);
    url.searchParams.set("scenario", scenarioSelect.value);
    history.replaceState(null, "", url);
    void loadScenario(scenarioSelect.value);
  });
  const button = (label: string, testId: string, onClick: () => void) => {
    const b = el("button", { type: "button", "data-testid": testId }, label);
    b.addEventListener("click", onClick);
    return b;
  };
  const field = (label: string, input: HTMLElement, id: string) => [el("label", { for: id }, label), input];

  subject.addEventListener("change", () => host.edit({ subject: subject.value }));
  location_.addEventListener("change", () => host.edit({ location: location_.value }));
  start.addEventListener("change", () => host.edit({ start: new Date(start.value) }));
  end.addEventListener("change", () => host.edit({ end: new Date(end.value) }));
  required.addEventListener("change", () => host.edit({ requiredAttendees: parseAttendees(required.value) }));
  optional.addEventListener("change", () => host.edit({ optionalAttendees: parseAttendees(optional.value) }));
  source.addEventListener("change", () => host.setBody(source.value, host.appointment.bodyType));

  const root = document.getElementById("workbench")!;
  root.append(
    el(
      "header",
      {},
      el("h1", {}, "Online Meeting for Outlook — workbench"),
      el("label", { for: "wb-scenario" }, "Scenario", scenarioSelect),
      el("label", { for: "wb-runtime" }, "Office.js", runtimeSelect),
    ),
    el(
      "div",
      { class: "ribbon", role: "toolbar", "aria-label": "Appointment" },
      button(
        "Save",
        "save",
        () =>
          void host
            .save()
            .then(render)
            .catch((e: unknown) => alert(String(e))),
      ),
      button("Online meeting", "open-pane", openPane),
      button("Add online meeting", "run-command", () => void runCommand("addOnlineMeeting")),
    ),
    notificationsBar,
    el(
      "div",
      { class: "layout" },
      el(
        "section",
        { class: "form", "aria-label": "Appointment" },
        ...field("Title", subject, "wb-subject"),
        ...field("Required", required, "wb-required"),
        ...field("Optional", optional, "wb-optional"),
        ...field("Start", start, "wb-start"),
        ...field("End", end, "wb-end"),
        ...repeatRow.nodes,
        ...field("Location", location_, "wb-location"),
        el("label", { for: "wb-body" }, "Body (HTML)"),
        source,
        el("span", {}, "Preview"),
        preview,
        status,
      ),
      el("section", { class: "pane", "aria-label": "Task pane" }, el("h2", {}, "Online meeting"), paneFrame),
    ),
  );
}

async function main(): Promise<void> {
  const names = (await (await fetch("/scenarios/index.json")).json()) as string[];
  mount(names);
  const first = await fetchScenario(scenarioName);
  host = new WorkbenchHost(first, controlBase, clientOverride);
  host.nestedAppAuth = params.get("nestedAppAuth") === "supported";
  host.focusExit = (from, how) => {
    if (from === paneFrame.contentWindow) focusExit(how);
  };
  if (officeRuntime === "microsoft") {
    runtimeHost = new OutlookWebHost(() => host, window);
    host.onItemEvent((type, arg) => runtimeHost?.fireItemEvent(type, arg));
    runtimeHost.onFocusExit = (_surface, how) => focusExit(how);
  }
  (window as unknown as { __omoWorkbench: { host: WorkbenchHost } }).__omoWorkbench = { host };
  host.onChange(render);
  await loadScenario(first);
}

const ready = main();

(window as unknown as { omoWorkbench: unknown }).omoWorkbench = {
  ready,
  loadScenario: (s: string | Scenario) => loadScenario(s),
  getAppointment: () => {
    const a = host.appointment;
    return {
      subject: a.subject,
      start: a.start.toISOString(),
      end: a.end.toISOString(),
      location: a.location,
      requiredAttendees: a.requiredAttendees,
      optionalAttendees: a.optionalAttendees,
      body: a.body,
      bodyType: a.bodyType,
      itemId: a.itemId,
      isNew: a.itemId === null,
      customProperties: a.customProperties,
      saves: host.saves,
      recurrence: toStandInView(a.recurrence),
      seriesId: a.seriesId,
    };
  },
  setAppointment: (partial: {
    subject?: string;
    start?: string;
    end?: string;
    location?: string;
    body?: string;
  }) => {
    const { body, start: s, end: e, ...rest } = partial;
    host.edit({ ...rest, ...(s ? { start: new Date(s) } : {}), ...(e ? { end: new Date(e) } : {}) });
    if (body !== undefined) host.setBody(body, host.appointment.bodyType);
  },
  runCommand,
  openPane,
  notifications: () => host.notifications.map((n) => ({ ...n })),
  /**
   * Make Outlook itself fail from now on: `{ save: 9021, setBody: 9020, … }` (operation → Office error
   * code; see OUTLOOK_OPERATIONS), or recover with `{}`.
   */
  setOutlookFaults: (faults: OutlookFaults) => {
    host.faults = { ...faults };
  },
  /**
   * Fault injection: from now on a setAsync that makes the body longer loses the organizer's
   * "links" or "bold" (null: no damage), to see the add-in restore the body and say so.
   */
  setBodyDamage: (damage: BodyDamage | null) => {
    host.bodyDamage = damage;
  },
  /**
   * Put an item of the mailbox on the server as Exchange holds it (a series' master, say), for the
   * items Outlook doesn't open: `{ subject, start, end, bodyHtml, owner? }`. Graph is on its own
   * origin, so scripts reach its control API through here.
   */
  putServerEvent,
  /**
   * The organizer changes the series' pattern in the form (`{ recurrenceType, recurrenceProperties?,
   * recurrenceTimeZone?, seriesTime: { startDate, endDate | null, startTime, durationMinutes } }`, or
   * null for a single appointment): Outlook raises RecurrenceChanged. Throws on an occurrence.
   */
  setRecurrence: (pattern: ScenarioRecurrence | null) => {
    host.setRecurrence(pattern ? recurrenceToWire(pattern) : null);
  },
  graphLog: async (): Promise<LoggedRequest[]> =>
    (await (await fetch(`${controlBase}/log`)).json()) as LoggedRequest[],
  graphState: async (): Promise<unknown> => (await fetch(`${controlBase}/state`)).json(),
  /** Which Office.js the pages run on: "stand-in" or "microsoft". */
  officeRuntime,
  /** The Outlook client whose body rewrites apply now ("web", "classic", "mac", "mobile", "verbatim"). */
  outlookClient: () => host.client.name,
  /** Switch the Outlook client from now on; null goes back to the scenario's (or web). */
  setOutlookClient: (name: OutlookClientName | null) => {
    if (name !== null && !isOutlookClientName(name))
      throw new Error(`No Outlook client named ${String(name)}`);
    host.setClient(name);
  },
  /** What the current (or the named) client makes of a body set with setAsync. */
  clientView: (body: string, type: "html" | "text" = "html", name?: OutlookClientName) => {
    const client = name ? outlookClient(name) : host.client;
    return type === "html" ? client.html(body) : client.text(body);
  },
  /** Under Microsoft's runtime: every message exchanged with the add-in's frames. */
  protocolLog: () => (runtimeHost ? runtimeHost.xdm.log.map((m) => ({ ...m })) : []),
};
