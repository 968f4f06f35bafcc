// Guarantee: "Your text survives byte for byte. Every body write is read back; our block is found again
// even after Outlook rewrites the HTML; anything that doesn't read back as written is restored and
// reported."
import { countBlocks, removeBlock } from "../../src/core/body-block";
import { ErrorCode } from "../../src/core/errors";
import { setup, USER_BODY } from "./harness";

const hasOurBlock = (body: string) => countBlocks(body, "html") > 0;

describe("Your text survives byte for byte", () => {
  test("Outlook keeping our block but changing the organizer's text: the body is restored and the write reported", async () => {
    const { appointment, graph, service } = setup();
    // Only bodies that carry our block are damaged, so the restore itself reads back as written.
    appointment.rewriteOnSet = (b) => (hasOurBlock(b) ? b.replace("Agenda &amp; notes", "Agenda") : b);
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({
      code: ErrorCode.bodyWriteFailed,
    });
    expect(appointment.body).toBe(USER_BODY);
    // The meeting stays recorded, so Try again reuses it.
    expect(graph.meetings.size).toBe(1);
  });

  test("Outlook dropping our block: the organizer's exact bytes are put back, not Outlook's re-serialization", async () => {
    const { appointment, service } = setup();
    // Outlook re-serializes what it is given (here: drops the block and the head); the restore must
    // write the original body, not leave the rewritten one.
    appointment.rewriteOnSet = (b) =>
      b === USER_BODY ? b : removeBlock(b, "html").replace(/<head>.*<\/head>/, "");
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({
      code: ErrorCode.bodyWriteFailed,
    });
    expect(appointment.body).toBe(USER_BODY);
  });

  test("one bad read-back is repaired by the second write", async () => {
    const { appointment, service } = setup();
    let damaged = 0;
    appointment.rewriteOnSet = (b) => (damaged++ === 0 ? b.replace("Agenda &amp; notes", "") : b);
    await expect(service.add({ route: "standalone" })).resolves.toMatchObject({ kind: "added" });
    expect(countBlocks(appointment.body, "html")).toBe(1);
    expect(removeBlock(appointment.body, "html")).toBe(USER_BODY);
  });

  test("Outlook re-serializing the organizer's HTML without changing what it says is accepted", async () => {
    const { appointment, service } = setup();
    appointment.rewriteOnSet = (b) => b.replace('<div dir="rtl">', "<div dir='rtl'>  ");
    await expect(service.add({ route: "standalone" })).resolves.toMatchObject({ kind: "added" });
    expect(countBlocks(appointment.body, "html")).toBe(1);
  });

  test("removal that Outlook damages restores the body with our block and reports it", async () => {
    const { appointment, graph, service } = setup();
    await service.add({ route: "standalone" });
    const withBlock = appointment.body;
    appointment.rewriteOnSet = (b) => (hasOurBlock(b) ? b : b.replace("Agenda &amp; notes", "Agenda"));
    await expect(service.remove()).rejects.toMatchObject({ code: ErrorCode.bodyWriteFailed });
    expect(appointment.body).toBe(withBlock);
    expect(graph.meetings.size).toBe(0);
  });

  test("a plain-text body damaged on write is restored", async () => {
    const text = "Agenda:\r\n  1. numbers\r\n  2. people\r\n";
    const { appointment, service } = setup({ body: text, bodyType: "text" });
    appointment.rewriteOnSet = (b) => (b === text ? b : b.replace("2. people", "2."));
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({
      code: ErrorCode.bodyWriteFailed,
    });
    expect(appointment.body).toBe(text);
  });

  test("a body that would pass Outlook's 1,000,000 characters is refused before any write", async () => {
    const big = `<html><body><p>${"x".repeat(1_000_000)}</p></body></html>`;
    const { appointment, service } = setup({ body: big });
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({
      code: ErrorCode.bodyTooLarge,
    });
    expect(appointment.bodyWrites).toBe(0);
    expect(appointment.body).toBe(big);
  });
});
