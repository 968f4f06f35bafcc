// The workbench's host end of Office.js's protocol, driven with messages shaped exactly as
// Microsoft's runtime sends them (captured from outlook-web-16.01.js in the workbench): envelope,
// routing and trust, then Outlook's dispatch ids over the emulated appointment.
import { envelope, parseRequest, ResponseType, XdmService } from "../../workbench/office-runtime/xdm-service";
import {
  APP_COMMAND_COMPLETED,
  DispatchId,
  OutlookWebHost,
  deserializeSettings,
} from "../../workbench/office-runtime/outlook-web-host";
import { WorkbenchHost } from "../../workbench/office-host/workbench-host";
import type { Scenario } from "../../workbench/scenario";

const ORIGIN = "https://localhost:3000";

/** A window as the service sees it: its origin and one message listener. */
function fakeWindow() {
  let listener: ((e: MessageEvent) => void) | null = null;
  const win = {
    location: { origin: ORIGIN, pathname: "/workbench.html" },
    addEventListener: (_type: string, l: (e: MessageEvent) => void) => (listener = l),
  };
  return {
    win: win as unknown as Window,
    deliver: (e: Partial<MessageEvent>) => listener?.(e as MessageEvent),
  };
}

/** An add-in frame (by default on the workbench's origin): what it posts, and what it receives. */
function fakeFrame(origin = ORIGIN) {
  const received: Record<string, unknown>[] = [];
  const frame = {
    postMessage: (data: string, target: string) => {
      expect(target).toBe(origin);
      received.push(JSON.parse(data) as Record<string, unknown>);
    },
  };
  return { frame: frame as unknown as Window, received };
}

let correlation = 0;
function request(conversationId: string, actionName: string, data: unknown, actionType = 0): string {
  return JSON.stringify({
    _messageType: 0,
    _actionName: actionName,
    _actionType: actionType,
    _conversationId: conversationId,
    _correlationId: correlation++,
    _origin: ORIGIN,
    _data: data,
    _serializerVersion: 1,
  });
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("the XDM envelope", () => {
  test("a request from the runtime parses; anything else is ignored", () => {
    expect(parseRequest(request("c", "GetInitialData", { MethodData: { DispatchId: 1 } }))).toMatchObject({
      _actionName: "GetInitialData",
      _conversationId: "c",
    });
    expect(parseRequest("")).toBeNull();
    expect(parseRequest("{not json")).toBeNull();
    expect(parseRequest({ _messageType: 0 })).toBeNull();
    expect(
      parseRequest(JSON.stringify({ _messageType: 1, _actionName: "x", _conversationId: "c" })),
    ).toBeNull();
    expect(parseRequest(JSON.stringify({ _messageType: 0, _actionName: "x" }))).toBeNull();
  });

  test("a response carries the request's conversation and correlation ids", () => {
    expect(JSON.parse(envelope("GetInitialData", "c", 4, { a: 1 }, ORIGIN))).toEqual({
      _messageType: 1,
      _actionName: "GetInitialData",
      _conversationId: "c",
      _correlationId: 4,
      _origin: ORIGIN,
      _data: { a: 1 },
      _errorCode: 0,
      _responseType: ResponseType.forCalling,
      _serializerVersion: 1,
    });
  });
});

describe("the service end", () => {
  test("answers only the frame a conversation was opened for, from its own origin", async () => {
    const { win, deliver } = fakeWindow();
    const a = fakeFrame();
    const stranger = fakeFrame();
    const service = new XdmService(win, (call) => ({ echo: call.actionName }));
    service.open("conv-a", () => a.frame);
    deliver({ data: request("conv-a", "Hello", null), source: a.frame, origin: ORIGIN });
    deliver({ data: request("conv-a", "Hello", null), source: stranger.frame, origin: ORIGIN });
    deliver({ data: request("conv-a", "Hello", null), source: a.frame, origin: "https://evil.example" });
    deliver({ data: request("conv-unknown", "Hello", null), source: a.frame, origin: ORIGIN });
    await flush();
    expect(a.received).toHaveLength(1);
    expect(a.received[0]).toMatchObject({
      _conversationId: "conv-a",
      _data: { echo: "Hello" },
      _errorCode: 0,
    });
    expect(stranger.received).toHaveLength(0);
  });

  test("a deployed add-in's frame is answered from its own origin and gets its events there", async () => {
    const ADDIN = "https://addin.contoso.com";
    const { win, deliver } = fakeWindow();
    const addin = fakeFrame(ADDIN);
    const service = new XdmService(win, (call) => ({ echo: call.actionName }));
    service.open("c", () => addin.frame, ADDIN);
    deliver({ data: request("c", "Hello", null), source: addin.frame, origin: ORIGIN });
    deliver({ data: request("c", "Hello", null), source: addin.frame, origin: ADDIN });
    deliver({ data: request("c", "olkAppointmentTimeChanged", {}, 1), source: addin.frame, origin: ADDIN });
    await flush();
    expect(service.fire("olkAppointmentTimeChanged", ["x"])).toBe(1);
    // fakeFrame checks every message was posted to the add-in's origin; the workbench's own is refused.
    expect(addin.received.map((m) => m._actionName)).toEqual([
      "Hello",
      "olkAppointmentTimeChanged",
      "olkAppointmentTimeChanged",
    ]);
  });

  test("a failing handler answers with the transport's error code, not silence", async () => {
    const { win, deliver } = fakeWindow();
    const a = fakeFrame();
    const service = new XdmService(win, () => {
      throw new Error("boom");
    });
    service.open("c", () => a.frame);
    deliver({ data: request("c", "ExecuteMethod", {}), source: a.frame, origin: ORIGIN });
    await flush();
    expect(a.received[0]).toMatchObject({ _errorCode: -2 });
  });

  test("events go only to conversations that registered for them, as event responses", async () => {
    const { win, deliver } = fakeWindow();
    const a = fakeFrame();
    const b = fakeFrame();
    const service = new XdmService(win, () => ({ Error: 0 }));
    service.open("a", () => a.frame);
    service.open("b", () => b.frame);
    deliver({ data: request("a", "olkAppointmentTimeChanged", {}, 1), source: a.frame, origin: ORIGIN });
    await flush();
    expect(service.fire("olkAppointmentTimeChanged", ["x"])).toBe(1);
    expect(a.received.at(-1)).toMatchObject({
      _actionName: "olkAppointmentTimeChanged",
      _responseType: ResponseType.forEventing,
      _data: ["x"],
    });
    expect(b.received).toHaveLength(0);
    deliver({ data: request("a", "olkAppointmentTimeChanged", {}, 2), source: a.frame, origin: ORIGIN });
    await flush();
    expect(service.fire("olkAppointmentTimeChanged", ["y"])).toBe(0);
  });
});

const scenario: Scenario = {
  name: "t",
  description: "",
  mailbox: {
    displayName: "Megan Bowen",
    emailAddress: "megan@contoso.com",
    accountType: "enterprise",
    displayLanguage: "ja-JP",
  },
  appointment: {
    isNew: true,
    subject: "Plan",
    start: "2026-12-01T09:00:00.000Z",
    end: "2026-12-01T10:00:00.000Z",
    location: "",
    requiredAttendees: [{ displayName: "Adele", emailAddress: "adele@contoso.com" }],
    optionalAttendees: [],
    bodyType: "html",
    body: "<p>Agenda &amp; notes</p>",
  },
  settings: { autoAdd: true },
  graph: { calendar: { allowedOnlineMeetingProviders: [], defaultOnlineMeetingProvider: "unknown" } },
};

describe("Outlook on the web's side", () => {
  let host: WorkbenchHost;
  let outlook: OutlookWebHost;
  let frame: ReturnType<typeof fakeFrame>;
  let deliver: (e: Partial<MessageEvent>) => void;
  let conversation: string;

  beforeEach(() => {
    global.fetch = jest.fn(() => Promise.resolve({ ok: true } as Response));
    host = new WorkbenchHost(scenario, "/graph/__emulator");
    const w = fakeWindow();
    deliver = w.deliver;
    outlook = new OutlookWebHost(() => host, w.win);
    frame = fakeFrame();
    const iframe = { contentWindow: frame.frame } as unknown as HTMLIFrameElement;
    const url = outlook.attach(iframe, "/taskpane.html?host=workbench", "taskpane");
    conversation = /_xdm_Info=([^$]+)\$/.exec(url)![1]!;
  });

  async function call(actionName: string, data: unknown, actionType = 0): Promise<unknown> {
    deliver({
      data: request(conversation, actionName, data, actionType),
      source: frame.frame,
      origin: ORIGIN,
    });
    await flush();
    await flush();
    return frame.received.at(-1)?._data;
  }
  const execute = (dispid: number, params?: unknown) =>
    call("ExecuteMethod", {
      ApiParams: params,
      MethodData: { ControlId: "omo-taskpane", DispatchId: dispid },
    });

  test("the frame URL carries Outlook's host info, and the XDM info last in the fragment", () => {
    const url = outlook.attach(
      { contentWindow: null } as unknown as HTMLIFrameElement,
      "/commands.html",
      "commands",
    );
    const [path, hash] = url.split("#");
    // The activation's correlation id is the conversation: every open is a new page load.
    expect(new URL(path!, ORIGIN).searchParams.get("_host_Info")).toMatch(
      /^Outlook\$Web\$16\.01\$ja-JP\$omo-commands-\d+\$\$disableLogging\$0$/,
    );
    expect(hash).toMatch(
      /^&_serializer_version=1&_xdm_Info=omo-commands-\d+\$omo-commands\$https:\/\/localhost:3000\/workbench\.html$/,
    );
  });

  test("the frame's window is named with JSON, the same host and XDM info: the runtime parses it to open a dialog", () => {
    const win = { name: "" };
    const iframe = { name: "", contentWindow: win } as unknown as HTMLIFrameElement;
    const url = outlook.attach(iframe, "/taskpane.html", "taskpane");
    const name = JSON.parse(win.name) as Record<string, string>;
    expect(iframe.name).toBe(win.name);
    expect(name.hostInfo).toBe(new URL(url, ORIGIN).searchParams.get("_host_Info"));
    expect(`&_xdm_Info=${name.xdmInfo}`).toBe(/&_xdm_Info=.*$/.exec(url)![0]);
    expect(name.serializerVersion).toBe("1");
  });

  test("the app context has every field the runtime requires, the language and the requirement sets", async () => {
    const context = (await call("ContextActivationManager_getAppContextAsync", "omo-taskpane")) as Record<
      string,
      unknown
    >;
    for (const key of [
      "_id",
      "_appName",
      "_appVersion",
      "_appUILocale",
      "_dataLocale",
      "_docUrl",
      "_clientMode",
      "_settings",
      "_reason",
    ])
      expect(context[key]).toBeDefined();
    expect(context._appName).toBe(64);
    expect(context._appUILocale).toBe("ja-JP");
    expect(JSON.parse(context._requirementMatrix as string)).toMatchObject({ Mailbox: "1.13" });
    expect(JSON.parse(context._requirementMatrix as string)).not.toHaveProperty("NestedAppAuth");
    expect(deserializeSettings(context._settings)).toEqual({ autoAdd: true });
  });

  test("NestedAppAuth 1.1 is reported only where it is turned on, and never to an Outlook.com mailbox", async () => {
    const matrix = async () =>
      JSON.parse(
        (
          (await call("ContextActivationManager_getAppContextAsync", "omo-taskpane")) as Record<
            string,
            string
          >
        )._requirementMatrix!,
      ) as Record<string, string>;
    host.nestedAppAuth = true;
    expect(await matrix()).toMatchObject({ NestedAppAuth: "1.1" });
    host.load({ ...scenario, mailbox: { ...scenario.mailbox, accountType: "outlookCom" } });
    expect(await matrix()).not.toHaveProperty("NestedAppAuth");
  });

  test("a page on the add-in's own host is framed with Outlook's parameters and answered there", async () => {
    const addin = fakeFrame("https://addin.contoso.com");
    const url = outlook.attach(
      { contentWindow: addin.frame } as unknown as HTMLIFrameElement,
      "https://addin.contoso.com/taskpane.html",
      "taskpane",
    );
    expect(url).toMatch(/^https:\/\/addin\.contoso\.com\/taskpane\.html\?_host_Info=Outlook%24Web%24/);
    const id = /_xdm_Info=([^$]+)\$/.exec(url)![1]!;
    deliver({
      data: request(id, "GetInitialData", { MethodData: { DispatchId: 1 } }),
      source: addin.frame,
      origin: "https://addin.contoso.com",
    });
    await flush();
    await flush();
    expect(addin.received.at(-1)?._data).toMatchObject({ itemType: 5 });
  });

  test("the initial data describe an appointment being composed by its organizer", async () => {
    expect(await call("GetInitialData", { MethodData: { DispatchId: 1 } })).toMatchObject({
      itemType: 5,
      permissionLevel: 3,
      userEmailAddress: "megan@contoso.com",
      userProfileType: "enterprise",
      isFromSharedFolder: false,
    });
  });

  test("item fields: subject, times as milliseconds, location, attendees by field number", async () => {
    expect(await execute(DispatchId.getSubject)).toEqual({ wasSuccessful: true, data: "Plan" });
    expect(await execute(DispatchId.getTime, { TimeProperty: 2 })).toEqual({
      wasSuccessful: true,
      data: Date.parse("2026-12-01T10:00:00.000Z"),
    });
    await execute(DispatchId.setTime, { TimeProperty: 1, time: Date.parse("2026-12-01T08:00:00.000Z") });
    expect(host.appointment.start.toISOString()).toBe("2026-12-01T08:00:00.000Z");
    await execute(DispatchId.setLocation, { location: "Room 7" });
    expect(host.appointment.location).toBe("Room 7");
    expect(await execute(DispatchId.getRecipients, { recipientField: 0 })).toEqual({
      wasSuccessful: true,
      data: [{ name: "Adele", address: "adele@contoso.com", recipientType: 1 }],
    });
  });

  test("the body in the host's coercion numbers (0 text, 3 html), prepend included", async () => {
    host.setClient("verbatim");
    expect(await execute(DispatchId.getBody, { coercionType: 0 })).toEqual({
      wasSuccessful: true,
      data: "Agenda & notes\n",
    });
    await execute(DispatchId.setBody, { data: "<p>new</p>", coercionType: 3 });
    await execute(DispatchId.bodyPrepend, { data: "<b>top</b>", coercionType: 3 });
    expect(host.appointment).toMatchObject({ body: "<b>top</b><p>new</p>", bodyType: "html" });
  });

  test("ids only after a save; errors are Outlook's codes for the runtime to name", async () => {
    expect(await execute(DispatchId.getItemId)).toEqual({
      wasSuccessful: false,
      error: true,
      errorCode: 9046,
    });
    const saved = (await execute(DispatchId.save)) as { data: string };
    expect(await execute(DispatchId.getItemId)).toEqual({ wasSuccessful: true, data: saved.data });
  });

  test("notifications: numeric types back to names, duplicate and missing keys refused", async () => {
    await execute(DispatchId.addNotificationMessage, { key: "k", type: 1, message: "Working" });
    expect(host.notifications).toEqual([expect.objectContaining({ key: "k", type: "progressIndicator" })]);
    expect(
      await execute(DispatchId.addNotificationMessage, { key: "k", type: 0, message: "x" }),
    ).toMatchObject({
      errorCode: 9023,
    });
    await execute(DispatchId.removeNotificationMessage, { key: "k" });
    expect(await execute(DispatchId.removeNotificationMessage, { key: "k" })).toMatchObject({
      errorCode: 9024,
    });
  });

  test("custom properties as the runtime's JSON string; roaming settings in the serialized form", async () => {
    await execute(DispatchId.saveCustomProperties, { customProperties: { omo: "x" } });
    expect(await execute(DispatchId.loadCustomProperties)).toEqual({
      wasSuccessful: true,
      customProperties: '{"omo":"x"}',
    });
    await execute(DispatchId.saveSettings, [{ omoSettings: JSON.stringify({ autoAdd: false }) }]);
    expect(host.roaming).toEqual({ omoSettings: { autoAdd: false } });
  });

  test("an unknown dispatch id fails cleanly", async () => {
    expect(await execute(9999)).toMatchObject({ wasSuccessful: false, errorCode: 9020 });
  });

  test("a function command: invoked by event, completed through the common executeMethod, counted", async () => {
    const commands = fakeFrame();
    const url = outlook.attach(
      { contentWindow: commands.frame } as unknown as HTMLIFrameElement,
      "/commands.html",
      "commands",
    );
    const conv = /_xdm_Info=([^$]+)\$/.exec(url)![1]!;
    expect(outlook.commandsReady("commands")).toBe(false);
    deliver({
      data: request(conv, "appCommandInvoked", { eventDispId: 39 }, 1),
      source: commands.frame,
      origin: ORIGIN,
    });
    await flush();
    expect(outlook.commandsReady("commands")).toBe(true);
    const run = outlook.invokeCommand("commands", "addOnlineMeeting");
    const event = commands.received.at(-1)!;
    expect(event).toMatchObject({ _actionName: "appCommandInvoked", _responseType: 1 });
    const [id, name, eventObject] = event._data as [string, string, string];
    expect(name).toBe("addOnlineMeeting");
    expect(JSON.parse(eventObject)).toEqual({ source: { id: "addOnlineMeeting" } });
    const complete = {
      0: id,
      1: 0,
      2: "{}",
      DdaMethod: { ControlId: "omo-commands", DispatchId: APP_COMMAND_COMPLETED },
    };
    deliver({ data: request(conv, "executeMethod", complete), source: commands.frame, origin: ORIGIN });
    deliver({ data: request(conv, "executeMethod", complete), source: commands.frame, origin: ORIGIN });
    await expect(run.completed).resolves.toEqual({ status: 0, data: "{}" });
    await flush();
    expect(run.completions()).toBe(2);
  });

  test("a time change reaches a registered frame as the runtime's event data", async () => {
    await call("olkAppointmentTimeChanged", { eventDispId: 48 }, 1);
    outlook.fireItemEvent("olkAppointmentTimeChanged");
    const event = frame.received.at(-1)!;
    expect(event._responseType).toBe(1);
    expect(JSON.parse((event._data as string[])[0]!)).toEqual({
      start: Date.parse("2026-12-01T09:00:00.000Z"),
      end: Date.parse("2026-12-01T10:00:00.000Z"),
    });
  });

  const WEEKLY = {
    recurrenceType: "weekly",
    recurrenceProperties: { interval: 1, days: ["tue"], firstDayOfWeek: "sun" },
    recurrenceTimeZone: { name: "UTC", offset: 0 },
    seriesTimeJson: {
      startYear: 2026,
      startMonth: 12,
      startDay: 1,
      endYear: 2027,
      endMonth: 3,
      endDay: 2,
      startTimeMin: 540,
      durationMin: 60,
    },
  };

  test("recurrence: null for a single appointment; setAsync (104) makes a series, getAsync (103) answers its wire form", async () => {
    expect(await execute(DispatchId.getRecurrence)).toEqual({ wasSuccessful: true, data: null });
    expect(await execute(DispatchId.setRecurrence, { recurrenceData: WEEKLY })).toEqual({
      wasSuccessful: true,
      data: undefined,
    });
    expect(await execute(DispatchId.getRecurrence)).toEqual({ wasSuccessful: true, data: WEEKLY });
    await execute(DispatchId.setRecurrence, { recurrenceData: null });
    expect(host.appointment.recurrence).toBeNull();
  });

  test("recurrence: an occurrence answers its series' pattern and refuses a new one with 9033", async () => {
    host.appointment.seriesId = "AAMkADseries+master/0003=";
    host.appointment.recurrence = WEEKLY;
    expect(await execute(DispatchId.getRecurrence)).toEqual({ wasSuccessful: true, data: WEEKLY });
    expect(await execute(DispatchId.setRecurrence, { recurrenceData: WEEKLY })).toEqual({
      wasSuccessful: false,
      error: true,
      errorCode: 9033,
    });
  });

  test("a recurrence change reaches a registered frame as JSON inside JSON, as the runtime parses it", async () => {
    await call("olkRecurrenceChanged", { eventDispId: 49 }, 1);
    host.onItemEvent((type, arg) => outlook.fireItemEvent(type, arg));
    host.setRecurrence(WEEKLY);
    await new Promise((r) => setTimeout(r, 5));
    const event = frame.received.at(-1)!;
    expect(event._actionName).toBe("olkRecurrenceChanged");
    const outer = JSON.parse((event._data as string[])[0]!) as { recurrence: string };
    expect(JSON.parse(outer.recurrence)).toEqual(WEEKLY);
  });

  test("Tab past either end, or Escape, hands focus back to the host", async () => {
    const exits: [string, string][] = [];
    outlook.onFocusExit = (surface, how) => exits.push([surface, how]);
    await call("ContextActivationManager_notifyHost", ["omo-taskpane", 13]);
    await call("ContextActivationManager_notifyHost", ["omo-taskpane", 14]);
    await call("ContextActivationManager_notifyHost", ["omo-taskpane", 15]);
    await call("ContextActivationManager_notifyHost", ["omo-taskpane", 21, ORIGIN]);
    expect(exits).toEqual([
      ["taskpane", "forward"],
      ["taskpane", "backward"],
      ["taskpane", "escape"],
    ]);
  });
});
