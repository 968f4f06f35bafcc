// Norwegian Bokmål (Norway).
import type { Catalog } from "./en-US";

export const nbNO: Catalog = {
  "app.title": "Nettmøte",
  "app.loading": "Leser avtalen…",

  "state.none": "Denne avtalen er ikke et nettmøte ennå.",
  "state.organizer": "Teams-arrangør: {organizer}",
  "state.ours.standalone": "Teams-møte lagt til av Online Meeting for Outlook.",
  "state.ours.calendar": "Denne hendelsen er et nettmøte ({provider}).",
  "state.calendarOnline": "Denne hendelsen er allerede et nettmøte ({provider}). Ingenting å legge til.",
  "state.foreign":
    "Brødteksten har allerede en deltakelseskobling for {service}. En til ville gi deltakerne to måter å bli med på.",
  "state.joinLink": "Deltakelseskobling",
  "state.validUntil": "Deltakelseskoblingen fungerer til {date}, 60 dager etter at møtet er slutt.",
  "state.copy": "Kopier deltakelseskoblingen",
  "state.copied": "Deltakelseskoblingen er kopiert.",
  "state.copyFailed": "Kunne ikke kopiere. Merk koblingen, og kopier den selv.",

  "toggle.label": "Nettmøte",
  "toggle.on": "På",
  "toggle.off": "Av",

  "route.legend": "Slik legges det til",
  "route.calendar": "Gjør denne hendelsen til et {provider}-møte",
  "route.standalone": "Frittstående Teams-møte (deltakelsestekst på språket du velger)",
  "route.delegateOrganizer":
    "I kalenderen til {owner} opprettes et frittstående møte i ditt navn: Du, ikke {owner}, blir Teams-arrangør for møtet.",
  "route.noProvider":
    "Kalenderen din tilbyr ingen leverandør av nettmøter, så et frittstående Teams-møte blir opprettet.",
  "route.loading": "Kontrollerer hva kalenderen din tillater…",

  "language.label": "Språk for deltakelsesteksten",
  "language.default": "{language} (språket i Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "ukjent leverandør",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "nettmøte",

  "confirm.calendar.title": "Vil du slå på et {provider}-møte?",
  "confirm.calendar.irreversible": "Når denne hendelsen er et nettmøte, kan det ikke slås av igjen.",
  "confirm.calendar.save":
    "Avtalen lagres først i kalenderen din. Ingen invitasjoner sendes før du trykker på Send.",
  "confirm.calendar.series":
    "Du åpnet én forekomst i en serie. Hele serien blir et {provider}-møte: hver forekomst, med én deltakelseskobling.",
  "confirm.calendar.remember": "Ikke spør igjen",
  "confirm.continue": "Slå på",
  "confirm.cancel": "Avbryt",
  "confirm.foreign.add": "Legg til likevel",

  "action.add": "Legg til nettmøte",
  "action.remove": "Fjern nettmøte",
  "action.retry": "Prøv på nytt",
  "action.signIn": "Logg på",
  "action.signOut": "Logg av",

  "remove.irreversible":
    "En netthendelse kan ikke slås av. Opprett en ny avtale hvis du ikke lenger vil møtes på nett.",

  "progress.saving": "Lagrer avtalen…",
  "progress.contacting": "Oppretter nettmøtet…",
  "progress.waitingForSync": "Venter på at Outlook synkroniserer avtalen…",
  "progress.writing": "Legger til deltakelsesinformasjonen…",
  "progress.removing": "Fjerner nettmøtet…",

  "done.added": "Nettmøtet er lagt til. Deltakerne finner deltakelseskoblingen i invitasjonen.",
  "done.removed": "Nettmøtet er fjernet.",
  "done.already": "Denne avtalen er allerede et nettmøte.",
  "done.languageChanged": "Deltakelsesdetaljene er nå på {language}. Møtet og koblingen er de samme.",

  "settings.title": "Innstillinger",
  "settings.route": "Standardmåte å legge til et møte på",
  "settings.route.auto": "Bruk kalenderens leverandør når den har en",
  "settings.route.standalone": "Alltid et frittstående Teams-møte",
  "settings.language": "Standardspråk for deltakelsesteksten",
  "settings.saved": "Innstillingene er lagret.",
  "settings.autoAdd": "Legg til et nettmøte i hvert nye møte (frittstående Teams-møte)",
  "settings.autoAddNote": "Fungerer når administratoren har distribuert tillegget.",

  "account.signedInAs": "Logget på som {name}",

  "error.offline":
    "Du er frakoblet, eller Microsoft 365 kan ikke nås. Ingenting er endret. Prøv igjen når du er tilkoblet.",
  "error.timeout": "Microsoft 365 brukte for lang tid på å svare. Ingenting gikk tapt. Prøv igjen.",
  "error.throttled": "Microsoft 365 er opptatt akkurat nå. Prøv igjen {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 er opptatt akkurat nå. Vent litt, og prøv deretter på nytt.",
  "error.service_unavailable": "Microsoft 365 er midlertidig utilgjengelig. Prøv igjen om et minutt.",
  "error.unauthorized": "Påloggingen din er utløpt. Logg på igjen, og prøv på nytt.",
  "error.consent_required":
    "En administrator må godkjenne Online Meeting for Outlook for organisasjonen din før du kan bruke det.",
  "error.sign_in_required": "Logg på for å se og legge til nettmøter.",
  "error.sign_in_cancelled": "Påloggingen ble avbrutt. Logg på for å legge til et nettmøte.",
  "error.sign_in_failed": "Påloggingen mislyktes. Prøv igjen, eller be administratoren om hjelp.",
  "error.sign_in_unsupported_account":
    "Outlook.com- og Gmail-kontoer kan ikke logge på dette tillegget. Bruk Outlooks egen Skype- eller Teams-knapp for denne kontoen.",
  "error.personal_account": "Personlige Microsoft-kontoer kan ikke opprette Teams-møter.",
  "error.shared_calendar_read_only":
    "{owner} har delt denne kalenderen med deg uten tillatelse til å redigere den. Be {owner} om redigerings- eller representanttilgang for å legge til et nettmøte her.",
  "error.not_organizer":
    "{owner} er Teams-arrangør for dette møtet: Bare {owner} kan fjerne det eller endre tidspunktet.",
  "error.forbidden":
    "Du har ikke tillatelse til dette. Kontoen din mangler kanskje en Teams-lisens. Spør administratoren.",
  "error.not_found": "Outlook er ikke ferdig med å lagre denne avtalen ennå. Vent litt, og prøv igjen.",
  "error.conflict": "Avtalen ble endret et annet sted. Åpne den på nytt, og prøv igjen.",
  "error.bad_request":
    "Microsoft 365 avviste forespørselen. Kontroller start- og sluttidspunktet for avtalen, og prøv igjen.",
  "error.malformed_response":
    "Microsoft 365 sendte et svar som ikke kunne leses. Ingenting er endret. Prøv igjen.",
  "error.graph_error": "Microsoft 365 rapporterte en feil. Ingenting er endret. Prøv igjen senere.",
  "error.foreign_meeting": "Brødteksten har allerede deltakelseskoblingen til et annet møte.",
  "error.irreversible": "En netthendelse kan ikke slås av igjen.",
  "error.busy": "Arbeider fortsatt med forrige forespørsel…",
  "error.body_write_failed":
    "Outlook beholdt ikke deltakelsesinformasjonen i brødteksten. Teksten din er uendret. Prøv igjen.",
  "error.join_text_not_removable":
    "Deltakelsesdetaljene i brødteksten har ikke lenger tilleggets markører og kan derfor ikke fjernes trygt. Møtet beholdes. Slett deltakelsesdetaljene med koblingen {url} fra brødteksten, og slå deretter av møtet igjen.",
  "error.body_too_large":
    "Brødteksten i avtalen er for stor til at Outlook kan legge til deltakelsesinformasjonen.",
  "error.host_error": "Outlook kunne ikke fullføre handlingen. Prøv igjen.",
  "error.item_not_saved": "Lagre avtalen først, og prøv deretter igjen.",
  "error.configuration":
    "Online Meeting for Outlook er ikke konfigurert for organisasjonen din ennå. Spør administratoren.",
  "error.unknown": "Noe gikk galt. Ingenting er endret. Prøv igjen.",
  "error.consentLink": "Kobling til administratoren",

  "command.needsConfirm":
    "Åpne Nettmøte én gang for å bekrefte: Hendelsen kan ikke slås av når den er på nett.",
  "command.needsConfirmSeries":
    "Dette er én forekomst i en serie. Åpne Nettmøte for å bekrefte at hele serien blir på nett.",
  "command.foreign":
    "Brødteksten har allerede en deltakelseskobling for {service}. Åpne Nettmøte for å legge til en likevel.",

  "options.title": "Møtealternativer",
  "options.loading": "Møtealternativene leses…",
  "options.notOrganizer": "Bare møtets arrangør kan endre alternativene.",
  "options.notFound": "Teams har ikke dette møtet ennå. Lukk og åpne denne delen igjen senere.",
  "options.failed": "Møtealternativene kunne ikke leses eller endres. Prøv på nytt.",
  "options.notApplied": "Teams tok ikke i bruk alle endringene. Alternativene viser det Teams har.",
  "options.unknown": "Ukjent",
  "options.lobby": "Hvem kan hoppe over lobbyen",
  "options.dialIn": "Innringere via telefon hopper over lobbyen",
  "options.presenters": "Hvem kan presentere",
  "options.chat": "Møtechat",
  "options.mic": "Deltakere kan slå på mikrofonen",
  "options.camera": "Deltakere kan slå på kameraet",
  "options.record": "Ta opp automatisk",
  "options.announce": "Kunngjør når innringere blir med eller forlater",
  "options.who.organizer": "Bare arrangøren",
  "options.who.organization": "Personer i organisasjonen min",
  "options.who.federated": "Personer i organisasjonen min og klarerte organisasjoner",
  "options.who.everyone": "Alle",
  "options.who.invited": "Inviterte personer",
  "options.who.noGuests": "Personer i organisasjonen min, uten gjester",
  "options.who.chosen": "Bestemte personer",
  "options.chat.enabled": "På",
  "options.chat.disabled": "Av",
  "options.chat.limited": "Bare under møtet",

  "options.defaults.save": "Lagre som mine standarder",
  "options.defaults.clear": "Fjern mine standarder",
  "options.defaults.active": "Standardene dine gjelder for alle nye møter.",
  "options.defaults.saved": "Lagret. Alle nye møter får disse alternativene.",
  "options.defaults.cleared": "Standardene dine er fjernet. Nye møter får de vanlige alternativene i Teams.",
  "options.defaults.failed": "Standardene dine kunne ikke lagres. Prøv igjen.",
  "done.addedDefaultsMissed":
    "Nettmøte lagt til, men ikke alle standard møtealternativene dine ble brukt. Kontroller dem under Møtealternativer.",
};
