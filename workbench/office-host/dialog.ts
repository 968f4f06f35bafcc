// Office.context.ui: the Office dialog API, as Office on the web runs it (a pop-up window), for the
// task pane (displayDialogAsync, the Dialog's messageChild, close and its two events) and for the page
// in the dialog (messageParent, addHandlerAsync for DialogParentMessageReceived). Error codes: "Handle
// errors and events in the Office dialog box"
// (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events). The rows and
// their sources: workbench/README.md, "The Office dialog".
import { deliver, split, type AnyArgs } from "./async-result";
import { promptBeforeOpen } from "./dialog-prompt";
import { HostFailure } from "./workbench-host";

type Handler = (arg: unknown) => void;

/** What the pane's window offers the dialog's window (found there through window.opener). */
export interface DialogBridge {
  fromChild(message: string, origin: string): void;
  onParentMessage(handler: (message: string, origin: string) => void): void;
}

interface BridgeWindow extends Window {
  __omoDialogBridge?: DialogBridge;
}

/** The workbench parameters the pane's page was opened with, carried to the dialog's page. */
const CARRIED = ["host", "signIn", "graphBaseUrl", "officeRuntime"];

/**
 * The workbench's own parameters follow the page into the dialog (its Office.js is picked from them,
 * assets/office-bootstrap.js), as they follow it into the pane's frame: on both runtimes (Microsoft's
 * opens the window itself, workbench/office-runtime/page.ts). Those the URL has already are kept.
 */
export function carryWorkbenchParams(url: URL, from: Window): URL {
  const here = new URLSearchParams(from.location.search);
  for (const k of CARRIED) {
    const v = here.get(k);
    if (v !== null && !url.searchParams.has(k)) url.searchParams.set(k, v);
  }
  return url;
}

/**
 * The runtime's own names and messages for the codes (en-us office_strings.js: L_DisplayDialogError,
 * L_DialogAlreadyOpened, L_DialogRequireHTTPS, L_DialogInvalidScheme, L_DialogAddressNotTrusted,
 * L_UserClickIgnore, L_NewWindowCrossZoneErrorString).
 */
const DISPLAY_ERROR = "Display Dialog Error";
const NOT_TRUSTED =
  "The domain of the URL is not included in the AppDomains element in the manifest, and is not subdomain of source location.";
const CROSS_ZONE =
  "Browser restrictions prevented us from creating the dialog box. The domain of dialog box and the domain of the add-in host are not in the same security zone.";

function fail(code: number, name: string, message: string): Office.AsyncResult<Office.Dialog> {
  return {
    status: "failed" as unknown as Office.AsyncResultStatus,
    value: undefined as unknown as Office.Dialog,
    error: { code, name, message },
    asyncContext: undefined,
    diagnostics: undefined,
  };
}

/** The pane's Office.context.ui. */
export function paneUi(win: Window) {
  let open: { popup: Window; closedByAddIn: boolean } | null = null;
  return {
    displayDialogAsync(startAddress: string, ...rest: AnyArgs): void {
      const { callback, options } = split<Office.Dialog>(rest);
      const answer = (r: Office.AsyncResult<Office.Dialog>): void => {
        setTimeout(() => callback?.(r), 2);
      };
      // In the order Microsoft's runtime checks (`openDialog`, outlook-web-16.01.debug.js ≈ 9041–9082,
      // then `handleNewWindowDialog` ≈ 8410): a dialog already open, the scheme, the domain.
      if (open && !open.popup.closed)
        return answer(
          fail(
            12007,
            DISPLAY_ERROR,
            "The operation failed because this add-in already has an active dialog.",
          ),
        );
      let url: URL | null = null;
      try {
        url = new URL(startAddress);
      } catch {
        // Not a URL: not https either.
      }
      if (url?.protocol === "http:")
        return answer(fail(12005, DISPLAY_ERROR, "The HTTP protocol is not supported. Use HTTPS instead"));
      if (!url || url.protocol !== "https:")
        return answer(
          fail(12003, "Dialog Navigation Error", "The URL scheme is not supported. Use HTTPS instead."),
        );
      if (url.origin !== win.location.origin) return answer(fail(12004, DISPLAY_ERROR, NOT_TRUSTED));
      const target = carryWorkbenchParams(url, win);
      if (options.promptBeforeOpen === false) return show(target);
      promptBeforeOpen(win.document, (allowed) =>
        allowed
          ? show(target)
          : answer(fail(12009, DISPLAY_ERROR, "The user chose to ignore the dialog box.")),
      );

      function show(target: URL): void {
        const popup = win.open(target.toString(), "omo-office-dialog", "popup,width=480,height=640");
        if (!popup) return answer(fail(12011, DISPLAY_ERROR, CROSS_ZONE));
        const handlers = new Map<string, Handler[]>();
        const raise = (type: string, arg: unknown) => {
          for (const h of handlers.get(type) ?? []) h(arg);
        };
        const parentHandlers: ((message: string, origin: string) => void)[] = [];
        const mine = { popup, closedByAddIn: false };
        open = mine;
        (win as BridgeWindow).__omoDialogBridge = {
          fromChild: (message, origin) => {
            if (open === mine)
              raise("dialogMessageReceived", { type: "dialogMessageReceived", message, origin });
          },
          // Each page the dialog loads (it navigates to the sign-in page and back) registers again.
          onParentMessage: (handler) => {
            parentHandlers.length = 0;
            parentHandlers.push(handler);
          },
        };
        const watch = setInterval(() => {
          if (!popup.closed) return;
          clearInterval(watch);
          if (open === mine) open = null;
          // 12006: the dialog was closed, usually by the user's X (not when the add-in closed it).
          if (!mine.closedByAddIn)
            raise("dialogEventReceived", { type: "dialogEventReceived", error: 12006 });
          // Every second, as Microsoft's runtime looks (`checkWindowClose`, ≈ 8827–8848).
        }, 1000);
        const dialog = {
          addEventHandler: (type: string, handler: Handler, ...more: AnyArgs) => {
            handlers.set(type, [...(handlers.get(type) ?? []), handler]);
            if (more.length) deliver(more, () => undefined);
          },
          messageChild: (message: string, _options?: { targetOrigin?: string }) => {
            setTimeout(() => {
              for (const h of parentHandlers) h(message, win.location.origin);
            }, 2);
          },
          close: () => {
            if (popup.closed) throw new HostFailure(12006, "DialogClosed", "The dialog box is closed.");
            mine.closedByAddIn = true;
            popup.close();
          },
        };
        answer({
          status: "succeeded" as unknown as Office.AsyncResultStatus,
          value: dialog as unknown as Office.Dialog,
          error: undefined as unknown as Office.Error,
          asyncContext: undefined,
          diagnostics: undefined,
        });
      }
    },
  };
}

/** The bridge of the pane that opened this window as its dialog, if it is one. */
export function openerBridge(win: Window): DialogBridge | null {
  try {
    return (win.opener as BridgeWindow | null)?.__omoDialogBridge ?? null;
  } catch {
    return null;
  }
}

/** The dialog page's Office.context.ui. */
export function dialogUi(win: Window, bridge: DialogBridge) {
  return {
    messageParent: (message: string, _options?: { targetOrigin?: string }) => {
      const origin = win.location.origin;
      setTimeout(() => bridge.fromChild(message, origin), 2);
    },
    addHandlerAsync: (type: string, handler: Handler, ...rest: AnyArgs) => {
      if (type === "dialogParentMessageReceived")
        bridge.onParentMessage((message, origin) =>
          handler({ type: "dialogParentMessageReceived", message, origin }),
        );
      deliver(rest, () => {
        if (type !== "dialogParentMessageReceived")
          throw new HostFailure(5001, "InternalError", `No event ${type} in a dialog.`);
      });
    },
  };
}
