// Dutch (Netherlands).
import type { Catalog } from "./en-US";

export const nlNL: Catalog = {
  "app.title": "Onlinevergadering",
  "app.loading": "De afspraak wordt gelezen…",

  "state.none": "Deze afspraak is nog geen onlinevergadering.",
  "state.organizer": "Teams-organisator: {organizer}",
  "state.ours.standalone": "Teams-vergadering toegevoegd door Online Meeting for Outlook.",
  "state.ours.calendar": "Deze gebeurtenis is een onlinevergadering ({provider}).",
  "state.calendarOnline":
    "Deze gebeurtenis is al een onlinevergadering ({provider}). Er hoeft niets te worden toegevoegd.",
  "state.foreign":
    "De hoofdtekst bevat al een deelnamekoppeling voor {service}. Met nog een koppeling krijgen deelnemers twee manieren om deel te nemen.",
  "state.joinLink": "Deelnamekoppeling",
  "state.validUntil": "De deelnamekoppeling werkt tot {date}, 60 dagen na het einde van de vergadering.",
  "state.copy": "Deelnamekoppeling kopiëren",
  "state.copied": "Deelnamekoppeling gekopieerd.",
  "state.copyFailed": "Kopiëren is mislukt. Selecteer de koppeling en kopieer deze zelf.",

  "toggle.label": "Onlinevergadering",
  "toggle.on": "Aan",
  "toggle.off": "Uit",

  "route.legend": "Hoe toevoegen",
  "route.calendar": "Van deze gebeurtenis een {provider}-vergadering maken",
  "route.standalone": "Afzonderlijke Teams-vergadering (deelnametekst in de taal die u kiest)",
  "route.delegateOrganizer":
    "In de agenda van {owner} wordt een afzonderlijke vergadering op uw naam gemaakt: u, niet {owner}, wordt de Teams-organisator.",
  "route.noProvider":
    "Uw agenda biedt geen provider voor onlinevergaderingen. Daarom wordt een afzonderlijke Teams-vergadering gemaakt.",
  "route.loading": "Controleren wat uw agenda toestaat…",

  "language.label": "Taal van de deelnametekst",
  "language.default": "{language} (taal van Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "onbekende provider",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "onlinevergadering",

  "confirm.calendar.title": "{provider}-vergadering inschakelen?",
  "confirm.calendar.irreversible":
    "Zodra deze gebeurtenis een onlinevergadering is, kan dit niet meer worden uitgeschakeld.",
  "confirm.calendar.save":
    "De afspraak wordt eerst in uw agenda opgeslagen. Er worden pas uitnodigingen verzonden als u op Verzenden drukt.",
  "confirm.calendar.series":
    "U hebt één exemplaar van een reeks geopend. De hele reeks wordt een {provider}-vergadering: elk exemplaar, met één deelnamekoppeling.",
  "confirm.calendar.remember": "Niet meer vragen",
  "confirm.continue": "Inschakelen",
  "confirm.cancel": "Annuleren",
  "confirm.foreign.add": "Toch toevoegen",

  "action.add": "Onlinevergadering toevoegen",
  "action.remove": "Onlinevergadering verwijderen",
  "action.retry": "Opnieuw proberen",
  "action.signIn": "Aanmelden",
  "action.signOut": "Afmelden",

  "remove.irreversible":
    "Een onlinegebeurtenis kan niet worden uitgeschakeld. Maak een nieuwe afspraak als u niet meer online wilt vergaderen.",

  "progress.saving": "De afspraak wordt opgeslagen…",
  "progress.contacting": "De onlinevergadering wordt gemaakt…",
  "progress.waitingForSync": "Wachten tot Outlook de afspraak heeft gesynchroniseerd…",
  "progress.writing": "De deelnamegegevens worden toegevoegd…",
  "progress.removing": "De onlinevergadering wordt verwijderd…",

  "done.added": "Onlinevergadering toegevoegd. Deelnemers vinden de deelnamekoppeling in de uitnodiging.",
  "done.removed": "Onlinevergadering verwijderd.",
  "done.already": "Deze afspraak is al een onlinevergadering.",
  "done.languageChanged":
    "De deelnamegegevens zijn nu in het {language}. De vergadering en de koppeling blijven hetzelfde.",

  "settings.title": "Instellingen",
  "settings.route": "Standaardmanier om een vergadering toe te voegen",
  "settings.route.auto": "De provider van mijn agenda gebruiken als die er is",
  "settings.route.standalone": "Altijd een afzonderlijke Teams-vergadering",
  "settings.language": "Standaardtaal van de deelnametekst",
  "settings.saved": "Instellingen opgeslagen.",
  "settings.autoAdd":
    "Aan elke nieuwe vergadering een onlinevergadering toevoegen (afzonderlijke Teams-vergadering)",
  "settings.autoAddNote": "Werkt als uw beheerder de invoegtoepassing heeft geïmplementeerd.",

  "account.signedInAs": "Aangemeld als {name}",

  "error.offline":
    "U bent offline of Microsoft 365 is niet bereikbaar. Er is niets gewijzigd. Probeer het opnieuw zodra u verbinding hebt.",
  "error.timeout":
    "Microsoft 365 deed er te lang over om te antwoorden. Er is niets verloren gegaan. Probeer het opnieuw.",
  "error.throttled": "Microsoft 365 is op dit moment bezet. Probeer het {when} opnieuw.",
  "error.throttled_unknown_wait":
    "Microsoft 365 is op dit moment bezet. Wacht even en probeer het dan opnieuw.",
  "error.service_unavailable":
    "Microsoft 365 is tijdelijk niet beschikbaar. Probeer het over een minuut opnieuw.",
  "error.unauthorized": "Uw aanmelding is verlopen. Meld u opnieuw aan en probeer het nog eens.",
  "error.consent_required":
    "Een beheerder moet Online Meeting for Outlook voor uw organisatie goedkeuren voordat u het kunt gebruiken.",
  "error.sign_in_required": "Meld u aan om onlinevergaderingen te bekijken en toe te voegen.",
  "error.sign_in_cancelled":
    "Het aanmelden is geannuleerd. Meld u aan om een onlinevergadering toe te voegen.",
  "error.sign_in_failed": "Aanmelden is mislukt. Probeer het opnieuw of vraag uw beheerder om hulp.",
  "error.sign_in_unsupported_account":
    "Outlook.com- en Gmail-accounts kunnen zich niet aanmelden bij deze invoegtoepassing. Gebruik voor dit account de eigen Skype- of Teams-knop van Outlook.",
  "error.personal_account": "Met persoonlijke Microsoft-accounts kunt u geen Teams-vergaderingen maken.",
  "error.shared_calendar_read_only":
    "{owner} heeft deze agenda met u gedeeld zonder machtiging om te bewerken. Vraag {owner} om bewerkings- of gemachtigdentoegang om hier een onlinevergadering toe te voegen.",
  "error.not_organizer":
    "{owner} is de Teams-organisator van deze vergadering: alleen {owner} kan deze verwijderen of de tijd wijzigen.",
  "error.forbidden":
    "U hebt hiervoor geen machtiging. Mogelijk heeft uw account geen Teams-licentie. Vraag het uw beheerder.",
  "error.not_found":
    "Outlook is nog niet klaar met het opslaan van deze afspraak. Wacht even en probeer het opnieuw.",
  "error.conflict": "De afspraak is ergens anders gewijzigd. Open deze opnieuw en probeer het nog eens.",
  "error.bad_request":
    "Microsoft 365 heeft de aanvraag geweigerd. Controleer de begin- en eindtijd van de afspraak en probeer het opnieuw.",
  "error.malformed_response":
    "Microsoft 365 heeft een antwoord gestuurd dat niet kon worden gelezen. Er is niets gewijzigd. Probeer het opnieuw.",
  "error.graph_error":
    "Microsoft 365 heeft een fout gemeld. Er is niets gewijzigd. Probeer het later opnieuw.",
  "error.foreign_meeting": "De hoofdtekst bevat al de deelnamekoppeling van een andere vergadering.",
  "error.irreversible": "Een onlinegebeurtenis kan niet meer worden uitgeschakeld.",
  "error.busy": "De vorige aanvraag wordt nog verwerkt…",
  "error.body_write_failed":
    "Outlook heeft de deelnamegegevens niet in de hoofdtekst bewaard. Uw tekst is ongewijzigd. Probeer het opnieuw.",
  "error.join_text_not_removable":
    "De deelnamegegevens in de tekst bevatten de markeringen van de invoegtoepassing niet meer en kunnen dus niet veilig worden verwijderd. De vergadering blijft behouden. Verwijder de deelnamegegevens met de koppeling {url} uit de tekst en schakel de vergadering daarna opnieuw uit.",
  "error.body_too_large":
    "De hoofdtekst van de afspraak is te groot om er in Outlook de deelnamegegevens aan toe te voegen.",
  "error.host_error": "Outlook kan de actie niet voltooien. Probeer het opnieuw.",
  "error.item_not_saved": "Sla de afspraak eerst op en probeer het daarna opnieuw.",
  "error.configuration":
    "Online Meeting for Outlook is nog niet geconfigureerd voor uw organisatie. Vraag het uw beheerder.",
  "error.unknown": "Er is iets misgegaan. Er is niets gewijzigd. Probeer het opnieuw.",
  "error.consentLink": "Koppeling voor uw beheerder",

  "command.needsConfirm":
    "Open Onlinevergadering één keer om te bevestigen: deze gebeurtenis kan niet meer worden uitgeschakeld zodra deze online is.",
  "command.needsConfirmSeries":
    "Dit is één exemplaar van een reeks. Open Onlinevergadering om te bevestigen dat de hele reeks online gaat.",
  "command.foreign":
    "De hoofdtekst bevat al een deelnamekoppeling voor {service}. Open Onlinevergadering om er toch een toe te voegen.",

  "options.title": "Vergaderopties",
  "options.loading": "De vergaderopties worden gelezen…",
  "options.notOrganizer": "Alleen de organisator van de vergadering kan de opties wijzigen.",
  "options.notFound": "Teams heeft deze vergadering nog niet. Sluit deze sectie en open haar later opnieuw.",
  "options.failed": "De vergaderopties konden niet worden gelezen of gewijzigd. Probeer het opnieuw.",
  "options.notApplied": "Teams heeft niet elke wijziging toegepast. De opties tonen wat Teams bewaart.",
  "options.unknown": "Onbekend",
  "options.lobby": "Wie de lobby kan overslaan",
  "options.dialIn": "Inbellers per telefoon slaan de lobby over",
  "options.presenters": "Wie kan presenteren",
  "options.chat": "Vergaderchat",
  "options.mic": "Deelnemers kunnen hun microfoon inschakelen",
  "options.camera": "Deelnemers kunnen hun camera inschakelen",
  "options.record": "Automatisch opnemen",
  "options.announce": "Aankondigen wanneer bellers deelnemen of vertrekken",
  "options.who.organizer": "Alleen de organisator",
  "options.who.organization": "Personen in mijn organisatie",
  "options.who.federated": "Personen in mijn organisatie en vertrouwde organisaties",
  "options.who.everyone": "Iedereen",
  "options.who.invited": "Uitgenodigde personen",
  "options.who.noGuests": "Personen in mijn organisatie, zonder gasten",
  "options.who.chosen": "Specifieke personen",
  "options.chat.enabled": "Aan",
  "options.chat.disabled": "Uit",
  "options.chat.limited": "Alleen tijdens de vergadering",

  "options.defaults.save": "Opslaan als mijn standaardwaarden",
  "options.defaults.clear": "Mijn standaardwaarden wissen",
  "options.defaults.active": "Uw standaardwaarden gelden voor elke nieuwe vergadering.",
  "options.defaults.saved": "Opgeslagen. Elke nieuwe vergadering krijgt deze opties.",
  "options.defaults.cleared":
    "Uw standaardwaarden zijn gewist. Nieuwe vergaderingen krijgen de gebruikelijke opties van Teams.",
  "options.defaults.failed": "Uw standaardwaarden konden niet worden opgeslagen. Probeer het opnieuw.",
  "done.addedDefaultsMissed":
    "Onlinevergadering toegevoegd, maar niet al uw standaardvergaderopties zijn toegepast. Controleer ze onder Vergaderopties.",
};
