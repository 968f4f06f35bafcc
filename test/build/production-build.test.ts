// What `npm run build` ships: built once here into a temporary folder, then read as a host would
// serve it. Guarantees: no workbench code, local token provider or URL hook in production; no source
// maps or development helpers in the hosted folder; DOMPurify only where it runs, loaded on demand.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const root = join(__dirname, "..", "..");
const base = mkdtempSync(join(tmpdir(), "omo-build-"));
const dist = join(base, "dist");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(dist, path)];
  });
}
const read = (file: string) => readFileSync(join(dist, file), "utf8");
/** The script files a page loads itself (the minified HTML may leave attribute values unquoted). */
const scripts = (page: string) =>
  [...read(page).matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]!.replace(/^\//, ""));
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

beforeAll(() => {
  execFileSync("npx", ["webpack", "--mode", "production"], {
    cwd: root,
    env: {
      ...process.env,
      OMO_CLIENT_ID: "11111111-2222-4333-8444-555555555555",
      OMO_PRODUCTION_URL: "https://addin.contoso.com",
      OMO_OUTPUT_DIR: dist,
      OMO_WORKBENCH: "",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}, 300_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

test("no workbench code, local token provider or ?host=workbench / ?graphBaseUrl= hook in production", () => {
  const shipped = files(dist).filter((f) => /\.(js|html)$/.test(f));
  expect(shipped).toEqual(expect.arrayContaining(["taskpane.js", "shared.js", "dialog.js"]));
  const markers = [
    /__emulator/, // the local token provider's control endpoint
    /Local sign-in/, // its error messages
    /"workbench"/, // the ?host=workbench test
    /get\("graphBaseUrl"\)/, // the ?graphBaseUrl= hook
    /office-host|office-bootstrap|microsoft-ajax\.js/, // the workbench's Office.js pickers
  ];
  for (const file of shipped)
    for (const marker of markers)
      expect({ file, hit: marker.test(read(file)) }).toEqual({ file, hit: false });
  expect(shipped.some((f) => /workbench|office-host/.test(f))).toBe(false);
});

test("no source maps in the hosted folder: hidden maps beside it, no sourceMappingURL", () => {
  expect(files(dist).filter((f) => f.endsWith(".map"))).toEqual([]);
  for (const file of files(dist).filter((f) => f.endsWith(".js")))
    expect({ file, url: /sourceMappingURL/.test(read(file)) }).toEqual({ file, url: false });
  expect(readdirSync(`${dist}-sourcemaps`)).toEqual(expect.arrayContaining(["taskpane.js.map"]));
});

test("only what the pages and the manifest load: no development helpers", () => {
  const manifest = read("manifest.xml");
  const pages = ["taskpane.html", "commands.html", "dialog.html"];
  const loaded = new Set<string>(["manifest.xml", ...pages]);
  for (const m of manifest.matchAll(/https:\/\/addin\.contoso\.com\/([^"?#\s<]+)/g)) loaded.add(m[1]!);
  for (const page of pages) for (const file of scripts(page)) if (!/^https:/.test(file)) loaded.add(file);
  // Chunks the runtime loads on demand, their license notices, and the host configuration.
  const extra = (f: string) =>
    /^[\w-]+\.[0-9a-f]{8}\.js$/.test(f) || f.endsWith(".LICENSE.txt") || f === "staticwebapp.config.json";
  expect(files(dist).filter((f) => !loaded.has(f) && !extra(f))).toEqual([]);
  expect(existsSync(join(dist, "assets/office-bootstrap.js"))).toBe(false);
});

test("DOMPurify: not in launchevent.js (no DOM there), not in the pane's first paint, loaded on demand", () => {
  const firstPaint = scripts("taskpane.html").filter((f) => !/^https:/.test(f));
  expect(firstPaint).toEqual(expect.arrayContaining(["runtime.js", "shared.js", "taskpane.js"]));
  for (const file of [...firstPaint, "launchevent.js", "commands.js"])
    expect({ file, purify: /DOMPurify|dompurify/i.test(read(file)) }).toEqual({ file, purify: false });
  expect(files(dist).some((f) => f.endsWith(".js") && /DOMPurify/.test(read(f)))).toBe(true);
  const bytes = firstPaint.reduce((n, f) => n + gz(f), 0);
  console.log(
    `task pane first paint: ${(bytes / 1024).toFixed(1)} KB gzip; launchevent.js ${(gz("launchevent.js") / 1024).toFixed(1)} KB gzip`,
  );
  expect(bytes).toBeLessThanOrEqual(40 * 1024);
});
