// Office.context: the mailbox (item, user profile, REST ids, diagnostics), roaming settings and the
// requirement sets Outlook on the web reports.
import { HostFailure, toRestId, type WorkbenchHost } from "./workbench-host";
import { deliver, type AnyArgs } from "./async-result";
import { createItem } from "./appointment-item";

function createRoamingSettings(
  host: WorkbenchHost,
): Pick<Office.RoamingSettings, "get" | "set" | "remove" | "saveAsync"> {
  return {
    get: (name: string): unknown => host.roaming[name],
    set: (name: string, value: unknown) => {
      host.roaming[name] = value;
    },
    remove: (name: string) => {
      delete host.roaming[name];
    },
    saveAsync: (...args: AnyArgs) =>
      deliver(args, () => {
        if (JSON.stringify(host.roaming).length > 32 * 1024)
          throw new HostFailure(
            9019,
            "GenericSettingsError",
            "Roaming settings can't exceed the 32 KB size limit.",
          );
        host.changed();
      }),
  };
}

function createMailbox(
  host: WorkbenchHost,
): Pick<Office.Mailbox, "item" | "userProfile" | "convertToRestId" | "diagnostics"> {
  return {
    item: createItem(host) as unknown as Office.Mailbox["item"],
    userProfile: {
      displayName: host.scenario.mailbox.displayName,
      emailAddress: host.scenario.mailbox.emailAddress,
      accountType: host.scenario.mailbox.accountType,
      timeZone: "UTC",
      userProfileType: "user",
    } as unknown as Office.UserProfile,
    convertToRestId: (itemId: string, _version: Office.MailboxEnums.RestVersion | string) => toRestId(itemId),
    diagnostics: {
      hostName: "OutlookWebApp",
      hostVersion: "16.01",
      OWAView: "OneColumn",
    } as unknown as Office.Diagnostics,
  };
}

export function createContext(host: WorkbenchHost) {
  const mailboxVersion = host.scenario.mailboxVersion ?? "1.13";
  // Outlook on the web gives add-ins no officeTheme (Microsoft's runtime passes none on the web),
  // so neither does this stand-in: the pane follows the system's light/dark preference there.
  return {
    mailbox: createMailbox(host),
    displayLanguage: host.scenario.mailbox.displayLanguage,
    contentLanguage: host.scenario.mailbox.displayLanguage,
    roamingSettings: createRoamingSettings(host),
    requirements: {
      isSetSupported: (name: string, version?: string) => {
        if (name.toLowerCase() === "mailbox") return compareVersions(mailboxVersion, version ?? "1.0") >= 0;
        if (name === "NestedAppAuth")
          return host.offersNestedAppAuth() && compareVersions("1.1", version ?? "1.0") >= 0;
        return name === "DialogApi" || name === "IdentityAPI";
      },
    },
    host: "Outlook",
    platform: "OfficeOnline",
  };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
