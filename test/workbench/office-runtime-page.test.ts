/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// What the workbench adds to a page on Microsoft's runtime (workbench/office-runtime/page.ts): the
// workbench's parameters follow only the Office dialog the runtime opens (its `_host_Info` says
// "isDialog"), nothing else the page opens.
import { installDialogParams, isOfficeDialogUrl } from "../../workbench/office-runtime/page";

const DIALOG_HOST_INFO = "outlook$web$16.01$en-us$omo-taskpane-1$isDialog$disableLogging$0";

test("an Office dialog's URL is told by the isDialog flag of its _host_Info", () => {
  const url = (q: string) => new URL(`https://localhost:3000/dialog.html?${q}#nonce=1`);
  expect(isOfficeDialogUrl(url(`_host_Info=${DIALOG_HOST_INFO}`))).toBe(true);
  expect(isOfficeDialogUrl(url("_host_Info=Outlook$Web$16.01$en-US$omo-taskpane-1$$disableLogging$0"))).toBe(
    false,
  );
  expect(isOfficeDialogUrl(url("x=isDialog"))).toBe(false);
});

test("the runtime's dialog window gets the workbench's parameters; other windows open as asked", () => {
  window.history.replaceState(
    null,
    "",
    "/taskpane.html?host=workbench&signIn=dialog&officeRuntime=microsoft&scenario=x",
  );
  const opened: (string | URL | undefined)[] = [];
  window.open = (target?: string | URL) => {
    opened.push(target);
    return null;
  };
  installDialogParams(window);
  window.open(`https://localhost/dialog.html?_host_Info=${DIALOG_HOST_INFO}#nonce=abc&wait=1`, "{}", "");
  window.open("https://localhost/support.html", "_blank");
  const dialog = new URL(String(opened[0]));
  expect(dialog.searchParams.get("_host_Info")).toBe(DIALOG_HOST_INFO);
  expect(dialog.searchParams.get("host")).toBe("workbench");
  expect(dialog.searchParams.get("signIn")).toBe("dialog");
  expect(dialog.searchParams.get("officeRuntime")).toBe("microsoft");
  expect(dialog.searchParams.has("scenario")).toBe(false);
  expect(dialog.hash).toBe("#nonce=abc&wait=1");
  expect(opened[1]).toBe("https://localhost/support.html");
});
