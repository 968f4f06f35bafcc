// The "Meeting options" section, behind a disclosure: the controls with the values the server holds
// (../meeting-options-model.ts says which), or a sentence instead; under them "Save as my defaults" and
// "Clear my defaults". Reports the disclosure opening, each change the organizer makes and the two
// buttons; meeting-options-view.ts does the calls.
import type { MeetingOptions } from "../../../core/meeting-options";
import type { MessageKey, Translate } from "../../../i18n";
import { el, show } from "../../shared/dom";
import type { DefaultsModel, MeetingOptionsModel, SelectModel } from "../meeting-options-model";

type Flag = "dialIn" | "mic" | "camera" | "record" | "announce";
const FLAGS: readonly Flag[] = ["dialIn", "mic", "camera", "record", "announce"];

/** The change each checkbox asks for. */
const FLAG_CHANGE: Record<Flag, (on: boolean) => Partial<MeetingOptions>> = {
  dialIn: (on) => ({ lobbyBypassSettings: { isDialInBypassEnabled: on } }),
  mic: (on) => ({ allowAttendeeToEnableMic: on }),
  camera: (on) => ({ allowAttendeeToEnableCamera: on }),
  record: (on) => ({ recordAutomatically: on }),
  announce: (on) => ({ isEntryExitAnnounced: on }),
};

const FLAG_LABEL: Record<Flag, MessageKey> = {
  dialIn: "options.dialIn",
  mic: "options.mic",
  camera: "options.camera",
  record: "options.record",
  announce: "options.announce",
};

export class MeetingOptionsSection {
  readonly element: HTMLDetailsElement;
  private readonly note = el("p", { "data-testid": "options-message" });
  private readonly controls = el("div", { class: "options-controls" });
  private readonly lobby = selectFor("lobby");
  private readonly presenters = selectFor("presenters");
  private readonly chat = selectFor("chat");
  private readonly flags: Record<Flag, HTMLInputElement>;
  private readonly defaults = el("div", { class: "options-defaults", "data-testid": "options-defaults" });
  private readonly saveDefaults: HTMLButtonElement;
  private readonly clearDefaults: HTMLButtonElement;
  private readonly defaultsNote = el("p", { "data-testid": "options-defaults-message" });

  constructor(
    private readonly translate: Translate,
    events: {
      onOpen(): void;
      onChange(wanted: Partial<MeetingOptions>): void;
      onSaveDefaults(): void;
      onClearDefaults(): void;
    },
  ) {
    this.saveDefaults = el(
      "button",
      { type: "button", class: "btn", "data-testid": "options-defaults-save" },
      translate("options.defaults.save"),
    );
    this.clearDefaults = el(
      "button",
      { type: "button", class: "btn", "data-testid": "options-defaults-clear" },
      translate("options.defaults.clear"),
    );
    this.saveDefaults.addEventListener("click", () => events.onSaveDefaults());
    this.clearDefaults.addEventListener("click", () => events.onClearDefaults());
    this.defaults.append(this.saveDefaults, this.clearDefaults, this.defaultsNote);
    const flag = (name: Flag) =>
      el("input", { type: "checkbox", id: `omo-options-${name}`, "data-testid": `options-${name}` });
    this.flags = {
      dialIn: flag("dialIn"),
      mic: flag("mic"),
      camera: flag("camera"),
      record: flag("record"),
      announce: flag("announce"),
    };
    const label = (select: HTMLSelectElement, key: MessageKey) =>
      el("label", { for: select.id }, translate(key));
    const check = (name: Flag) =>
      el(
        "label",
        { class: "choice", for: `omo-options-${name}` },
        this.flags[name],
        translate(FLAG_LABEL[name]),
      );
    this.controls.append(
      label(this.lobby, "options.lobby"),
      this.lobby,
      check("dialIn"),
      label(this.presenters, "options.presenters"),
      this.presenters,
      label(this.chat, "options.chat"),
      this.chat,
      check("mic"),
      check("camera"),
      check("record"),
      check("announce"),
      this.defaults,
    );
    const changed = (wanted: () => Partial<MeetingOptions>) => () => events.onChange(wanted());
    this.lobby.addEventListener(
      "change",
      changed(() => ({ lobbyBypassSettings: { scope: this.lobby.value as never } })),
    );
    this.presenters.addEventListener(
      "change",
      changed(() => ({ allowedPresenters: this.presenters.value as never })),
    );
    this.chat.addEventListener(
      "change",
      changed(() => ({ allowMeetingChat: this.chat.value as never })),
    );
    for (const name of FLAGS)
      this.flags[name].addEventListener(
        "change",
        changed(() => FLAG_CHANGE[name](this.flags[name].checked)),
      );
    this.element = el(
      "details",
      { class: "card", "data-testid": "options" },
      // tabindex: as the settings' summary (Office.js moves Tab focus only to elements it knows).
      el("summary", { "data-testid": "options-toggle", tabindex: "0" }, translate("options.title")),
      this.note,
      this.controls,
    );
    this.element.addEventListener("toggle", () => {
      if (this.element.open) events.onOpen();
    });
  }

  get open(): boolean {
    return this.element.open;
  }

  render(model: MeetingOptionsModel): void {
    show(this.element, model.visible);
    if (!model.visible) this.element.open = false;
    this.element.setAttribute("aria-busy", String(model.busy));
    this.note.textContent = model.message ? this.translate(model.message) : "";
    if (model.alert) this.note.setAttribute("role", "alert");
    else this.note.removeAttribute("role");
    this.note.className = model.alert ? "options-problem" : "muted";
    show(this.note, model.message !== null);
    show(this.controls, model.controls !== null);
    const controls = model.controls;
    if (!controls) return;
    this.fill(this.lobby, controls.lobby);
    this.fill(this.presenters, controls.presenters);
    this.fill(this.chat, controls.chat);
    for (const name of FLAGS) {
      const value = controls[name];
      this.flags[name].checked = value === true;
      this.flags[name].indeterminate = value === null;
    }
    for (const control of [this.lobby, this.presenters, this.chat, ...Object.values(this.flags)])
      control.setAttribute("aria-disabled", String(model.busy));
    this.renderDefaults(model.defaults);
  }

  private renderDefaults(model: DefaultsModel | null): void {
    show(this.defaults, model !== null);
    if (!model) return;
    show(this.clearDefaults, model.canClear);
    for (const button of [this.saveDefaults, this.clearDefaults])
      button.setAttribute("aria-disabled", String(model.busy));
    this.defaultsNote.textContent = model.note ? this.translate(model.note) : "";
    if (model.alert) this.defaultsNote.setAttribute("role", "alert");
    else this.defaultsNote.removeAttribute("role");
    this.defaultsNote.className = model.alert ? "options-problem" : "muted";
    show(this.defaultsNote, model.note !== null);
  }

  /** The list is rebuilt only when its choices change (an open list stays open). */
  private fill(select: HTMLSelectElement, model: SelectModel): void {
    const key = JSON.stringify([model.choices, model.value === ""]);
    if (select.dataset.choices !== key) {
      select.dataset.choices = key;
      const unknown = el("option", { value: "", disabled: true }, this.translate("options.unknown"));
      select.replaceChildren(
        ...(model.value === "" ? [unknown] : []),
        ...model.choices.map((c) =>
          el("option", { value: c.value, disabled: c.disabled }, this.translate(c.label)),
        ),
      );
    }
    select.value = model.value;
  }
}

function selectFor(id: string): HTMLSelectElement {
  return el("select", { id: `omo-options-${id}`, "data-testid": `options-${id}` });
}
