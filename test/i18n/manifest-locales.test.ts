// Guarantee: the ribbon, the add-in's name and its description speak every UI language — every
// localizable manifest string has an Override for each Microsoft 365 language but the default.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PRODUCT_LOCALES } from "../../src/i18n";

const xml = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
const localized = [
  ...xml.matchAll(
    /<((?:bt:)?(?:String|DisplayName|Description)) [^>]*DefaultValue="([^"]*)"[^/]*?>([\s\S]*?)<\/\1>/g,
  ),
];

test("the manifest has its localizable strings", () => {
  // DisplayName, Description, and three short + two long strings in each of two VersionOverrides.
  expect(localized).toHaveLength(12);
});

test.each(localized.map((m) => [m[2]!.slice(0, 40), m[3]!]))("%s… has every language", (_text, body) => {
  const locales = [...body.matchAll(/Locale="([^"]+)"/g)].map((m) => m[1]);
  expect(locales.sort()).toEqual(PRODUCT_LOCALES.filter((l) => l !== "en-US").sort());
});
