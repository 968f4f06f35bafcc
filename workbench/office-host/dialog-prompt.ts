// Office on the web's own bar before it opens a dialog's window, as Microsoft's runtime shows it in
// the pane (outlook-web-16.01.debug.js, `handleNewWindowDialog` ≈ 8408–8520) unless the add-in asked
// `promptBeforeOpen: false` (the option defaults to true, ≈ 8139): "<add-in> wants to display a new
// window." with Allow and Ignore (`L_ShowWindowDialogNotification…`). Allow opens the window in that
// click; Ignore, or Escape, answers 12009 (`ooeEndUserIgnore`, ≈ 8468, 8635). The runtime swaps the
// page's content for the bar and puts it back afterwards; so does this.

/** The name the host gives the add-in (`_addinName`, workbench/office-runtime/outlook-web-host.ts). */
export const ADDIN_NAME = "Online Meeting for Outlook";

/** Shows the bar in `doc`; `answer(true)` on Allow (in the click), `answer(false)` on Ignore or Escape. */
export function promptBeforeOpen(doc: Document, answer: (allowed: boolean) => void): void {
  const body = doc.body;
  const kept = [...body.childNodes];
  for (const n of kept) n.remove();
  const bar = doc.createElement("div");
  bar.setAttribute("role", "dialog");
  bar.setAttribute("aria-describedby", "omo-new-window-text");
  bar.id = "newWindowNotificaiton"; // sic: the runtime's id
  const text = doc.createElement("span");
  text.id = "omo-new-window-text";
  text.textContent = `${ADDIN_NAME} wants to display a new window.`;
  const button = (label: string) => {
    const b = doc.createElement("input");
    b.type = "button";
    b.value = label;
    return b;
  };
  const allow = button("Allow");
  const ignore = button("Ignore");
  bar.append(text, allow, ignore);
  body.append(bar);
  const done = (allowed: boolean) => {
    doc.removeEventListener("keydown", onKey, true);
    bar.remove();
    body.append(...kept);
    answer(allowed);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") done(false);
  };
  doc.addEventListener("keydown", onKey, true);
  allow.addEventListener("click", () => done(true));
  ignore.addEventListener("click", () => done(false));
  allow.focus();
}
