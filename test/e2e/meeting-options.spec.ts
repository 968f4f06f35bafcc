// Meeting options before the invitation goes out, through the workbench as the organizer clicks: the
// emulator holds the lobby the pane set, and the pane shows the value it read back.
import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, graphLog, graphState, openWorkbench, paneReady } from "./workbench";

failOnConsoleErrors();

test("standalone meeting: the lobby set in the pane is what the emulator holds, and the pane shows it read back", async ({
  page,
}) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  await expect(p.getByTestId("options")).toBeHidden();
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");

  await p.getByTestId("options-toggle").click();
  const lobby = p.getByTestId("options-lobby");
  await expect(lobby).toHaveValue("organization");
  await lobby.selectOption("everyone");
  await expect(p.getByTestId("options")).toHaveAttribute("aria-busy", "false");

  const meetings = (await graphState(page)).meetings as unknown as {
    options: { lobbyBypassSettings: { scope: string } };
  }[];
  expect(meetings).toHaveLength(1);
  expect(meetings[0]!.options.lobbyBypassSettings.scope).toBe("everyone");
  const patches = (await graphLog(page)).filter(
    (r) => r.method === "PATCH" && r.path.includes("/onlineMeetings/"),
  );
  expect(patches.map((r) => r.body)).toEqual([{ lobbyBypassSettings: { scope: "everyone" } }]);

  // Closed and opened again, the section reads the server afresh: still the emulator's value.
  await p.getByTestId("options-toggle").click();
  await p.getByTestId("options-toggle").click();
  await expect(p.getByTestId("options")).toHaveAttribute("aria-busy", "false");
  await expect(lobby).toHaveValue("everyone");
  await expect(p.getByTestId("options-message")).toBeHidden();
});
