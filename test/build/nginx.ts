// A real nginx (Debian's package, `nginx` on the PATH) serving given `server` blocks on a free
// loopback port, in a throwaway prefix, for as long as a test needs it. Used to host the production
// build with the headers it ships (test/build/production-build.test.ts, test/e2e/production-smoke.spec.ts).
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunningNginx {
  port: number;
  stop(): Promise<void>;
}

const NOT_INSTALLED =
  "nginx is not installed: the hosting tests serve the production build with it (apt-get install nginx; .ci/run installs it).";

/** A port nothing listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || !address) throw new Error("No free port");
  return address.port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts nginx with the `server { … }` blocks `servers(port)` returns (each listening on that port),
 * and resolves once it accepts connections. Fails, naming the cause, when nginx is missing or stops.
 */
export async function startNginx(servers: (port: number) => string[]): Promise<RunningNginx> {
  try {
    execFileSync("nginx", ["-v"], { stdio: "ignore" });
  } catch (e) {
    throw new Error(NOT_INSTALLED, { cause: e });
  }
  const prefix = mkdtempSync(join(tmpdir(), "omo-nginx-"));
  const port = await freePort();
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"];
  for (const t of temp) mkdirSync(join(prefix, t));
  writeFileSync(
    join(prefix, "nginx.conf"),
    [
      // As root (CI) the workers would otherwise switch to nobody, who can't read the build.
      ...(process.getuid?.() === 0 ? ["user root;"] : []),
      "worker_processes 1;",
      "daemon off;",
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log;`,
      "events {}",
      "http {",
      "  include /etc/nginx/mime.types;",
      "  access_log off;",
      ...temp.map((t) => `  ${t}_temp_path ${prefix}/${t};`),
      ...servers(port),
      "}",
    ].join("\n"),
  );
  const nginx = spawn("nginx", ["-p", prefix, "-c", join(prefix, "nginx.conf")], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => nginx.once("exit", () => resolve()));
  const errorLog = () => {
    try {
      return readFileSync(join(prefix, "error.log"), "utf8");
    } catch {
      return "";
    }
  };
  let stopped = false;
  void exited.then(() => (stopped = true));
  const deadline = Date.now() + 15_000;
  while (!(await accepts(port))) {
    if (stopped || Date.now() > deadline) {
      nginx.kill();
      throw new Error(`nginx did not start on port ${port}:\n${errorLog()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    stop: async () => {
      if (!stopped) nginx.kill();
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
