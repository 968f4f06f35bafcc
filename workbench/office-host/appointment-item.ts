// Office.context.mailbox.item: the appointment in compose mode, over the workbench host.
import { HostFailure, type HostEvent, type HostEventArgs, type WorkbenchHost } from "./workbench-host";
import { checkShortText } from "./argument-checks";
import { checkNotAnOccurrence, checkRecurrence } from "./recurrence-checks";
import type { StandInSeriesTime } from "./recurrence";
import { officeRecurrence } from "./recurrence";
import { deliver, field, type AnyArgs } from "./async-result";
import { createBody } from "./item-body";
import { createCustomProperties } from "./custom-properties";
import { createNotificationMessages } from "./notification-messages";
import { createRecipients } from "./recipients";

export type StandInItem = Pick<
  Office.AppointmentCompose,
  | "itemType"
  | "subject"
  | "start"
  | "end"
  | "location"
  | "requiredAttendees"
  | "optionalAttendees"
  | "body"
  | "notificationMessages"
  | "saveAsync"
  | "getItemIdAsync"
  | "loadCustomPropertiesAsync"
  | "addHandlerAsync"
  | "removeHandlerAsync"
  | "recurrence"
  | "seriesId"
> & { getSharedPropertiesAsync?: (...args: AnyArgs) => void };

export function createItem(host: WorkbenchHost): StandInItem {
  const current = () => host.appointment;
  const item: StandInItem = {
    itemType: "appointment",
    subject: field(
      () => current().subject,
      (v: string) => host.edit({ subject: v }),
      (v: string) => checkShortText("subject", v),
    ),
    start: field(
      () => current().start,
      (v: Date) => host.edit({ start: new Date(v) }),
    ),
    end: field(
      () => current().end,
      (v: Date) => host.edit({ end: new Date(v) }),
    ),
    location: field(
      () => {
        host.check("getLocation");
        return current().location;
      },
      (v: string) => {
        host.check("setLocation");
        host.edit({ location: String(v ?? "") });
      },
      // Outlook refuses a location over 255 characters, before it ever reaches the host.
      (v: string) => checkShortText("location", v),
    ),
    requiredAttendees: createRecipients(host, "requiredAttendees") as Office.Recipients,
    optionalAttendees: createRecipients(host, "optionalAttendees") as Office.Recipients,
    body: createBody(host) as Office.Body,
    notificationMessages: createNotificationMessages(host),
    saveAsync: (...args: AnyArgs) => deliver(args, () => host.save()),
    getItemIdAsync: (...args: AnyArgs) =>
      deliver(args, () => {
        host.check("getItemId");
        const id = current().itemId;
        if (!id)
          throw new HostFailure(9046, "ItemNotSaved", "The id can't be retrieved until the item is saved.");
        return id;
      }),
    loadCustomPropertiesAsync: (...args: AnyArgs) =>
      deliver(args, () => {
        host.check("loadCustomProperties");
        return createCustomProperties(host);
      }),
    addHandlerAsync: (...args: AnyArgs) => {
      const [type, handler] = args as [HostEvent, (arg: unknown) => void];
      // The recurrence reaches the handler as the runtime gives it: its seriesTime a SeriesTime of
      // this window (OlkRecurrenceChangedEventArgs → SeriesTimeJsonConverter).
      const inThisWindow = (arg: HostEventArgs) =>
        handler(
          arg.recurrence === undefined
            ? arg
            : { type: arg.type, recurrence: officeRecurrence(arg.recurrence) },
        );
      deliver(args.slice(2), () => host.addHandler(type, inThisWindow));
    },
    removeHandlerAsync: (...args: AnyArgs) => {
      const type = args[0] as HostEvent;
      deliver(args.slice(1), () => host.removeHandler(type));
    },
    // Compose mode: getAsync for a series and for an occurrence (the series' pattern); setAsync only
    // for a series or a single appointment (docs, Office.Recurrence "States"; the runtime's checks).
    recurrence: {
      getAsync: (...args: AnyArgs) => deliver(args, () => officeRecurrence(host.recurrenceForAddin())),
      setAsync: (...args: AnyArgs) => {
        const [pattern] = args as [Office.Recurrence | null];
        checkNotAnOccurrence(current().seriesId);
        checkRecurrence(pattern);
        const wire = pattern
          ? {
              recurrenceType: String(pattern.recurrenceType),
              recurrenceProperties: (pattern.recurrenceProperties ?? null) as Record<string, unknown> | null,
              recurrenceTimeZone: pattern.recurrenceTimeZone ?? null,
              seriesTimeJson: (pattern.seriesTime as unknown as StandInSeriesTime).toWire(),
            }
          : null;
        deliver(args.slice(1), () => host.setRecurrence(wire));
      },
    } as unknown as Office.Recurrence,
    // null for a single appointment, as Outlook says (and the runtime passes through).
    get seriesId() {
      return current().seriesId as string;
    },
  };
  if (host.appointment.sharedOwner) {
    item.getSharedPropertiesAsync = (...args: AnyArgs) =>
      deliver(args, () => ({
        owner: current().sharedOwner ?? "",
        targetMailbox: current().sharedOwner ?? "",
        targetRestUrl: "",
        delegatePermissions: 31,
      }));
  }
  return item;
}
