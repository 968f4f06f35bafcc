// Microsoft's Office.js runtime against the workbench's stand-in: the same Office.js calls, made in
// the real task pane under each, must give the same results (status, value, error code and name,
// synchronous argument errors). Where they differ, the real runtime is right and the stand-in is
// fixed. Also proves the real runtime is what runs: offline, talking Outlook on the web's protocol.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { paneReady, pane } from "./workbench";

type Outcome = Record<string, unknown>;

type Runtime = "stand-in" | "microsoft";

async function paneFrame(page: Page, runtime: Runtime, scenario: string) {
  await page.goto(`/workbench.html?scenario=${scenario}&officeRuntime=${runtime}`);
  await page.evaluate(
    () => (window as unknown as { omoWorkbench: { ready: Promise<void> } }).omoWorkbench.ready,
  );
  await paneReady(pane(page));
  const frame = page.frames().find((f) => f.url().includes("/taskpane.html"));
  if (!frame) throw new Error("no pane frame");
  return frame;
}

/** What a scenario's appointment looks like through Office.js (read-only calls). */
async function look(page: Page, runtime: Runtime, scenario: string): Promise<Outcome> {
  const frame = await paneFrame(page, runtime, scenario);
  return frame.evaluate(async () => {
    const item = Office.context.mailbox.item as Office.AppointmentCompose & {
      getSharedPropertiesAsync?: (cb: (r: Office.AsyncResult<Office.SharedProperties>) => void) => void;
    };
    const get = <T>(f: (cb: (r: Office.AsyncResult<T>) => void) => void) =>
      new Promise<unknown>((resolve) =>
        f((r) => resolve(r.status === Office.AsyncResultStatus.Succeeded ? r.value : { code: r.error.code })),
      );
    const recurrence = (await get<Office.Recurrence | null>((cb) => item.recurrence.getAsync(cb))) as {
      recurrenceType?: string;
    } | null;
    return {
      displayLanguage: Office.context.displayLanguage,
      accountType: (Office.context.mailbox.userProfile as { accountType?: string }).accountType,
      seriesId: item.seriesId,
      recurrenceType: recurrence?.recurrenceType ?? null,
      bodyType: await get((cb) => item.body.getTypeAsync(cb)),
      body: await get<string>((cb) => item.body.getAsync(Office.CoercionType.Html, cb)),
      shared: item.getSharedPropertiesAsync
        ? await get<Office.SharedProperties>((cb) => item.getSharedPropertiesAsync(cb))
        : "none",
      id: await get<string>((cb) => item.getItemIdAsync(cb)),
    };
  });
}

/** Runs a fixed script of Office.js calls inside the pane and returns what each produced. */
async function probe(page: Page, runtime: Runtime): Promise<Outcome> {
  const frame = await paneFrame(page, runtime, "no-provider-standalone");
  return frame.evaluate(async () => {
    const out: Record<string, unknown> = {};
    const item = Office.context.mailbox.item as Office.AppointmentCompose;
    type Call = (cb: (r: Office.AsyncResult<unknown>) => void) => void;
    const norm = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : v);
    const call = (name: string, f: Call) =>
      new Promise<void>((resolve) => {
        try {
          f((r) => {
            out[name] =
              r.status === Office.AsyncResultStatus.Succeeded
                ? { status: "succeeded", value: norm(r.value), context: r.asyncContext as unknown }
                : { status: "failed", code: r.error.code, name: r.error.name };
            resolve();
          });
        } catch (e) {
          out[name] = { threw: (e as Error).name };
          resolve();
        }
      });
    out.itemType = item.itemType;
    out.displayLanguage = Office.context.displayLanguage;
    out.accountType = (Office.context.mailbox.userProfile as { accountType?: string }).accountType;
    out.email = Office.context.mailbox.userProfile.emailAddress;
    out.mailbox18 = Office.context.requirements.isSetSupported("Mailbox", "1.8");
    out.mailbox114 = Office.context.requirements.isSetSupported("Mailbox", "1.14");
    out.naa = Office.context.requirements.isSetSupported("NestedAppAuth", "1.1");
    out.restId = Office.context.mailbox.convertToRestId("AAMk+a/b=", Office.MailboxEnums.RestVersion.v2_0);
    out.enums = [
      Office.CoercionType.Html,
      Office.EventType.AppointmentTimeChanged,
      Office.AsyncResultStatus.Failed,
    ];
    out.officeTheme = typeof (Office.context as { officeTheme?: unknown }).officeTheme;
    out.onReady = await Office.onReady();
    out.contentLanguage = Office.context.contentLanguage;
    out.hostName = Office.context.mailbox.diagnostics.hostName;
    out.displayName = Office.context.mailbox.userProfile.displayName;
    out.seriesId = item.seriesId;
    out.sharedProperties = typeof (item as { getSharedPropertiesAsync?: unknown }).getSharedPropertiesAsync;
    await call("bodyType", (cb) => item.body.getTypeAsync(cb));
    await call("end", (cb) => item.end.getAsync(cb));
    await call("optional", (cb) =>
      item.optionalAttendees.getAsync((r) => cb({ ...r, value: (r.value ?? []).length })),
    );
    await call("setSubject", (cb) => item.subject.setAsync("Probe subject", cb));
    await call("subjectAfterSet", (cb) => item.subject.getAsync(cb));
    let timeChanged: (arg: unknown) => void = () => undefined;
    const changed = new Promise<unknown>((resolve) => (timeChanged = resolve));
    await call("addHandler", (cb) =>
      item.addHandlerAsync(Office.EventType.AppointmentTimeChanged, (arg: unknown) => timeChanged(arg), cb),
    );
    await call("setStart", (cb) => item.start.setAsync(new Date("2026-12-01T08:30:00.000Z"), cb));
    out.timeChangedEvent = await Promise.race([
      changed,
      new Promise((r) => setTimeout(() => r("no event"), 3000)),
    ]);
    await call("startAfterSet", (cb) => item.start.getAsync(cb));
    await call("removeHandler", (cb) => item.removeHandlerAsync(Office.EventType.AppointmentTimeChanged, cb));
    await call("subject", (cb) => item.subject.getAsync({ asyncContext: 7 }, cb));
    await call("start", (cb) => item.start.getAsync(cb));
    await call("location", (cb) => item.location.getAsync(cb));
    await call("attendees", (cb) =>
      item.requiredAttendees.getAsync((r) =>
        cb({
          ...r,
          value: (r.value ?? []).map((a) => ({ e: a.emailAddress, n: a.displayName })),
        }),
      ),
    );
    await call("idBeforeSave", (cb) => item.getItemIdAsync(cb));
    await call("recurrence", (cb) => item.recurrence.getAsync(cb));
    await call("setHtml", (cb) =>
      item.body.setAsync("<p>probe</p>", { coercionType: Office.CoercionType.Html }, cb),
    );
    await call("bodyHtml", (cb) => item.body.getAsync(Office.CoercionType.Html, cb));
    await call("bodyText", (cb) => item.body.getAsync(Office.CoercionType.Text, cb));
    await call("prepend", (cb) =>
      item.body.prependAsync("<b>first</b>", { coercionType: Office.CoercionType.Html }, cb),
    );
    await call("bodyAfterPrepend", (cb) => item.body.getAsync(Office.CoercionType.Html, cb));
    await call("setLocation", (cb) => item.location.setAsync("Room 1", cb));
    await call("locationTooLong", (cb) => item.location.setAsync("x".repeat(256), cb));
    const note = {
      type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
      message: "m",
      icon: "Icon.16x16",
      persistent: false,
    };
    await call("addNote", (cb) => item.notificationMessages.addAsync("k", note, cb));
    await call("badNoteType", (cb) =>
      item.notificationMessages.addAsync("b", { ...note, type: "bogus" }, cb),
    );
    await call("allNotes", (cb) => item.notificationMessages.getAllAsync(cb));
    await call("addNoteAgain", (cb) => item.notificationMessages.addAsync("k", note, cb));
    await call("noteTooLong", (cb) =>
      item.notificationMessages.replaceAsync("k", { ...note, message: "x".repeat(151) }, cb),
    );
    await call("removeNote", (cb) => item.notificationMessages.removeAsync("k", cb));
    await call("removeNoteAgain", (cb) => item.notificationMessages.removeAsync("k", cb));
    // The runtime's argument checks, each before the host hears of the call.
    await call("bodyTooLong", (cb) => item.body.setAsync("x".repeat(1_000_001), cb));
    await call("prependNotString", (cb) => item.body.prependAsync(42 as unknown as string, cb));
    await call("subjectTooLong", (cb) => item.subject.setAsync("x".repeat(256), cb));
    await call("noteKeyTooLong", (cb) => item.notificationMessages.replaceAsync("k".repeat(33), note, cb));
    await call("noteInfoWithoutPersistent", (cb) =>
      item.notificationMessages.replaceAsync("k", { type: note.type, message: "m", icon: "Icon.16x16" }, cb),
    );
    await call("noteProgressWithIcon", (cb) =>
      item.notificationMessages.replaceAsync(
        "k",
        {
          type: Office.MailboxEnums.ItemNotificationMessageType.ProgressIndicator,
          message: "m",
          icon: "Icon.16x16",
        },
        cb,
      ),
    );
    await call("noteEmptyMessage", (cb) =>
      item.notificationMessages.replaceAsync(
        "k",
        { type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage, message: "" },
        cb,
      ),
    );
    let props: Office.CustomProperties | undefined;
    await call("loadProps", (cb) =>
      item.loadCustomPropertiesAsync((r) => {
        props = r.value;
        cb({ ...r, value: typeof r.value });
      }),
    );
    props?.set("big", "x".repeat(2_600));
    await call("customPropsTooLong", (cb) => props?.saveAsync(cb));
    props?.remove("big");
    Office.context.roamingSettings.set("big", "x".repeat(33 * 1024));
    await call("roamingTooLarge", (cb) => Office.context.roamingSettings.saveAsync(cb));
    Office.context.roamingSettings.remove("big");
    await call("customProps", (cb) =>
      item.loadCustomPropertiesAsync((r) => {
        r.value.set("a", "1");
        r.value.saveAsync(cb);
      }),
    );
    await call("customPropsAgain", (cb) =>
      item.loadCustomPropertiesAsync((r) => cb({ ...r, value: r.value.get("a") })),
    );
    Office.context.roamingSettings.set("probe", { on: true });
    await call("roaming", (cb) => Office.context.roamingSettings.saveAsync(cb));
    out.roamingAfterSave = Office.context.roamingSettings.get("probe") as unknown;
    await call("save", (cb) => item.saveAsync((r) => cb({ ...r, value: typeof r.value })));
    await call("idAfterSave", (cb) => item.getItemIdAsync((r) => cb({ ...r, value: typeof r.value })));
    return out;
  });
}

test("Microsoft's runtime and the stand-in answer every Office.js call the add-in makes alike", async ({
  browser,
}) => {
  const real = await browser.newPage();
  const external: string[] = [];
  // Nothing leaves the machine: only the pages' origin and the local Graph emulator's (its own origin,
  // as Graph is in production; emulator/graph/README.md).
  const local = ["https://localhost:3000/", "https://localhost:3001/"];
  real.on("request", (r) => {
    if (!local.some((o) => r.url().startsWith(o))) external.push(r.url());
  });
  const fromRuntime = await probe(real, "microsoft");
  const standIn = await browser.newPage();
  const fromStandIn = await probe(standIn, "stand-in");
  expect(fromStandIn).toEqual(fromRuntime);
  // A few facts about the answers themselves, so agreement is not agreement on nothing.
  expect(fromRuntime.idBeforeSave).toEqual({ status: "failed", code: 9046, name: "ItemNotSaved" });
  expect(fromRuntime.addNoteAgain).toMatchObject({ status: "failed", code: 9023 });
  expect(fromRuntime.subject).toEqual({ status: "succeeded", value: expect.any(String), context: 7 });
  expect(fromRuntime.idAfterSave).toEqual({ status: "succeeded", value: "string", context: undefined });
  expect(fromRuntime.timeChangedEvent).toEqual({
    type: "olkAppointmentTimeChanged",
    start: "2026-12-01T08:30:00.000Z",
    end: expect.any(String),
  });
  expect({
    bodyTooLong: fromRuntime.bodyTooLong,
    prependNotString: fromRuntime.prependNotString,
    subjectTooLong: fromRuntime.subjectTooLong,
    noteKeyTooLong: fromRuntime.noteKeyTooLong,
    noteInfoWithoutPersistent: fromRuntime.noteInfoWithoutPersistent,
    noteProgressWithIcon: fromRuntime.noteProgressWithIcon,
    noteEmptyMessage: fromRuntime.noteEmptyMessage,
    customPropsTooLong: fromRuntime.customPropsTooLong,
    roamingTooLarge: fromRuntime.roamingTooLarge,
  }).toEqual({
    bodyTooLong: { threw: "Sys.ArgumentOutOfRangeException" },
    prependNotString: { threw: "Sys.ArgumentTypeException" },
    subjectTooLong: { threw: "Sys.ArgumentOutOfRangeException" },
    noteKeyTooLong: { threw: "Sys.ArgumentOutOfRangeException" },
    noteInfoWithoutPersistent: { threw: "Sys.ArgumentNullException" },
    noteProgressWithIcon: { threw: "Sys.ArgumentException" },
    noteEmptyMessage: { threw: "Sys.ArgumentNullException" },
    customPropsTooLong: { threw: "Sys.ArgumentOutOfRangeException" },
    roamingTooLarge: { status: "failed", code: 9019, name: "GenericSettingsError" },
  });
  expect(fromRuntime.bodyAfterPrepend).toMatchObject({ value: expect.stringMatching(/^<b>first<\/b>/) });
  // The runtime really is Microsoft's, offline, over Outlook on the web's protocol.
  const log = await real.evaluate(() =>
    (
      window as unknown as { omoWorkbench: { protocolLog(): { actionName: string; data: unknown }[] } }
    ).omoWorkbench.protocolLog(),
  );
  const actions = new Set(log.map((m) => m.actionName));
  expect([...actions]).toEqual(
    expect.arrayContaining([
      "ContextActivationManager_getAppContextAsync",
      "GetInitialData",
      "ExecuteMethod",
    ]),
  );
  const paneFrame = real.frames().find((f) => f.url().includes("/taskpane.html"));
  expect(await paneFrame?.evaluate(() => typeof (window as unknown as { OSF?: unknown }).OSF)).toBe("object");
  expect(await paneFrame?.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean))).toEqual(
    expect.arrayContaining([
      expect.stringContaining("/office-js/office.js"),
      expect.stringContaining("/office-js/outlook-web-16.01.js"),
    ]),
  );
  expect(external).toEqual([]);
  // …and unmodified: what the page loaded is byte for byte the package's file.
  for (const file of ["office.js", "outlook-web-16.01.js", "en-us/outlook_strings.js"]) {
    const served = await real.evaluate(async (url) => (await fetch(url)).text(), `/office-js/${file}`);
    const shipped = readFileSync(
      join(__dirname, "../../node_modules/@microsoft/office-js/dist", file),
      "utf8",
    );
    expect([file, served.length, served === shipped]).toEqual([file, shipped.length, true]);
  }
});

/** The series calls, on a single appointment that becomes a series and on one occurrence of a series. */
async function probeRecurrence(page: Page, runtime: Runtime, scenario: string): Promise<Outcome> {
  const frame = await paneFrame(page, runtime, scenario);
  return frame.evaluate(async () => {
    const out: Record<string, unknown> = {};
    const item = Office.context.mailbox.item as Office.AppointmentCompose;
    // A Recurrence as plain data: its fields and what its SeriesTime's getters answer.
    const view = (r: Office.Recurrence | null | undefined) =>
      r
        ? {
            recurrenceType: r.recurrenceType,
            recurrenceProperties: r.recurrenceProperties as unknown,
            recurrenceTimeZone: r.recurrenceTimeZone as unknown,
            seriesTime: [
              r.seriesTime.getStartDate(),
              r.seriesTime.getEndDate(),
              r.seriesTime.getStartTime(),
              r.seriesTime.getEndTime(),
              r.seriesTime.getDuration(),
            ],
          }
        : r;
    const get = () =>
      new Promise<unknown>((resolve) =>
        item.recurrence.getAsync((r) =>
          resolve(r.status === Office.AsyncResultStatus.Succeeded ? view(r.value) : { code: r.error.code }),
        ),
      );
    const set = (pattern: unknown) =>
      new Promise<unknown>((resolve) => {
        try {
          item.recurrence.setAsync(pattern as Office.Recurrence, (r) =>
            resolve(r.status === Office.AsyncResultStatus.Succeeded ? "succeeded" : { code: r.error.code }),
          );
        } catch (e) {
          resolve({ threw: (e as Error).name });
        }
      });
    out.seriesId = item.seriesId;
    out.before = await get();
    // The runtime exports its class (Microsoft.Office.WebExtension.SeriesTime); the typings declare none.
    const time = new (Office as unknown as { SeriesTime: new () => Office.SeriesTime }).SeriesTime();
    time.setStartDate(2026, 11, 1);
    time.setEndDate("2027-01-26");
    time.setStartTime(9, 0);
    time.setDuration(60);
    const pattern = {
      seriesTime: time,
      recurrenceType: Office.MailboxEnums.RecurrenceType.Weekly,
      recurrenceProperties: { interval: 1, days: ["tue"], firstDayOfWeek: "sun" },
      recurrenceTimeZone: { name: "UTC" },
    };
    let changed: (arg: unknown) => void = () => undefined;
    const event = new Promise<unknown>((resolve) => (changed = resolve));
    item.addHandlerAsync(Office.EventType.RecurrenceChanged, (arg: Office.RecurrenceChangedEventArgs) =>
      changed({ type: arg.type, recurrence: view(arg.recurrence) }),
    );
    out.set = await set(pattern);
    out.event =
      out.set === "succeeded"
        ? await Promise.race([event, new Promise((r) => setTimeout(() => r("no event"), 3000))])
        : "not set";
    out.after = await get();
    out.notASeriesTime = await set({ ...pattern, seriesTime: { startYear: 2026 } });
    out.noProperties = await set({ ...pattern, recurrenceProperties: undefined });
    out.monthlyWithoutDay = await set({
      ...pattern,
      recurrenceType: "monthly",
      recurrenceProperties: { interval: 1 },
    });
    out.badDay = await set({ ...pattern, recurrenceProperties: { interval: 1, days: ["tuesday"] } });
    return out;
  });
}

test("both runtimes model a series alike: the pattern and its SeriesTime, setAsync, RecurrenceChanged, an occurrence", async ({
  browser,
}) => {
  for (const scenario of ["no-provider-standalone", "recurring-occurrence"]) {
    const real = await browser.newPage();
    const standIn = await browser.newPage();
    const fromRuntime = await probeRecurrence(real, "microsoft", scenario);
    const fromStandIn = await probeRecurrence(standIn, "stand-in", scenario);
    expect({ scenario, ...fromStandIn }).toEqual({ scenario, ...fromRuntime });
    await real.close();
    await standIn.close();
    const weeklyToJanuary = {
      recurrenceType: "weekly",
      recurrenceProperties: { interval: 1, days: ["tue"], firstDayOfWeek: "sun" },
      recurrenceTimeZone: { name: "UTC", offset: 0 },
      seriesTime: ["2026-12-01", "2027-01-26", "T09:00:00.000", "T10:00:00.000", 60],
    };
    if (scenario === "no-provider-standalone") {
      // A single appointment: no pattern, then the one the add-in set, announced by the event.
      expect(fromRuntime).toMatchObject({
        seriesId: null,
        before: null,
        set: "succeeded",
        event: { type: "olkRecurrenceChanged", recurrence: weeklyToJanuary },
        after: weeklyToJanuary,
        notASeriesTime: { threw: "Sys.ArgumentException" },
        noProperties: { threw: "Sys.ArgumentNullException" },
        monthlyWithoutDay: { threw: "Sys.ArgumentException" },
        badDay: { threw: "Sys.ArgumentException" },
      });
    } else {
      // One occurrence: its series' id and pattern; a pattern can't be set on it.
      expect(fromRuntime).toMatchObject({
        seriesId: "AAMkADseries+master/0003=",
        before: {
          ...weeklyToJanuary,
          seriesTime: ["2026-12-01", "2027-03-02", "T09:00:00.000", "T10:00:00.000", 60],
        },
        set: { threw: "Sys.ArgumentException" },
        event: "not set",
      });
    }
  }
});

test("both runtimes show each kind of appointment alike: shared, recurring, Japanese, plain text, personal", async ({
  browser,
}) => {
  // What each scenario must show, so agreement is not agreement on nothing.
  const expected: Record<string, Outcome> = {
    "shared-calendar": { shared: expect.objectContaining({ owner: expect.stringContaining("@") }) },
    "recurring-series": { recurrenceType: "weekly", seriesId: null },
    "recurring-occurrence": { recurrenceType: "weekly", seriesId: "AAMkADseries+master/0003=" },
    "ja-JP": { displayLanguage: "ja-JP" },
    "text-body": { bodyType: "text" },
    "personal-account": { accountType: "outlookCom" },
  };
  for (const scenario of Object.keys(expected)) {
    const real = await browser.newPage();
    const standIn = await browser.newPage();
    const [fromRuntime, fromStandIn] = [
      await look(real, "microsoft", scenario),
      await look(standIn, "stand-in", scenario),
    ];
    expect({ scenario, ...fromStandIn }).toEqual({ scenario, ...fromRuntime });
    expect(fromRuntime).toMatchObject(expected[scenario]!);
    await real.close();
    await standIn.close();
  }
});
