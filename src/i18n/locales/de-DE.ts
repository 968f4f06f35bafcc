// German (Germany).
import type { Catalog } from "./en-US";

export const deDE: Catalog = {
  "app.title": "Onlinebesprechung",
  "app.loading": "Der Termin wird gelesen…",

  "state.none": "Dieser Termin ist noch keine Onlinebesprechung.",
  "state.organizer": "Teams-Organisator: {organizer}",
  "state.ours.standalone": "Teams-Besprechung von Online Meeting for Outlook hinzugefügt.",
  "state.ours.calendar": "Dieses Ereignis ist eine Onlinebesprechung ({provider}).",
  "state.calendarOnline":
    "Dieses Ereignis ist bereits eine Onlinebesprechung ({provider}). Es muss nichts hinzugefügt werden.",
  "state.foreign":
    "Der Text enthält bereits einen {service}-Teilnahmelink. Ein weiterer würde den Teilnehmern zwei Wege zur Teilnahme bieten.",
  "state.joinLink": "Teilnahmelink",
  "state.validUntil": "Der Teilnahmelink funktioniert bis {date}, 60 Tage nach dem Ende der Besprechung.",
  "state.copy": "Teilnahmelink kopieren",
  "state.copied": "Teilnahmelink kopiert.",
  "state.copyFailed": "Kopieren nicht möglich. Markieren Sie den Link, und kopieren Sie ihn selbst.",

  "toggle.label": "Onlinebesprechung",
  "toggle.on": "Ein",
  "toggle.off": "Aus",

  "route.legend": "Art der Besprechung",
  "route.calendar": "Dieses Ereignis zu einer {provider}-Besprechung machen",
  "route.standalone": "Eigenständige Teams-Besprechung (Teilnahmetext in der gewählten Sprache)",
  "route.delegateOrganizer":
    "Im Kalender von {owner} wird eine eigenständige Besprechung in Ihrem Namen erstellt: Sie, nicht {owner}, sind dann ihr Teams-Organisator.",
  "route.noProvider":
    "Ihr Kalender bietet keinen Anbieter für Onlinebesprechungen. Daher wird eine eigenständige Teams-Besprechung erstellt.",
  "route.loading": "Es wird geprüft, was Ihr Kalender zulässt…",

  "language.label": "Sprache des Teilnahmetexts",
  "language.default": "{language} (Sprache von Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "unbekannter Anbieter",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "Onlinebesprechung",

  "confirm.calendar.title": "{provider}-Besprechung aktivieren?",
  "confirm.calendar.irreversible":
    "Sobald dieses Ereignis eine Onlinebesprechung ist, lässt sich das nicht mehr rückgängig machen.",
  "confirm.calendar.save":
    "Der Termin wird zuerst in Ihrem Kalender gespeichert. Einladungen werden erst gesendet, wenn Sie auf „Senden“ klicken.",
  "confirm.calendar.series":
    "Sie haben ein Vorkommen einer Serie geöffnet. Die ganze Serie wird zu einer {provider}-Besprechung: jedes Vorkommen, mit einem Teilnahmelink.",
  "confirm.calendar.remember": "Nicht mehr fragen",
  "confirm.continue": "Aktivieren",
  "confirm.cancel": "Abbrechen",
  "confirm.foreign.add": "Trotzdem hinzufügen",

  "action.add": "Onlinebesprechung hinzufügen",
  "action.remove": "Onlinebesprechung entfernen",
  "action.retry": "Erneut versuchen",
  "action.signIn": "Anmelden",
  "action.signOut": "Abmelden",

  "remove.irreversible":
    "Ein Onlineereignis lässt sich nicht ausschalten. Um nicht mehr online zu tagen, erstellen Sie einen neuen Termin.",

  "progress.saving": "Der Termin wird gespeichert…",
  "progress.contacting": "Die Onlinebesprechung wird erstellt…",
  "progress.waitingForSync": "Warten, bis Outlook den Termin synchronisiert hat…",
  "progress.writing": "Die Teilnahmedetails werden hinzugefügt…",
  "progress.removing": "Die Onlinebesprechung wird entfernt…",

  "done.added": "Onlinebesprechung hinzugefügt. Die Teilnehmer finden den Teilnahmelink in der Einladung.",
  "done.removed": "Onlinebesprechung entfernt.",
  "done.already": "Dieser Termin ist bereits eine Onlinebesprechung.",
  "done.languageChanged":
    "Die Teilnahmeinformationen sind jetzt auf {language}. Die Besprechung und ihr Link bleiben gleich.",

  "settings.title": "Einstellungen",
  "settings.route": "Standardweg zum Hinzufügen einer Besprechung",
  "settings.route.auto": "Den Anbieter meines Kalenders verwenden, sofern vorhanden",
  "settings.route.standalone": "Immer eine eigenständige Teams-Besprechung",
  "settings.language": "Standardsprache des Teilnahmetexts",
  "settings.saved": "Einstellungen gespeichert.",
  "settings.autoAdd":
    "Jeder neuen Besprechung eine Onlinebesprechung hinzufügen (eigenständige Teams-Besprechung)",
  "settings.autoAddNote": "Funktioniert, wenn Ihr Administrator das Add-In bereitgestellt hat.",

  "account.signedInAs": "Angemeldet als {name}",

  "error.offline":
    "Sie sind offline, oder Microsoft 365 ist nicht erreichbar. Es wurde nichts geändert. Versuchen Sie es erneut, sobald Sie verbunden sind.",
  "error.timeout":
    "Microsoft 365 hat zu lange nicht geantwortet. Es ist nichts verloren gegangen. Versuchen Sie es erneut.",
  "error.throttled": "Microsoft 365 ist gerade ausgelastet. Versuchen Sie es {when} erneut.",
  "error.throttled_unknown_wait":
    "Microsoft 365 ist gerade ausgelastet. Warten Sie einen Moment, und versuchen Sie es dann erneut.",
  "error.service_unavailable":
    "Microsoft 365 ist vorübergehend nicht verfügbar. Versuchen Sie es in einer Minute erneut.",
  "error.unauthorized":
    "Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, und versuchen Sie es noch einmal.",
  "error.consent_required":
    "Ein Administrator muss Online Meeting for Outlook für Ihre Organisation genehmigen, bevor Sie es verwenden können.",
  "error.sign_in_required": "Melden Sie sich an, um Onlinebesprechungen anzuzeigen und hinzuzufügen.",
  "error.sign_in_cancelled":
    "Die Anmeldung wurde abgebrochen. Melden Sie sich an, um eine Onlinebesprechung hinzuzufügen.",
  "error.sign_in_failed":
    "Fehler bei der Anmeldung. Versuchen Sie es erneut, oder wenden Sie sich an Ihren Administrator.",
  "error.sign_in_unsupported_account":
    "Mit Outlook.com- und Gmail-Konten ist keine Anmeldung bei diesem Add-In möglich. Verwenden Sie für dieses Konto die Skype- oder Teams-Schaltfläche von Outlook.",
  "error.personal_account":
    "Mit persönlichen Microsoft-Konten lassen sich keine Teams-Besprechungen erstellen.",
  "error.shared_calendar_read_only":
    "{owner} hat diesen Kalender ohne Bearbeitungsberechtigung für Sie freigegeben. Bitten Sie {owner} um Bearbeitungs- oder Stellvertreterzugriff, um hier eine Onlinebesprechung hinzuzufügen.",
  "error.not_organizer":
    "{owner} ist Teams-Organisator dieser Besprechung: Nur {owner} kann sie entfernen oder ihre Uhrzeit ändern.",
  "error.forbidden":
    "Dafür fehlt Ihnen die Berechtigung. Möglicherweise hat Ihr Konto keine Teams-Lizenz. Wenden Sie sich an Ihren Administrator.",
  "error.not_found":
    "Outlook hat diesen Termin noch nicht fertig gespeichert. Warten Sie einen Moment, und versuchen Sie es erneut.",
  "error.conflict":
    "Der Termin wurde an anderer Stelle geändert. Öffnen Sie ihn erneut, und versuchen Sie es noch einmal.",
  "error.bad_request":
    "Microsoft 365 hat die Anforderung abgelehnt. Prüfen Sie Beginn und Ende des Termins, und versuchen Sie es erneut.",
  "error.malformed_response":
    "Microsoft 365 hat eine Antwort gesendet, die nicht gelesen werden konnte. Es wurde nichts geändert. Versuchen Sie es erneut.",
  "error.graph_error":
    "Microsoft 365 hat einen Fehler gemeldet. Es wurde nichts geändert. Versuchen Sie es später erneut.",
  "error.foreign_meeting": "Der Text enthält bereits den Teilnahmelink einer anderen Besprechung.",
  "error.irreversible": "Ein Onlineereignis lässt sich nicht wieder ausschalten.",
  "error.busy": "Die vorherige Anforderung wird noch bearbeitet…",
  "error.body_write_failed":
    "Outlook hat die Teilnahmedetails nicht im Text behalten. Ihr Text ist unverändert. Versuchen Sie es erneut.",
  "error.join_text_not_removable":
    "Die Teilnahmeinformationen im Text tragen die Markierungen des Add-Ins nicht mehr und lassen sich daher nicht sicher entfernen. Die Besprechung bleibt bestehen. Löschen Sie die Teilnahmeinformationen mit dem Link {url} aus dem Text, und schalten Sie die Besprechung dann erneut aus.",
  "error.body_too_large":
    "Der Text des Termins ist zu groß, als dass Outlook die Teilnahmedetails hinzufügen könnte.",
  "error.host_error": "Outlook konnte die Aktion nicht abschließen. Versuchen Sie es erneut.",
  "error.item_not_saved": "Speichern Sie zuerst den Termin, und versuchen Sie es dann erneut.",
  "error.configuration":
    "Online Meeting for Outlook ist für Ihre Organisation noch nicht eingerichtet. Wenden Sie sich an Ihren Administrator.",
  "error.unknown": "Ein Fehler ist aufgetreten. Es wurde nichts geändert. Versuchen Sie es erneut.",
  "error.consentLink": "Link für Ihren Administrator",

  "command.needsConfirm":
    "Öffnen Sie einmal „Onlinebesprechung“, um zu bestätigen: Ist das Ereignis online, lässt es sich nicht mehr ausschalten.",
  "command.needsConfirmSeries":
    "Dies ist ein Vorkommen einer Serie. Öffnen Sie „Onlinebesprechung“, um zu bestätigen, dass die ganze Serie online geht.",
  "command.foreign":
    "Der Text enthält bereits einen {service}-Teilnahmelink. Öffnen Sie „Onlinebesprechung“, um trotzdem einen hinzuzufügen.",

  "options.title": "Besprechungsoptionen",
  "options.loading": "Die Besprechungsoptionen werden gelesen…",
  "options.notOrganizer": "Nur der Organisator der Besprechung kann ihre Optionen ändern.",
  "options.notFound":
    "Teams kennt diese Besprechung noch nicht. Schließen und öffnen Sie diesen Abschnitt später erneut.",
  "options.failed":
    "Die Besprechungsoptionen konnten nicht gelesen oder geändert werden. Versuchen Sie es erneut.",
  "options.notApplied":
    "Teams hat nicht jede Änderung übernommen. Die Optionen zeigen, was Teams gespeichert hat.",
  "options.unknown": "Unbekannt",
  "options.lobby": "Wer kann den Wartebereich umgehen",
  "options.dialIn": "Telefonische Einwahl umgeht den Wartebereich",
  "options.presenters": "Wer kann präsentieren",
  "options.chat": "Besprechungschat",
  "options.mic": "Teilnehmer können ihr Mikrofon einschalten",
  "options.camera": "Teilnehmer können ihre Kamera einschalten",
  "options.record": "Automatisch aufzeichnen",
  "options.announce": "Ankündigen, wenn Anrufer beitreten oder gehen",
  "options.who.organizer": "Nur der Organisator",
  "options.who.organization": "Personen in meiner Organisation",
  "options.who.federated": "Personen in meiner Organisation und vertrauenswürdigen Organisationen",
  "options.who.everyone": "Alle",
  "options.who.invited": "Eingeladene Personen",
  "options.who.noGuests": "Personen in meiner Organisation, ohne Gäste",
  "options.who.chosen": "Bestimmte Personen",
  "options.chat.enabled": "Ein",
  "options.chat.disabled": "Aus",
  "options.chat.limited": "Nur während der Besprechung",

  "options.defaults.save": "Als meine Standardwerte speichern",
  "options.defaults.clear": "Meine Standardwerte löschen",
  "options.defaults.active": "Ihre Standardwerte gelten für jede neue Besprechung.",
  "options.defaults.saved": "Gespeichert. Jede neue Besprechung erhält diese Optionen.",
  "options.defaults.cleared":
    "Ihre Standardwerte sind gelöscht. Neue Besprechungen erhalten die üblichen Optionen von Teams.",
  "options.defaults.failed": "Ihre Standardwerte konnten nicht gespeichert werden. Versuchen Sie es erneut.",
  "done.addedDefaultsMissed":
    "Onlinebesprechung hinzugefügt, aber nicht alle Ihre Standard-Besprechungsoptionen wurden übernommen. Prüfen Sie sie unter „Besprechungsoptionen“.",
};
