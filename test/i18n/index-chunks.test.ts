// Guarantee: a language's catalog comes from its own chunk, fetched once; until it is there, and when
// it can't be fetched or holds no catalog, the user reads English and the translator says so (its
// locale is en-US, so a surface knows to load the language later).
// Each test gets a fresh copy of the i18n module (nothing loaded yet); a locale module is replaced
// with jest.doMock where a test needs a chunk that fails or looks unusual.
import type * as I18n from "../../src/i18n";
import { enUS } from "../../src/i18n/locales/en-US";
import * as localeList from "../../src/i18n/locale-list";
import * as resolveLocaleModule from "../../src/i18n/resolve-locale";

const LOCALES = "../../src/i18n/locales";

/** A module object as the bundler gives it: named exports, __esModule not among its values. */
function esModule(exports: Record<string, unknown>): Record<string, unknown> {
  return Object.defineProperty({ ...exports }, "__esModule", { value: true, enumerable: false });
}

async function freshI18n<T>(use: (i18n: typeof I18n) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await jest.isolateModulesAsync(async () => {
    // The language tables hold no state: the fresh copy shares this file's, loaded once with it. (A
    // table built anew inside a test would make mutation testing change the table only there, and
    // the tests that check the tables would never see the change.)
    jest.doMock("../../src/i18n/locale-list", () => localeList);
    jest.doMock("../../src/i18n/resolve-locale", () => resolveLocaleModule);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy for this test
    result = await use(require("../../src/i18n") as typeof I18n);
  });
  return result as T;
}

afterEach(() => {
  jest.dontMock(`${LOCALES}/fi-FI`);
  jest.dontMock(`${LOCALES}/ko-KR`);
});

test("before its chunk is loaded, a language's translator speaks English and says en-US", async () => {
  await freshI18n(async ({ translator, loadTranslator }) => {
    const early = translator("ko-KR");
    expect(early.locale).toBe("en-US");
    expect(early("action.retry")).toBe(enUS["action.retry"]);
    const loaded = await loadTranslator("ko-KR");
    expect(loaded.locale).toBe("ko-KR");
    expect(translator("ko-KR").locale).toBe("ko-KR");
    expect(translator("ko-KR")("action.retry")).toBe(loaded("action.retry"));
    expect(loaded("action.retry")).not.toBe(enUS["action.retry"]);
  });
});

test("a language whose chunk can't be fetched gets English, and the translator says en-US", async () => {
  jest.doMock(`${LOCALES}/ko-KR`, () => {
    throw new Error("Loading chunk locale-ko-KR failed");
  });
  await freshI18n(async ({ loadTranslator }) => {
    const t = await loadTranslator("ko-KR");
    expect(t.locale).toBe("en-US");
    expect(t("action.retry")).toBe(enUS["action.retry"]);
  });
});

test("a locale module that exports no catalog is refused, and the user reads English", async () => {
  jest.doMock(`${LOCALES}/fi-FI`, () => esModule({ locale: "fi-FI" }));
  await freshI18n(async ({ loadCatalog, loadTranslator }) => {
    await expect(loadCatalog("fi-FI")).rejects.toThrow("locale module exports no catalog");
    const t = await loadTranslator("fi-FI");
    expect(t.locale).toBe("en-US");
    expect(t("action.retry")).toBe(enUS["action.retry"]);
  });
});

test("a locale module's catalog is its one object export, whatever strings or nulls it exports too", async () => {
  const fiFI = { ...enUS, "action.retry": "Yritä uudelleen" };
  jest.doMock(`${LOCALES}/fi-FI`, () => esModule({ locale: "fi-FI", previous: null, fiFI }));
  await freshI18n(async ({ loadCatalog, loadTranslator }) => {
    expect(await loadCatalog("fi-FI")).toBe(fiFI);
    expect((await loadTranslator("fi-FI"))("action.retry")).toBe("Yritä uudelleen");
  });
});

test("a loaded catalog is kept: loading it again fetches no chunk", async () => {
  let fetched = 0;
  jest.doMock(`${LOCALES}/fi-FI`, () => {
    fetched++;
    return jest.requireActual<Record<string, unknown>>(`${LOCALES}/fi-FI`);
  });
  await freshI18n(async ({ loadCatalog }) => {
    const first = await loadCatalog("fi-FI");
    // Forget the module registry: from here every import of a module is a new fetch, as a chunk
    // request would be; only the i18n module's own memory can answer without one.
    jest.resetModules();
    expect(await loadCatalog("fi-FI")).toBe(first);
    expect(fetched).toBe(1);
  });
});
