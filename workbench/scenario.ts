// A workbench scenario: the mailbox, the appointment, the user's settings and Graph's behaviour.
// Files live in scenarios/*.json (documented in scenarios/README.md).
import type { GraphScenario } from "../emulator/graph/scenario";
import type { OutlookClientName } from "./outlook-clients/profiles";
import type { ScenarioRecurrence } from "./office-host/recurrence";

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
    /**
     * The series' pattern: on a series (its master) and, as Outlook gives it, on an occurrence (docs,
     * Office.Recurrence "States": compose instance, getAsync). null for a single appointment.
     */
    recurrence?: ScenarioRecurrence | null;
    /** An occurrence: its series master's EWS id (null for a single appointment or a series). */
    seriesId?: string | null;
    /** Composing in another mailbox's calendar (delegate/shared). */
    sharedOwner?: string | null;
    customProperties?: Record<string, unknown>;
  };
  settings?: Record<string, unknown>;
  /**
   * Outlook itself: `saveFails` makes saveAsync answer SaveError (9021), as offline Outlook does;
   * `client` picks the client whose body rewrites apply (workbench/outlook-clients; default "web");
   * `recurrenceEndLost` makes recurrence.getAsync answer a series' end date as 0/0/0, as Outlook on
   * the web did for a series that began in the past (office-js #1978): getEndDate() is then null.
   */
  outlook?: { saveFails?: boolean; client?: OutlookClientName; recurrenceEndLost?: boolean };
  /** Requirement sets the emulated host reports (default: Mailbox 1.13). */
  mailboxVersion?: string;
  graph: GraphScenario;
}
