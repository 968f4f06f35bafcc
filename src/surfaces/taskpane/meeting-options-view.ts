// The "Meeting options" wiring: opening the section reads the options from the server, each change
// goes to the use-case (src/app/meeting-options-service.ts), and the section shows what the server
// read back. Its state's changes: meeting-options-model.ts; its view: parts/meeting-options-section.ts.
import type { MeetingOptionsService } from "../../app/meeting-options-service";
import type { MeetingOptions } from "../../core/meeting-options";
import type { Translate } from "../../i18n";
import {
  changeStarted,
  describeMeetingOptions,
  initialOptionsState,
  readStarted,
  withChange,
  withFailure,
  withMeetingExists,
  withRead,
  type OptionsState,
} from "./meeting-options-model";
import { MeetingOptionsSection } from "./parts/meeting-options-section";

export type MeetingOptionsPort = Pick<MeetingOptionsService, "read" | "change">;

export class MeetingOptionsView {
  private state: OptionsState = initialOptionsState();
  private readonly section: MeetingOptionsSection;

  constructor(
    translate: Translate,
    private readonly service: MeetingOptionsPort,
  ) {
    this.section = new MeetingOptionsSection(translate, {
      onOpen: () => void this.read(),
      onChange: (wanted) => void this.change(wanted),
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

  private update(next: OptionsState): void {
    this.state = next;
    this.render();
  }

  private render(): void {
    this.section.render(describeMeetingOptions(this.state));
  }
}
