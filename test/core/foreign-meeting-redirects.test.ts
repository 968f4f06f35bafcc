// Redirects are followed only where they are redirects (Safe Links, Google's /url, the Teams launcher),
// and only to an https link: a join link that merely carries a url= parameter is taken as it is.
import { detectForeignMeeting, unwrapRedirect } from "../../src/core/foreign-meeting";

const ZOOM = "https://contoso.zoom.us/j/81234567890?pwd=abc";
const safeLink = (target: string) =>
  `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&data=05`;

test("a Google Meet link with a url= parameter is a Google Meet link, not a redirect", () => {
  const link = "https://meet.google.com/abc-defg-hij?url=/lobby";
  expect(detectForeignMeeting(`<a href="${link}">Join</a>`, "html")).toEqual({ service: "meet", url: link });
});

test("a Teams join link with a url= parameter, inside Safe Links, is that Teams link (not the launcher)", () => {
  const teams = "https://teams.microsoft.com/meet/2345678901234?p=abc&url=/elsewhere";
  expect(unwrapRedirect(safeLink(teams))).toBe(teams);
  expect(detectForeignMeeting(`<a href="${safeLink(teams)}">Join</a>`, "html")).toEqual({
    service: "teams",
    url: teams,
  });
});

test("a /dl/launcher/ path on a host other than Teams' is no launcher", () => {
  const link = "https://contoso.zoom.us/dl/launcher/launcher.html?url=/j/81234567890";
  expect(unwrapRedirect(link)).toBe(link);
});

test("only the leading /_# of the launcher's target is the web app's prefix", () => {
  const target = "/l/meetup-join/19:meeting_X@thread.v2/0/_#/x";
  const link = `https://teams.microsoft.com/dl/launcher/launcher.html?url=${encodeURIComponent(target)}`;
  expect(unwrapRedirect(link)).toBe(`https://teams.microsoft.com${target}`);
});

test.each([
  ["a javascript: link", "javascript:alert(1)"],
  ["an http link", "http://contoso.zoom.us/j/81234567890"],
  ["an http link that mentions an https one", `http://evil.test/?next=${ZOOM}`],
])("a redirect to %s is not followed: the redirect itself stays", (_name, target) => {
  expect(unwrapRedirect(safeLink(target))).toBe(safeLink(target));
});

test("a redirect to an https link is followed", () => {
  expect(unwrapRedirect(safeLink(ZOOM))).toBe(ZOOM);
});
