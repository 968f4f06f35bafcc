// In-memory settings and environment ports.
import type { UserSettings } from "../../src/core/types";
import type { AccountType, EnvironmentPort } from "../../src/ports/environment";
import type { SettingsPort } from "../../src/ports/settings";

export class FakeSettings implements SettingsPort {
  constructor(public value: UserSettings = { route: "auto" }) {}
  load(): Promise<UserSettings> {
    return Promise.resolve({ ...this.value });
  }
  save(settings: UserSettings): Promise<void> {
    this.value = { ...settings };
    return Promise.resolve();
  }
}

export class FakeEnvironment implements EnvironmentPort {
  sleeps: number[] = [];
  private n = 0;
  constructor(
    public language = "en-US",
    public account: AccountType = "enterprise",
  ) {}
  displayLanguage(): string {
    return this.language;
  }
  accountType(): AccountType {
    return this.account;
  }
  newId(): string {
    return `ext-${++this.n}`;
  }
  now(): Date {
    return new Date("2026-11-23T10:00:00Z");
  }
  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    return Promise.resolve();
  }
}
