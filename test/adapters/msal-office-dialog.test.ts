/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The dialog fallback through the product's own Office wrapper (officeAuthHost, no fake host): what
// Office.context.ui.displayDialogAsync's dialog does is played by a stub of the Office global.
import { MsalTokenProvider } from "../../src/adapters/msal-token-provider";
import { ErrorCode } from "../../src/core/errors";

const CLIENT = "11111111-2222-4333-8444-555555555555";

type Handler = (arg: { message?: string; origin?: string; error?: number }) => void;

/** One Office dialog: closed by the user (12006) it is gone, and close() on it throws. */
class StubDialog {
  handlers = new Map<string, Handler>();
  open = true;
  closeCalls = 0;
  addEventHandler(type: string, handler: Handler) {
    this.handlers.set(type, handler);
  }
  messageChild() {}
  close() {
    this.closeCalls++;
    if (!this.open) throw new Error("The dialog is already closed");
    this.open = false;
  }
  /** The user closes the dialog window: Office raises DialogEventReceived with 12006. */
  userCloses() {
    this.open = false;
    this.handlers.get("dialogEventReceived")?.({ error: 12006 });
  }
}

/** The options of the last displayDialogAsync. */
let lastOptions: unknown;

/** `behave`: what the dialog does once open (by default the user closes it). */
function installOffice(dialog: StubDialog, behave: (url: string) => void = () => dialog.userCloses()) {
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: {
      // No NestedAppAuth: the dialog fallback. No DialogApi 1.2: the dialog gets no request.
      requirements: { isSetSupported: () => false },
      mailbox: { userProfile: { accountType: "enterprise", emailAddress: "megan@contoso.com" } },
      ui: {
        displayDialogAsync: (url: string, options: unknown, callback: (r: unknown) => void) => {
          lastOptions = options;
          callback({ status: "succeeded", value: dialog });
          setTimeout(() => behave(url), 0);
        },
      },
    },
  };
  Object.defineProperty(navigator, "userActivation", { value: { isActive: true }, configurable: true });
}

test("the user closes the dialog (12006): sign-in is cancelled, not 'something went wrong'", async () => {
  const dialog = new StubDialog();
  installOffice(dialog);
  const provider = new MsalTokenProvider({
    clientId: CLIENT,
    authority: "https://login.microsoftonline.com/common",
  });
  await expect(provider.getToken({ scopes: ["Calendars.ReadWrite"] })).rejects.toMatchObject({
    code: ErrorCode.signInCancelled,
  });
  // Office closed it: the product doesn't close it again.
  expect(dialog.closeCalls).toBe(0);
});

test("a dialog that answers is closed by the product, once", async () => {
  const dialog = new StubDialog();
  installOffice(dialog, (url) => {
    const nonce = new URLSearchParams(new URL(url).hash.slice(1)).get("nonce")!;
    dialog.handlers.get("dialogMessageReceived")?.({
      origin: location.origin,
      message: JSON.stringify({
        v: 1,
        type: "result",
        nonce,
        ok: true,
        accessToken: "dialog",
        expiresOn: Date.now() + 3_600_000,
        scopes: ["Calendars.ReadWrite", "OnlineMeetings.ReadWrite"],
        account: { username: "megan@contoso.com" },
      }),
    });
  });
  const provider = new MsalTokenProvider({
    clientId: CLIENT,
    authority: "https://login.microsoftonline.com/common",
  });
  expect(await provider.getToken({ scopes: ["Calendars.ReadWrite"] })).toBe("dialog");
  expect(dialog.closeCalls).toBe(1);
  expect(dialog.open).toBe(false);
});

test("the dialog opens from the click on Sign in, without Office on the web's own Allow/Ignore prompt", async () => {
  sessionStorage.clear(); // the token an earlier test's dialog gave
  const dialog = new StubDialog();
  installOffice(dialog);
  const provider = new MsalTokenProvider({
    clientId: CLIENT,
    authority: "https://login.microsoftonline.com/common",
  });
  await expect(provider.getToken({ scopes: ["Calendars.ReadWrite"] })).rejects.toMatchObject({
    code: ErrorCode.signInCancelled,
  });
  // promptBeforeOpen defaults to true: Microsoft's runtime would ask "… wants to display a new
  // window" first, a second click (test/e2e/sign-in-dialog.spec.ts on the office-js project).
  expect(lastOptions).toMatchObject({ promptBeforeOpen: false });
});
