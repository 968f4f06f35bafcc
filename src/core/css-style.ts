// The inline styles join text may keep. Not a filter by pattern over CSS (escapes like `\75 rl(`,
// `u\rl(` and functions like `image-set(` slip past those): each declaration is parsed, its property
// must be one the join templates use for layout and type, and its value may hold only words, numbers,
// colours and quoted font names — no function, escape, comment or URL of any kind, so nothing in a
// kept style can fetch anything. Everything else is dropped. Pure string code.

const PROPERTIES: ReadonlySet<string> = new Set([
  "color",
  "background-color",
  "font-family",
  "font-size",
  "font-style",
  "font-weight",
  "line-height",
  "letter-spacing",
  "text-align",
  "text-decoration",
  "white-space",
  "vertical-align",
  "opacity",
  "display",
  "width",
  "max-width",
  "height",
  "margin",
  "margin-top",
  "margin-right",
  "margin-bottom",
  "margin-left",
  "padding",
  "padding-top",
  "padding-right",
  "padding-bottom",
  "padding-left",
  "border",
  "border-top",
  "border-bottom",
  "border-collapse",
  "border-spacing",
]);

/** Letters, digits, spaces, `#`, `%`, `.`, `,`, `-`, `!` (for !important) and quotes around font names. */
const SAFE_VALUE = /^[A-Za-z0-9#%.,!\- \t'"]+$/;

/** The declarations of a style attribute that are safe to keep, re-serialized; "" when none is. */
export function cleanStyle(style: string): string {
  const kept: string[] = [];
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    // Stryker disable next-line EqualityOperator: equivalent, a colon at 0 leaves the property "", never listed
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!PROPERTIES.has(property)) continue;
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, SAFE_VALUE needs a character (a value "Stryker was here!" is no template's)
    if (value === "") continue;
    if (!SAFE_VALUE.test(value) || !balancedQuotes(value)) continue;
    kept.push(`${property}: ${value}`);
  }
  return kept.join("; ");
}

function balancedQuotes(value: string): boolean {
  // Stryker disable next-line ArithmeticOperator: equivalent, length - 1 and length + 1 have the same parity
  return (value.split('"').length - 1) % 2 === 0 && (value.split("'").length - 1) % 2 === 0;
}
