// Offline manifest validation: the official XSDs ([MS-OWEMXML], vendored in schemas/) through libxml2
// compiled to WebAssembly, plus the rules the XSDs can't express. Returns problems as readable lines.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { XmlDocument, XsdValidator, XmlValidateError } from "libxml2-wasm";
import { xmlRegisterFsInputProviders } from "libxml2-wasm/lib/nodejs.mjs";

xmlRegisterFsInputProviders();

// Every Microsoft 365 full language but the default (en-US): the add-in's UI languages, read from
// their one list, src/i18n/locale-list.ts (pure data, so its text is enough).
const localeList = readFileSync(new URL("../src/i18n/locale-list.ts", import.meta.url), "utf8");
const productLocales = /PRODUCT_LOCALES = \[([\s\S]*?)\] as const/.exec(localeList);
if (!productLocales) throw new Error("src/i18n/locale-list.ts: PRODUCT_LOCALES not found");
export const REQUIRED_LOCALES = [...productLocales[1].matchAll(/"([^"]+)"/g)]
  .map((match) => match[1])
  .filter((locale) => locale !== "en-US");
const SHORT_MAX = 125;
const LONG_MAX = 250;

/** Which resource kind each resid-bearing element must point to. */
const RESID_KIND = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Url: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
  Tooltip: "LongStrings",
};

function byLocalName(node, name) {
  return node.find(`.//*[local-name()='${name}']`);
}

function attr(el, name) {
  return el.attr(name)?.value ?? null;
}

/** Office.actions.associate("id", …) ids in the add-in's sources. */
export function associatedIds(sourcesDir) {
  const ids = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|js)$/.test(name)) {
        for (const m of readFileSync(p, "utf8").matchAll(
          /Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g,
        ))
          ids.add(m[1]);
      }
    }
  };
  walk(sourcesDir);
  return ids;
}

export function validateManifest(xml, { schemasDir, sourcesDir, file = "manifest.xml" }) {
  const problems = [];
  const at = (line, message) => problems.push(`${file}:${line}: ${message}`);

  let doc;
  try {
    doc = XmlDocument.fromString(xml);
  } catch (e) {
    return [`${file}: not well-formed XML: ${e instanceof Error ? e.message.trim() : e}`];
  }
  try {
    // 1. The official schemas: element order, required elements, enumerations, patterns.
    const xsdPath = resolve(schemasDir, "OfficeAppManifestV1_1.xsd");
    const xsd = XmlDocument.fromBuffer(readFileSync(xsdPath), { url: xsdPath });
    const validator = XsdValidator.fromDoc(xsd);
    try {
      validator.validate(doc);
    } catch (e) {
      if (e instanceof XmlValidateError) {
        for (const d of e.details) at(d.line ?? 0, `schema: ${d.message.trim()}`);
      } else throw e;
    } finally {
      validator.dispose();
      xsd.dispose();
    }

    // 2. Every resid resolves to a resource of the right kind.
    // Resource ids are scoped to their VersionOverrides; a resid resolves if its kind defines it.
    const resources = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
    const strings = { ShortStrings: [], LongStrings: [] };
    for (const kind of Object.keys(resources)) {
      for (const group of byLocalName(doc, kind)) {
        for (const item of group.find("./*")) {
          const id = attr(item, "id");
          if (id) resources[kind].set(id, item);
          if (id && kind in strings) strings[kind].push([id, item]);
        }
      }
    }
    for (const el of doc.find("//*[@resid]")) {
      const resid = attr(el, "resid");
      const kind = RESID_KIND[el.name.replace(/^.*:/, "")];
      if (!kind) continue;
      if (!resources[kind].has(resid)) {
        const elsewhere = Object.keys(resources).find((k) => resources[k].has(resid));
        at(
          el.line,
          `resid "${resid}" on <${el.name}> does not resolve to ${kind.replace(/s$/, "")}${elsewhere ? ` (it is defined under ${elsewhere})` : ""}`,
        );
      }
    }

    // 3. Every URL is https.
    for (const el of doc.find("//*[@DefaultValue or @Value]")) {
      for (const name of ["DefaultValue", "Value"]) {
        const v = attr(el, name);
        if (v && /^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !/^https:\/\//i.test(v))
          at(el.line, `URL must be https: ${v}`);
      }
    }
    for (const el of byLocalName(doc, "AppDomain")) {
      if (!/^https:\/\//i.test(el.content.trim()))
        at(el.line, `AppDomain must be https: ${el.content.trim()}`);
    }

    // 4. Function commands exist in the code.
    const ids = sourcesDir ? associatedIds(sourcesDir) : null;
    const functions = [
      ...byLocalName(doc, "FunctionName").map((el) => [el, el.content.trim()]),
      ...byLocalName(doc, "LaunchEvent").map((el) => [el, attr(el, "FunctionName") ?? ""]),
    ];
    for (const [el, name] of functions) {
      if (ids && !ids.has(name))
        at(
          el.line,
          `FunctionName "${name}" is not associated in the code (Office.actions.associate("${name}", …))`,
        );
    }

    // 5. Localized strings: every locale, and Outlook's length limits.
    const localized = [
      ...byLocalName(doc, "DisplayName"),
      ...byLocalName(doc, "Description").filter((d) => attr(d, "DefaultValue") !== null),
    ];
    for (const kind of ["ShortStrings", "LongStrings"]) {
      for (const [id, el] of strings[kind]) {
        localized.push(el);
        const max = kind === "ShortStrings" ? SHORT_MAX : LONG_MAX;
        for (const v of [attr(el, "DefaultValue"), ...el.find("./*").map((o) => attr(o, "Value"))]) {
          if (v && v.length > max)
            at(el.line, `${kind.replace(/s$/, "")} "${id}" is longer than ${max} characters`);
        }
      }
    }
    for (const el of localized) {
      const have = new Set(el.find("./*").map((o) => attr(o, "Locale")));
      for (const locale of REQUIRED_LOCALES) {
        if (!have.has(locale))
          at(
            el.line,
            `<${el.name}${attr(el, "id") ? ` id="${attr(el, "id")}"` : ""}> has no ${locale} override`,
          );
      }
    }
  } finally {
    doc.dispose();
  }
  return problems;
}
