// Plain-text join blocks: a line break inside a link, and a link whose label is its target with other
// spacing. Both came out of mutation testing (the mutants behaved better than the code did).
import { htmlToText } from "../../src/core/html-to-text";

describe("line breaks inside and after links", () => {
  test("a <br> inside a link's label separates its words instead of gluing them", () => {
    expect(htmlToText('<a href="https://t.example/j">Click<br>here</a>')).toBe(
      "Click here: https://t.example/j",
    );
  });

  test("a paragraph that ends inside a link's label also leaves a space, not a line", () => {
    expect(htmlToText('<a href="https://t.example/j"><p>Join</p><p>now</p></a>')).toBe(
      "Join now: https://t.example/j",
    );
  });

  test("after an unclosed <a>, the rest of the body keeps its line breaks", () => {
    expect(htmlToText('<p>Dial in</p><a href="https://t.example/j">Join<br>line two<br>line three')).toBe(
      "Dial in\nJoin\nline two\nline three",
    );
  });
});

describe("a label that is its target", () => {
  test("a phone link whose label is its number with a double space prints the number once", () => {
    // (The text's own runs of spaces are collapsed last, as everywhere in plain text.)
    expect(htmlToText('<a href="tel:+1  555 0100">+1  555 0100</a>')).toBe("+1 555 0100");
  });

  test("a label that differs from the target by more than spacing still prints both", () => {
    expect(htmlToText('<a href="tel:+1 555 0100">+1 555 0199</a>')).toBe("+1 555 0199: +1 555 0100");
  });
});
