// What `npm run build` ships: built once (test/build/production-build.ts: shared with the production
// smoke test, which runs it in a browser), then read as a host would serve it, and served by a real
// nginx (Debian's package) with the hosting headers the build writes. Guarantees: no workbench code,
// local token provider or URL hook in production; no source maps or development helpers in the hosted
// folder; DOMPurify only where it runs, loaded on demand.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { startNginx, type RunningNginx } from "./nginx";
import { productionBuild, type ProductionBuild } from "./production-build";

let build: ProductionBuild;
let dist: string;

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
  build = productionBuild();
  dist = build.dist;
}, 300_000);

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
  expect(readdirSync(build.sourcemaps)).toEqual(expect.arrayContaining(["taskpane.js.map"]));
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

describe("dist/ served by a real nginx with the generated headers", () => {
  const pages = ["/taskpane.html", "/commands.html", "/dialog.html"];
  let nginx: RunningNginx;
  let port: number;

  beforeAll(async () => {
    nginx = await startNginx((listen) => [
      "  server {",
      `    listen 127.0.0.1:${listen};`,
      `    root ${dist};`,
      `    include ${build.hosting}/nginx-security-headers.conf;`,
      "  }",
    ]);
    port = nginx.port;
  }, 30_000);
  afterAll(() => nginx?.stop());

  const metaPolicy = (file: string) =>
    /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(read(file))?.[1];

  test.each(pages)(
    "%s: the header policy is the page's own <meta> policy plus frame-ancestors",
    async (page) => {
      const res = await fetch(`http://127.0.0.1:${port}${page}`);
      expect(res.status).toBe(200);
      const csp = res.headers.get("content-security-policy");
      expect(metaPolicy(page.slice(1))).toBeDefined();
      expect(csp).toBe(
        `${metaPolicy(page.slice(1))}; frame-ancestors https://outlook.office.com https://outlook.office365.com https://outlook.cloud.microsoft https://outlook.live.com https://*.officeapps.live.com`,
      );
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("content-security-policy-report-only")).toBe(
        "require-trusted-types-for 'script'",
      );
    },
  );

  test.each(pages)("%s: no wildcard Office hosts, no inline script or <style>, no eval", async (page) => {
    const csp = (await fetch(`http://127.0.0.1:${port}${page}`)).headers.get("content-security-policy") ?? "";
    expect(csp).not.toMatch(/\*\.office\.(com|net)|'unsafe-eval'|(^|\s)\*(\s|;|$)|https:(\s|;|$)/);
    // 'unsafe-inline' only for style attributes (sanitizing parses them), never for scripts or <style>.
    expect(csp.replace("style-src-attr 'unsafe-inline'", "")).not.toMatch(/'unsafe-inline'/);
    expect(csp).toMatch(/style-src ('sha256-[^']+'|'self');/);
    expect(csp).toMatch(
      /script-src 'self' https:\/\/appsforoffice\.microsoft\.com https:\/\/ajax\.aspnetcdn\.com;/,
    );
    expect(csp).toMatch(
      /connect-src 'self'( https:\/\/graph\.microsoft\.com)? https:\/\/login\.microsoftonline\.com;/,
    );
  });

  test("scripts and the help page carry the headers too; Azure Static Web Apps gets the same ones", async () => {
    const js = await fetch(`http://127.0.0.1:${port}/taskpane.js`);
    expect(js.headers.get("x-content-type-options")).toBe("nosniff");
    const help = await fetch(`http://127.0.0.1:${port}/assets/support.html`);
    expect(help.headers.get("content-security-policy")).toMatch(
      /^default-src 'none'; style-src 'sha256-[^']+';/,
    );
    const swa = JSON.parse(read("staticwebapp.config.json")) as {
      routes: { route: string; headers: Record<string, string> }[];
    };
    for (const page of pages) {
      const res = await fetch(`http://127.0.0.1:${port}${page}`);
      const route = swa.routes.find((r) => r.route === page);
      expect(route?.headers["Content-Security-Policy"]).toBe(res.headers.get("content-security-policy"));
    }
  });
});
