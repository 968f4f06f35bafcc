// Per-user settings in Office roaming settings (32 KB per add-in, follows the user across clients).
import type { UserSettings } from "../core/types";
import { DEFAULT_SETTINGS, storedRoute } from "../core/user-settings";
import type { SettingsPort } from "../ports/settings";
import { officeCall } from "./office-async";

const KEY = "omo.settings";

export class OfficeSettings implements SettingsPort {
  load(): Promise<UserSettings> {
    const raw: unknown = Office.context.roamingSettings.get(KEY);
    if (typeof raw !== "string") return Promise.resolve({ ...DEFAULT_SETTINGS });
    try {
      const parsed = JSON.parse(raw) as Partial<UserSettings>;
      return Promise.resolve({ ...DEFAULT_SETTINGS, ...parsed, route: storedRoute(parsed.route) });
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
