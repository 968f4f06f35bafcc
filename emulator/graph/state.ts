// The one state every resource module of the emulator works on: the scenario, the mailbox items, the
// meetings, the issued tokens, the scripted faults, the request log and the clock.
import type { JoinDetails, JoinTemplate } from "./join-templates";
import type { OptionValues } from "./meeting-options";
import type { GraphFault, GraphScenario } from "./scenario";

export interface LogEntry {
  time: string;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: unknown;
  status: number;
  durationMs: number;
}

export interface EventRecord {
  id: string;
  /** "me" for the signed-in user's own mailbox, else the owner's address (lower case). */
  owner: string;
  subject: string;
  start: string;
  end: string;
  bodyHtml: string;
  /** The type the body is stored in (Outlook keeps text items as text). */
  bodyType: "html" | "text";
  isOnlineMeeting: boolean;
  provider: string;
  join?: JoinDetails & { conferenceId: string };
}

export interface MeetingRecord {
  id: string;
  /** The organizer: always the token's user (delegated onlineMeetings work on /me only). */
  organizerId: string;
  tenantId: string;
  externalId?: string;
  subject: string;
  startDateTime: string;
  endDateTime: string;
  creationDateTime: string;
  language: string;
  template: JoinTemplate;
  join: JoinDetails;
  /** When the join link stops working: end + 60 days, pushed out by every update (MC772556). */
  linkExpiresAt: string;
  /** The Teams meeting options, as Graph names and values them (meeting-options.ts). */
  options: OptionValues;
  /** Set for a meeting someone else organizes (control API POST /meetings): their address and name. */
  organizer?: { upn: string; displayName: string };
  /** Invited attendees (by directory id); the signed-in user is one in a meeting someone else organizes. */
  attendees: { id: string; upn: string; role: "attendee" | "presenter" }[];
}

export interface TokenRecord {
  token: string;
  /** Delegated scopes granted, as MSAL returns them (`scp`). */
  scopes: string[];
  userId: string;
  tenantId: string;
}

export interface User {
  id: string;
  displayName: string;
  mail: string;
  tenantId: string;
}

export interface EmulatorState {
  scenario: GraphScenario;
  events: Map<string, EventRecord>;
  meetings: Map<string, MeetingRecord>;
  tokens: Map<string, TokenRecord>;
  faults: (GraphFault & { left: number })[];
  log: LogEntry[];
  seq: number;
  /** Fixed instant set by the scenario or the control API; null: the real clock. */
  clock: Date | null;
}

export function createState(scenario: GraphScenario = {}): EmulatorState {
  const state: EmulatorState = {
    scenario: {},
    events: new Map(),
    meetings: new Map(),
    tokens: new Map(),
    faults: [],
    log: [],
    seq: 0,
    clock: null,
  };
  resetState(state, scenario);
  return state;
}

export function resetState(state: EmulatorState, scenario: GraphScenario = {}): void {
  state.scenario = scenario;
  state.events = new Map();
  state.meetings = new Map();
  state.tokens = new Map();
  state.faults = (scenario.faults ?? []).map((f) => ({ ...f, left: f.count ?? 1 }));
  state.log = [];
  state.clock = scenario.now && !Number.isNaN(Date.parse(scenario.now)) ? new Date(scenario.now) : null;
}

export function now(state: EmulatorState): Date {
  return state.clock ? new Date(state.clock.getTime()) : new Date();
}

export function currentUser(state: EmulatorState): User {
  const u = state.scenario.user;
  return {
    id: u?.id ?? "550fae72-d251-43ec-868c-373732c2704f",
    displayName: u?.displayName ?? "Megan Bowen",
    mail: u?.mail ?? "megan.bowen@contoso.com",
    tenantId: u?.tenantId ?? "72f988bf-86f1-41af-91ab-2d7cd011db47",
  };
}

export function eventKey(owner: string, id: string): string {
  return `${owner}|${id}`;
}
