// Graph's error shape and the request context every resource module receives.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { EmulatorState, TokenRecord } from "./state";

export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** `{ error: { code, message, innerError } }`, as every Graph error (README.md, rule E1). */
export function errorBody(code: string, message: string): unknown {
  const date = new Date().toISOString().slice(0, 19);
  const id = randomUUID();
  return { error: { code, message, innerError: { date, "request-id": id, "client-request-id": id } } };
}

/** The mailbox a path is about: the signed-in user's own, or another user's. */
export type Mailbox = { kind: "me" } | { kind: "other"; address: string; segment: string };

export interface RouteContext {
  state: EmulatorState;
  method: string;
  /** The path after /me or /users/{id}, e.g. "/calendar". */
  rest: string;
  mailbox: Mailbox;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
  token: TokenRecord;
}

export type RouteResult = { status: number; body: unknown; headers?: Record<string, string> };

export function header(ctx: RouteContext, name: string): string | undefined {
  const v = ctx.headers[name.toLowerCase()];
  return typeof v === "string" ? v : undefined;
}

export function methodNotAllowed(): GraphHttpError {
  return new GraphHttpError(405, "ErrorInvalidRequest", "Method not allowed.");
}

export function segmentNotFound(segment: string): GraphHttpError {
  return new GraphHttpError(400, "BadRequest", `Resource not found for the segment '${segment}'.`);
}

export function defaultCode(status: number): string {
  switch (status) {
    case 400:
      return "BadRequest";
    case 401:
      return "InvalidAuthenticationToken";
    case 403:
      return "Forbidden";
    case 404:
      return "ErrorItemNotFound";
    case 409:
    case 412:
      return "ErrorIrresolvableConflict";
    case 429:
      return "TooManyRequests";
    case 503:
      return "ServiceNotAvailable";
    case 504:
      return "GatewayTimeout";
    default:
      return "InternalServerError";
  }
}
