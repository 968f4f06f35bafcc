// `npm run validate` on the real manifest and on broken ones: each fails for the right reason, with a
// readable message naming the problem.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is CommonJS.
const { transformManifest } = require("../../scripts/manifest-transform.js") as {
  transformManifest(xml: string, dev: string, prod: string): string;
};

function validate(xml: string, sources = join(root, "src")): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "omo-manifest-"));
  const file = join(dir, "manifest.xml");
  writeFileSync(file, xml);
  try {
    const out = execFileSync(
      process.execPath,
      [join(root, "scripts/validate-manifest.mjs"), file, "--sources", sources],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    return { ok: true, output: out };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

test("the real manifest is valid", () => {
  const r = validate(manifest);
  expect(r.output).toContain("is valid");
  expect(r.ok).toBe(true);
});

test.each<[string, (xml: string) => string, RegExp]>([
  [
    "elements out of order",
    (x) =>
      x
        .replace(/(\s*<Version>[^<]*<\/Version>)(\s*<Id>[^<]*<\/Id>)/, "$2$1")
        .replace(/(\s*<Id>[^<]*<\/Id>)(\s*<Version>)/, "$2$1"),
    /schema: .*(Version|Id).*(not expected|Expected)/,
  ],
  ["missing Id", (x) => x.replace(/\s*<Id>[^<]*<\/Id>/, ""), /schema: .*Id/],
  [
    "bad enum value",
    (x) => x.replace("<Permissions>ReadWriteItem</Permissions>", "<Permissions>Admin</Permissions>"),
    /schema: .*Permissions.*Admin|schema: .*'Admin'/,
  ],
  [
    "dangling resid",
    (x) => x.replace('<Label resid="AddButton.Label"/>', '<Label resid="Nope.Label"/>'),
    /resid "Nope\.Label" on <Label> does not resolve to ShortString/,
  ],
  [
    "resid of the wrong kind",
    (x) => x.replace('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Group.Label"/>'),
    /resid "Group\.Label" on <SourceLocation> does not resolve to Url \(it is defined under ShortStrings\)/,
  ],
  [
    "http URL",
    (x) =>
      x.replace(
        'DefaultValue="https://localhost:3000/commands.html"',
        'DefaultValue="http://localhost:3000/commands.html"',
      ),
    /URL must be https: http:\/\/localhost:3000\/commands\.html/,
  ],
  [
    "function not associated in code",
    (x) =>
      x.replace("<FunctionName>addOnlineMeeting</FunctionName>", "<FunctionName>doSomething</FunctionName>"),
    /FunctionName "doSomething" is not associated in the code/,
  ],
  [
    "missing locale override",
    (x) => x.replace('<bt:Override Locale="ja-JP" Value="オンライン会議を追加"/>', ""),
    /id="AddButton\.Label"> has no ja-JP override/,
  ],
  [
    "short string too long",
    (x) => x.replace('DefaultValue="Add online meeting"', `DefaultValue="${"x".repeat(130)}"`),
    /ShortString "AddButton\.Label" is longer than 125 characters|exceeds the allowed maximum length of '125'/,
  ],
  ["not XML at all", (x) => x.slice(0, 200), /not well-formed XML|schema:/],
])("%s fails with a readable message", (_name, breakIt, message) => {
  const r = validate(breakIt(manifest));
  expect(r.ok).toBe(false);
  expect(r.output).toMatch(message);
  expect(r.output).toMatch(/is not valid|not well-formed/);
});

test("the function-id rule reads the code it is given", () => {
  const dir = mkdtempSync(join(tmpdir(), "omo-src-"));
  mkdirSync(join(dir, "commands"));
  writeFileSync(
    join(dir, "commands", "index.ts"),
    'Office.actions.associate("somethingElse", () => undefined);',
  );
  const r = validate(manifest, dir);
  expect(r.ok).toBe(false);
  expect(r.output).toMatch(/FunctionName "addOnlineMeeting" is not associated/);
});

describe("production URL", () => {
  const prod = transformManifest(manifest, "https://localhost:3000", "https://addin.contoso.com/omo");

  test("every development URL is rewritten and nothing else changes", () => {
    expect(prod).not.toContain("localhost");
    expect(prod).toContain('DefaultValue="https://addin.contoso.com/omo/taskpane.html"');
    expect(prod.split("https://addin.contoso.com/omo").join("https://localhost:3000")).toBe(manifest);
  });

  test("the production manifest still validates", () => {
    expect(validate(prod).ok).toBe(true);
  });

  test("a non-https production URL is refused", () => {
    expect(() => transformManifest(manifest, "https://localhost:3000", "http://addin.contoso.com")).toThrow(
      /https/,
    );
  });
});
