// The style allow-list of the join text sanitizer (src/core/css-style.ts): the join templates' own
// layout and type styling is kept, declaration by declaration; anything else — unknown properties,
// values that could fetch or escape, malformed declarations — is dropped without taking the rest along.
import type { cleanStyle as CleanStyle } from "../../src/core/css-style";

// The allow-list and the value pattern are module constants. The product loads this module lazily
// (the sanitizer is its own chunk), so other suites load it inside a test; loading it afresh for each
// test here makes these tests, not those, the ones a mutation of the allow-list is measured against
// (docs/mutation.md: "Only the covering tests run").
let cleanStyle: typeof CleanStyle;
beforeEach(async () => {
  jest.resetModules();
  ({ cleanStyle } = await import("../../src/core/css-style"));
});

// One declaration per allowed property, with a value of the kind the Teams/Exchange templates use.
const allowed: [string, string][] = [
  ["color", "#252424"],
  ["background-color", "#FFFFFF"],
  ["font-family", "'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif"],
  ["font-size", "14px"],
  ["font-style", "italic"],
  ["font-weight", "bold"],
  ["line-height", "1.5"],
  ["letter-spacing", "0.5px"],
  ["text-align", "center"],
  ["text-decoration", "underline"],
  ["white-space", "nowrap"],
  ["vertical-align", "middle"],
  ["opacity", "0.8"],
  ["display", "inline-block"],
  ["width", "100%"],
  ["max-width", "600px"],
  ["height", "1px"],
  ["margin", "0 auto"],
  ["margin-top", "24px"],
  ["margin-right", "0"],
  ["margin-bottom", "20px"],
  ["margin-left", "-4px"],
  ["padding", "4px 8px"],
  ["padding-top", "2px"],
  ["padding-right", "3px"],
  ["padding-bottom", "4px"],
  ["padding-left", "5px"],
  ["border", "1px solid #ccc"],
  ["border-top", "1px solid #E0E0E0"],
  ["border-bottom", "0"],
  ["border-collapse", "collapse"],
  ["border-spacing", "0"],
];

test.each(allowed)("the template's %s declaration is kept as written", (property, value) => {
  expect(cleanStyle(`${property}:${value}`)).toBe(`${property}: ${value}`);
});

test.each(allowed)("%s is kept next to a dropped declaration", (property, value) => {
  expect(cleanStyle(`background:url(https://evil.test/a.png); ${property.toUpperCase()} : ${value} ;`)).toBe(
    `${property}: ${value}`,
  );
});

const disallowed: [string, string][] = [
  ["background", "red"],
  ["background-image", "none"],
  ["position", "fixed"],
  ["behavior", "x"],
  ["list-style", "none"],
  ["content", "'x'"],
  ["--x", "red"],
  ["", "red"],
];

test.each(disallowed)("an unlisted property %p is dropped even with a plain value", (property, value) => {
  expect(cleanStyle(`${property}: ${value}`)).toBe("");
  expect(cleanStyle(`${property}: ${value}; color: red`)).toBe("color: red");
});

const unsafeValues: [string, string][] = [
  ["a CSS escape before a plain word", "\\72 ed"],
  ["a comment after a plain word", "red /* x */"],
  ["a function", "expression(alert(1))"],
  ["a url", "url(https://evil.test/a.png)"],
  ["a trailing function after a plain word", "red image-set(x)"],
  ["a backslash at the end", "red\\"],
  ["a bracket", "red)"],
];

test.each(unsafeValues)("a value with %s is dropped, the rest kept", (_name, value) => {
  expect(cleanStyle(`color: ${value}`)).toBe("");
  expect(cleanStyle(`color: ${value}; font-size: 12px`)).toBe("font-size: 12px");
});

test("a declaration without a colon is dropped, the rest kept", () => {
  // "colors" would read as "color" with its last letter cut off if the missing colon went unnoticed.
  expect(cleanStyle("colors; font-size: 12px")).toBe("font-size: 12px");
  expect(cleanStyle("widths")).toBe("");
});

test("a declaration with an empty value is dropped, the rest kept", () => {
  expect(cleanStyle("color:; font-size: 12px")).toBe("font-size: 12px");
  expect(cleanStyle("color:   ")).toBe("");
});

test.each([
  ["an unbalanced double quote", 'font-family: "Segoe UI'],
  ["an unbalanced single quote", "font-family: 'Segoe UI"],
  ["three double quotes", 'font-family: "Segoe UI", "Arial'],
  ["three single quotes", "font-family: 'Segoe UI', 'Arial"],
  ["balanced double but unbalanced single quotes", 'font-family: "Segoe UI", \'Arial'],
  ["balanced single but unbalanced double quotes", "font-family: 'Segoe UI', \"Arial"],
])("a style value with %s is dropped whole", (_name, declaration) => {
  expect(cleanStyle(declaration)).toBe("");
  expect(cleanStyle(`${declaration}; color: red`)).toBe("color: red");
});

test.each([
  ["double quotes", 'font-family: "Segoe UI", "Helvetica Neue", Arial'],
  ["single quotes", "font-family: 'Segoe UI', 'Helvetica Neue', Arial"],
  ["both kinds", "font-family: 'Segoe UI', \"Helvetica Neue\", Arial"],
  ["a single pair", "font-family: 'Segoe UI'"],
])("quoted font names in %s are kept", (_name, declaration) => {
  expect(cleanStyle(declaration)).toBe(declaration);
});

test("the Teams template's styles come out whole, in order", () => {
  const style =
    "font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#242424;margin-bottom:24px;!important";
  expect(cleanStyle(style)).toBe(
    "font-family: 'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif; font-size: 14px; color: #242424; margin-bottom: 24px",
  );
  expect(cleanStyle("color: #252424 !important")).toBe("color: #252424 !important");
});
