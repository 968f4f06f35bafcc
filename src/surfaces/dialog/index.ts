// The sign-in dialog (fallback where Outlook has no nested app authentication): a standard MSAL
// public client signs in by redirect inside the Office dialog, then hands the token to the pane with
// messageParent. The redirect lands back here; msal-browser v5 completes it with handleRedirectPromise.
import { readRuntimeConfig } from "../../config/runtime-config";

interface DialogAnswer {
  ok: boolean;
  accessToken?: string;
  expiresOn?: number;
  account?: { name?: string; username: string };
  code?: string;
}

function reply(answer: DialogAnswer): void {
  Office.context.ui.messageParent(JSON.stringify(answer));
}

async function run(): Promise<void> {
  await Office.onReady();
  const config = readRuntimeConfig();
  const params = new URLSearchParams(location.search);
  const scopes = (params.get("scopes") ?? "").split(" ").filter(Boolean);
  const stored = sessionStorage.getItem("omo.dialog.request");
  const request = stored
    ? (JSON.parse(stored) as { scopes: string[]; claims?: string; loginHint?: string })
    : {
        scopes,
        claims: params.get("claims") ?? undefined,
        loginHint: params.get("loginHint") ?? undefined,
      };
  try {
    const msal = await import(/* webpackChunkName: "msal" */ "@azure/msal-browser");
    const pca = await msal.createStandardPublicClientApplication({
      auth: {
        clientId: config.clientId,
        authority: config.authority,
        redirectUri: `${location.origin}/dialog.html`,
      },
      cache: { cacheLocation: "sessionStorage" },
    });
    const result = await pca.handleRedirectPromise();
    if (result) {
      sessionStorage.removeItem("omo.dialog.request");
      reply({
        ok: true,
        accessToken: result.accessToken,
        expiresOn: result.expiresOn?.getTime(),
        account: result.account
          ? { name: result.account.name, username: result.account.username }
          : undefined,
      });
      return;
    }
    sessionStorage.setItem("omo.dialog.request", JSON.stringify(request));
    await pca.acquireTokenRedirect({
      scopes: request.scopes,
      ...(request.claims ? { claims: request.claims } : {}),
      ...(request.loginHint ? { loginHint: request.loginHint } : {}),
    });
  } catch (e) {
    sessionStorage.removeItem("omo.dialog.request");
    const code =
      typeof e === "object" && e !== null && "errorCode" in e ? String(e.errorCode) : "sign_in_failed";
    reply({ ok: false, code });
  }
}

void run();
