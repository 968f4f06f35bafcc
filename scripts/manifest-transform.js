// Rewrites the development origin in manifest.xml to the production URL (production builds).
function transformManifest(xml, devUrl, productionUrl) {
  if (!/^https:\/\/[^\s/]+(\/\S*)?$/.test(productionUrl)) {
    throw new Error(`The production URL must be an https URL (got "${productionUrl}").`);
  }
  const target = productionUrl.replace(/\/+$/, "");
  return xml.split(devUrl).join(target);
}

module.exports = { transformManifest };
