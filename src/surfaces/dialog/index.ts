// The sign-in dialog (fallback where Outlook has no nested app authentication). The pane opens it
// with a nonce in the URL's fragment and, where the client can (DialogApi 1.2), sends the login hint
// and claims by messageChild; nothing about the user is in the URL. The dialog signs in for the
// product's scopes only (sign-in-dialog-protocol.ts), silently from MSAL's cache when it can (a
// reopened pane costs no sign-in page), else by redirect, and answers the pane with the nonce.
import { readRuntimeConfig, workbenchBuild } from "../../config/runtime-config";
import {
  accountForMailbox,
  dialogScopes,
  type DialogRequest,
  type DialogResult,
} from "../../adapters/sign-in-dialog-protocol";
import { receiveRequest } from "./dialog-request";

const STORED = "omo.dialog.request";

function supported(set: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(set, version);
}

function send(message: object): void {
  // DialogOrigin 1.1: only our own origin may receive it.
  if (supported("DialogOrigin", "1.1"))
    Office.context.ui.messageParent(JSON.stringify(message), { targetOrigin: location.origin });
  else Office.context.ui.messageParent(JSON.stringify(message));
}

function reply(answer: Omit<DialogResult, "v" | "type">): void {
  send({ v: 1, type: "result", ...answer });
}

async function currentRequest(): Promise<DialogRequest | null> {
  const stored = sessionStorage.getItem(STORED);
  if (stored) return JSON.parse(stored) as DialogRequest;
  const fragment = new URLSearchParams(location.hash.slice(1));
  const nonce = fragment.get("nonce");
  if (!nonce) return null;
  const request: DialogRequest =
    fragment.get("wait") === "1"
      ? await receiveRequest(Office.context.ui, nonce, location.origin, () =>
          send({ v: 1, type: "ready", nonce }),
        )
      : { v: 1, type: "request", nonce, scopes: dialogScopes([]) };
  // Kept for the redirect round trip through the sign-in page (this dialog window only).
  sessionStorage.setItem(STORED, JSON.stringify(request));
  return request;
}

async function run(): Promise<void> {
  await Office.onReady();
  const request = await currentRequest();
  if (!request) return;
  const config = readRuntimeConfig();
  const answer = (result: {
    accessToken: string;
    expiresOn: Date | null;
    scopes: string[];
    account: { name?: string | undefined; username: string };
  }) => {
    sessionStorage.removeItem(STORED);
    reply({
      nonce: request.nonce,
      ok: true,
      accessToken: result.accessToken,
      expiresOn: result.expiresOn?.getTime() ?? Date.now() + 3_000_000,
      scopes: result.scopes,
      account: { name: result.account.name, username: result.account.username },
    });
  };
  try {
    const msal = await import(/* webpackChunkName: "msal" */ "@azure/msal-browser");
    // In the workbench (`?signIn=dialog`) the authority is the Graph emulator's sign-in stand-in: its
    // metadata given here, so MSAL fetches nothing from login.microsoftonline.com, and the page's
    // query (which picks the workbench's Office.js) kept through the redirect.
    // workbenchBuild() is folded to false in a production build: the branch is not shipped.
    const emulated = workbenchBuild() && config.workbench && config.signIn === "msal";
    const pca = await msal.createStandardPublicClientApplication({
      auth: {
        clientId: config.clientId,
        authority: config.authority,
        redirectUri: `${location.origin}/dialog.html${emulated ? location.search : ""}`,
        ...(emulated
          ? {
              knownAuthorities: [new URL(config.authority).host],
              authorityMetadata: JSON.stringify({
                issuer: `${config.authority}/v2.0`,
                authorization_endpoint: `${config.authority}/oauth2/v2.0/authorize`,
                token_endpoint: `${config.authority}/oauth2/v2.0/token`,
                end_session_endpoint: `${config.authority}/oauth2/v2.0/logout`,
                jwks_uri: `${config.authority}/discovery/v2.0/keys`,
              }),
            }
          : {}),
      },
      // MSAL's cache outlives this dialog: the next sign-in is silent, no page shown.
      cache: { cacheLocation: "localStorage" },
    });
    const redirected = await pca.handleRedirectPromise();
    if (redirected) return answer(redirected);
    const account = accountForMailbox(pca.getAllAccounts(), request.loginHint);
    if (account) {
      try {
        return answer(
          await pca.acquireTokenSilent({
            scopes: request.scopes,
            account,
            ...(request.claims ? { claims: request.claims } : {}),
          }),
        );
      } catch {
        // Needs the sign-in page after all.
      }
    }
    await pca.acquireTokenRedirect({
      scopes: request.scopes,
      ...(request.claims ? { claims: request.claims } : {}),
      ...(request.loginHint ? { loginHint: request.loginHint } : {}),
    });
  } catch (e) {
    sessionStorage.removeItem(STORED);
    const code =
      typeof e === "object" && e !== null && "errorCode" in e ? String(e.errorCode) : "sign_in_failed";
    reply({ nonce: request.nonce, ok: false, code });
  }
}

void run();
