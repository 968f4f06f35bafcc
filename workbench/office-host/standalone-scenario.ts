// The appointment a page gets when opened with ?host=workbench outside the workbench.
import type { Scenario } from "../scenario";

export const STANDALONE_SCENARIO: Scenario = {
  name: "standalone",
  description: "A new appointment in a mailbox whose calendar allows Teams.",
  mailbox: {
    displayName: "Megan Bowen",
    emailAddress: "megan.bowen@contoso.com",
    accountType: "enterprise",
    displayLanguage: "en-US",
  },
  appointment: {
    isNew: true,
    subject: "Planning",
    start: "2026-12-01T09:00:00.000Z",
    end: "2026-12-01T10:00:00.000Z",
    location: "",
    requiredAttendees: [],
    optionalAttendees: [],
    bodyType: "html",
    body: "<html><body><div>Agenda</div></body></html>",
  },
  graph: {},
};
