// `npm run validate`: checks manifest.xml fully offline (XSD + rules). Exit 1 on any problem.
//   node scripts/validate-manifest.mjs [manifest.xml] [--sources src] [--schemas schemas]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { validateManifest } from "./manifest-validator.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const root = resolve(import.meta.dirname, "..");
const sourcesDir = option("--sources", resolve(root, "src"));
const schemasDir = option("--schemas", resolve(root, "schemas"));
const file = args[0] ?? "manifest.xml";

const problems = validateManifest(readFileSync(file, "utf8"), { schemasDir, sourcesDir, file });
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`\n${file} is not valid: ${problems.length} problem(s).`);
  process.exit(1);
}
console.log(`${file} is valid (official XSDs + resid, https, function-id, locale and length rules).`);
