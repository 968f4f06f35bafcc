// Emulator rules S1–S5 (emulator/graph/README.md, "Sign-in"): the v2.0 authorization code flow with
// PKCE as a single-page app uses it.
import { createHash } from "node:crypto";
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";

let g: RunningEmulator;
beforeAll(async () => {
  g = await startEmulator();
});
afterAll(() => g.close());

const VERIFIER = "a".repeat(43);
const CHALLENGE = createHash("sha256").update(VERIFIER).digest("base64url");
const REDIRECT = "https://localhost:3000/dialog.html";
const CLIENT = "00000000-0000-4000-8000-00000000c0de";

async function authorize(extra: Record<string, string> = {}): Promise<URL> {
  const q = new URLSearchParams({
    client_id: CLIENT,
    redirect_uri: REDIRECT,
    response_type: "code",
    scope: "Calendars.ReadWrite openid profile",
    state: "s1",
    nonce: "n1",
    code_challenge: CHALLENGE,
    code_challenge_method: "S256",
    ...extra,
  });
  const res = await fetch(`${g.origin}/signin/oauth2/v2.0/authorize?${q.toString()}`, { redirect: "manual" });
  expect(res.status).toBe(302);
  return new URL(res.headers.get("Location")!);
}

const redeem = (code: string, verifier = VERIFIER) =>
  fetch(`${g.origin}/signin/oauth2/v2.0/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://localhost:3000" },
    body: new URLSearchParams({
      client_id: CLIENT,
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    }).toString(),
  });

test("S1, S3, S5: a code in the fragment, redeemed once with the verifier, for a Graph token", async () => {
  const back = await authorize();
  const answer = new URLSearchParams(back.hash.slice(1));
  expect(answer.get("state")).toBe("s1");
  const res = await redeem(answer.get("code")!);
  expect(res.status).toBe(200);
  expect(res.headers.get("Access-Control-Allow-Origin")).toBe("https://localhost:3000");
  const body = (await res.json()) as { access_token: string; scope: string; id_token: string };
  expect(body.scope).toBe("Calendars.ReadWrite");
  const claims = JSON.parse(Buffer.from(body.id_token.split(".")[1]!, "base64url").toString()) as {
    nonce: string;
    aud: string;
  };
  expect(claims).toMatchObject({ nonce: "n1", aud: CLIENT });
  const graph = await fetch(`${g.origin}/v1.0/me/calendar`, {
    headers: { Authorization: `Bearer ${body.access_token}` },
  });
  expect(graph.status).toBe(200);
  // S4: once only.
  expect((await redeem(answer.get("code")!)).status).toBe(400);
});

test("S3: a wrong verifier is invalid_grant", async () => {
  const code = new URLSearchParams((await authorize()).hash.slice(1)).get("code")!;
  const res = await redeem(code, "b".repeat(43));
  expect(res.status).toBe(400);
  expect(((await res.json()) as { error: string }).error).toBe("invalid_grant");
});

test("S2: no PKCE, no code", async () => {
  const back = await authorize({ code_challenge_method: "plain" });
  const answer = new URLSearchParams(back.hash.slice(1));
  expect(answer.get("code")).toBeNull();
  expect(answer.get("error")).toBe("invalid_request");
});
