// /office-host.js: gives a page inside the workbench an `Office` bound to the workbench's emulated
// Outlook (the parent window owns the appointment, so the task pane and the function file act on the
// same item). Loaded by assets/office-bootstrap.js when the page URL has ?host=workbench.
import { createOffice } from "./office-facade";
import { WorkbenchHost } from "./workbench-host";
import { STANDALONE_SCENARIO } from "./standalone-scenario";
import { installKeyboard } from "./keyboard";
import { installUserActivation } from "./user-activation";

interface WorkbenchWindow extends Window {
  __omoWorkbench?: { host: WorkbenchHost };
}

function parentHost(): WorkbenchHost | null {
  try {
    const parent = window.parent as WorkbenchWindow;
    if (parent !== window && parent.__omoWorkbench) return parent.__omoWorkbench.host;
    // An Office dialog (dialog.ts): a pop-up opened by the pane, whose parent is the workbench.
    const opener: WorkbenchWindow | undefined = (window.opener as Window | null)?.parent;
    return opener?.__omoWorkbench ? opener.__omoWorkbench.host : null;
  } catch {
    return null;
  }
}

const host = parentHost() ?? new WorkbenchHost(STANDALONE_SCENARIO);
(window as unknown as { Office: typeof Office }).Office = createOffice(host, window);
installKeyboard(window, (how) => host.focusExit(window, how));
installUserActivation(window);
