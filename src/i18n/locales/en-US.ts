// English (United States): the source catalog. Every other locale must have exactly these keys and
// the same {placeholders} (test/i18n/catalogs.test.ts).
export const enUS = {
  "app.title": "Online meeting",
  "app.loading": "Reading the appointment…",

  "state.none": "This appointment is not an online meeting yet.",
  "state.organizer": "Teams organizer: {organizer}",
  "state.ours.standalone": "Teams meeting added by Online Meeting for Outlook.",
  "state.ours.calendar": "This event is an online meeting ({provider}).",
  "state.calendarOnline": "This event is already an online meeting ({provider}). Nothing to add.",
  "state.foreign":
    "The body already has a {service} join link. Adding another would give attendees two ways to join.",
  "state.joinLink": "Join link",
  "state.validUntil": "The join link works until {date}, 60 days after the meeting ends.",
  "state.copy": "Copy join link",
  "state.copied": "Join link copied.",
  "state.copyFailed": "Could not copy. Select the link and copy it yourself.",

  "toggle.label": "Online meeting",
  "toggle.on": "On",
  "toggle.off": "Off",
  "route.legend": "How to add it",
  "route.calendar": "Make this event a {provider} meeting",
  "route.standalone": "Standalone Teams meeting (join text in the language you choose)",
  "route.delegateOrganizer":
    "In {owner}'s calendar a standalone meeting is created in your name: you, not {owner}, will be its Teams organizer.",
  "route.noProvider":
    "Your calendar offers no online-meeting provider, so a standalone Teams meeting will be created.",
  "route.loading": "Checking what your calendar allows…",
  "language.label": "Join text language",
  "language.default": "{language} (Outlook's language)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "unknown provider",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "online meeting",

  "confirm.calendar.title": "Turn on a {provider} meeting?",
  "confirm.calendar.irreversible": "Once this event is an online meeting, it cannot be turned off again.",
  "confirm.calendar.save":
    "The appointment will be saved to your calendar first. No invitations are sent until you press Send.",
  "confirm.calendar.series":
    "You opened one occurrence of a series. The whole series becomes a {provider} meeting: every occurrence, with one join link.",
  "confirm.calendar.remember": "Don't ask me again",
  "confirm.continue": "Turn on",
  "confirm.cancel": "Cancel",
  "confirm.foreign.add": "Add anyway",

  "action.add": "Add online meeting",
  "action.remove": "Remove online meeting",
  "action.retry": "Try again",
  "action.signIn": "Sign in",
  "action.signOut": "Sign out",
  "remove.irreversible":
    "An online event cannot be turned off. To stop meeting online, create a new appointment.",

  "progress.saving": "Saving the appointment…",
  "progress.contacting": "Creating the online meeting…",
  "progress.waitingForSync": "Waiting for Outlook to sync the appointment…",
  "progress.writing": "Adding the join details…",
  "progress.removing": "Removing the online meeting…",

  "done.added": "Online meeting added. Attendees will find the join link in the invitation.",
  "done.removed": "Online meeting removed.",
  "done.already": "This appointment is already an online meeting.",
  "done.languageChanged": "The join details are now in {language}. The meeting and its link are the same.",

  "settings.title": "Settings",
  "settings.route": "Default way to add a meeting",
  "settings.route.auto": "Use my calendar's provider when it has one",
  "settings.route.standalone": "Always a standalone Teams meeting",
  "settings.language": "Default join text language",
  "settings.saved": "Settings saved.",
  "settings.autoAdd": "Add an online meeting to every new meeting (standalone Teams meeting)",
  "settings.autoAddNote": "Works when your administrator deployed the add-in.",

  "options.title": "Meeting options",
  "options.loading": "Reading the meeting options…",
  "options.notOrganizer": "Only the meeting's organizer can change its options.",
  "options.notFound": "Teams doesn't have this meeting yet. Close and open this section again later.",
  "options.failed": "The meeting options couldn't be read or changed. Try again.",
  "options.notApplied": "Teams didn't apply every change. The options show what Teams holds.",
  "options.unknown": "Not known",
  "options.lobby": "Who can bypass the lobby",
  "options.dialIn": "People dialing in by phone bypass the lobby",
  "options.presenters": "Who can present",
  "options.chat": "Meeting chat",
  "options.mic": "Attendees can turn on their mic",
  "options.camera": "Attendees can turn on their camera",
  "options.record": "Record automatically",
  "options.announce": "Announce when callers join or leave",
  "options.who.organizer": "Only the organizer",
  "options.who.organization": "People in my organization",
  "options.who.federated": "People in my organization and trusted organizations",
  "options.who.everyone": "Everyone",
  "options.who.invited": "People who were invited",
  "options.who.noGuests": "People in my organization, without guests",
  "options.who.chosen": "Specific people",
  "options.chat.enabled": "On",
  "options.chat.disabled": "Off",
  "options.chat.limited": "Only during the meeting",

  "account.signedInAs": "Signed in as {name}",

  "error.offline":
    "You're offline or Microsoft 365 can't be reached. Nothing was changed; try again when you're connected.",
  "error.timeout": "Microsoft 365 took too long to answer. Nothing was lost; try again.",
  "error.throttled": "Microsoft 365 is busy right now. Try again {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 is busy right now. Wait a moment, then try again.",
  "error.service_unavailable": "Microsoft 365 is temporarily unavailable. Try again in a minute.",
  "error.unauthorized": "Your sign-in has expired. Sign in again and retry.",
  "error.consent_required":
    "An administrator must approve Online Meeting for Outlook for your organization before you can use it.",
  "error.sign_in_required": "Sign in to see and add online meetings.",
  "error.sign_in_cancelled": "Sign-in was cancelled. Sign in to add an online meeting.",
  "error.sign_in_failed": "Sign-in failed. Try again, or ask your administrator for help.",
  "error.sign_in_unsupported_account":
    "Outlook.com and Gmail accounts can't sign in to this add-in. Use Outlook's own Skype or Teams button for this account.",
  "error.personal_account": "Personal Microsoft accounts can't create Teams meetings.",
  "error.shared_calendar_read_only":
    "{owner} shared this calendar with you without permission to edit it. Ask {owner} for edit or delegate access to add an online meeting here.",
  "error.not_organizer":
    "{owner} is this meeting's Teams organizer: only {owner} can remove it or change its time.",
  "error.forbidden":
    "You don't have permission for this. Your account may lack a Teams license; ask your administrator.",
  "error.not_found": "Outlook hasn't finished saving this appointment yet. Wait a moment and try again.",
  "error.conflict": "The appointment was changed elsewhere. Reopen it and try again.",
  "error.bad_request":
    "Microsoft 365 refused the request. Check the appointment's start and end time and try again.",
  "error.malformed_response":
    "Microsoft 365 sent an answer we couldn't read. Nothing was changed; try again.",
  "error.graph_error": "Microsoft 365 reported an error. Nothing was changed; try again later.",
  "error.foreign_meeting": "The body already has another meeting's join link.",
  "error.irreversible": "An online event cannot be turned off again.",
  "error.busy": "Still working on the previous request…",
  "error.body_write_failed":
    "Outlook didn't keep the join details in the body. Your text is unchanged; try again.",
  "error.join_text_not_removable":
    "The join details in the body no longer carry the add-in's markers, so they can't be removed safely. The meeting is kept. Delete the join details with the link {url} from the body, then turn the meeting off again.",
  "error.body_too_large": "The appointment body is too large for Outlook to add the join details.",
  "error.host_error": "Outlook couldn't complete the action. Try again.",
  "error.item_not_saved": "Save the appointment first, then try again.",
  "error.configuration":
    "Online Meeting for Outlook is not configured for your organization yet. Ask your administrator.",
  "error.unknown": "Something went wrong. Nothing was changed; try again.",
  "error.consentLink": "Link for your administrator",

  "command.needsConfirm":
    "Open Online meeting once to confirm: this event can't be turned off after it's online.",
  "command.needsConfirmSeries":
    "This is one occurrence of a series. Open Online meeting to confirm that the whole series goes online.",
  "command.foreign": "The body already has a {service} join link. Open Online meeting to add one anyway.",

  "options.defaults.save": "Save as my defaults",
  "options.defaults.clear": "Clear my defaults",
  "options.defaults.active": "Your defaults apply to every new meeting.",
  "options.defaults.saved": "Saved. Every new meeting gets these options.",
  "options.defaults.cleared": "Your defaults are cleared. New meetings get Teams' usual options.",
  "options.defaults.failed": "Your defaults couldn't be saved. Try again.",
  "done.addedDefaultsMissed":
    "Online meeting added, but not all of your default meeting options were applied. Check them under Meeting options.",
} as const;

export type MessageKey = keyof typeof enUS;
export type Catalog = Record<MessageKey, string>;
