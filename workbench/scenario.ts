// A workbench scenario: the mailbox, the appointment, the user's settings and Graph's behaviour.
// Files live in scenarios/*.json (documented in scenarios/README.md).
import type { GraphScenario } from "../emulator/graph/scenario";
import type { OutlookClientName } from "./outlook-clients/profiles";

export interface ScenarioAttendee {
  displayName: string;
  emailAddress: string;
}

export interface Scenario {
  name: string;
  description: string;
  mailbox: {
    displayName: string;
    emailAddress: string;
    accountType: "enterprise" | "office365" | "outlookCom" | "gmail";
    displayLanguage: string;
    /**
     * Outlook's theme. Outlook on the web tells add-ins nothing about it (no officeTheme), so the pane
     * follows the system's preference; the workbench draws its own chrome in this theme.
     */
    theme?: "light" | "dark";
  };
  appointment: {
    isNew: boolean;
    itemId?: string;
    subject: string;
    start: string;
    end: string;
    location: string;
    requiredAttendees: ScenarioAttendee[];
    optionalAttendees: ScenarioAttendee[];
    bodyType: "html" | "text";
    body: string;
    /** A recurring series (its master), or null for a single appointment. */
    recurrence?: { recurrenceType: string; seriesTime?: unknown } | null;
    seriesId?: string | null;
    /** Composing in another mailbox's calendar (delegate/shared). */
    sharedOwner?: string | null;
    customProperties?: Record<string, unknown>;
  };
  settings?: Record<string, unknown>;
  /**
   * Outlook itself: `saveFails` makes saveAsync answer SaveError (9021), as offline Outlook does;
   * `client` picks the client whose body rewrites apply (workbench/outlook-clients; default "web").
   */
  outlook?: { saveFails?: boolean; client?: OutlookClientName };
  /** Requirement sets the emulated host reports (default: Mailbox 1.13). */
  mailboxVersion?: string;
  graph: GraphScenario;
}
