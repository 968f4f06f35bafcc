// Build configuration: a missing or malformed client id or production URL stops the build with a
// message that names it; development runs without them.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is CommonJS.
const { readConfig } = require("../../scripts/config.js") as {
  readConfig(
    o: { production: boolean },
    env: Record<string, string>,
  ): { clientId: string; productionUrl: string; graphBaseUrl: string };
};

test("development needs nothing", () => {
  expect(readConfig({ production: false }, {})).toMatchObject({
    clientId: "",
    graphBaseUrl: "https://graph.microsoft.com/v1.0",
  });
});

test("production needs a client id and an https production URL", () => {
  expect(() => readConfig({ production: true }, {})).toThrow(
    /OMO_CLIENT_ID is required[\s\S]*OMO_PRODUCTION_URL is required/,
  );
  expect(() =>
    readConfig({ production: true }, { OMO_CLIENT_ID: "abc", OMO_PRODUCTION_URL: "https://a.test" }),
  ).toThrow(/OMO_CLIENT_ID must be a GUID/);
  expect(() =>
    readConfig(
      { production: true },
      { OMO_CLIENT_ID: "11111111-2222-4333-8444-555555555555", OMO_PRODUCTION_URL: "http://a.test" },
    ),
  ).toThrow(/OMO_PRODUCTION_URL must be an https URL/);
  expect(
    readConfig(
      { production: true },
      { OMO_CLIENT_ID: "11111111-2222-4333-8444-555555555555", OMO_PRODUCTION_URL: "https://a.test/omo/" },
    ),
  ).toMatchObject({ productionUrl: "https://a.test/omo" });
});

test("a malformed client id is refused even in development", () => {
  expect(() => readConfig({ production: false }, { OMO_CLIENT_ID: "oops" })).toThrow(/GUID/);
});
