// Delegated Graph tokens with MSAL: nested app authentication (NAA) where Outlook offers it, silent
// first and interactive on InteractionRequiredAuthError; where NAA is missing, the Office dialog API
// with our dialog page (src/surfaces/dialog). MSAL is loaded on demand, never in the first paint.
import { AppError, ErrorCode } from "../core/errors";
import type { TokenProvider, TokenRequest } from "../ports/token-provider";

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

/** What we need from Office for sign-in (a fake implements it in tests). */
export interface OfficeAuthHost {
  naaSupported(): boolean;
  accountType(): string;
  loginHint(): Promise<string | undefined>;
  /** Opens the dialog page and resolves with the message it sends back. */
  openDialog(url: string): Promise<string>;
  origin(): string;
}

export interface MsalTokenProviderOptions {
  clientId: string;
  authority: string;
  createMsal?: (config: { clientId: string; authority: string }) => Promise<MsalLike>;
  host?: OfficeAuthHost;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class MsalTokenProvider implements TokenProvider {
  private msal: Promise<MsalLike> | null = null;
  private dialogTokens = new Map<string, { token: string; expiresOn: number }>();
  private account: { name: string; username: string } | null = null;
  private readonly host: OfficeAuthHost;

  constructor(private readonly o: MsalTokenProviderOptions) {
    if (!GUID.test(o.clientId)) {
      throw new AppError(
        ErrorCode.configuration,
        "The Entra client id is missing or malformed (OMO_CLIENT_ID)",
      );
    }
    this.host = o.host ?? officeAuthHost();
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
      const account = msal.getAllAccounts()[0];
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
      if (!needsInteraction(silentError)) throw toAuthError(silentError, this.o);
      try {
        return this.remember(
          await msal.acquireTokenPopup({
            scopes,
            ...(hint ? { loginHint: hint } : {}),
            ...(claims ? { claims } : {}),
          }),
        );
      } catch (interactiveError) {
        throw toAuthError(interactiveError, this.o);
      }
    }
  }

  getSignedInAccount(): Promise<{ name: string; username: string } | null> {
    return Promise.resolve(this.account);
  }

  async signOut(): Promise<void> {
    this.account = null;
    this.dialogTokens.clear();
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
    this.msal ??= (this.o.createMsal ?? createNestableMsal)({
      clientId: this.o.clientId,
      authority: this.o.authority,
    });
    this.msal.catch(() => {
      this.msal = null;
    });
    return this.msal;
  }

  private async viaDialog(request: TokenRequest): Promise<string> {
    const key = [...request.scopes].sort().join(" ");
    const cached = this.dialogTokens.get(key);
    if (cached && !request.forceRefresh && !request.claims && cached.expiresOn > Date.now() + 60_000)
      return cached.token;
    const params = new URLSearchParams({ scopes: key });
    if (request.claims) params.set("claims", request.claims);
    const hint = await this.host.loginHint();
    if (hint) params.set("loginHint", hint);
    const raw = await this.host.openDialog(`${this.host.origin()}/dialog.html?${params.toString()}`);
    let message: {
      ok?: boolean;
      accessToken?: string;
      expiresOn?: number;
      account?: { name?: string; username: string };
      code?: string;
    };
    try {
      message = JSON.parse(raw) as typeof message;
    } catch {
      throw new AppError(ErrorCode.signInFailed, "The sign-in dialog sent an unreadable answer");
    }
    if (!message.ok || typeof message.accessToken !== "string") {
      if (message.code === "consent_required") throw consentError(this.o);
      throw new AppError(ErrorCode.signInFailed, `Sign-in dialog failed: ${message.code ?? "unknown"}`);
    }
    this.dialogTokens.set(key, {
      token: message.accessToken,
      expiresOn: message.expiresOn ?? Date.now() + 3_000_000,
    });
    return this.remember({ accessToken: message.accessToken, account: message.account ?? null });
  }
}

function errorCodeOf(e: unknown): string {
  if (typeof e === "object" && e !== null) {
    const { errorCode, subError, name } = e as { errorCode?: unknown; subError?: unknown; name?: unknown };
    return [errorCode, subError, name].filter((x) => typeof x === "string").join(" ");
  }
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
          account: r.account as Parameters<typeof pca.acquireTokenSilent>[0]["account"],
        }),
      ),
    ssoSilent: async (r) => map(await pca.ssoSilent(r)),
    acquireTokenPopup: async (r) => map(await pca.acquireTokenPopup(r)),
    clearCache: () => pca.clearCache(),
  };
}

function officeAuthHost(): OfficeAuthHost {
  return {
    naaSupported: () => Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"),
    accountType: () =>
      (Office.context.mailbox.userProfile as { accountType?: string }).accountType ?? "unknown",
    loginHint: async () => {
      const auth = (Office as { auth?: { getAuthContext?: () => Promise<{ userPrincipalName?: string }> } })
        .auth;
      try {
        const ctx = await auth?.getAuthContext?.();
        if (ctx?.userPrincipalName) return ctx.userPrincipalName;
      } catch {
        // Older hosts: fall back to the mailbox address.
      }
      return Office.context.mailbox.userProfile.emailAddress || undefined;
    },
    origin: () => globalThis.location.origin,
    openDialog: (url) =>
      new Promise<string>((resolve, reject) => {
        Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
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
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            resolve("message" in arg ? arg.message : "");
          });
          dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
            // 12006: the user closed the dialog.
            const code = "error" in arg ? arg.error : 0;
            reject(
              code === 12006
                ? new AppError(ErrorCode.signInCancelled, "The sign-in dialog was closed")
                : new AppError(ErrorCode.signInFailed, `Dialog error ${code}`),
            );
          });
        });
      }),
  };
}
