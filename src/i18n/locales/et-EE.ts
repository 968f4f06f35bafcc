// Estonian (Estonia).
import type { Catalog } from "./en-US";

export const etEE: Catalog = {
  "app.title": "Veebikoosolek",
  "app.loading": "Kohtumise lugemine…",

  "state.none": "See kohtumine pole veel veebikoosolek.",
  "state.ours.standalone": "Online Meeting for Outlooki lisatud Teamsi koosolek.",
  "state.ours.calendar": "See sündmus on veebikoosolek ({provider}).",
  "state.calendarOnline": "See sündmus on juba veebikoosolek ({provider}). Midagi pole vaja lisada.",
  "state.foreign":
    "Sisus on juba teenuse {service} liitumislink. Veel üks link annaks osalejatele kaks võimalust liitumiseks.",
  "state.joinLink": "Liitumislink",
  "state.copy": "Kopeeri liitumislink",
  "state.copied": "Liitumislink on kopeeritud.",
  "state.copyFailed": "Kopeerimine nurjus. Valige link ja kopeerige see ise.",

  "toggle.label": "Veebikoosolek",
  "toggle.on": "Sees",
  "toggle.off": "Väljas",

  "route.legend": "Lisamise viis",
  "route.calendar": "Muuda see sündmus veebikoosolekuks ({provider})",
  "route.standalone": "Eraldiseisev Teamsi koosolek (liitumistekst teie valitud keeles)",
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
  "confirm.calendar.remember": "Ära rohkem küsi",
  "confirm.continue": "Lülita sisse",
  "confirm.cancel": "Loobu",
  "confirm.foreign.add": "Lisa ikkagi",

  "action.add": "Lisa veebikoosolek",
  "action.remove": "Eemalda veebikoosolek",
  "action.retry": "Proovi uuesti",
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
  "error.service_unavailable": "Microsoft 365 pole ajutiselt saadaval. Proovige minuti pärast uuesti.",
  "error.unauthorized": "Teie sisselogimine on aegunud. Logige uuesti sisse ja proovige veel kord.",
  "error.consent_required":
    "Enne kui saate Online Meeting for Outlooki kasutada, peab administraator selle teie ettevõtte jaoks heaks kiitma.",
  "error.sign_in_cancelled": "Sisselogimine tühistati. Veebikoosoleku lisamiseks logige sisse.",
  "error.sign_in_failed":
    "Sisselogimine nurjus. Proovige uuesti või pöörduge abi saamiseks administraatori poole.",
  "error.sign_in_unsupported_account":
    "Outlook.com-i ja Gmaili kontodega ei saa sellesse lisandmoodulisse sisse logida. Kasutage selle konto jaoks Outlooki enda Skype'i või Teamsi nuppu.",
  "error.personal_account": "Isiklike Microsofti kontodega ei saa Teamsi koosolekuid luua.",
  "error.personal_account_calendar":
    "Isiklike Microsofti kontodega ei saa eraldiseisvaid Teamsi koosolekuid luua. Valige selle asemel oma kalendri teenusepakkuja.",
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
  "error.no_route": "Selle konto jaoks pole saadaval ühtegi viisi veebikoosoleku lisamiseks.",
  "error.foreign_meeting": "Sisus on juba teise koosoleku liitumislink.",
  "error.irreversible": "Veebisündmust ei saa uuesti välja lülitada.",
  "error.busy": "Eelmist taotlust alles töödeldakse…",
  "error.body_write_failed":
    "Outlook ei säilitanud liitumisteavet sisus. Teie tekst on muutmata; proovige uuesti.",
  "error.body_too_large": "Kohtumise sisu on liiga suur, et Outlook saaks liitumisteabe lisada.",
  "error.host_error": "Outlook ei saanud toimingut lõpule viia. Proovige uuesti.",
  "error.item_not_saved": "Salvestage kõigepealt kohtumine ja proovige siis uuesti.",
  "error.configuration":
    "Online Meeting for Outlook pole teie ettevõtte jaoks veel konfigureeritud. Pöörduge administraatori poole.",
  "error.unknown": "Midagi läks valesti. Midagi ei muudetud; proovige uuesti.",
  "error.consentLink": "Link teie administraatorile",

  "command.needsConfirm":
    "Kinnitamiseks avage üks kord Veebikoosolek: kui sündmus on veebis, ei saa seda välja lülitada.",
  "command.foreign":
    "Sisus on juba teenuse {service} liitumislink. Kui soovite ikkagi lingi lisada, avage Veebikoosolek.",
};
