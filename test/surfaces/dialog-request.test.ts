// The sign-in dialog page's side of DialogApi 1.2: the pane sends its request (login hint, claims)
// when it hears "ready", so "ready" goes only once the page's handler is registered — Office
// registers it in addHandlerAsync's callback, and a messageChild before that is lost.
import type { DialogRequest } from "../../src/adapters/sign-in-dialog-protocol";
import { receiveRequest, type DialogUi } from "../../src/surfaces/dialog/dialog-request";

const ORIGIN = "https://addin.contoso.com";

beforeAll(() => {
  (globalThis as unknown as { Office: unknown }).Office = {
    EventType: { DialogParentMessageReceived: "dialogParentMessageReceived" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
});

/**
 * Office and the pane: addHandlerAsync registers the handler later (a round trip to the host), then
 * calls back; the pane answers "ready" at once with messageChild, which reaches only handlers
 * registered by then.
 */
class StubUi implements DialogUi {
  handlers: ((arg: Office.DialogParentMessageReceivedEventArgs) => void)[] = [];
  log: string[] = [];
  constructor(private readonly registration: "succeeded" | "failed" = "succeeded") {}
  addHandlerAsync(
    _type: Office.EventType,
    handler: (arg: Office.DialogParentMessageReceivedEventArgs) => void,
    callback: (result: Office.AsyncResult<void>) => void,
  ) {
    setTimeout(() => {
      if (this.registration === "succeeded") {
        this.handlers.push(handler);
        this.log.push("registered");
      }
      callback({ status: this.registration } as unknown as Office.AsyncResult<void>);
    }, 5);
  }
  /** The pane hears "ready" and sends its request by messageChild. */
  paneHearsReady(nonce: string) {
    this.log.push("ready");
    const message = JSON.stringify({
      v: 1,
      type: "request",
      nonce,
      scopes: ["Calendars.ReadWrite"],
      loginHint: "megan@contoso.com",
    });
    for (const h of this.handlers)
      h({ message, origin: ORIGIN, type: "dialogParentMessageReceived" as unknown as Office.EventType });
  }
}

const within = <T>(p: Promise<T>, ms = 500) =>
  Promise.race([p, new Promise<"waited for ever">((r) => setTimeout(() => r("waited for ever"), ms))]);

test("ready is said only once the handler is registered, so the pane's request is not lost", async () => {
  const ui = new StubUi();
  const request = await within(receiveRequest(ui, "n1", ORIGIN, () => ui.paneHearsReady("n1")));
  expect(request).toMatchObject({
    nonce: "n1",
    loginHint: "megan@contoso.com",
  } satisfies Partial<DialogRequest>);
  expect(ui.log).toEqual(["registered", "ready"]);
});

test("if the handler can't be registered, the dialog signs in without a hint instead of waiting", async () => {
  const ui = new StubUi("failed");
  const request = await within(receiveRequest(ui, "n1", ORIGIN, () => ui.paneHearsReady("n1")));
  expect(request).toEqual({
    v: 1,
    type: "request",
    nonce: "n1",
    scopes: ["Calendars.ReadWrite", "OnlineMeetings.ReadWrite"],
  });
  expect(ui.log).toEqual([]);
});
