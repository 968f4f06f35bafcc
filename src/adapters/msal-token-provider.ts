// Delegated Graph tokens with MSAL: nested app authentication (NAA) where Outlook offers it, silent
// first and interactive on InteractionRequiredAuthError; where NAA is missing, the Office dialog API
// with our dialog page (src/surfaces/dialog). MSAL is loaded on demand, never in the first paint.
import type { IPublicClientApplication } from "@azure/msal-browser";
import { AppError, ErrorCode } from "../core/errors";
import type { TokenProvider, TokenRequest } from "../ports/token-provider";
import {
  acceptDialogMessage,
  accountForMailbox,
  dialogScopes,
  dialogUrl,
  MAX_TOKEN_LIFETIME_MS,
  newNonce,
  type DialogRequest,
  type DialogResult,
} from "./sign-in-dialog-protocol";

export interface TokenResult {
  accessToken: string;
  account: { name?: string | undefined; username: string } | null;
  expiresOn?: number | undefined;
}

/** The part of msal-browser's IPublicClientApplication we use (a fake implements it in tests). */
export interface MsalLike {
  getAllAccounts(): { username: string; name?: string | undefined }[];
  acquireTokenSilent(request: {
    scopes: string[];
    account: unknown;
    forceRefresh?: boolean;
    claims?: string;
  }): Promise<TokenResult>;
  ssoSilent(request: { scopes: string[]; loginHint?: string; claims?: string }): Promise<TokenResult>;
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string; claims?: string }): Promise<TokenResult>;
  clearCache?(): Promise<void>;
}

/** A message from the dialog window, with the sender's origin (undefined before DialogOrigin 1.1). */
export interface DialogEnvelope {
  message: string;
  origin: string | undefined;
}

/** An open Office dialog. */
export interface DialogChannel {
  /** The next message the dialog sends; rejects when the user closes it (12006) or it fails. */
  next(): Promise<DialogEnvelope>;
  /** messageChild with our origin as targetOrigin (DialogApi 1.2). */
  send(message: string): void;
  close(): void;
}

/** Where the pane keeps a dialog token between pane opens (sessionStorage: this tab, this origin). */
export interface TokenStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What we need from Office for sign-in (a fake implements it in tests). */
export interface OfficeAuthHost {
  naaSupported(): boolean;
  accountType(): string;
  loginHint(): Promise<string | undefined>;
  openDialog(url: string): Promise<DialogChannel>;
  /** Whether the pane can send the dialog a message (DialogApi 1.2). */
  canMessageChild(): boolean;
  /** Whether the user just clicked (navigator.userActivation): a dialog opens only then. */
  userActivated(): boolean;
  origin(): string;
  nonce(): string;
  now(): number;
  store(): TokenStore | null;
}

export interface MsalTokenProviderOptions {
  clientId: string;
  authority: string;
  createMsal?: (config: { clientId: string; authority: string }) => Promise<MsalLike>;
  host?: OfficeAuthHost;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STORE_KEY = "omo.dialogToken";
/** A dialog token is not used in its last five minutes. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

interface DialogToken {
  token: string;
  expiresOn: number;
  scopes: string[];
  account: { name: string; username: string };
}

export class MsalTokenProvider implements TokenProvider {
  private msal: Promise<MsalLike> | null = null;
  private dialogToken: DialogToken | null = null;
  private account: { name: string; username: string } | null = null;
  private readonly host: OfficeAuthHost;

  constructor(private readonly options: MsalTokenProviderOptions) {
    if (!GUID.test(options.clientId)) {
      throw new AppError(
        ErrorCode.configuration,
        "The Entra client id is missing or malformed (OMO_CLIENT_ID)",
      );
    }
    this.host = options.host ?? officeAuthHost();
  }

  async getToken(request: TokenRequest): Promise<string> {
    const type = this.host.accountType();
    if (type === "outlookCom" || type === "gmail") {
      throw new AppError(
        ErrorCode.signInUnsupportedAccount,
        `Accounts of type ${type} can't sign in with nested app authentication`,
      );
    }
    if (!this.host.naaSupported()) return this.viaDialog(request);
    const msal = await this.getMsal();
    const scopes = [...request.scopes];
    const hint = await this.host.loginHint();
    const claims = request.claims;
    try {
      // The cached account that is this mailbox's: with several accounts in one browser profile,
      // another one's token would send Graph calls to the wrong mailbox.
      const account = accountForMailbox(msal.getAllAccounts(), hint);
      const result = account
        ? await msal.acquireTokenSilent({
            scopes,
            account,
            forceRefresh: request.forceRefresh ?? false,
            ...(claims ? { claims } : {}),
          })
        : await msal.ssoSilent({
            scopes,
            ...(hint ? { loginHint: hint } : {}),
            ...(claims ? { claims } : {}),
          });
      return this.remember(result);
    } catch (silentError) {
      if (!needsInteraction(silentError)) throw toAuthError(silentError, this.options);
      try {
        return this.remember(
          await msal.acquireTokenPopup({
            scopes,
            ...(hint ? { loginHint: hint } : {}),
            ...(claims ? { claims } : {}),
          }),
        );
      } catch (interactiveError) {
        throw toAuthError(interactiveError, this.options);
      }
    }
  }

  getSignedInAccount(): Promise<{ name: string; username: string } | null> {
    return Promise.resolve(this.account ?? this.storedDialogToken()?.account ?? null);
  }

  async signOut(): Promise<void> {
    this.account = null;
    this.dialogToken = null;
    this.host.store()?.removeItem(STORE_KEY);
    if (this.msal) await (await this.msal).clearCache?.();
  }

  private remember(result: TokenResult): string {
    if (result.account)
      this.account = {
        name: result.account.name ?? result.account.username,
        username: result.account.username,
      };
    return result.accessToken;
  }

  private getMsal(): Promise<MsalLike> {
    this.msal ??= (this.options.createMsal ?? createNestableMsal)({
      clientId: this.options.clientId,
      authority: this.options.authority,
    });
    this.msal.catch(() => {
      this.msal = null;
    });
    return this.msal;
  }

  /** The token the dialog gave this tab before (this pane or an earlier one), while it is valid. */
  private storedDialogToken(): DialogToken | null {
    if (this.dialogToken) return this.dialogToken;
    const raw = this.host.store()?.getItem(STORE_KEY);
    // Stryker disable next-line ConditionalExpression: equivalent, JSON.parse of null or "" throws (or gives null) inside the try below: no token either way
    if (!raw) return null;
    try {
      const t = JSON.parse(raw) as DialogToken;
      if (typeof t.token === "string" && typeof t.expiresOn === "number" && Array.isArray(t.scopes))
        return (this.dialogToken = t);
    } catch {
      // Unreadable: sign in again.
    }
    return null;
  }

  private async viaDialog(request: TokenRequest): Promise<string> {
    const cached = this.storedDialogToken();
    if (
      cached &&
      !request.forceRefresh &&
      !request.claims &&
      request.scopes.every((s) => cached.scopes.includes(s)) &&
      cached.expiresOn > this.host.now() + EXPIRY_MARGIN_MS
    ) {
      this.account = cached.account;
      return cached.token;
    }
    // A dialog opens only from a click: on a pane open the pane shows "Sign in" instead.
    if (!this.host.userActivated())
      throw new AppError(ErrorCode.signInRequired, "Sign-in needs the user (Office dialog)");
    const answer = await this.runDialog(request);
    if (!answer.ok) {
      if (answer.code === "consent_required") throw consentError(this.options);
      if (answer.code === "user_cancelled")
        throw new AppError(ErrorCode.signInCancelled, "Sign-in was cancelled in the dialog");
      throw new AppError(ErrorCode.signInFailed, `Sign-in dialog failed: ${answer.code ?? "unknown"}`);
    }
    const now = this.host.now();
    const token: DialogToken = {
      token: answer.accessToken!,
      // Never longer than a token can live, whatever the message says.
      expiresOn: Math.min(answer.expiresOn!, now + MAX_TOKEN_LIFETIME_MS),
      scopes: answer.scopes!.filter((s) => dialogScopes(request.scopes).includes(s)),
      account: { name: answer.account!.name ?? answer.account!.username, username: answer.account!.username },
    };
    if (token.expiresOn <= now)
      throw new AppError(ErrorCode.signInFailed, "The sign-in dialog returned an expired token");
    this.dialogToken = token;
    this.host.store()?.setItem(STORE_KEY, JSON.stringify(token));
    this.account = token.account;
    return token.token;
  }

  /** One dialog: nonce in the URL's fragment, the request by messageChild, the result checked. */
  private async runDialog(request: TokenRequest): Promise<DialogResult> {
    const nonce = this.host.nonce();
    const origin = this.host.origin();
    const sendsRequest = this.host.canMessageChild();
    const hint = sendsRequest ? await this.host.loginHint() : undefined;
    const channel = await this.host.openDialog(dialogUrl(origin, nonce, sendsRequest));
    try {
      for (;;) {
        const envelope = await channel.next();
        const message = acceptDialogMessage(envelope.message, envelope.origin, { origin, nonce });
        if (!message) continue; // another origin, another dialog, or malformed: not ours
        if (message.type === "ready") {
          const outgoing: DialogRequest = {
            v: 1,
            type: "request",
            nonce,
            scopes: dialogScopes(request.scopes),
            loginHint: hint,
            claims: request.claims,
          };
          if (sendsRequest) channel.send(JSON.stringify(outgoing));
          continue;
        }
        return message;
      }
    } finally {
      channel.close();
    }
  }
}

function errorCodeOf(e: unknown): string {
  if (typeof e === "object" && e !== null) {
    const { errorCode, subError, name } = e as { errorCode?: unknown; subError?: unknown; name?: unknown };
    // Stryker disable next-line MethodExpression,ConditionalExpression: only a non-string errorCode/subError/name that stringifies to a code looked for could differ; MSAL's are strings
    const codes = [errorCode, subError, name].filter((x) => typeof x === "string");
    // Stryker disable next-line StringLiteral: equivalent, the codes are searched for whole known names, which a join without spaces neither makes nor breaks
    return codes.join(" ");
  }
  // Stryker disable next-line StringLiteral: equivalent, any text holding none of the codes looked for reads as no code
  return "";
}

function needsInteraction(e: unknown): boolean {
  const code = errorCodeOf(e);
  return /InteractionRequiredAuthError|interaction_required|login_required|consent_required|no_account_error|no_tokens_found/.test(
    code,
  );
}

function consentError(o: MsalTokenProviderOptions): AppError {
  // The authority's own cloud (national clouds sign in elsewhere: src/config/clouds.ts).
  const authority = new URL(o.authority);
  const tenant = authority.pathname.split("/").filter(Boolean)[0] ?? "common";
  const consentUrl = `${authority.origin}/${tenant}/adminconsent?client_id=${o.clientId}`;
  return new AppError(ErrorCode.consentRequired, "Admin consent is required", { consentUrl });
}

function toAuthError(e: unknown, o: MsalTokenProviderOptions): AppError {
  if (e instanceof AppError) return e;
  const code = errorCodeOf(e);
  const message = e instanceof Error ? e.message : String(e);
  if (/user_cancelled|popup_window_error|user_cancel/.test(code))
    return new AppError(ErrorCode.signInCancelled, message, {}, { cause: e });
  if (/consent_required|AADSTS65001|AADSTS90094/.test(`${code} ${message}`)) return consentError(o);
  if (/no_network_connectivity|network_error|endpoints_resolution_error/.test(code))
    return new AppError(ErrorCode.offline, message, {}, { cause: e });
  return new AppError(ErrorCode.signInFailed, message, {}, { cause: e });
}

async function createNestableMsal(config: { clientId: string; authority: string }): Promise<MsalLike> {
  const msal = await import(/* webpackChunkName: "msal" */ "@azure/msal-browser");
  const pca = await msal.createNestablePublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority },
    cache: { cacheLocation: "localStorage" },
  });
  return msalLike(pca);
}

type Pca = IPublicClientApplication;

/** msal-browser's client as MsalLike (exported for the tests, which run it on MSAL's real cache). */
export function msalLike(pca: Pca): MsalLike {
  const map = (r: {
    accessToken: string;
    account: { name?: string | undefined; username: string } | null;
    expiresOn: Date | null;
  }): TokenResult => ({
    accessToken: r.accessToken,
    account: r.account ? { name: r.account.name, username: r.account.username } : null,
    expiresOn: r.expiresOn?.getTime(),
  });
  return {
    getAllAccounts: () => pca.getAllAccounts(),
    acquireTokenSilent: async (r) =>
      map(
        await pca.acquireTokenSilent({
          ...r,
          account: r.account as Parameters<Pca["acquireTokenSilent"]>[0]["account"],
        }),
      ),
    ssoSilent: async (r) => map(await pca.ssoSilent(r)),
    acquireTokenPopup: async (r) => map(await pca.acquireTokenPopup(r)),
    clearCache: () => pca.clearCache(),
  };
}

/**
 * How the sign-in dialog opens. promptBeforeOpen false: it opens from the user's click on Sign in
 * (userActivated), so Office on the web must not first ask with its own "… wants to display a new
 * window" Allow/Ignore bar, a second click for the same sign-in (the option defaults to true:
 * Office.DialogOptions, and Microsoft's runtime shows that bar unless it is false).
 */
export const DIALOG_OPTIONS: Office.DialogOptions = { height: 60, width: 30, promptBeforeOpen: false };

function officeAuthHost(): OfficeAuthHost {
  const supported = (set: string, version: string) =>
    Office.context.requirements.isSetSupported(set, version);
  return {
    naaSupported: () => supported("NestedAppAuth", "1.1"),
    accountType: () =>
      // Stryker disable next-line StringLiteral: equivalent, only outlookCom and gmail are refused: "" and "unknown" alike sign in
      (Office.context.mailbox.userProfile as { accountType?: string }).accountType ?? "unknown",
    loginHint: async () => {
      const auth = (Office as { auth?: { getAuthContext?: () => Promise<{ userPrincipalName?: string }> } })
        .auth;
      try {
        // Stryker disable next-line OptionalChaining: equivalent, a missing Office.auth or getAuthContext throws in this try: the same fallback to the mailbox address
        const ctx = await auth?.getAuthContext?.();
        // Stryker disable next-line OptionalChaining: equivalent, an auth context of undefined throws in this try: the same fallback
        if (ctx?.userPrincipalName) return ctx.userPrincipalName;
      } catch {
        // Older hosts: fall back to the mailbox address.
      }
      return Office.context.mailbox.userProfile.emailAddress || undefined;
    },
    canMessageChild: () => supported("DialogApi", "1.2"),
    userActivated: () =>
      (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive ?? false,
    origin: () => globalThis.location.origin,
    nonce: () => newNonce(),
    now: () => Date.now(),
    store: () => {
      try {
        return globalThis.sessionStorage;
      } /* Stryker disable next-line BlockStatement: equivalent, undefined reads as no store like null (every use is store()?.) */ catch {
        return null;
      }
    },
    openDialog: (url) =>
      new Promise<DialogChannel>((resolve, reject) => {
        Office.context.ui.displayDialogAsync(url, DIALOG_OPTIONS, (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            reject(
              new AppError(
                ErrorCode.signInFailed,
                `The sign-in dialog could not open: ${result.error.message}`,
              ),
            );
            return;
          }
          const dialog = result.value;
          // Stryker disable next-line ArrayDeclaration: equivalent, a stray entry has no message (undefined), which acceptDialogMessage ignores as malformed
          const queue: DialogEnvelope[] = [];
          let failure: AppError | null = null;
          // Closed by the user (12006), the dialog is gone: close() on it again throws (Microsoft's
          // runtime: CloseDialog fails with 12006 once the dialog is no longer shown, and throws).
          let closed = false;
          let waiting: { resolve: (m: DialogEnvelope) => void; reject: (e: AppError) => void } | null = null;
          const flush = () => {
            if (!waiting) return;
            const next = queue.shift();
            if (next) waiting.resolve(next);
            else if (failure) waiting.reject(failure);
            else return;
            waiting = null;
          };
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            // Stryker disable next-line ConditionalExpression: equivalent, an arg without a message would queue message undefined, ignored as malformed
            if ("message" in arg) queue.push({ message: arg.message, origin: arg.origin });
            flush();
          });
          dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
            // 12006: the user closed the dialog.
            const code = "error" in arg ? arg.error : 0;
            if (code === 12006) closed = true;
            failure =
              code === 12006
                ? new AppError(ErrorCode.signInCancelled, "The sign-in dialog was closed")
                : new AppError(ErrorCode.signInFailed, `Dialog error ${code}`);
            flush();
          });
          resolve({
            next: () =>
              new Promise<DialogEnvelope>((res, rej) => {
                waiting = { resolve: res, reject: rej };
                flush();
              }),
            send: (message) => dialog.messageChild(message, { targetOrigin: globalThis.location.origin }),
            close: () => {
              if (closed) return;
              // Stryker disable next-line BooleanLiteral: equivalent, runDialog closes each channel once (its finally): only a 12006 before it sets closed that matters
              closed = true;
              dialog.close();
            },
          });
        });
      }),
  };
}
