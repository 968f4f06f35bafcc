// joinInformation.content in shapes beside the two published ones: decoded once, prefix or not.
import { decodeJoinInformation } from "../../src/core/join-info";

test("form-encoded HTML without any data: prefix is decoded", () => {
  expect(decodeJoinInformation("%3Cp%3EJoin+the+meeting%3C%2Fp%3E")).toBe("<p>Join the meeting</p>");
});

test("a literal prefix is taken off once: a decoded text that itself starts with one is kept whole", () => {
  expect(decodeJoinInformation("data:text/html,data%3Atext%2Fhtml%2C%3Cp%3EJoin%3C%2Fp%3E")).toBe(
    "data:text/html,<p>Join</p>",
  );
});

test("an encoded prefix with a charset is taken off", () => {
  expect(decodeJoinInformation("data%3Atext%2Fhtml%3Bcharset%3Dutf-8%2C%3Cp%3EJoin%3C%2Fp%3E")).toBe(
    "<p>Join</p>",
  );
});
