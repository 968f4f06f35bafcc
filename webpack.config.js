// Build: one entry and page per manifest surface (task pane, commands, sign-in dialog), Office.js from
// Microsoft's CDN (never bundled), and in development the workbench (emulated Outlook + Graph emulator).
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { transformManifest } = require("./scripts/manifest-transform.js");
const { readConfig } = require("./scripts/config.js");
const headers = require("./scripts/security-headers.js");

const DEV_URL = "https://localhost:3000";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Copies manifest.xml into dist/, with the production URL in production builds. */
class ManifestPlugin {
  constructor(productionUrl) {
    this.productionUrl = productionUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ManifestPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const xml = fs.readFileSync(path.resolve(__dirname, "manifest.xml"), "utf8");
          const out = this.productionUrl ? transformManifest(xml, DEV_URL, this.productionUrl) : xml;
          compilation.emitAsset("manifest.xml", new compiler.webpack.sources.RawSource(out));
        },
      );
    });
  }
}

/** Copies a folder verbatim into dist/ (icons, scenarios); `skip` names files left out. */
class CopyFolderPlugin {
  constructor(from, to, skip = []) {
    this.from = from;
    this.to = to;
    this.skip = skip;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CopyFolderPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CopyFolderPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const root = path.resolve(__dirname, this.from);
          if (!fs.existsSync(root)) return;
          for (const name of fs.readdirSync(root)) {
            const file = path.join(root, name);
            if (!fs.statSync(file).isFile() || this.skip.includes(name)) continue;
            compilation.fileDependencies.add(file);
            compilation.emitAsset(
              this.to ? `${this.to}/${name}` : name,
              new compiler.webpack.sources.RawSource(fs.readFileSync(file)),
            );
          }
        },
      );
    });
  }
}

/**
 * Production: the hosting configurations with the same policies as the pages' <meta> tags (see
 * scripts/security-headers.js): dist/staticwebapp.config.json (Azure Static Web Apps reads it from
 * the app's folder) and <dist>-hosting/nginx-security-headers.conf (kept out of the hosted folder).
 */
class HostingHeadersPlugin {
  constructor(pages, outputPath) {
    this.pages = pages;
    this.hostingDir = `${outputPath}-hosting`;
  }
  apply(compiler) {
    const byPath = () => headers.pageHeaders(this.pages());
    compiler.hooks.thisCompilation.tap("HostingHeadersPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "HostingHeadersPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const json = JSON.stringify(headers.staticWebAppConfig(byPath()), null, 2) + "\n";
          compilation.emitAsset("staticwebapp.config.json", new compiler.webpack.sources.RawSource(json));
        },
      );
    });
    compiler.hooks.afterEmit.tap("HostingHeadersPlugin", () => {
      fs.mkdirSync(this.hostingDir, { recursive: true });
      fs.writeFileSync(
        path.join(this.hostingDir, "nginx-security-headers.conf"),
        headers.nginxSnippet(byPath()),
      );
    });
  }
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  // OMO_WORKBENCH=1 adds the workbench to a production build (benchmarks measure the shipped code).
  const workbench = dev || process.env.OMO_WORKBENCH === "1";
  const config = readConfig({ production: !dev });
  const outputPath = path.resolve(__dirname, process.env.OMO_OUTPUT_DIR || "dist");
  // Each page's policy (scripts/security-headers.js): the task pane's one inline <style> by its hash.
  const paneCss = fs.readFileSync(path.resolve(__dirname, "src/surfaces/taskpane/pane.css"), "utf8");
  const supportHtml = fs.readFileSync(path.resolve(__dirname, "assets/support.html"), "utf8");
  const policies = {
    taskpane: { kind: "pane", styleHashes: [headers.styleHash(paneCss)] },
    commands: { kind: "pane" },
    dialog: { kind: "dialog" },
  };
  const policy = (name) => ({
    ...policies[name],
    graphBaseUrl: config.graphBaseUrl,
    authority: config.authority,
    // Development may point the workbench at another local Graph stand-in.
    devConnect: dev ? ["http://localhost:*", "https://localhost:*", "http://127.0.0.1:*"] : [],
  });
  const page = (name, chunks, extra = {}) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/surfaces/${name}/${name}.html`,
      chunks,
      // Production pages load Office.js from Microsoft's CDN; development pages pick the real
      // runtime inside Outlook or the workbench's emulated host (see assets/office-bootstrap.js).
      officeJs: workbench ? "/office-bootstrap.js" : OFFICE_CDN,
      csp: headers.metaPolicy(policy(name)),
      ...extra,
    });

  const entry = {
    taskpane: "./src/surfaces/taskpane/index.ts",
    commands: "./src/surfaces/commands/index.ts",
    dialog: "./src/surfaces/dialog/index.ts",
  };
  const plugins = [
    page("taskpane", ["taskpane"]),
    page("commands", ["commands"]),
    page("dialog", ["dialog"]),
    new ManifestPlugin(dev ? null : config.productionUrl),
    ...(dev
      ? []
      : [
          new HostingHeadersPlugin(
            () => ({
              "/taskpane.html": policy("taskpane"),
              "/commands.html": policy("commands"),
              "/dialog.html": policy("dialog"),
              "/assets/support.html": {
                ...policy("dialog"),
                kind: "static",
                styleHashes: headers.inlineStyleHashes(supportHtml),
              },
            }),
            outputPath,
          ),
        ]),
    // office-bootstrap.js is the development pages' Office.js picker: production pages never load it.
    new CopyFolderPlugin("assets", "assets", workbench ? [] : ["office-bootstrap.js"]),
    new (require("webpack").DefinePlugin)({
      __OMO_CONFIG__: JSON.stringify({
        clientId: config.clientId,
        authority: config.authority,
        graphBaseUrl: config.graphBaseUrl,
      }),
      // false in `npm run build`: webpack drops the workbench hook and the local token provider.
      __OMO_WORKBENCH__: JSON.stringify(workbench),
    }),
  ];
  if (workbench) {
    plugins.push(new CopyFolderPlugin("assets", ""));
    entry.workbench = "./workbench/index.ts";
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./workbench/workbench.html",
        chunks: ["workbench"],
      }),
      new CopyFolderPlugin("scenarios", "scenarios"),
    );
  }

  const main = {
    mode: dev ? "development" : "production",
    // Production: hidden source maps (no sourceMappingURL comment), written next to dist/ in
    // <dist>-sourcemaps/, never into the folder that is hosted.
    devtool: dev ? "source-map" : "hidden-source-map",
    entry,
    output: {
      path: outputPath,
      filename: "[name].js",
      ...(dev ? {} : { sourceMapFilename: `../${path.basename(outputPath)}-sourcemaps/[file].map` }),
      chunkFilename: "[name].[contenthash:8].js",
      // The runtime loads on-demand chunks by script URL: through a Trusted Types policy of its own,
      // so the pages' require-trusted-types-for (report-only, scripts/security-headers.js) reports
      // Office.js alone, never the add-in (the production smoke test checks it).
      trustedTypes: { policyName: "online-meeting-for-outlook#webpack" },
      // The workbench's Office.js stand-in is built by its own compiler into the same folder.
      clean: { keep: /^(office-host|office-runtime-page|microsoft-ajax|launchevent)\.js/ },
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json", transpileOnly: true } },
        },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    externals: { "office-js": "Office" },
    optimization: {
      // One webpack runtime for every page instead of a copy per entry.
      runtimeChunk: "single",
      // Code both surfaces use ships once (the browser caches it for the other surface).
      splitChunks: {
        cacheGroups: {
          shared: {
            name: "shared",
            chunks: (chunk) => chunk.name === "taskpane" || chunk.name === "commands",
            minChunks: 2,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins,
    devServer: {
      port: 3000,
      server: "https",
      host: "localhost",
      allowedHosts: "all",
      hot: false,
      liveReload: false,
      client: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [
        { directory: path.resolve(__dirname, "assets"), publicPath: "/" },
        // Microsoft's Office.js runtime, served offline for the workbench's real-runtime mode.
        {
          directory: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"),
          publicPath: "/office-js",
          watch: false,
        },
      ],
      setupMiddlewares: (middlewares, devServer) => {
        // The Graph emulator on its own origin, as Graph is in production: https://localhost:3001/v1.0
        // (OMO_GRAPH_PORT), with Graph's CORS headers, the dev server's certificate. See emulator/graph.
        require("tsx/cjs");
        const { createGraphEmulator } = require("./emulator/graph/server.ts");
        const emulator = createGraphEmulator();
        const { key, cert } = devServer.options.server.options;
        const graph = require("node:https").createServer({ key, cert }, (req, res) => {
          if (emulator.handles(req.url)) emulator.handle(req, res);
          else res.writeHead(404).end();
        });
        graph.listen(Number(process.env.OMO_GRAPH_PORT || 3001), "localhost");
        devServer.server?.on?.("close", () => graph.close());
        return middlewares;
      },
    },
  };
  // Classic Outlook's JavaScript-only runtime loads exactly one file: its own compiler, no splitting.
  const launchEvent = {
    name: "launchevent",
    mode: main.mode,
    devtool: main.devtool,
    entry: { launchevent: "./src/surfaces/launchevent/index.ts" },
    output: {
      path: main.output.path,
      filename: "[name].js",
      uniqueName: "omo-launchevent",
      ...(dev ? {} : { sourceMapFilename: main.output.sourceMapFilename }),
      clean: false,
      asyncChunks: false,
    },
    resolve: main.resolve,
    module: main.module,
    externals: main.externals,
    performance: main.performance,
    plugins: [
      main.plugins.find((p) => p instanceof require("webpack").DefinePlugin),
      // No DOM in that runtime: DOMPurify could never run, so it is not bundled (sanitize-html.no-dom.ts).
      new (require("webpack").NormalModuleReplacementPlugin)(/[\\/]core[\\/]sanitize-html$/, (resource) => {
        resource.request = resource.request.replace(/sanitize-html$/, "sanitize-html.no-dom");
      }),
    ],
    optimization: { splitChunks: false, runtimeChunk: false },
  };
  if (!workbench) return [main, launchEvent];
  // The emulated Office.js runs before the page's own scripts, as Microsoft's does: a separate build
  // with its own runtime and chunk global, so the page's webpack runtime never runs a module twice.
  const officeHost = {
    name: "office-host",
    mode: main.mode,
    devtool: main.devtool,
    entry: {
      "office-host": "./workbench/office-host/index.ts",
      // Loaded before Microsoft's runtime in the workbench (see workbench/office-runtime/).
      "office-runtime-page": "./workbench/office-runtime/page.ts",
      "microsoft-ajax": "./workbench/office-runtime/microsoft-ajax.ts",
    },
    output: { path: main.output.path, filename: "[name].js", uniqueName: "omo-office-host", clean: false },
    resolve: main.resolve,
    module: main.module,
    performance: main.performance,
  };
  return [main, launchEvent, officeHost];
};
