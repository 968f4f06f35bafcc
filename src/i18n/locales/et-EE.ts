// Estonian (Estonia).
import type { Catalog } from "./en-US";

export const etEE: Catalog = {
  "app.title": "Veebikoosolek",
  "app.loading": "Kohtumise lugemine…",

  "state.none": "See kohtumine pole veel veebikoosolek.",
  "state.organizer": "Teamsi korraldaja: {organizer}",
  "state.ours.standalone": "Online Meeting for Outlooki lisatud Teamsi koosolek.",
  "state.ours.calendar": "See sündmus on veebikoosolek ({provider}).",
  "state.calendarOnline": "See sündmus on juba veebikoosolek ({provider}). Midagi pole vaja lisada.",
  "state.foreign":
    "Sisus on juba teenuse {service} liitumislink. Veel üks link annaks osalejatele kaks võimalust liitumiseks.",
  "state.joinLink": "Liitumislink",
  "state.validUntil": "Liitumislink töötab kuni {date}, 60 päeva pärast koosoleku lõppu.",
  "state.copy": "Kopeeri liitumislink",
  "state.copied": "Liitumislink on kopeeritud.",
  "state.copyFailed": "Kopeerimine nurjus. Valige link ja kopeerige see ise.",

  "toggle.label": "Veebikoosolek",
  "toggle.on": "Sees",
  "toggle.off": "Väljas",

  "route.legend": "Lisamise viis",
  "route.calendar": "Muuda see sündmus veebikoosolekuks ({provider})",
  "route.standalone": "Eraldiseisev Teamsi koosolek (liitumistekst teie valitud keeles)",
  "route.delegateOrganizer":
    "Kasutaja {owner} kalendrisse luuakse teie nimel eraldiseisev koosolek: selle Teamsi korraldaja olete teie, mitte {owner}.",
  "route.noProvider":
    "Teie kalender ei paku veebikoosolekute teenusepakkujat, seega luuakse eraldiseisev Teamsi koosolek.",
  "route.loading": "Kontrollitakse, mida teie kalender lubab…",

  "language.label": "Liitumisteksti keel",
  "language.default": "{language} (Outlooki keel)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "tundmatu teenusepakkuja",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "veebikoosolek",

  "confirm.calendar.title": "Kas lülitada veebikoosolek ({provider}) sisse?",
  "confirm.calendar.irreversible": "Kui see sündmus on veebikoosolek, ei saa seda enam välja lülitada.",
  "confirm.calendar.save":
    "Kohtumine salvestatakse kõigepealt teie kalendrisse. Kutseid ei saadeta enne, kui vajutate nuppu Saada.",
  "confirm.calendar.series":
    "Avasite sarja ühe esinemiskorra. Kogu sarjast saab {provider}-koosolek: iga esinemiskord, ühe liitumislingiga.",
  "confirm.calendar.remember": "Ära rohkem küsi",
  "confirm.continue": "Lülita sisse",
  "confirm.cancel": "Loobu",
  "confirm.foreign.add": "Lisa ikkagi",

  "action.add": "Lisa veebikoosolek",
  "action.remove": "Eemalda veebikoosolek",
  "action.retry": "Proovi uuesti",
  "action.signIn": "Logi sisse",
  "action.signOut": "Logi välja",

  "remove.irreversible":
    "Veebisündmust ei saa välja lülitada. Kui te ei soovi enam veebis kohtuda, looge uus kohtumine.",

  "progress.saving": "Kohtumise salvestamine…",
  "progress.contacting": "Veebikoosoleku loomine…",
  "progress.waitingForSync": "Oodatakse, kuni Outlook kohtumise sünkroonib…",
  "progress.writing": "Liitumisteabe lisamine…",
  "progress.removing": "Veebikoosoleku eemaldamine…",

  "done.added": "Veebikoosolek on lisatud. Osalejad leiavad liitumislingi kutsest.",
  "done.removed": "Veebikoosolek on eemaldatud.",
  "done.already": "See kohtumine on juba veebikoosolek.",
  "done.languageChanged": "Liitumisteave on nüüd keeles {language}. Koosolek ja selle link jäävad samaks.",

  "settings.title": "Sätted",
  "settings.route": "Koosoleku lisamise vaikeviis",
  "settings.route.auto": "Kasuta minu kalendri teenusepakkujat, kui see on olemas",
  "settings.route.standalone": "Alati eraldiseisev Teamsi koosolek",
  "settings.language": "Liitumisteksti vaikekeel",
  "settings.saved": "Sätted on salvestatud.",
  "settings.autoAdd": "Lisa igale uuele koosolekule veebikoosolek (eraldiseisev Teamsi koosolek)",
  "settings.autoAddNote": "Toimib, kui teie administraator on lisandmooduli juurutanud.",

  "account.signedInAs": "Sisse logitud kasutajana {name}",

  "error.offline":
    "Olete võrguühenduseta või Microsoft 365 pole kättesaadav. Midagi ei muudetud; proovige uuesti, kui ühendus on olemas.",
  "error.timeout": "Microsoft 365 vastas liiga kaua. Midagi ei läinud kaotsi; proovige uuesti.",
  "error.throttled": "Microsoft 365 on praegu hõivatud. Proovige uuesti {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 on praegu hõivatud. Oodake hetk ja proovige siis uuesti.",
  "error.service_unavailable": "Microsoft 365 pole ajutiselt saadaval. Proovige minuti pärast uuesti.",
  "error.unauthorized": "Teie sisselogimine on aegunud. Logige uuesti sisse ja proovige veel kord.",
  "error.consent_required":
    "Enne kui saate Online Meeting for Outlooki kasutada, peab administraator selle teie ettevõtte jaoks heaks kiitma.",
  "error.sign_in_required": "Veebikoosolekute vaatamiseks ja lisamiseks logige sisse.",
  "error.sign_in_cancelled": "Sisselogimine tühistati. Veebikoosoleku lisamiseks logige sisse.",
  "error.sign_in_failed":
    "Sisselogimine nurjus. Proovige uuesti või pöörduge abi saamiseks administraatori poole.",
  "error.sign_in_unsupported_account":
    "Outlook.com-i ja Gmaili kontodega ei saa sellesse lisandmoodulisse sisse logida. Kasutage selle konto jaoks Outlooki enda Skype'i või Teamsi nuppu.",
  "error.personal_account": "Isiklike Microsofti kontodega ei saa Teamsi koosolekuid luua.",
  "error.shared_calendar_read_only":
    "{owner} ühiskasutas seda kalendrit teiega ilma redigeerimisõiguseta. Siia veebikoosoleku lisamiseks paluge kasutajalt {owner} redigeerimis- või esindajaõigust.",
  "error.not_organizer":
    "{owner} on selle koosoleku Teamsi korraldaja: ainult {owner} saab selle eemaldada või aega muuta.",
  "error.forbidden":
    "Teil pole selleks õigust. Võimalik, et teie kontol pole Teamsi litsentsi; pöörduge administraatori poole.",
  "error.not_found":
    "Outlook pole selle kohtumise salvestamist veel lõpetanud. Oodake hetk ja proovige uuesti.",
  "error.conflict": "Kohtumist muudeti mujal. Avage see uuesti ja proovige veel kord.",
  "error.bad_request":
    "Microsoft 365 lükkas taotluse tagasi. Kontrollige kohtumise algus- ja lõpuaega ning proovige uuesti.",
  "error.malformed_response":
    "Microsoft 365 saatis vastuse, mida ei saanud lugeda. Midagi ei muudetud; proovige uuesti.",
  "error.graph_error": "Microsoft 365 teatas tõrkest. Midagi ei muudetud; proovige hiljem uuesti.",
  "error.foreign_meeting": "Sisus on juba teise koosoleku liitumislink.",
  "error.irreversible": "Veebisündmust ei saa uuesti välja lülitada.",
  "error.busy": "Eelmist taotlust alles töödeldakse…",
  "error.body_write_failed":
    "Outlook ei säilitanud liitumisteavet sisus. Teie tekst on muutmata; proovige uuesti.",
  "error.join_text_not_removable":
    "Sisus oleval liitumisteabel pole enam lisandmooduli märgiseid, seega ei saa seda ohutult eemaldada. Koosolek jääb alles. Kustutage sisust liitumisteave lingiga {url} ja lülitage koosolek seejärel uuesti välja.",
  "error.body_too_large": "Kohtumise sisu on liiga suur, et Outlook saaks liitumisteabe lisada.",
  "error.host_error": "Outlook ei saanud toimingut lõpule viia. Proovige uuesti.",
  "error.item_not_saved": "Salvestage kõigepealt kohtumine ja proovige siis uuesti.",
  "error.configuration":
    "Online Meeting for Outlook pole teie ettevõtte jaoks veel konfigureeritud. Pöörduge administraatori poole.",
  "error.unknown": "Midagi läks valesti. Midagi ei muudetud; proovige uuesti.",
  "error.consentLink": "Link teie administraatorile",

  "command.needsConfirm":
    "Kinnitamiseks avage üks kord Veebikoosolek: kui sündmus on veebis, ei saa seda välja lülitada.",
  "command.needsConfirmSeries":
    "See on sarja üks esinemiskord. Avage Veebikoosolek ja kinnitage, et kogu sari läheb veebi.",
  "command.foreign":
    "Sisus on juba teenuse {service} liitumislink. Kui soovite ikkagi lingi lisada, avage Veebikoosolek.",

  "options.title": "Koosoleku suvandid",
  "options.loading": "Koosoleku suvandeid loetakse…",
  "options.notOrganizer": "Koosoleku suvandeid saab muuta ainult korraldaja.",
  "options.notFound": "Teamsil pole seda koosolekut veel. Sulgege see jaotis ja avage hiljem uuesti.",
  "options.failed": "Koosoleku suvandeid ei saanud lugeda ega muuta. Proovige uuesti.",
  "options.notApplied": "Teams ei rakendanud kõiki muudatusi. Suvandid näitavad, mis Teamsis on.",
  "options.unknown": "Teadmata",
  "options.lobby": "Kes saavad ooteruumist mööda minna",
  "options.dialIn": "Telefoni teel helistajad lähevad ooteruumist mööda",
  "options.presenters": "Kes saavad esitleda",
  "options.chat": "Koosoleku vestlus",
  "options.mic": "Osalejad saavad mikrofoni sisse lülitada",
  "options.camera": "Osalejad saavad kaamera sisse lülitada",
  "options.record": "Salvesta automaatselt",
  "options.announce": "Teavita, kui helistajad liituvad või lahkuvad",
  "options.who.organizer": "Ainult korraldaja",
  "options.who.organization": "Minu ettevõtte inimesed",
  "options.who.federated": "Minu ettevõtte ja usaldusväärsete ettevõtete inimesed",
  "options.who.everyone": "Kõik",
  "options.who.invited": "Kutsutud inimesed",
  "options.who.noGuests": "Minu ettevõtte inimesed, v.a külalised",
  "options.who.chosen": "Kindlad inimesed",
  "options.chat.enabled": "Sees",
  "options.chat.disabled": "Väljas",
  "options.chat.limited": "Ainult koosoleku ajal",

  "options.defaults.save": "Salvesta minu vaikesätetena",
  "options.defaults.clear": "Tühjenda minu vaikesätted",
  "options.defaults.active": "Teie vaikesätted kehtivad igale uuele koosolekule.",
  "options.defaults.saved": "Salvestatud. Iga uus koosolek saab need suvandid.",
  "options.defaults.cleared":
    "Teie vaikesätted on tühjendatud. Uued koosolekud saavad Teamsi tavalised suvandid.",
  "options.defaults.failed": "Vaikesätteid ei saanud salvestada. Proovige uuesti.",
  "done.addedDefaultsMissed":
    "Veebikoosolek lisati, kuid kõiki teie koosoleku vaikesuvandeid ei rakendatud. Kontrollige neid jaotises Koosoleku suvandid.",
};
