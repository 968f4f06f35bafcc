// Danish (Denmark).
import type { Catalog } from "./en-US";

export const daDK: Catalog = {
  "app.title": "Onlinemøde",
  "app.loading": "Læser aftalen…",

  "state.none": "Denne aftale er endnu ikke et onlinemøde.",
  "state.organizer": "Teams-arrangør: {organizer}",
  "state.ours.standalone": "Teams-møde tilføjet af Online Meeting for Outlook.",
  "state.ours.calendar": "Denne begivenhed er et onlinemøde ({provider}).",
  "state.calendarOnline": "Denne begivenhed er allerede et onlinemøde ({provider}). Der er intet at tilføje.",
  "state.foreign":
    "Brødteksten har allerede et deltagelseslink til {service}. Et link mere ville give deltagerne to måder at deltage på.",
  "state.joinLink": "Deltagelseslink",
  "state.validUntil": "Deltagelseslinket virker indtil {date}, 60 dage efter mødets afslutning.",
  "state.copy": "Kopiér deltagelseslink",
  "state.copied": "Deltagelseslinket er kopieret.",
  "state.copyFailed": "Kunne ikke kopiere. Markér linket, og kopiér det selv.",

  "toggle.label": "Onlinemøde",
  "toggle.on": "Til",
  "toggle.off": "Fra",

  "route.legend": "Sådan tilføjes det",
  "route.calendar": "Gør denne begivenhed til et {provider}-møde",
  "route.standalone": "Separat Teams-møde (deltagelsestekst på det sprog, du vælger)",
  "route.delegateOrganizer":
    "I {owner}s kalender oprettes et separat møde i dit navn: Du, ikke {owner}, bliver Teams-arrangør for mødet.",
  "route.noProvider":
    "Din kalender tilbyder ingen udbyder af onlinemøder, så der oprettes et separat Teams-møde.",
  "route.loading": "Kontrollerer, hvad din kalender tillader…",

  "language.label": "Sprog for deltagelsestekst",
  "language.default": "{language} (Outlooks sprog)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "ukendt udbyder",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "onlinemøde",

  "confirm.calendar.title": "Vil du slå et {provider}-møde til?",
  "confirm.calendar.irreversible": "Når denne begivenhed er et onlinemøde, kan det ikke slås fra igen.",
  "confirm.calendar.save":
    "Aftalen gemmes først i din kalender. Der sendes ingen invitationer, før du trykker på Send.",
  "confirm.calendar.series":
    "Du har åbnet én forekomst af en serie. Hele serien bliver et {provider}-møde: hver forekomst, med ét deltagelseslink.",
  "confirm.calendar.remember": "Spørg ikke igen",
  "confirm.continue": "Slå til",
  "confirm.cancel": "Annuller",
  "confirm.foreign.add": "Tilføj alligevel",

  "action.add": "Tilføj onlinemøde",
  "action.remove": "Fjern onlinemøde",
  "action.retry": "Prøv igen",
  "action.signIn": "Log på",
  "action.signOut": "Log af",

  "remove.irreversible":
    "En onlinebegivenhed kan ikke slås fra. Opret en ny aftale, hvis du ikke længere vil mødes online.",

  "progress.saving": "Gemmer aftalen…",
  "progress.contacting": "Opretter onlinemødet…",
  "progress.waitingForSync": "Venter på, at Outlook synkroniserer aftalen…",
  "progress.writing": "Tilføjer deltagelsesoplysningerne…",
  "progress.removing": "Fjerner onlinemødet…",

  "done.added": "Onlinemødet er tilføjet. Deltagerne finder deltagelseslinket i invitationen.",
  "done.removed": "Onlinemødet er fjernet.",
  "done.already": "Denne aftale er allerede et onlinemøde.",
  "done.languageChanged": "Deltagelsesoplysningerne er nu på {language}. Mødet og linket er de samme.",

  "settings.title": "Indstillinger",
  "settings.route": "Standardmåde at tilføje et møde på",
  "settings.route.auto": "Brug min kalenders udbyder, når den har en",
  "settings.route.standalone": "Altid et separat Teams-møde",
  "settings.language": "Standardsprog for deltagelsestekst",
  "settings.saved": "Indstillingerne er gemt.",
  "settings.autoAdd": "Tilføj et onlinemøde til hvert nyt møde (separat Teams-møde)",
  "settings.autoAddNote": "Virker, når din administrator har udrullet tilføjelsesprogrammet.",

  "account.signedInAs": "Logget på som {name}",

  "error.offline":
    "Du er offline, eller Microsoft 365 kan ikke nås. Intet er ændret. Prøv igen, når du har forbindelse.",
  "error.timeout": "Microsoft 365 var for længe om at svare. Intet er gået tabt. Prøv igen.",
  "error.throttled": "Microsoft 365 har travlt lige nu. Prøv igen {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 er optaget lige nu. Vent et øjeblik, og prøv derefter igen.",
  "error.service_unavailable": "Microsoft 365 er midlertidigt utilgængelig. Prøv igen om et minut.",
  "error.unauthorized": "Dit logon er udløbet. Log på igen, og prøv igen.",
  "error.consent_required":
    "En administrator skal godkende Online Meeting for Outlook for din organisation, før du kan bruge det.",
  "error.sign_in_required": "Log på for at se og tilføje onlinemøder.",
  "error.sign_in_cancelled": "Logonet blev annulleret. Log på for at tilføje et onlinemøde.",
  "error.sign_in_failed": "Logonet mislykkedes. Prøv igen, eller bed din administrator om hjælp.",
  "error.sign_in_unsupported_account":
    "Outlook.com- og Gmail-konti kan ikke logge på dette tilføjelsesprogram. Brug Outlooks egen Skype- eller Teams-knap til denne konto.",
  "error.personal_account": "Personlige Microsoft-konti kan ikke oprette Teams-møder.",
  "error.shared_calendar_read_only":
    "{owner} har delt denne kalender med dig uden tilladelse til at redigere den. Bed {owner} om redigerings- eller stedfortræderadgang for at tilføje et onlinemøde her.",
  "error.not_organizer":
    "{owner} er Teams-arrangør for dette møde: Kun {owner} kan fjerne det eller ændre tidspunktet.",
  "error.forbidden":
    "Du har ikke tilladelse til dette. Din konto mangler måske en Teams-licens. Spørg din administrator.",
  "error.not_found": "Outlook er ikke færdig med at gemme aftalen endnu. Vent et øjeblik, og prøv igen.",
  "error.conflict": "Aftalen er blevet ændret et andet sted. Åbn den igen, og prøv igen.",
  "error.bad_request":
    "Microsoft 365 afviste anmodningen. Kontrollér aftalens start- og sluttidspunkt, og prøv igen.",
  "error.malformed_response":
    "Microsoft 365 sendte et svar, der ikke kunne læses. Intet er ændret. Prøv igen.",
  "error.graph_error": "Microsoft 365 rapporterede en fejl. Intet er ændret. Prøv igen senere.",
  "error.foreign_meeting": "Brødteksten har allerede et andet mødes deltagelseslink.",
  "error.irreversible": "En onlinebegivenhed kan ikke slås fra igen.",
  "error.busy": "Arbejder stadig på den forrige anmodning…",
  "error.body_write_failed":
    "Outlook beholdt ikke deltagelsesoplysningerne i brødteksten. Din tekst er uændret. Prøv igen.",
  "error.join_text_not_removable":
    "Deltagelsesoplysningerne i brødteksten har ikke længere tilføjelsesprogrammets markører og kan derfor ikke fjernes sikkert. Mødet bevares. Slet deltagelsesoplysningerne med linket {url} fra brødteksten, og slå derefter mødet fra igen.",
  "error.body_too_large":
    "Aftalens brødtekst er for stor til, at Outlook kan tilføje deltagelsesoplysningerne.",
  "error.host_error": "Outlook kunne ikke fuldføre handlingen. Prøv igen.",
  "error.item_not_saved": "Gem aftalen først, og prøv derefter igen.",
  "error.configuration":
    "Online Meeting for Outlook er endnu ikke konfigureret til din organisation. Spørg din administrator.",
  "error.unknown": "Noget gik galt. Intet er ændret. Prøv igen.",
  "error.consentLink": "Link til din administrator",

  "command.needsConfirm":
    "Åbn Onlinemøde én gang for at bekræfte: Begivenheden kan ikke slås fra, når den er online.",
  "command.needsConfirmSeries":
    "Dette er én forekomst af en serie. Åbn Onlinemøde for at bekræfte, at hele serien bliver online.",
  "command.foreign":
    "Brødteksten har allerede et deltagelseslink til {service}. Åbn Onlinemøde for at tilføje et alligevel.",

  "options.title": "Mødeindstillinger",
  "options.loading": "Mødeindstillingerne læses…",
  "options.notOrganizer": "Kun mødets arrangør kan ændre indstillingerne.",
  "options.notFound": "Teams har ikke dette møde endnu. Luk og åbn denne sektion igen senere.",
  "options.failed": "Mødeindstillingerne kunne ikke læses eller ændres. Prøv igen.",
  "options.notApplied": "Teams anvendte ikke alle ændringer. Indstillingerne viser, hvad Teams har.",
  "options.unknown": "Ukendt",
  "options.lobby": "Hvem kan springe lobbyen over",
  "options.dialIn": "Opkald via telefon springer lobbyen over",
  "options.presenters": "Hvem kan præsentere",
  "options.chat": "Mødechat",
  "options.mic": "Deltagere kan slå deres mikrofon til",
  "options.camera": "Deltagere kan slå deres kamera til",
  "options.record": "Optag automatisk",
  "options.announce": "Meddel, når opkaldere deltager eller forlader",
  "options.who.organizer": "Kun arrangøren",
  "options.who.organization": "Personer i min organisation",
  "options.who.federated": "Personer i min organisation og betroede organisationer",
  "options.who.everyone": "Alle",
  "options.who.invited": "Inviterede personer",
  "options.who.noGuests": "Personer i min organisation, uden gæster",
  "options.who.chosen": "Bestemte personer",
  "options.chat.enabled": "Til",
  "options.chat.disabled": "Fra",
  "options.chat.limited": "Kun under mødet",

  "options.defaults.save": "Gem som mine standarder",
  "options.defaults.clear": "Ryd mine standarder",
  "options.defaults.active": "Dine standarder gælder for alle nye møder.",
  "options.defaults.saved": "Gemt. Alle nye møder får disse indstillinger.",
  "options.defaults.cleared": "Dine standarder er ryddet. Nye møder får Teams' sædvanlige indstillinger.",
  "options.defaults.failed": "Dine standarder kunne ikke gemmes. Prøv igen.",
  "done.addedDefaultsMissed":
    "Onlinemøde tilføjet, men ikke alle dine standardmødeindstillinger blev anvendt. Kontrollér dem under Mødeindstillinger.",
};
