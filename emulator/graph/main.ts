// Serves the Graph emulator on its own port: `npm run graph-emulator` (PORT, default 3001).
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { createGraphEmulator } from "./server";
import type { GraphScenario } from "./scenario";

const port = Number(process.env.PORT ?? 3001);
const scenarioFile = process.argv[2];
const scenario = scenarioFile
  ? ((JSON.parse(readFileSync(scenarioFile, "utf8")) as { graph?: GraphScenario }).graph ?? {})
  : {};
const emulator = createGraphEmulator({ scenario });
createServer((req, res) => emulator.handle(req, res)).listen(port, "127.0.0.1", () => {
  console.log(
    `Graph emulator: http://127.0.0.1:${port}/v1.0  (control API: http://127.0.0.1:${port}/__emulator)`,
  );
});
