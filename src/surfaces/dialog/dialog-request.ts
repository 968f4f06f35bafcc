// How the dialog page gets the pane's request (DialogApi 1.2): its handler for the pane's messages
// registered first, and only then "ready" to the pane — the pane sends the request when it hears
// "ready", and a message that arrives before the handler is registered is lost (the dialog would
// wait for ever). addHandlerAsync registers in its callback, not when it returns.
import {
  acceptDialogRequest,
  dialogScopes,
  type DialogRequest,
} from "../../adapters/sign-in-dialog-protocol";

/** What the dialog page uses of Office.context.ui (a stub implements it in tests). */
export interface DialogUi {
  addHandlerAsync(
    type: Office.EventType,
    handler: (arg: Office.DialogParentMessageReceivedEventArgs) => void,
    callback: (result: Office.AsyncResult<void>) => void,
  ): void;
}

/** The pane's request: by messageChild after we say we are ready, from our origin, with our nonce. */
export function receiveRequest(
  ui: DialogUi,
  nonce: string,
  origin: string,
  sendReady: () => void,
): Promise<DialogRequest> {
  return new Promise((resolve) => {
    ui.addHandlerAsync(
      Office.EventType.DialogParentMessageReceived,
      (arg) => {
        const request = acceptDialogRequest(arg.message, arg.origin, { origin, nonce });
        if (request) resolve(request);
      },
      (result) => {
        // No handler, no request: sign in without a hint (the user picks the account), as
        // without DialogApi 1.2.
        if (result.status !== Office.AsyncResultStatus.Succeeded)
          resolve({ v: 1, type: "request", nonce, scopes: dialogScopes([]) });
        else sendReady();
      },
    );
  });
}
