// OfficeSettings over Office roaming settings: what another client (or a hand edit) left there is read
// only if it is the JSON text the add-in writes; a save Outlook refuses is an error the pane can show.
import { OfficeSettings } from "../../src/adapters/office-settings";
import { ErrorCode } from "../../src/core/errors";
import { FakeOffice } from "../fakes/fake-office";

const KEY = "omo.settings";
let office: FakeOffice;
const settings = new OfficeSettings();
beforeEach(() => {
  office = new FakeOffice().install();
});

test("a stored value that is not a string is not read, even one whose text would parse", async () => {
  // An array's String() is its element's text: only a string is the add-in's JSON.
  for (const value of [['{"route":"standalone"}'], { route: "standalone" }, 42, true]) {
    office.roaming[KEY] = value;
    expect(await settings.load()).toEqual({ route: "auto" });
  }
});

test("a stored JSON null is the defaults", async () => {
  office.roaming[KEY] = "null";
  expect(await settings.load()).toEqual({ route: "auto" });
});

test("save writes the JSON text and persists it; a refused save is an error naming roamingSettings.saveAsync", async () => {
  await settings.save({ route: "calendar", autoAdd: false });
  expect(office.calls).toEqual(["roamingSettings.saveAsync"]);
  expect(JSON.parse(office.roaming[KEY] as string)).toEqual({ route: "calendar", autoAdd: false });
  office.fail.set("roamingSettings.saveAsync", {
    code: 9019,
    name: "GenericSettingsError",
    message: "Roaming settings can't exceed the 32 KB size limit.",
  });
  await expect(settings.save({ route: "auto" })).rejects.toMatchObject({
    code: ErrorCode.hostError,
    message: expect.stringContaining("roamingSettings.saveAsync") as unknown,
  });
});
