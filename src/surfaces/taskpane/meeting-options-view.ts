// The "Meeting options" wiring: opening the section reads the options from the server, each change
// goes to the use-case (src/app/meeting-options-service.ts), and the section shows what the server
// read back. "Save as my defaults" keeps what the server holds for every new meeting; "Clear my
// defaults" forgets them. Its state's changes: meeting-options-model.ts; its view:
// parts/meeting-options-section.ts.
import type { MeetingOptionsService } from "../../app/meeting-options-service";
import type { MeetingOptions } from "../../core/meeting-options";
import type { Translate } from "../../i18n";
import {
  changeStarted,
  defaultsStarted,
  describeMeetingOptions,
  initialOptionsState,
  readStarted,
  withChange,
  withDefaultsDone,
  withDefaultsFailure,
  withDefaultsKnown,
  withFailure,
  withMeetingExists,
  withRead,
  type OptionsState,
} from "./meeting-options-model";
import { MeetingOptionsSection } from "./parts/meeting-options-section";

/** The use-case as the section needs it; without the defaults' calls, no defaults controls. */
export type MeetingOptionsPort = Pick<MeetingOptionsService, "read" | "change"> &
  Partial<Pick<MeetingOptionsService, "defaults" | "saveDefaults" | "clearDefaults">>;

export class MeetingOptionsView {
  private state: OptionsState;
  private readonly section: MeetingOptionsSection;

  constructor(
    translate: Translate,
    private readonly service: MeetingOptionsPort,
  ) {
    this.state = initialOptionsState(
      Boolean(service.defaults && service.saveDefaults && service.clearDefaults),
    );
    this.section = new MeetingOptionsSection(translate, {
      onOpen: () => void this.read(),
      onChange: (wanted) => void this.change(wanted),
      onSaveDefaults: () => void this.saveDefaults(),
      onClearDefaults: () => void this.clearDefaults(),
    });
    this.render();
  }

  get element(): HTMLElement {
    return this.section.element;
  }

  /** The pane's news: whether the appointment holds our meeting (either route). */
  setMeetingExists(exists: boolean): void {
    const next = withMeetingExists(this.state, exists);
    if (next === this.state) return;
    this.update(next);
    if (exists && this.section.open) void this.read();
  }

  /** Read the options from the server: what the section shows is what the server holds. */
  async read(): Promise<void> {
    this.update(readStarted(this.state));
    void this.readDefaults();
    try {
      this.update(withRead(this.state, await this.service.read()));
    } catch {
      this.update(withFailure(this.state));
    }
  }

  /** One change at a time; shown as read back, a failure keeps the previous values. */
  async change(wanted: Partial<MeetingOptions>): Promise<void> {
    if (this.state.working) return this.render(); // the control goes back to the server's value
    this.update(changeStarted(this.state));
    try {
      this.update(withChange(this.state, await this.service.change(wanted)));
    } catch {
      this.update(withFailure(this.state));
    }
  }

  /** Save what the server holds now (the values shown) as the defaults for every new meeting. */
  async saveDefaults(): Promise<void> {
    const { options } = this.state;
    if (!options || !this.service.saveDefaults || this.state.defaultsWorking) return;
    this.update(defaultsStarted(this.state));
    try {
      const saved = await this.service.saveDefaults(options);
      this.update(withDefaultsDone(this.state, saved !== undefined));
    } catch {
      this.update(withDefaultsFailure(this.state));
    }
  }

  async clearDefaults(): Promise<void> {
    if (!this.service.clearDefaults || this.state.defaultsWorking) return;
    this.update(defaultsStarted(this.state));
    try {
      await this.service.clearDefaults();
      this.update(withDefaultsDone(this.state, false));
    } catch {
      this.update(withDefaultsFailure(this.state));
    }
  }

  private async readDefaults(): Promise<void> {
    if (!this.service.defaults) return;
    try {
      const saved = await this.service.defaults();
      // The state as it is once the settings answered, not as it was when they were asked.
      this.update(withDefaultsKnown(this.state, saved !== undefined));
    } catch {
      // Settings unreadable: the buttons still work, the line about existing defaults stays away.
    }
  }

  private update(next: OptionsState): void {
    this.state = next;
    this.render();
  }

  private render(): void {
    this.section.render(describeMeetingOptions(this.state));
  }
}
