// What must hold at the Graph boundary for the calendar route and every retry: the event body is asked
// for as HTML (the join block is cut from it), a join URL that isn't https never becomes a link, and
// retries are bounded in attempts and in total time. The real client over a recording fetch.
import { createGraphClient } from "../../src/adapters/graph-client";
import { MeetingService } from "../../src/app/meeting-service";
import { ErrorCode } from "../../src/core/errors";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";
import { USER_BODY } from "./harness";

const JOIN = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_CAL%40thread.v2/0";

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
}

function graphOver(answer: (req: Sent, n: number) => Response) {
  const sent: Sent[] = [];
  const sleeps: number[] = [];
  const client = createGraphClient({
    baseUrl: "https://graph.microsoft.com/v1.0",
    tokenProvider: { getToken: () => Promise.resolve("t") },
    fetch: (input, init) => {
      const req = {
        method: init?.method ?? "GET",
        url: typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
        headers: { ...(init?.headers as Record<string, string>) },
      };
      sent.push(req);
      return Promise.resolve(answer(req, sent.length));
    },
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    now: () => new Date("2026-12-02T00:00:00Z"),
  });
  return { client, sent, sleeps };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

function eventJson(joinUrl: string) {
  return {
    id: "id1",
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    onlineMeeting: { joinUrl },
    body: { contentType: "html", content: `<html><body><a href="${joinUrl}">Join</a></body></html>` },
  };
}

describe("the Graph boundary of the calendar route", () => {
  test("the event and the PATCH ask for the body as HTML, which the join block is cut from", async () => {
    const { client, sent } = graphOver(() => json(eventJson(JOIN)));
    await client.getEvent("id1");
    await client.enableOnlineMeeting("id1", "teamsForBusiness");
    expect(sent.map((r) => [r.method, r.headers.Prefer])).toEqual([
      ["GET", 'outlook.body-content-type="html"'],
      ["PATCH", 'outlook.body-content-type="html"'],
    ]);
  });

  test("an http join URL from the event never becomes a link in the form", async () => {
    const http = "http://teams.microsoft.com/l/meetup-join/19%3ameeting_H%40thread.v2/0";
    const { client } = graphOver((req) => {
      if (req.url.includes("/calendar?"))
        return json({
          allowedOnlineMeetingProviders: ["teamsForBusiness"],
          defaultOnlineMeetingProvider: "teamsForBusiness",
        });
      if (req.method === "GET")
        return json({ id: "id1", isOnlineMeeting: false, onlineMeetingProvider: "unknown", body: {} });
      return json(eventJson(http));
    });
    const appointment = new FakeAppointment({ body: USER_BODY, itemId: "id1" });
    const service = new MeetingService({
      appointment,
      graph: client,
      settings: new FakeSettings(),
      env: new FakeEnvironment(),
    });
    await expect(service.add({ route: "auto" })).rejects.toMatchObject({ code: ErrorCode.malformedResponse });
    expect(appointment.body).toBe(USER_BODY);
    expect(appointment.location).toBe("");
    expect((await client.getEvent("id1")).joinUrl).toBeNull();
  });

  test("Retry-After waits stop when the next one would pass the total-time bound", async () => {
    // Default policy: 4 attempts, 20 s in all. Waits of 8 s: 8 + 8 = 16 s, a third would make 24 s.
    const { client, sent, sleeps } = graphOver(() =>
      json({ error: { code: "ServiceUnavailable" } }, 503, { "Retry-After": "8" }),
    );
    await expect(client.getEvent("id1")).rejects.toMatchObject({ code: ErrorCode.serviceUnavailable });
    expect(sleeps).toEqual([8000, 8000]);
    expect(sent).toHaveLength(3);
  });

  test("short waits are bounded by the number of attempts", async () => {
    const { client, sent, sleeps } = graphOver(() =>
      json({ error: { code: "TooManyRequests" } }, 429, { "Retry-After": "1" }),
    );
    await expect(client.getEvent("id1")).rejects.toMatchObject({ code: ErrorCode.throttled });
    expect(sleeps).toEqual([1000, 1000, 1000]);
    expect(sent).toHaveLength(4);
  });
});
