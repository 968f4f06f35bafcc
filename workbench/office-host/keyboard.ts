// Keyboard handling as Microsoft's runtime does it in Outlook on the web
// (OSF.InitializationHelper.addOrRemoveEventListenersForWindow): Tab and Shift+Tab move focus
// through the page's focusable elements itself, in document order, and hand focus back to Outlook
// past either end; Escape that reaches the window hands focus back too. The stand-in does the same,
// so an add-in meets the same keyboard behaviour on both.

/** The runtime's selector for what Tab may land on (InitializationHelper._tabbableElements). */
export const TABBABLE =
  "a[href]:not([tabindex='-1']),area[href]:not([tabindex='-1']),button:not([disabled]):not([tabindex='-1'])," +
  "input:not([disabled]):not([tabindex='-1']),select:not([disabled]):not([tabindex='-1'])," +
  "textarea:not([disabled]):not([tabindex='-1']),*[tabindex]:not([tabindex='-1'])," +
  "*[contenteditable]:not([disabled]):not([tabindex='-1'])";

export type FocusExit = "forward" | "backward" | "escape";

/** Focus the next (or previous) candidate that takes focus; false when there is none. */
export function focusNext(all: HTMLElement[], current: Element | null, backward: boolean): boolean {
  const at = current ? all.indexOf(current as HTMLElement) : -1;
  if (at < 0) return false;
  for (let i = backward ? at - 1 : at + 1; i >= 0 && i < all.length; i += backward ? -1 : 1) {
    const candidate = all[i]!;
    candidate.focus();
    if (candidate.ownerDocument.activeElement === candidate) return true;
  }
  return false;
}

export function installKeyboard(win: Window, exit: (how: FocusExit) => void): void {
  win.addEventListener("keydown", (e) => {
    if (e.key === "Tab" && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      const all = [...win.document.querySelectorAll<HTMLElement>(TABBABLE)];
      if (!focusNext(all, e.target as Element | null, e.shiftKey)) exit(e.shiftKey ? "backward" : "forward");
    } else if (e.key === "Escape") {
      e.preventDefault();
      exit("escape");
    }
  });
}
