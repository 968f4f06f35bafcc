// User activation as an add-in's page has it in Outlook on the web: only its own input counts. There
// the pane is on another origin than Outlook, and a click in Outlook doesn't activate it (HTML,
// "activation notification": the activation extends to ancestors and to same-origin descendants only,
// https://html.spec.whatwg.org/multipage/interaction.html#activation-notification). The workbench's
// pane is on the workbench's own origin, and a test driver's every evaluate is a user gesture
// (Playwright's Runtime.callFunctionOn with userGesture: true): without this, a pane would take the
// workbench's activity for its user's click. `navigator.userActivation.isActive` is true only within
// Chrome's transient activation window (5 s) after trusted input in this very window.
const TRANSIENT_MS = 5_000;

export function installUserActivation(win: Window): void {
  let last = Number.NEGATIVE_INFINITY;
  const mark = (e: Event) => {
    if (e.isTrusted) last = win.performance.now();
  };
  for (const type of ["keydown", "mousedown", "pointerdown", "pointerup", "touchend"])
    win.addEventListener(type, mark, true);
  const real = (win.navigator as { userActivation?: { isActive: boolean; hasBeenActive: boolean } })
    .userActivation;
  const view = {
    get isActive() {
      return win.performance.now() - last < TRANSIENT_MS && (real?.isActive ?? true);
    },
    get hasBeenActive() {
      return last > Number.NEGATIVE_INFINITY;
    },
  };
  Object.defineProperty(win.navigator, "userActivation", { configurable: true, get: () => view });
}
