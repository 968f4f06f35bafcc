// The pseudo-locale: every letter accented, 40 % longer, bracketed, placeholders left intact. A
// string that shows without brackets was never translated; one whose end is cut off was truncated.
import type { Catalog } from "./locales/en-US";

const ACCENTED: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [
    c,
    [..."åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅßÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"][i]!,
  ]),
);

/** Pads by 40 % of the source length (pseudo-localization's usual allowance for longer languages). */
export function pseudoLocalize(text: string): string {
  const parts = text.split(/(\{\w+\})/);
  const accented = parts.map((p) => (/^\{\w+\}$/.test(p) ? p : [...p].map((c) => ACCENTED[c] ?? c).join("")));
  const padding = "·".repeat(Math.ceil(text.length * 0.4));
  return `[${accented.join("")}${padding}]`;
}

export function pseudoCatalog(source: Catalog): Catalog {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, pseudoLocalize(v)])) as Catalog;
}
