// The host end of Office.js's cross-document messaging (XDM), as Outlook on the web speaks it to an
// add-in frame running Microsoft's runtime (outlook-web-16.01.js). Wire format and rules are in
// docs/office-runtime-protocol.md; this file knows nothing of Outlook, only of the envelope.

/** `Microsoft.Office.Common.MessageType`. */
export const MessageType = { request: 0, response: 1 } as const;
/** `Microsoft.Office.Common.ActionType`. */
export const ActionType = { invoke: 0, registerEvent: 1, unregisterEvent: 2 } as const;
/** `Microsoft.Office.Common.ResponseType`. */
export const ResponseType = { forCalling: 0, forEventing: 1 } as const;
/** `Microsoft.Office.Common.InvokeResultCode`: what the transport itself reports. */
export const InvokeResultCode = { noError: 0, errorHandlingRequest: -2 } as const;
/** `OSF.SerializerVersion.Browser`: plain JSON. */
export const SERIALIZER_VERSION = 1;

/** A request as the runtime sends it (`MessagePackager.envelope` of a `Request`). */
export interface XdmRequest {
  _messageType: 0;
  _actionName: string;
  _actionType: number;
  _conversationId: string;
  _correlationId: number;
  _origin: string;
  _data: unknown;
}

/** A response or an event as the runtime expects it (a `Response`). */
export interface XdmResponse {
  _messageType: 1;
  _actionName: string;
  _conversationId: string;
  _correlationId: number;
  _origin: string;
  _data: unknown;
  _errorCode: number;
  _responseType: number;
  _serializerVersion: number;
}

export function parseRequest(data: unknown): XdmRequest | null {
  if (typeof data !== "string" || data === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const m = value as Partial<XdmRequest>;
  if (
    m._messageType !== MessageType.request ||
    typeof m._actionName !== "string" ||
    typeof m._conversationId !== "string" ||
    typeof m._actionType !== "number" ||
    (typeof m._correlationId !== "number" && typeof m._correlationId !== "string")
  ) {
    return null;
  }
  return m as XdmRequest;
}

export function envelope(
  actionName: string,
  conversationId: string,
  correlationId: number,
  data: unknown,
  origin: string,
  responseType: number = ResponseType.forCalling,
  errorCode: number = InvokeResultCode.noError,
): string {
  const response: XdmResponse = {
    _messageType: MessageType.response,
    _actionName: actionName,
    _conversationId: conversationId,
    _correlationId: correlationId,
    _origin: origin,
    _data: data,
    _errorCode: errorCode,
    _responseType: responseType,
    _serializerVersion: SERIALIZER_VERSION,
  };
  return JSON.stringify(response);
}

/** What the add-in frame asked for, and of whom. */
export interface XdmCall {
  conversationId: string;
  actionName: string;
  actionType: number;
  data: unknown;
}

export type XdmHandler = (call: XdmCall) => unknown;

/** One add-in frame the host talks to. */
export interface Conversation {
  id: string;
  /** The frame's window, once known: messages are accepted from it alone. */
  target: () => Window | null;
  /**
   * The origin the frame's page was loaded from: its messages must come from it, and answers and
   * events are posted to it alone (an add-in on its own host, as Outlook on the web frames it).
   */
  origin: string;
  /** Events this frame registered for (event name → true). */
  events: Set<string>;
}

/**
 * The service end: accepts requests only from frames it opened a conversation with, answers each on
 * the conversation and correlation id it came with, and pushes events a frame registered for.
 */
export class XdmService {
  private conversations = new Map<string, Conversation>();
  /** Every request and answer, newest last, for the workbench's protocol log. */
  readonly log: { direction: "in" | "out"; conversationId: string; actionName: string; data: unknown }[] = [];

  constructor(
    private readonly win: Window,
    private readonly handler: XdmHandler,
  ) {
    win.addEventListener("message", (e) => this.receive(e));
  }

  /** `origin`: where the frame's page comes from; by default the workbench's own (its dev pages). */
  open(id: string, target: () => Window | null, origin: string = this.win.location.origin): Conversation {
    const conversation: Conversation = { id, target, origin, events: new Set() };
    this.conversations.set(id, conversation);
    return conversation;
  }

  close(id: string): void {
    this.conversations.delete(id);
  }

  /** Pushes an event to every open conversation that registered for it. */
  fire(eventName: string, payload: unknown, only?: string): number {
    let sent = 0;
    for (const c of this.conversations.values()) {
      if (only !== undefined && c.id !== only) continue;
      if (!c.events.has(eventName)) continue;
      const target = c.target();
      if (!target) continue;
      this.record("out", c.id, eventName, payload);
      target.postMessage(
        envelope(eventName, c.id, 0, payload, this.win.location.origin, ResponseType.forEventing),
        c.origin,
      );
      sent++;
    }
    return sent;
  }

  isRegistered(conversationId: string, eventName: string): boolean {
    return this.conversations.get(conversationId)?.events.has(eventName) ?? false;
  }

  private record(direction: "in" | "out", conversationId: string, actionName: string, data: unknown): void {
    this.log.push({ direction, conversationId, actionName, data });
    if (this.log.length > 500) this.log.splice(0, this.log.length - 500);
  }

  private receive(e: MessageEvent): void {
    const request = parseRequest(e.data);
    if (!request) return;
    const conversation = this.conversations.get(request._conversationId);
    // Like Outlook: only the frame a conversation was opened for, and only from the origin its page
    // was loaded from.
    if (!conversation || e.source !== conversation.target() || e.origin !== conversation.origin) return;
    const source = e.source as Window;
    this.record("in", conversation.id, request._actionName, request._data);
    if (request._actionType === ActionType.registerEvent) conversation.events.add(request._actionName);
    if (request._actionType === ActionType.unregisterEvent) conversation.events.delete(request._actionName);
    const reply = (data: unknown, errorCode: number = InvokeResultCode.noError) => {
      this.record("out", conversation.id, request._actionName, data);
      source.postMessage(
        envelope(
          request._actionName,
          request._conversationId,
          request._correlationId,
          data,
          this.win.location.origin,
          ResponseType.forCalling,
          errorCode,
        ),
        e.origin,
      );
    };
    let result: unknown;
    try {
      result = this.handler({
        conversationId: conversation.id,
        actionName: request._actionName,
        actionType: request._actionType,
        data: request._data,
      });
    } catch (err) {
      reply(String(err), InvokeResultCode.errorHandlingRequest);
      return;
    }
    void Promise.resolve(result).then(
      (value) => reply(value),
      (err: unknown) => reply(String(err), InvokeResultCode.errorHandlingRequest),
    );
  }
}
