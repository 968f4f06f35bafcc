// One production build (`npx webpack --mode production`, as `npm run build` with a fixed
// configuration) for every test that needs the shipped files: test/build/production-build.test.ts
// reads and serves it, test/e2e/production-smoke.spec.ts runs it in a browser. `npm test` runs both,
// so the build is kept under node_modules/.cache, keyed by a hash of everything that goes into it:
// the second suite reuses the first one's build, and any change to an input builds anew.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(__dirname, "..", "..");
const cache = join(root, "node_modules", ".cache", "omo-production-build");

/** What the tests build with: the production URL the smoke test serves, an Entra id of no tenant. */
export const PRODUCTION_ENV = {
  OMO_CLIENT_ID: "11111111-2222-4333-8444-555555555555",
  OMO_PRODUCTION_URL: "https://addin.contoso.com",
  OMO_WORKBENCH: "",
} as const;

/** Everything webpack.config.js reads: sources, assets, build scripts, dependencies, configuration. */
const INPUTS = [
  "src",
  "assets",
  "scripts",
  "webpack.config.js",
  "manifest.xml",
  "tsconfig.json",
  "tsconfig.build.json",
  "package-lock.json",
  ".env",
];
/** Configuration the build takes from the environment when the tests don't set it. */
const INHERITED_ENV = ["OMO_AUTHORITY", "OMO_GRAPH_BASE_URL"];

export interface ProductionBuild {
  /** The hosted folder (`dist/`). */
  dist: string;
  /** Beside it: the hosting headers (`nginx-security-headers.conf`). */
  hosting: string;
  /** Beside it: the hidden source maps. */
  sourcemaps: string;
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

function inputHash(): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ ...PRODUCTION_ENV, ...pick(process.env, INHERITED_ENV) }));
  for (const file of INPUTS.flatMap((input) => filesUnder(join(root, input)))) {
    hash.update(`\0${relative(root, file)}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

function pick(env: NodeJS.ProcessEnv, names: string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((n) => [n, env[n]]));
}

function layout(dir: string): ProductionBuild {
  return {
    dist: join(dir, "dist"),
    hosting: join(dir, "dist-hosting"),
    sourcemaps: join(dir, "dist-sourcemaps"),
  };
}

/** The production build of the sources as they are now: the cached one, else a new one. */
export function productionBuild(): ProductionBuild {
  const key = inputHash();
  const done = join(cache, key);
  if (existsSync(done)) return layout(done);
  // Built beside the cache entry and renamed into place only when complete, so an interrupted build
  // is never taken for a finished one.
  const building = `${done}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  execFileSync("npx", ["webpack", "--mode", "production"], {
    cwd: root,
    env: { ...process.env, ...PRODUCTION_ENV, OMO_OUTPUT_DIR: layout(building).dist },
    stdio: ["ignore", "ignore", "inherit"],
  });
  removeOtherBuilds(key);
  try {
    renameSync(building, done);
  } catch (e) {
    // Another run finished the same build first: theirs is the same files.
    if (!existsSync(done)) throw e;
    rmSync(building, { recursive: true, force: true });
  }
  return layout(done);
}

/** Keeps the cache to one build: older finished ones go, and builds whose process is gone. */
function removeOtherBuilds(key: string): void {
  for (const name of readdirSync(cache)) {
    const pid = /\.building-(\d+)$/.exec(name)?.[1];
    if (name === key || (pid && (Number(pid) === process.pid || running(Number(pid))))) continue;
    rmSync(join(cache, name), { recursive: true, force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
