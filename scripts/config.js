// Configuration from the environment (or a .env file that is never committed): the Entra client id,
// the authority, the production URL and the Graph base URL. No secret lives in the repository.
const fs = require("fs");
const path = require("path");

const { clouds } = require("../src/config/clouds.json");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function loadDotEnv() {
  const file = path.resolve(__dirname, "..", ".env");
  if (!fs.existsSync(file)) return {};
  const out = {};
  for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/^["']|["']$/g, "");
  }
  return out;
}

/**
 * Reads OMO_CLIENT_ID, OMO_AUTHORITY, OMO_PRODUCTION_URL, OMO_GRAPH_BASE_URL. A production build
 * needs a production URL (https) and a valid client id; a development build runs without them (the
 * workbench signs in locally) but still rejects a malformed client id.
 */
function readConfig({ production }, env = { ...loadDotEnv(), ...process.env }) {
  const errors = [];
  const clientId = (env.OMO_CLIENT_ID || "").trim();
  if (clientId && !GUID.test(clientId)) errors.push(`OMO_CLIENT_ID must be a GUID (got "${clientId}").`);
  if (production && !clientId) errors.push("OMO_CLIENT_ID is required for a production build.");
  const authority = (env.OMO_AUTHORITY || "https://login.microsoftonline.com/common").trim();
  if (!/^https:\/\//.test(authority)) errors.push("OMO_AUTHORITY must be an https URL.");
  let productionUrl = (env.OMO_PRODUCTION_URL || "").trim().replace(/\/+$/, "");
  if (production) {
    if (!productionUrl)
      errors.push("OMO_PRODUCTION_URL is required for a production build (e.g. https://addin.contoso.com).");
    else if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(productionUrl))
      errors.push("OMO_PRODUCTION_URL must be an https URL.");
  }
  const graphBaseUrl = (env.OMO_GRAPH_BASE_URL || "https://graph.microsoft.com/v1.0")
    .trim()
    .replace(/\/+$/, "");
  if (production && !/^https:\/\//.test(graphBaseUrl))
    errors.push("OMO_GRAPH_BASE_URL must be an https URL.");
  else if (production && /^https:\/\//.test(authority)) {
    // Tokens go only to the configured cloud's Graph, signed in at that cloud's authority
    // (https://learn.microsoft.com/graph/deployments; the table is src/config/clouds.json).
    const origin = (url) => new URL(url).origin;
    const cloud = clouds.find((c) => c.graph === origin(graphBaseUrl));
    if (!cloud)
      errors.push(
        `OMO_GRAPH_BASE_URL must be one of Microsoft's Graph roots: ${clouds.map((c) => c.graph).join(", ")}.`,
      );
    else if (cloud.login !== origin(authority))
      errors.push(`OMO_AUTHORITY must be on ${cloud.login} for Graph at ${cloud.graph} (${cloud.name}).`);
  }
  if (errors.length) {
    const e = new Error(
      `Configuration error:\n  - ${errors.join("\n  - ")}\nSee README.md, "Configuration".`,
    );
    e.name = "ConfigurationError";
    throw e;
  }
  return { clientId, authority, productionUrl, graphBaseUrl };
}

module.exports = { readConfig, GUID };
