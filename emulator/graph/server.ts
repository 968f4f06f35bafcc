// The Graph emulator: what the add-in calls on Microsoft Graph, rule by rule as README.md lists them,
// plus a control API for the workbench and tests. This file only receives requests, applies scripted
// faults and latency, authenticates, and dispatches to one module per resource over one state:
// calendar.ts, events.ts, online-meetings.ts, with permissions.ts, cors.ts and control.ts.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { calendarRoute } from "./calendar";
import { control } from "./control";
import { signIn } from "./sign-in";
import { CONTROL_CORS, graphCorsHeaders, graphPreflightHeaders } from "./cors";
import { eventRoute } from "./events";
import {
  defaultCode,
  errorBody,
  GraphHttpError,
  segmentNotFound,
  type RouteContext,
  type RouteResult,
} from "./http";
import { onlineMeetingsRoute } from "./online-meetings";
import { authenticate, issueToken, resolveMailbox } from "./permissions";
import type { GraphFault, GraphScenario } from "./scenario";
import {
  createState,
  resetState,
  type EmulatorState,
  type EventRecord,
  type LogEntry,
  type MeetingRecord,
} from "./state";

export type { LogEntry } from "./state";

export interface GraphEmulatorOptions {
  /** Path prefix the emulator answers under (Graph at `${basePath}/v1.0`). Default "" (root). */
  basePath?: string;
  scenario?: GraphScenario;
}

export interface GraphEmulator {
  handles(url: string | undefined): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
  reset(scenario?: GraphScenario): void;
  log(): LogEntry[];
  /** A token for these delegated scopes, as MSAL would return it (the control API's POST /token). */
  issueToken(scopes: readonly string[]): string;
  state(): { events: EventRecord[]; meetings: MeetingRecord[] };
  /** Fix the emulator's clock (link lifetime); null: the real clock again. */
  setClock(at: Date | null): void;
}

function route(ctx: Omit<RouteContext, "rest" | "mailbox">, path: string): RouteResult {
  const m = /^\/(?:me|users\/([^/]+))(\/.*)$/.exec(path);
  if (!m) throw segmentNotFound(path.split("/")[1] ?? "");
  const full: RouteContext = { ...ctx, rest: m[2] ?? "", mailbox: resolveMailbox(ctx.state, m[1]) };
  if (full.rest === "/calendar") return calendarRoute(full);
  const ev = /^\/events\/([^/]+)$/.exec(full.rest);
  if (ev) return eventRoute(full, decodeURIComponent(ev[1]!));
  const meetings = onlineMeetingsRoute(full);
  if (meetings) return meetings;
  throw segmentNotFound(full.rest.split("/")[1] ?? "");
}

function takeFault(state: EmulatorState, method: string, path: string) {
  const f = state.faults.find(
    (x: GraphFault & { left: number }) =>
      x.left > 0 &&
      (!x.method || x.method.toUpperCase() === method) &&
      (x.path.endsWith("*") ? path.startsWith(x.path.slice(0, -1)) : x.path === path),
  );
  if (f) f.left--;
  return f;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const out: Record<string, string> = { "request-id": randomUUID(), ...headers };
  let payload = "";
  if (typeof body === "string") payload = body;
  else if (body !== undefined) {
    payload = JSON.stringify(body);
    out["Content-Type"] ??= "application/json";
  }
  res.writeHead(status, out);
  res.end(status === 204 ? undefined : payload);
}

export function createGraphEmulator(options: GraphEmulatorOptions = {}): GraphEmulator {
  const base = (options.basePath ?? "").replace(/\/+$/, "");
  const graphPrefix = `${base}/v1.0`;
  const controlPrefix = `${base}/__emulator`;
  const signInPrefix = `${base}/signin`;
  const state = createState(options.scenario);

  function handles(url: string | undefined): boolean {
    if (!url) return false;
    const path = url.split("?")[0] ?? "";
    return (
      path.startsWith(`${graphPrefix}/`) ||
      path.startsWith(`${controlPrefix}/`) ||
      path.startsWith(`${signInPrefix}/`)
    );
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = Date.now();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void respond(req, res, Buffer.concat(chunks).toString("utf8"), started);
    });
  }

  async function respond(req: IncomingMessage, res: ServerResponse, raw: string, started: number) {
    const method = (req.method ?? "GET").toUpperCase();
    // Split at the first `?` only: a query may hold more (a join URL in $filter, README.md O7).
    const rawUrl = req.url ?? "/";
    const at = rawUrl.indexOf("?");
    const fullPath = at < 0 ? rawUrl : rawUrl.slice(0, at);
    const queryString = at < 0 ? "" : rawUrl.slice(at + 1);
    const query = new URLSearchParams(queryString);
    const isControl = fullPath.startsWith(`${controlPrefix}/`);
    if (fullPath.startsWith(`${signInPrefix}/`)) {
      const out = signIn(state, method, fullPath.slice(signInPrefix.length), query, raw, req.headers.origin);
      return send(res, out.status, out.body, out.headers);
    }
    if (method === "OPTIONS") {
      return send(res, 204, undefined, isControl ? CONTROL_CORS : graphPreflightHeaders(req));
    }
    let body: unknown = undefined;
    let badJson = false;
    if (raw) {
      try {
        body = JSON.parse(raw) as unknown;
      } catch {
        badJson = true;
        body = raw;
      }
    }
    if (isControl) {
      const [status, out] = control(state, method, fullPath.slice(controlPrefix.length), query, body);
      return send(res, status, out, CONTROL_CORS);
    }
    const cors = graphCorsHeaders(req);
    if (!fullPath.startsWith(`${graphPrefix}/`))
      return send(res, 404, errorBody("NotFound", "Not found"), cors);
    const path = fullPath.slice(graphPrefix.length);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === "string")
        headers[k] = k === "authorization" ? v.replace(/^(Bearer)\s+.*/i, "$1 <redacted>") : v;
    }
    const entry: LogEntry = {
      time: new Date().toISOString(),
      method,
      path,
      query: queryString,
      headers,
      body,
      status: 0,
      durationMs: 0,
    };
    state.log.push(entry);
    const finish = (status: number, out: unknown, extra: Record<string, string> = {}) => {
      entry.status = status;
      entry.durationMs = Date.now() - started;
      send(res, status, out, { ...cors, ...extra });
    };

    const fault = takeFault(state, method, path);
    const delay = (state.scenario.latencyMs ?? 0) + (fault?.delayMs ?? 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    if (fault?.drop) {
      entry.status = -1;
      entry.durationMs = Date.now() - started;
      req.socket.destroy();
      return;
    }
    if (fault && fault.status !== undefined) {
      const out =
        fault.body === undefined ? errorBody(defaultCode(fault.status), "Scripted fault.") : fault.body;
      return finish(fault.status, out, fault.headers ?? {});
    }
    try {
      const token = authenticate(state, req.headers.authorization);
      if (badJson) return finish(400, errorBody("BadRequest", "Unable to read JSON request payload."));
      const json = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
      const result = route({ state, method, query, headers: req.headers, body: json, token }, path);
      finish(result.status, result.body, result.headers);
    } catch (e) {
      if (e instanceof GraphHttpError) finish(e.status, errorBody(e.code, e.message), e.headers);
      else finish(500, errorBody("InternalServerError", e instanceof Error ? e.message : "error"));
    }
  }

  return {
    handles,
    handle,
    reset: (scenario) => resetState(state, scenario),
    log: () => state.log,
    issueToken: (scopes) => issueToken(state, scopes).token,
    state: () => ({ events: [...state.events.values()], meetings: [...state.meetings.values()] }),
    setClock: (at) => {
      state.clock = at ? new Date(at.getTime()) : null;
    },
  };
}
