// Office.context.ui: the Office dialog API, as Office on the web runs it (a pop-up window), for the
// task pane (displayDialogAsync, the Dialog's messageChild, close and its two events) and for the page
// in the dialog (messageParent, addHandlerAsync for DialogParentMessageReceived). Error codes: "Handle
// errors and events in the Office dialog box"
// (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events). The rows and
// their sources: workbench/README.md, "The Office dialog".
import { deliver, split, type AnyArgs } from "./async-result";
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
      const { callback } = split<Office.Dialog>(rest);
      const answer = (r: Office.AsyncResult<Office.Dialog>): void => {
        setTimeout(() => callback?.(r), 2);
      };
      let url: URL;
      try {
        url = new URL(startAddress);
      } catch {
        return answer(fail(12004, "DisplayDialogError", "The domain of the URL is not trusted."));
      }
      if (url.protocol === "http:")
        return answer(
          fail(12005, "DisplayDialogError", "The URL uses the HTTP protocol. HTTPS is required."),
        );
      if (url.origin !== win.location.origin)
        return answer(fail(12004, "DisplayDialogError", "The domain of the URL is not trusted."));
      if (open && !open.popup.closed)
        return answer(
          fail(12007, "DisplayDialogError", "A dialog box is already opened from this host window."),
        );
      const popup = win.open(
        carryWorkbenchParams(url, win).toString(),
        "omo-office-dialog",
        "popup,width=480,height=640",
      );
      if (!popup) return answer(fail(12011, "DisplayDialogError", "The browser is blocking pop-ups."));
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
        if (!mine.closedByAddIn) raise("dialogEventReceived", { type: "dialogEventReceived", error: 12006 });
      }, 100);
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
