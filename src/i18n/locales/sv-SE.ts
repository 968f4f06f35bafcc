// Swedish (Sweden).
import type { Catalog } from "./en-US";

export const svSE: Catalog = {
  "app.title": "Onlinemöte",
  "app.loading": "Läser avtalet…",

  "state.none": "Det här avtalet är inte ett onlinemöte än.",
  "state.organizer": "Teams-organisatör: {organizer}",
  "state.ours.standalone": "Teams-möte tillagt av Online Meeting for Outlook.",
  "state.ours.calendar": "Den här händelsen är ett onlinemöte ({provider}).",
  "state.calendarOnline": "Den här händelsen är redan ett onlinemöte ({provider}). Inget att lägga till.",
  "state.foreign":
    "Brödtexten har redan en anslutningslänk för {service}. Om du lägger till en till får deltagarna två sätt att ansluta.",
  "state.joinLink": "Anslutningslänk",
  "state.validUntil": "Anslutningslänken fungerar till {date}, 60 dagar efter att mötet slutar.",
  "state.copy": "Kopiera anslutningslänken",
  "state.copied": "Anslutningslänken har kopierats.",
  "state.copyFailed": "Det gick inte att kopiera. Markera länken och kopiera den själv.",

  "toggle.label": "Onlinemöte",
  "toggle.on": "På",
  "toggle.off": "Av",

  "route.legend": "Hur det ska läggas till",
  "route.calendar": "Gör den här händelsen till ett {provider}-möte",
  "route.standalone": "Fristående Teams-möte (anslutningstext på det språk du väljer)",
  "route.delegateOrganizer":
    "I {owner}s kalender skapas ett fristående möte i ditt namn: du, inte {owner}, blir mötets Teams-organisatör.",
  "route.noProvider":
    "Din kalender erbjuder ingen leverantör av onlinemöten, så ett fristående Teams-möte skapas.",
  "route.loading": "Kontrollerar vad din kalender tillåter…",

  "language.label": "Språk för anslutningstexten",
  "language.default": "{language} (Outlooks språk)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "okänd leverantör",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "onlinemöte",

  "confirm.calendar.title": "Aktivera ett {provider}-möte?",
  "confirm.calendar.irreversible": "När den här händelsen är ett onlinemöte kan det inte stängas av igen.",
  "confirm.calendar.save":
    "Avtalet sparas först i din kalender. Inga inbjudningar skickas förrän du trycker på Skicka.",
  "confirm.calendar.series":
    "Du har öppnat en förekomst i en serie. Hela serien blir ett {provider}-möte: varje förekomst, med en anslutningslänk.",
  "confirm.calendar.remember": "Fråga inte igen",
  "confirm.continue": "Aktivera",
  "confirm.cancel": "Avbryt",
  "confirm.foreign.add": "Lägg till ändå",

  "action.add": "Lägg till onlinemöte",
  "action.remove": "Ta bort onlinemöte",
  "action.retry": "Försök igen",
  "action.signIn": "Logga in",
  "action.signOut": "Logga ut",

  "remove.irreversible":
    "En onlinehändelse kan inte stängas av. Skapa ett nytt avtal om du inte längre vill mötas online.",

  "progress.saving": "Sparar avtalet…",
  "progress.contacting": "Skapar onlinemötet…",
  "progress.waitingForSync": "Väntar på att Outlook ska synkronisera avtalet…",
  "progress.writing": "Lägger till anslutningsinformationen…",
  "progress.removing": "Tar bort onlinemötet…",

  "done.added": "Onlinemötet har lagts till. Deltagarna hittar anslutningslänken i inbjudan.",
  "done.removed": "Onlinemötet har tagits bort.",
  "done.already": "Det här avtalet är redan ett onlinemöte.",
  "done.languageChanged": "Anslutningsinformationen är nu på {language}. Mötet och länken är desamma.",

  "settings.title": "Inställningar",
  "settings.route": "Standardsätt att lägga till ett möte",
  "settings.route.auto": "Använd kalenderns leverantör när den har en",
  "settings.route.standalone": "Alltid ett fristående Teams-möte",
  "settings.language": "Standardspråk för anslutningstexten",
  "settings.saved": "Inställningarna har sparats.",
  "settings.autoAdd": "Lägg till ett onlinemöte i varje nytt möte (fristående Teams-möte)",
  "settings.autoAddNote": "Fungerar när administratören har distribuerat tillägget.",

  "account.signedInAs": "Inloggad som {name}",

  "error.offline":
    "Du är offline eller så går det inte att nå Microsoft 365. Inget har ändrats. Försök igen när du är ansluten.",
  "error.timeout": "Microsoft 365 tog för lång tid att svara. Inget har gått förlorat. Försök igen.",
  "error.throttled": "Microsoft 365 är upptaget just nu. Försök igen {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 är upptaget just nu. Vänta en stund och försök sedan igen.",
  "error.service_unavailable": "Microsoft 365 är inte tillgängligt för tillfället. Försök igen om en minut.",
  "error.unauthorized": "Din inloggning har upphört att gälla. Logga in igen och försök på nytt.",
  "error.consent_required":
    "En administratör måste godkänna Online Meeting for Outlook för din organisation innan du kan använda det.",
  "error.sign_in_required": "Logga in för att se och lägga till onlinemöten.",
  "error.sign_in_cancelled": "Inloggningen avbröts. Logga in för att lägga till ett onlinemöte.",
  "error.sign_in_failed": "Inloggningen misslyckades. Försök igen eller be administratören om hjälp.",
  "error.sign_in_unsupported_account":
    "Outlook.com- och Gmail-konton kan inte logga in på det här tillägget. Använd Outlooks egen Skype- eller Teams-knapp för det här kontot.",
  "error.personal_account": "Personliga Microsoft-konton kan inte skapa Teams-möten.",
  "error.shared_calendar_read_only":
    "{owner} har delat kalendern med dig utan behörighet att redigera den. Be {owner} om redigerings- eller ombudsbehörighet för att lägga till ett onlinemöte här.",
  "error.not_organizer":
    "{owner} är mötets Teams-organisatör: bara {owner} kan ta bort det eller ändra tiden.",
  "error.forbidden":
    "Du har inte behörighet till det här. Ditt konto kanske saknar Teams-licens. Kontakta administratören.",
  "error.not_found": "Outlook har inte sparat klart avtalet än. Vänta en stund och försök igen.",
  "error.conflict": "Avtalet har ändrats någon annanstans. Öppna det igen och försök på nytt.",
  "error.bad_request":
    "Microsoft 365 avvisade begäran. Kontrollera avtalets start- och sluttid och försök igen.",
  "error.malformed_response":
    "Microsoft 365 skickade ett svar som inte kunde läsas. Inget har ändrats. Försök igen.",
  "error.graph_error": "Microsoft 365 rapporterade ett fel. Inget har ändrats. Försök igen senare.",
  "error.foreign_meeting": "Brödtexten har redan ett annat mötes anslutningslänk.",
  "error.irreversible": "En onlinehändelse kan inte stängas av igen.",
  "error.busy": "Arbetar fortfarande med föregående begäran…",
  "error.body_write_failed":
    "Outlook behöll inte anslutningsinformationen i brödtexten. Din text är oförändrad. Försök igen.",
  "error.join_text_not_removable":
    "Anslutningsinformationen i brödtexten saknar numera tilläggets markörer och kan därför inte tas bort säkert. Mötet behålls. Ta bort anslutningsinformationen med länken {url} från brödtexten och stäng sedan av mötet igen.",
  "error.body_too_large":
    "Avtalets brödtext är för stor för att Outlook ska kunna lägga till anslutningsinformationen.",
  "error.host_error": "Outlook kunde inte slutföra åtgärden. Försök igen.",
  "error.item_not_saved": "Spara avtalet först och försök sedan igen.",
  "error.configuration":
    "Online Meeting for Outlook har inte konfigurerats för din organisation än. Kontakta administratören.",
  "error.unknown": "Något gick fel. Inget har ändrats. Försök igen.",
  "error.consentLink": "Länk till administratören",

  "command.needsConfirm":
    "Öppna Onlinemöte en gång för att bekräfta: händelsen kan inte stängas av när den är online.",
  "command.needsConfirmSeries":
    "Det här är en förekomst i en serie. Öppna Onlinemöte för att bekräfta att hela serien blir online.",
  "command.foreign":
    "Brödtexten har redan en anslutningslänk för {service}. Öppna Onlinemöte för att lägga till en ändå.",

  "options.title": "Mötesalternativ",
  "options.loading": "Mötesalternativen läses…",
  "options.notOrganizer": "Endast mötets organisatör kan ändra alternativen.",
  "options.notFound": "Teams har inte det här mötet ännu. Stäng och öppna avsnittet igen senare.",
  "options.failed": "Mötesalternativen kunde inte läsas eller ändras. Försök igen.",
  "options.notApplied": "Teams tillämpade inte alla ändringar. Alternativen visar vad Teams har.",
  "options.unknown": "Okänt",
  "options.lobby": "Vem kan kringgå lobbyn",
  "options.dialIn": "Uppringare via telefon kringgår lobbyn",
  "options.presenters": "Vem kan presentera",
  "options.chat": "Möteschatt",
  "options.mic": "Deltagare kan slå på mikrofonen",
  "options.camera": "Deltagare kan slå på kameran",
  "options.record": "Spela in automatiskt",
  "options.announce": "Meddela när uppringare ansluter eller lämnar",
  "options.who.organizer": "Endast organisatören",
  "options.who.organization": "Personer i min organisation",
  "options.who.federated": "Personer i min organisation och betrodda organisationer",
  "options.who.everyone": "Alla",
  "options.who.invited": "Inbjudna personer",
  "options.who.noGuests": "Personer i min organisation, utan gäster",
  "options.who.chosen": "Vissa personer",
  "options.chat.enabled": "På",
  "options.chat.disabled": "Av",
  "options.chat.limited": "Endast under mötet",

  "options.defaults.save": "Spara som mina standardvärden",
  "options.defaults.clear": "Rensa mina standardvärden",
  "options.defaults.active": "Dina standardvärden gäller för varje nytt möte.",
  "options.defaults.saved": "Sparat. Varje nytt möte får de här alternativen.",
  "options.defaults.cleared": "Dina standardvärden är rensade. Nya möten får Teams vanliga alternativ.",
  "options.defaults.failed": "Dina standardvärden kunde inte sparas. Försök igen.",
  "done.addedDefaultsMissed":
    "Onlinemöte tillagt, men alla dina standardmötesalternativ tillämpades inte. Kontrollera dem under Mötesalternativ.",
};
