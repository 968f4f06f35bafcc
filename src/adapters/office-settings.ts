// Per-user settings in Office roaming settings (32 KB per add-in, follows the user across clients).
import type { UserSettings } from "../core/types";
import { toOptionDefaults } from "../core/option-defaults";
import { DEFAULT_SETTINGS, storedRoute } from "../core/user-settings";
import type { SettingsPort } from "../ports/settings";
import { officeCall } from "./office-async";

const KEY = "omo.settings";

export class OfficeSettings implements SettingsPort {
  load(): Promise<UserSettings> {
    const raw: unknown = Office.context.roamingSettings.get(KEY);
    if (typeof raw !== "string") return Promise.resolve({ ...DEFAULT_SETTINGS });
    try {
      const json: unknown = JSON.parse(raw);
      if (
        typeof json !== "object" ||
        // Stryker disable next-line ConditionalExpression: a null would throw at parsed.route, into the catch's same defaults
        json === null ||
        Array.isArray(json)
      )
        return Promise.resolve({ ...DEFAULT_SETTINGS });
      const parsed = json as Partial<UserSettings>;
      const settings: UserSettings = { ...DEFAULT_SETTINGS, ...parsed, route: storedRoute(parsed.route) };
      // Written by any of the organizer's clients (or by hand): only valid defaults survive the read.
      const meetingOptions = toOptionDefaults(parsed.meetingOptions);
      if (meetingOptions) settings.meetingOptions = meetingOptions;
      else delete settings.meetingOptions;
      return Promise.resolve(settings);
    } catch {
      return Promise.resolve({ ...DEFAULT_SETTINGS });
    }
  }

  async save(settings: UserSettings): Promise<void> {
    const rs = Office.context.roamingSettings;
    rs.set(KEY, JSON.stringify(settings));
    await officeCall<void>("roamingSettings.saveAsync", (cb) => rs.saveAsync(cb));
  }
}
