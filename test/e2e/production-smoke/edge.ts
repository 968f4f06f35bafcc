// The edge of the production smoke test: the public host names the production pages use, and the
// local servers that answer for them. Chromium resolves each name to its local server
// (`--host-resolver-rules`), so the pages run on their real origins and the browser enforces the
// headers as it would in Outlook on the web:
//
//   addin.contoso.com            → nginx: dist/ with the shipped headers (hosting/nginx-site.conf)
//   appsforoffice.microsoft.com  → nginx: Office.js from @microsoft/office-js (/lib/1/hosted/)
//   ajax.aspnetcdn.com           → nginx: the workbench's MicrosoftAjax subset, where Office.js looks for it
//   outlook.office.com           → the dev server: the workbench page, playing Outlook on the web
//   graph.microsoft.com          → the dev server's Graph emulator
//   anything else                → not found: nothing reaches the internet (login.microsoftonline.com included)
//
// Rule syntax (`MAP <name> <host>[:<port>]`, `~NOTFOUND`): Chromium's net/dns/mapped_host_resolver.h;
// checked by hand with Debian's Chromium 156: the port is replaced, the Host header and TLS server
// name stay the public name. The certificate is self-signed; the browser context ignores HTTPS errors.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "selfsigned";
import { startNginx, type RunningNginx } from "../../build/nginx";
import { PRODUCTION_ENV, type ProductionBuild } from "../../build/production-build";

const root = join(__dirname, "..", "..", "..");

export const ADDIN_ORIGIN = PRODUCTION_ENV.OMO_PRODUCTION_URL;
export const OUTLOOK_ORIGIN = "https://outlook.office.com";
export const GRAPH_ORIGIN = "https://graph.microsoft.com";
/** Where production pages load Office.js from (webpack.config.js, OFFICE_CDN). */
const OFFICE_CDN_HOST = "appsforoffice.microsoft.com";
/** Where outlook-web-16.01.js loads MicrosoftAjax.js from (loadMsAjaxFull, ≈ line 55 of its debug build). */
const AJAX_CDN_HOST = "ajax.aspnetcdn.com";
const MICROSOFT_AJAX_PATH = "/ajax/3.5/MicrosoftAjax.js";
/** A host page frame-ancestors doesn't name: an Outlook look-alike on someone else's domain. */
export const FOREIGN_HOST_ORIGIN = "https://outlook.fabrikam.com";

/** Every host the smoke test answers for (and so the only ones a page may reach). */
export const EDGE_HOSTS = [
  new URL(ADDIN_ORIGIN).hostname,
  OFFICE_CDN_HOST,
  AJAX_CDN_HOST,
  new URL(OUTLOOK_ORIGIN).hostname,
  new URL(FOREIGN_HOST_ORIGIN).hostname,
  new URL(GRAPH_ORIGIN).hostname,
];
/** Office.js's own files, as a page's script-src names them. */
export const OFFICE_SCRIPTS = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\//;

export interface LocalServers {
  /** The dev server (workbench), e.g. localhost:3000. */
  devServer: string;
  /** The dev server's Graph emulator, e.g. localhost:3001. */
  graphEmulator: string;
  /** nginx's loopback port. */
  nginxPort: number;
}

export function hostResolverRules(s: LocalServers): string {
  const nginx = `127.0.0.1:${s.nginxPort}`;
  const host = (origin: string) => new URL(origin).hostname;
  return [
    `MAP ${host(ADDIN_ORIGIN)} ${nginx}`,
    `MAP ${OFFICE_CDN_HOST} ${nginx}`,
    `MAP ${AJAX_CDN_HOST} ${nginx}`,
    `MAP ${host(OUTLOOK_ORIGIN)} ${s.devServer}`,
    `MAP ${host(FOREIGN_HOST_ORIGIN)} ${s.devServer}`,
    `MAP ${host(GRAPH_ORIGIN)} ${s.graphEmulator}`,
    "MAP * ~NOTFOUND",
  ].join(", ");
}

/**
 * The shipped example site (hosting/nginx-site.conf) with this machine's port, certificate and
 * paths; everything else, the include of the generated headers above all, as shipped.
 */
function addinSite(port: number, cert: Certificate, build: ProductionBuild): string {
  let site = readFileSync(join(root, "hosting", "nginx-site.conf"), "utf8");
  const replace = (from: string, to: string) => {
    if (!site.includes(from)) throw new Error(`hosting/nginx-site.conf no longer has "${from}"`);
    site = site.split(from).join(to);
  };
  replace("listen 443 ssl;", `listen 127.0.0.1:${port} ssl;`);
  replace("/etc/ssl/certs/addin.contoso.com.pem", cert.certFile);
  replace("/etc/ssl/private/addin.contoso.com.key", cert.keyFile);
  // The hosting folder's path starts with the hosted folder's: it goes first.
  replace("/srv/online-meeting-for-outlook/dist-hosting", build.hosting);
  replace("/srv/online-meeting-for-outlook/dist", build.dist);
  return site;
}

/**
 * A CDN that any add-in's page may load scripts from. Office.js loads every script it adds with
 * `crossOrigin="anonymous"` (office.debug.js ≈ line 522, LoadScriptHelper.loadScript), so the CDN
 * must allow the add-in's origin by CORS, or the browser refuses the script; which value Microsoft's
 * CDNs send is assumed (`*`: they serve every add-in's origin).
 */
function cdnSite(port: number, cert: Certificate, host: string, locations: string[]): string {
  return [
    "server {",
    `  listen 127.0.0.1:${port} ssl;`,
    `  server_name ${host};`,
    `  ssl_certificate ${cert.certFile};`,
    `  ssl_certificate_key ${cert.keyFile};`,
    '  add_header Access-Control-Allow-Origin "*" always;',
    ...locations.map((l) => `  ${l}`),
    "}",
  ].join("\n");
}

interface Certificate {
  certFile: string;
  keyFile: string;
}

async function selfSignedCertificate(dir: string): Promise<Certificate> {
  const names = [new URL(ADDIN_ORIGIN).hostname, OFFICE_CDN_HOST, AJAX_CDN_HOST];
  const pems = await generate([{ name: "commonName", value: names[0]! }], {
    keyType: "ec",
    curve: "P-256",
    notAfterDate: new Date(Date.now() + 24 * 3600_000),
    extensions: [{ name: "subjectAltName", altNames: names.map((value) => ({ type: 2, value })) }],
  });
  const certFile = join(dir, "edge.pem");
  const keyFile = join(dir, "edge.key");
  writeFileSync(certFile, pems.cert);
  writeFileSync(keyFile, pems.private);
  return { certFile, keyFile };
}

/**
 * nginx for the add-in's host and the two Microsoft CDNs. `microsoftAjax`: the script to serve as
 * MicrosoftAjax.js (the workbench's subset, docs/office-runtime-protocol.md, "Boot").
 */
export async function startEdgeNginx(
  build: ProductionBuild,
  workDir: string,
  microsoftAjax: string,
): Promise<RunningNginx> {
  const cert = await selfSignedCertificate(workDir);
  const ajaxFile = join(workDir, "MicrosoftAjax.js");
  writeFileSync(ajaxFile, microsoftAjax);
  const officeJs = join(root, "node_modules", "@microsoft", "office-js", "dist");
  return startNginx((port) => [
    addinSite(port, cert, build),
    cdnSite(port, cert, OFFICE_CDN_HOST, [`location /lib/1/hosted/ { alias ${officeJs}/; }`]),
    cdnSite(port, cert, AJAX_CDN_HOST, [`location = ${MICROSOFT_AJAX_PATH} { alias ${ajaxFile}; }`]),
  ]);
}
