// `npm start`: serve the add-in on https://localhost:3000 (development build, self-signed certificate)
// with the Graph emulator, and point to the workbench, where it runs end to end with no tenant.
import { spawn } from "node:child_process";
import https from "node:https";

const URL_WORKBENCH = "https://localhost:3000/workbench.html";
const server = spawn(
  process.platform === "win32" ? "npx.cmd" : "npx",
  ["webpack", "serve", "--mode", "development"],
  {
    stdio: ["ignore", "inherit", "inherit"],
    env: process.env,
  },
);
server.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));

function probe() {
  return new Promise((resolve) => {
    const req = https.get(URL_WORKBENCH, { rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(false);
    });
  });
}

for (let i = 0; i < 240; i++) {
  if (await probe()) {
    console.log(`
  Online Meeting for Outlook is running.

  Workbench (emulated Outlook + Graph emulator, no tenant needed):
    ${URL_WORKBENCH}
  The pages run on Microsoft's Office.js runtime (from node_modules, offline); the
  workbench's lighter stand-in: ${URL_WORKBENCH}?officeRuntime=stand-in
  (The certificate is self-signed: accept it once in your browser.)

  In real Outlook instead: sideload manifest.xml (README.md, "Running against a real tenant").
  Stop with Ctrl+C.
`);
    break;
  }
  await new Promise((r) => setTimeout(r, 500));
}
