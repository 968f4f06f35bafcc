// Norwegian Nynorsk (Norway).
import type { Catalog } from "./en-US";

export const nnNO: Catalog = {
  "app.title": "Nettmøte",
  "app.loading": "Les avtalen…",

  "state.none": "Denne avtalen er ikkje eit nettmøte enno.",
  "state.organizer": "Teams-arrangør: {organizer}",
  "state.ours.standalone": "Teams-møte lagt til av Online Meeting for Outlook.",
  "state.ours.calendar": "Denne hendinga er eit nettmøte ({provider}).",
  "state.calendarOnline": "Denne hendinga er allereie eit nettmøte ({provider}). Ingenting å leggje til.",
  "state.foreign":
    "Brødteksten har allereie ei deltakingslenkje for {service}. Ei til ville gje deltakarane to måtar å bli med på.",
  "state.joinLink": "Deltakingslenkje",
  "state.validUntil": "Deltakingslenkja fungerer til {date}, 60 dagar etter at møtet er slutt.",
  "state.copy": "Kopier deltakingslenkja",
  "state.copied": "Deltakingslenkja er kopiert.",
  "state.copyFailed": "Kunne ikkje kopiere. Merk lenkja, og kopier ho sjølv.",

  "toggle.label": "Nettmøte",
  "toggle.on": "På",
  "toggle.off": "Av",

  "route.legend": "Slik vert det lagt til",
  "route.calendar": "Gjer denne hendinga til eit {provider}-møte",
  "route.standalone": "Frittståande Teams-møte (deltakingstekst på språket du vel)",
  "route.delegateOrganizer":
    "I kalenderen til {owner} blir eit frittståande møte oppretta i ditt namn: Du, ikkje {owner}, blir Teams-arrangør for møtet.",
  "route.noProvider":
    "Kalenderen din tilbyr ingen leverandør av nettmøte, så eit frittståande Teams-møte vert oppretta.",
  "route.loading": "Kontrollerer kva kalenderen din tillèt…",

  "language.label": "Språk for deltakingsteksten",
  "language.default": "{language} (språket i Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "ukjend leverandør",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "nettmøte",

  "confirm.calendar.title": "Vil du slå på eit {provider}-møte?",
  "confirm.calendar.irreversible": "Når denne hendinga er eit nettmøte, kan det ikkje slåast av igjen.",
  "confirm.calendar.save":
    "Avtalen vert først lagra i kalenderen din. Ingen invitasjonar vert sende før du trykkjer på Send.",
  "confirm.calendar.series":
    "Du opna éin førekomst i ein serie. Heile serien blir eit {provider}-møte: kvar førekomst, med éi deltakingslenkje.",
  "confirm.calendar.remember": "Ikkje spør igjen",
  "confirm.continue": "Slå på",
  "confirm.cancel": "Avbryt",
  "confirm.foreign.add": "Legg til likevel",

  "action.add": "Legg til nettmøte",
  "action.remove": "Fjern nettmøte",
  "action.retry": "Prøv på nytt",
  "action.signIn": "Logg på",
  "action.signOut": "Logg av",

  "remove.irreversible":
    "Ei netthending kan ikkje slåast av. Opprett ein ny avtale viss du ikkje lenger vil møtast på nett.",

  "progress.saving": "Lagrar avtalen…",
  "progress.contacting": "Opprettar nettmøtet…",
  "progress.waitingForSync": "Ventar på at Outlook synkroniserer avtalen…",
  "progress.writing": "Legg til deltakingsinformasjonen…",
  "progress.removing": "Fjernar nettmøtet…",

  "done.added": "Nettmøtet er lagt til. Deltakarane finn deltakingslenkja i invitasjonen.",
  "done.removed": "Nettmøtet er fjerna.",
  "done.already": "Denne avtalen er allereie eit nettmøte.",
  "done.languageChanged": "Deltakingsdetaljane er no på {language}. Møtet og lenkja er dei same.",

  "settings.title": "Innstillingar",
  "settings.route": "Standardmåte å leggje til eit møte på",
  "settings.route.auto": "Bruk leverandøren til kalenderen når han har ein",
  "settings.route.standalone": "Alltid eit frittståande Teams-møte",
  "settings.language": "Standardspråk for deltakingsteksten",
  "settings.saved": "Innstillingane er lagra.",
  "settings.autoAdd": "Legg til eit nettmøte i kvart nye møte (frittståande Teams-møte)",
  "settings.autoAddNote": "Fungerer når administratoren har distribuert tillegget.",

  "account.signedInAs": "Logga på som {name}",

  "error.offline":
    "Du er fråkopla, eller Microsoft 365 kan ikkje nåast. Ingenting er endra. Prøv igjen når du er tilkopla.",
  "error.timeout": "Microsoft 365 brukte for lang tid på å svare. Ingenting gjekk tapt. Prøv igjen.",
  "error.throttled": "Microsoft 365 er oppteke akkurat no. Prøv igjen {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 er oppteken akkurat no. Vent litt, og prøv så på nytt.",
  "error.service_unavailable": "Microsoft 365 er mellombels utilgjengeleg. Prøv igjen om eit minutt.",
  "error.unauthorized": "Påloggingen din har gått ut. Logg på igjen, og prøv på nytt.",
  "error.consent_required":
    "Ein administrator må godkjenne Online Meeting for Outlook for organisasjonen din før du kan bruke det.",
  "error.sign_in_required": "Logg på for å sjå og leggje til nettmøte.",
  "error.sign_in_cancelled": "Påloggingen vart avbroten. Logg på for å leggje til eit nettmøte.",
  "error.sign_in_failed": "Påloggingen mislukkast. Prøv igjen, eller be administratoren om hjelp.",
  "error.sign_in_unsupported_account":
    "Outlook.com- og Gmail-kontoar kan ikkje logge på dette tillegget. Bruk Outlooks eigen Skype- eller Teams-knapp for denne kontoen.",
  "error.personal_account": "Personlege Microsoft-kontoar kan ikkje opprette Teams-møte.",
  "error.shared_calendar_read_only":
    "{owner} har delt denne kalenderen med deg utan løyve til å redigere han. Be {owner} om redigerings- eller representanttilgang for å leggje til eit nettmøte her.",
  "error.not_organizer":
    "{owner} er Teams-arrangør for dette møtet: Berre {owner} kan fjerne det eller endre tidspunktet.",
  "error.forbidden":
    "Du har ikkje løyve til dette. Kontoen din manglar kanskje ein Teams-lisens. Spør administratoren.",
  "error.not_found": "Outlook er ikkje ferdig med å lagre denne avtalen enno. Vent litt, og prøv igjen.",
  "error.conflict": "Avtalen vart endra ein annan stad. Opne han på nytt, og prøv igjen.",
  "error.bad_request":
    "Microsoft 365 avviste førespurnaden. Kontroller start- og sluttidspunktet for avtalen, og prøv igjen.",
  "error.malformed_response":
    "Microsoft 365 sende eit svar som ikkje kunne lesast. Ingenting er endra. Prøv igjen.",
  "error.graph_error": "Microsoft 365 rapporterte ein feil. Ingenting er endra. Prøv igjen seinare.",
  "error.foreign_meeting": "Brødteksten har allereie deltakingslenkja til eit anna møte.",
  "error.irreversible": "Ei netthending kan ikkje slåast av igjen.",
  "error.busy": "Arbeider framleis med førre førespurnad…",
  "error.body_write_failed":
    "Outlook tok ikkje vare på deltakingsinformasjonen i brødteksten. Teksten din er uendra. Prøv igjen.",
  "error.join_text_not_removable":
    "Deltakingsdetaljane i brødteksten har ikkje lenger markørane til tillegget og kan difor ikkje fjernast trygt. Møtet blir halde på. Slett deltakingsdetaljane med lenkja {url} frå brødteksten, og slå så av møtet igjen.",
  "error.body_too_large":
    "Brødteksten i avtalen er for stor til at Outlook kan leggje til deltakingsinformasjonen.",
  "error.host_error": "Outlook kunne ikkje fullføre handlinga. Prøv igjen.",
  "error.item_not_saved": "Lagre avtalen først, og prøv så igjen.",
  "error.configuration":
    "Online Meeting for Outlook er ikkje konfigurert for organisasjonen din enno. Spør administratoren.",
  "error.unknown": "Noko gjekk gale. Ingenting er endra. Prøv igjen.",
  "error.consentLink": "Lenkje til administratoren",

  "command.needsConfirm":
    "Opne Nettmøte éin gong for å stadfeste: Hendinga kan ikkje slåast av når ho er på nett.",
  "command.needsConfirmSeries":
    "Dette er éin førekomst i ein serie. Opne Nettmøte for å stadfeste at heile serien blir på nett.",
  "command.foreign":
    "Brødteksten har allereie ei deltakingslenkje for {service}. Opne Nettmøte for å leggje til ei likevel.",

  "options.title": "Møtealternativ",
  "options.loading": "Møtealternativa blir lesne…",
  "options.notOrganizer": "Berre arrangøren av møtet kan endre alternativa.",
  "options.notFound": "Teams har ikkje dette møtet enno. Lukk og opna denne delen att seinare.",
  "options.failed": "Møtealternativa kunne ikkje lesast eller endrast. Prøv på nytt.",
  "options.notApplied": "Teams tok ikkje i bruk alle endringane. Alternativa viser det Teams har.",
  "options.unknown": "Ukjend",
  "options.lobby": "Kven kan hoppe over lobbyen",
  "options.dialIn": "Innringjarar via telefon hoppar over lobbyen",
  "options.presenters": "Kven kan presentere",
  "options.chat": "Møtechat",
  "options.mic": "Deltakarar kan slå på mikrofonen",
  "options.camera": "Deltakarar kan slå på kameraet",
  "options.record": "Ta opp automatisk",
  "options.announce": "Kunngjer når innringjarar blir med eller går",
  "options.who.organizer": "Berre arrangøren",
  "options.who.organization": "Personar i organisasjonen min",
  "options.who.federated": "Personar i organisasjonen min og klarerte organisasjonar",
  "options.who.everyone": "Alle",
  "options.who.invited": "Inviterte personar",
  "options.who.noGuests": "Personar i organisasjonen min, utan gjester",
  "options.who.chosen": "Bestemte personar",
  "options.chat.enabled": "På",
  "options.chat.disabled": "Av",
  "options.chat.limited": "Berre under møtet",

  "options.defaults.save": "Lagre som standardane mine",
  "options.defaults.clear": "Fjern standardane mine",
  "options.defaults.active": "Standardane dine gjeld for alle nye møte.",
  "options.defaults.saved": "Lagra. Alle nye møte får desse alternativa.",
  "options.defaults.cleared": "Standardane dine er fjerna. Nye møte får dei vanlege alternativa i Teams.",
  "options.defaults.failed": "Standardane dine kunne ikkje lagrast. Prøv igjen.",
  "done.addedDefaultsMissed":
    "Nettmøte lagt til, men ikkje alle standard møtealternativa dine vart brukte. Kontroller dei under Møtealternativ.",
};
