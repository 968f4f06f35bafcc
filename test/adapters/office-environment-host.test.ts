// OfficeEnvironment: the host's language and account kind as Office.js reports them (with what older
// clients leave out), v4 ids on every runtime, and the clock and timers.
import { OfficeEnvironment } from "../../src/adapters/office-environment";
import { FakeOffice } from "../fakes/fake-office";

const env = new OfficeEnvironment();
const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("the display language is Office's; a host that reports none reads as en-US", () => {
  new FakeOffice({ displayLanguage: "ja-JP" }).install();
  expect(env.displayLanguage()).toBe("ja-JP");
  new FakeOffice({ displayLanguage: "" }).install();
  expect(env.displayLanguage()).toBe("en-US");
});

test.each(["enterprise", "office365", "outlookCom", "gmail"])(
  "the documented account type %s is kept",
  (type) => {
    new FakeOffice({ accountType: type }).install();
    expect(env.accountType()).toBe(type);
  },
);

test("an undocumented account type, or none (Mailbox 1.6 and volume-licensed Outlook 2016 lack it), is unknown", () => {
  new FakeOffice({ accountType: "consumer" }).install();
  expect(env.accountType()).toBe("unknown");
  new FakeOffice({ accountType: "" }).install();
  expect(env.accountType()).toBe("unknown");
  new FakeOffice({ missing: ["accountType"] }).install();
  expect(env.accountType()).toBe("unknown");
});

test("the user's address is the profile's; an empty one is no address", () => {
  new FakeOffice({ emailAddress: "adele@contoso.com" }).install();
  expect(env.userAddress()).toBe("adele@contoso.com");
  new FakeOffice({ emailAddress: "" }).install();
  expect(env.userAddress()).toBeUndefined();
});

describe("newId", () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, "crypto")!;
  const useCrypto = (value: unknown) =>
    Object.defineProperty(globalThis, "crypto", { value, configurable: true, writable: true });
  afterEach(() => {
    Object.defineProperty(globalThis, "crypto", original);
    jest.restoreAllMocks();
  });

  test("is the platform's randomUUID where there is one", () => {
    useCrypto({ randomUUID: () => "0b0e1c1d-2e2f-4a4b-8c8d-9e9fa0a1b2b3", getRandomValues: () => undefined });
    expect(env.newId()).toBe("0b0e1c1d-2e2f-4a4b-8c8d-9e9fa0a1b2b3");
  });

  test("without randomUUID, is a v4 id laid out from getRandomValues' 16 bytes", () => {
    useCrypto({
      getRandomValues: (bytes: Uint8Array) => {
        bytes.forEach((_, i) => (bytes[i] = i));
        return bytes;
      },
    });
    // Bytes 00..0f; byte 6 gets version 4 (0x46), byte 8 the RFC 4122 variant (0x88).
    expect(env.newId()).toBe("00010203-0405-4607-8809-0a0b0c0d0e0f");
  });

  test("without Web Crypto at all (or an empty one), is a v4 id from Math.random", () => {
    jest.spyOn(Math, "random").mockReturnValue(0.999);
    for (const crypto of [undefined, {}]) {
      useCrypto(crypto);
      // Every byte 0xff, then the version and variant bits.
      expect(env.newId()).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
    }
  });

  test("the real platform's ids are v4 and distinct", () => {
    const a = env.newId();
    expect(a).toMatch(V4);
    expect(env.newId()).not.toBe(a);
  });
});

describe("clock and timers", () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date("2026-12-03T08:15:00Z") }));
  afterEach(() => jest.useRealTimers());

  test("now is the current time", () => {
    expect(env.now()).toEqual(new Date("2026-12-03T08:15:00Z"));
    jest.setSystemTime(new Date("2027-01-01T00:00:00Z"));
    expect(env.now()).toEqual(new Date("2027-01-01T00:00:00Z"));
  });

  test("sleep resolves once its time has passed, not before", async () => {
    let done = false;
    const p = env.sleep(500).then(() => (done = true));
    await jest.advanceTimersByTimeAsync(499);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    await p;
  });
});
