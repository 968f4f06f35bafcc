// Guarantee: the catalog check (the catalog test and `npm run i18n:missing`) names every extra key and
// every placeholder mismatch in words a translator can act on, lets a translation put placeholders in
// its own word order, and keeps brand names apart from the generic sentences beside them.
import { catalogProblems, isBrandKey } from "../../src/i18n/catalog-check";

const english = {
  "account.signedInAs": "Signed in as {name}",
  "done.added": "Added {route} meeting for {name}",
};

test("a translation may put the placeholders in its own order", () => {
  const german = {
    "account.signedInAs": "Angemeldet als {name}",
    "done.added": "Für {name} eine {route}-Besprechung hinzugefügt",
  };
  expect(catalogProblems("de-DE", german, english)).toEqual([]);
});

test("placeholders that differ are listed each in braces, space-separated, or as none", () => {
  const broken = {
    "account.signedInAs": "Angemeldet",
    "done.added": "Für {nom} {route} hinzugefügt",
  };
  expect(catalogProblems("de-DE", broken, english)).toEqual([
    "de-DE: account.signedInAs has placeholders none, English has {name}",
    "de-DE: done.added has placeholders {nom} {route}, English has {name} {route}",
  ]);
});

test("a key English doesn't have is named as extra", () => {
  const withExtra = {
    "account.signedInAs": "Angemeldet als {name}",
    "done.added": "{name}: {route}",
    "done.removed": "Entfernt",
  };
  expect(catalogProblems("de-DE", withExtra, english)).toEqual([
    "de-DE: extra key done.removed (not in en-US)",
  ]);
});

test("brand keys are brands unless they are the generic .other/.unknown sentence", () => {
  expect(isBrandKey("service.zoom")).toBe(true);
  expect(isBrandKey("service.other")).toBe(false);
  expect(isBrandKey("provider.unknown")).toBe(false);
  // A brand whose key merely begins with those words is still a brand.
  expect(isBrandKey("service.otherworld")).toBe(true);
  expect(isBrandKey("provider.unknownBrand")).toBe(true);
});
