// /office-runtime-page.js: loaded first by a workbench page that runs on Microsoft's runtime
// (assets/office-bootstrap.js), before /microsoft-ajax.js and office.js. Not Office.js: the two
// things the same-origin workbench must add for its pages to be where Outlook on the web puts them,
// the same two the stand-in adds (workbench/office-host/index.ts, dialog.ts):
// - user activation from the page's own input only (office-host/user-activation.ts: in Outlook on
//   the web the pane is cross-origin, the host page's activity doesn't activate it);
// - the workbench's own URL parameters follow the page into its Office dialog. Microsoft's runtime
//   opens the dialog's window itself, with `window.open` in the pane (`showDialog`,
//   outlook-web-16.01.debug.js ≈ 8781–8813), after adding `_host_Info` with the "isDialog" flag to
//   the query (≈ 8782–8801): only such an open is touched.
import { carryWorkbenchParams } from "../office-host/dialog";
import { installUserActivation } from "../office-host/user-activation";

/** True for the URL of an Office dialog as the runtime opens it: its `_host_Info` says "isDialog". */
export function isOfficeDialogUrl(url: URL): boolean {
  return (url.searchParams.get("_host_Info") ?? "").split("$").includes("isDialog");
}

export function installDialogParams(win: Window): void {
  const open = win.open.bind(win);
  win.open = (target?: string | URL, name?: string, features?: string): Window | null => {
    if (target === undefined) return open(target, name, features);
    let url: URL;
    try {
      url = new URL(String(target), win.location.href);
    } catch {
      return open(target, name, features);
    }
    return open(isOfficeDialogUrl(url) ? carryWorkbenchParams(url, win).toString() : target, name, features);
  };
}

installUserActivation(window);
installDialogParams(window);
