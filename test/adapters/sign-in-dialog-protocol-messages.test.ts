// The sign-in dialog's message protocol, field by field: what the pane takes from the dialog and
// what the dialog takes from the pane. Anything not from the right origin, not for this dialog
// (nonce), of another version or shape, or with fields of the wrong type or size is ignored (null):
// a hostile page can't hand the pane a token or make the dialog ask for more.
import {
  acceptDialogMessage,
  acceptDialogRequest,
  accountForMailbox,
  newNonce,
} from "../../src/adapters/sign-in-dialog-protocol";

const ORIGIN = "https://addin.contoso.com";
const expected = { origin: ORIGIN, nonce: "n-1" };
const GOOD = {
  v: 1,
  type: "result",
  nonce: "n-1",
  ok: true,
  accessToken: "eyJ0eXAi",
  expiresOn: 1_700_000_000_000,
  scopes: ["Calendars.ReadWrite"],
  account: { name: "Megan Bowen", username: "megan@contoso.com" },
};
const accept = (message: unknown, origin = ORIGIN) =>
  acceptDialogMessage(typeof message === "string" ? message : JSON.stringify(message), origin, expected);

describe("newNonce", () => {
  afterEach(() => jest.restoreAllMocks());

  test("128 random bits as 32 hex digits, each byte two digits (leading zero kept)", () => {
    jest
      .spyOn(crypto, "getRandomValues")
      .mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
        const bytes = array as unknown as Uint8Array;
        bytes.forEach((_b, i) => (bytes[i] = i === 15 ? 255 : i));
        return array;
      });
    expect(newNonce()).toBe("000102030405060708090a0b0c0d0eff");
  });

  test("two nonces differ", () => {
    const a = newNonce();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe("what the pane accepts from the dialog", () => {
  test("a well-formed result: exactly its fields, the nonce the pane expects", () => {
    expect(accept(GOOD)).toEqual(GOOD);
  });

  test("a result without an account name keeps just the username", () => {
    expect(accept({ ...GOOD, account: { username: "megan@contoso.com" } })).toEqual({
      ...GOOD,
      account: { username: "megan@contoso.com" },
    });
  });

  test("ready", () => {
    expect(accept({ v: 1, type: "ready", nonce: "n-1", extra: "dropped" })).toEqual({
      v: 1,
      type: "ready",
      nonce: "n-1",
    });
  });

  test("a host without DialogOrigin 1.1 gives no origin: the nonce alone decides", () => {
    expect(acceptDialogMessage(JSON.stringify(GOOD), undefined, expected)).toEqual(GOOD);
    expect(acceptDialogMessage(JSON.stringify({ ...GOOD, nonce: "n-2" }), undefined, expected)).toBeNull();
  });

  test("another origin is ignored", () => {
    expect(accept(GOOD, "https://evil.example")).toBeNull();
  });

  test.each([
    ["version 2", { ...GOOD, v: 2 }],
    ["version '1' as text", { ...GOOD, v: "1" }],
    ["another type", { ...GOOD, type: "token" }],
    ["another type with ok false", { ...GOOD, type: "token", ok: false }],
    ["ok as text", { ...GOOD, ok: "true" }],
    ["no ok", { ...GOOD, ok: undefined }],
  ])("%s is ignored", (_n, message) => {
    expect(accept(message)).toBeNull();
  });

  test.each([
    ["not JSON", "<html>"],
    ["a number", "5"],
    ["null", "null"],
    ["an array", JSON.stringify([GOOD])],
    ["a string", JSON.stringify(JSON.stringify(GOOD))],
  ])("%s is ignored", (_n, raw) => {
    expect(accept(raw)).toBeNull();
  });

  describe("a failure", () => {
    test("keeps its code", () => {
      expect(accept({ v: 1, type: "result", nonce: "n-1", ok: false, code: "user_cancelled" })).toEqual({
        v: 1,
        type: "result",
        nonce: "n-1",
        ok: false,
        code: "user_cancelled",
      });
    });

    test.each([
      ["no code", undefined],
      ["an empty code", ""],
      ["a code that isn't text", 12006],
      ["a code of 101 characters", "x".repeat(101)],
    ])("with %s is 'unknown'", (_n, code) => {
      expect(accept({ v: 1, type: "result", nonce: "n-1", ok: false, code })).toMatchObject({
        code: "unknown",
      });
    });

    test("a code of 100 characters is kept", () => {
      const code = "c".repeat(100);
      expect(accept({ v: 1, type: "result", nonce: "n-1", ok: false, code })).toMatchObject({ code });
    });
  });

  describe("a success is taken only whole and well-typed", () => {
    test.each([
      ["no access token", { accessToken: undefined }],
      ["an empty access token", { accessToken: "" }],
      ["an access token that isn't text", { accessToken: 5 }],
      ["an access token over 20,000 characters", { accessToken: "t".repeat(20_001) }],
      ["no expiry", { expiresOn: undefined }],
      ["an expiry as text", { expiresOn: "1700000000000" }],
      ["no scopes", { scopes: undefined }],
      ["scopes as text", { scopes: "Calendars.ReadWrite" }],
      ["a scope that isn't text", { scopes: ["Calendars.ReadWrite", 5] }],
      ["no account", { account: undefined }],
      ["account null", { account: null }],
      ["account as text", { account: "megan@contoso.com" }],
      ["no username", { account: { name: "Megan" } }],
      ["an empty username", { account: { username: "" } }],
      ["a username over 320 characters", { account: { username: `${"u".repeat(309)}@contoso.com` } }],
      ["a name that isn't text", { account: { username: "megan@contoso.com", name: 5 } }],
      ["an empty name", { account: { username: "megan@contoso.com", name: "" } }],
      ["a name over 256 characters", { account: { username: "megan@contoso.com", name: "n".repeat(257) } }],
    ])("%s: ignored", (_n, change) => {
      expect(accept({ ...GOOD, ...change })).toBeNull();
    });

    test("an expiry that JSON reads as Infinity is ignored", () => {
      const raw = JSON.stringify({ ...GOOD, expiresOn: 0 }).replace('"expiresOn":0', '"expiresOn":1e999');
      expect(accept(raw)).toBeNull();
      expect(accept(raw.replace("1e999", "1e3"))).toMatchObject({ expiresOn: 1000 });
    });

    test("the longest allowed token, username and name are taken", () => {
      const longest = {
        ...GOOD,
        accessToken: "t".repeat(20_000),
        account: { username: `${"u".repeat(308)}@contoso.com`, name: "n".repeat(256) },
      };
      expect(longest.account.username).toHaveLength(320);
      expect(accept(longest)).toEqual(longest);
    });
  });
});

describe("what the dialog accepts from the pane", () => {
  const request = { v: 1, type: "request", nonce: "n-1", scopes: [], loginHint: "megan@contoso.com" };
  const acceptRequest = (message: unknown, origin = ORIGIN) =>
    acceptDialogRequest(typeof message === "string" ? message : JSON.stringify(message), origin, expected);

  test("a request: the product's scopes, the hint and the claims", () => {
    expect(acceptRequest({ ...request, claims: '{"access_token":{}}' })).toEqual({
      v: 1,
      type: "request",
      nonce: "n-1",
      scopes: ["Calendars.ReadWrite", "OnlineMeetings.ReadWrite"],
      loginHint: "megan@contoso.com",
      claims: '{"access_token":{}}',
    });
  });

  test("a host without DialogOrigin 1.1 gives no origin: the nonce alone decides", () => {
    expect(acceptDialogRequest(JSON.stringify(request), undefined, expected)).toMatchObject({
      loginHint: "megan@contoso.com",
    });
  });

  test.each([
    ["version 2", { ...request, v: 2 }],
    ["type ready", { ...request, type: "ready" }],
    ["type result", { ...request, type: "result" }],
    ["another nonce", { ...request, nonce: "n-2" }],
  ])("%s is ignored", (_n, message) => {
    expect(acceptRequest(message)).toBeNull();
  });

  test.each([
    ["not JSON", "request"],
    ["null", "null"],
    ["an array", JSON.stringify([request])],
  ])("%s is ignored", (_n, raw) => {
    expect(acceptRequest(raw)).toBeNull();
  });

  test("a hint or claims of the wrong type or size are dropped, the request still taken", () => {
    expect(acceptRequest({ ...request, loginHint: 5, claims: ["x"] })).toMatchObject({
      loginHint: undefined,
      claims: undefined,
    });
    expect(
      acceptRequest({ ...request, loginHint: "h".repeat(321), claims: "c".repeat(8_001) }),
    ).toMatchObject({
      loginHint: undefined,
      claims: undefined,
    });
    const longest = { ...request, loginHint: "h".repeat(320), claims: "c".repeat(8_000) };
    expect(acceptRequest(longest)).toMatchObject({ loginHint: longest.loginHint, claims: longest.claims });
  });
});

describe("the mailbox's account among MSAL's", () => {
  const megan = { username: "Megan@Contoso.com" };
  const alex = { username: "alex@contoso.com" };

  test("by login hint, whatever the case", () => {
    expect(accountForMailbox([alex, megan], "megan@contoso.COM")).toBe(megan);
    expect(accountForMailbox([alex], "megan@contoso.com")).toBeNull();
  });

  test("without a hint only a sole account is the mailbox's", () => {
    expect(accountForMailbox([megan], undefined)).toBe(megan);
    expect(accountForMailbox([alex, megan], undefined)).toBeNull();
    expect(accountForMailbox([], undefined)).toBeNull();
    expect(accountForMailbox([megan], "")).toBe(megan);
  });
});
