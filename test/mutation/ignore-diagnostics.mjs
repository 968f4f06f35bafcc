// A Stryker ignorer: the message text of `new AppError(code, message, …)` is a diagnostic for logs
// and developers. Users never see it: the pane and the notifications show the localized message of
// the error's *code* (src/surfaces/shared/error-message.ts), and every test that matters asserts the
// code. Mutating the text ("" or "Stryker was here!") cannot change what a user gets, so those
// mutants are equivalent and are reported as ignored, with this reason, instead of surviving.
import { declareValuePlugin, PluginKind } from "@stryker-mutator/api/plugin";

const REASON = "AppError's message is a diagnostic: users see the localized message of its code";

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "app-error-diagnostics", {
    shouldIgnore(path) {
      const parent = path.parentPath;
      if (!parent?.isNewExpression()) return undefined;
      const callee = parent.node.callee;
      const isAppError = callee.type === "Identifier" && callee.name === "AppError";
      const isMessage = parent.node.arguments[1] === path.node;
      const isText = path.isStringLiteral() || path.isTemplateLiteral();
      return isAppError && isMessage && isText ? REASON : undefined;
    },
  }),
];
