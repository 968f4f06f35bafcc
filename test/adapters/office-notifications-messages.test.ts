// OfficeNotifications: the ribbon command's status on the item, one key reused, each kind with the
// type (and, for success, the icon) Outlook shows; texts fitted to Outlook's 150 characters.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fitNotification, OfficeNotifications } from "../../src/adapters/office-notifications";
import { ErrorCode } from "../../src/core/errors";
import { FakeOffice } from "../fakes/fake-office";

describe("fitNotification", () => {
  test("collapses white space and trims the ends", () => {
    expect(fitNotification("  Adding the\n Teams meeting…\t ")).toBe("Adding the Teams meeting…");
  });

  test("a text of exactly 150 characters is kept whole", () => {
    const text = "x".repeat(150);
    expect(fitNotification(text)).toBe(text);
  });

  test("a longer text is cut to 150 with an ellipsis, never leaving a space before it", () => {
    const cut = fitNotification(`${"a".repeat(148)} ${"b".repeat(20)}`);
    expect(cut).toBe(`${"a".repeat(148)}…`);
    expect(fitNotification("c".repeat(151))).toBe(`${"c".repeat(149)}…`);
  });
});

describe("OfficeNotifications", () => {
  let office: FakeOffice;
  const n = new OfficeNotifications();
  beforeEach(() => {
    office = new FakeOffice().install();
  });

  test("progress shows a progress indicator with the fitted text", async () => {
    await n.progress("  Adding the Teams meeting… ");
    expect([...office.notifications]).toEqual([
      ["omo-status", { type: "progressIndicator", message: "Adding the Teams meeting…" }],
    ]);
  });

  test("success replaces it with a non-persistent informational message with the add-in's icon", async () => {
    await n.progress("Working");
    await n.success("Teams meeting added");
    expect([...office.notifications]).toEqual([
      [
        "omo-status",
        {
          type: "informationalMessage",
          message: "Teams meeting added",
          icon: "Icon.16x16",
          persistent: false,
        },
      ],
    ]);
    // The icon is one of the manifest's image resources.
    const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    expect(manifest).toContain('<bt:Image id="Icon.16x16"');
  });

  test("error shows an error message", async () => {
    await n.error("Couldn't reach Teams");
    expect(office.notifications.get("omo-status")).toEqual({
      type: "errorMessage",
      message: "Couldn't reach Teams",
    });
  });

  test("a notification Outlook refuses is a host error naming replaceAsync", async () => {
    office.fail.set("notificationMessages.replaceAsync", {
      code: 9031,
      name: "InvalidParameterValueError",
      message: "",
    });
    await expect(n.progress("x")).rejects.toMatchObject({
      code: ErrorCode.hostError,
      message: expect.stringContaining("notificationMessages.replaceAsync") as unknown,
    });
  });

  test("clear removes ours, and clearing when there is none is no failure", async () => {
    await n.error("x");
    await n.clear();
    expect(office.notifications.size).toBe(0);
    await expect(n.clear()).resolves.toBeUndefined();
    expect(office.calls.filter((c) => c === "notificationMessages.removeAsync")).toHaveLength(2);
  });

  test("with no item open (or none with notifications) every call is a no-op, not a failure", async () => {
    for (const options of [{ item: null }, { missing: ["notificationMessages" as const] }]) {
      office = new FakeOffice(options).install();
      await expect(n.progress("x")).resolves.toBeUndefined();
      await expect(n.success("x")).resolves.toBeUndefined();
      await expect(n.error("x")).resolves.toBeUndefined();
      await expect(n.clear()).resolves.toBeUndefined();
      expect(office.calls).toEqual([]);
    }
  });
});
