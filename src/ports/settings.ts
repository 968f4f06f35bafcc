// Per-user settings (Office roaming settings in production).
import type { UserSettings } from "../core/types";

export interface SettingsPort {
  load(): Promise<UserSettings>;
  save(settings: UserSettings): Promise<void>;
}
