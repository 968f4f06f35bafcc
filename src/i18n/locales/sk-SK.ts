// Slovak (Slovakia).
import type { Catalog } from "./en-US";

export const skSK: Catalog = {
  "app.title": "Online schôdza",
  "app.loading": "Číta sa udalosť…",

  "state.none": "Táto udalosť zatiaľ nie je online schôdzou.",
  "state.organizer": "Organizátor v aplikácii Teams: {organizer}",
  "state.ours.standalone": "Schôdza v aplikácii Teams pridaná doplnkom Online Meeting for Outlook.",
  "state.ours.calendar": "Táto udalosť je online schôdzou ({provider}).",
  "state.calendarOnline": "Táto udalosť už je online schôdzou ({provider}). Nie je čo pridať.",
  "state.foreign":
    "Text už obsahuje prepojenie na pripojenie k službe {service}. Ďalšie by účastníkom ponúklo dva spôsoby pripojenia.",
  "state.joinLink": "Prepojenie na pripojenie",
  "state.validUntil": "Prepojenie na pripojenie funguje do {date}, teda 60 dní po skončení schôdze.",
  "state.copy": "Kopírovať prepojenie na pripojenie",
  "state.copied": "Prepojenie na pripojenie sa skopírovalo.",
  "state.copyFailed": "Kopírovanie sa nepodarilo. Vyberte prepojenie a skopírujte ho sami.",

  "toggle.label": "Online schôdza",
  "toggle.on": "Zapnuté",
  "toggle.off": "Vypnuté",

  "route.legend": "Spôsob pridania",
  "route.calendar": "Zmeniť túto udalosť na schôdzu v službe {provider}",
  "route.standalone": "Samostatná schôdza v aplikácii Teams (text na pripojenie vo vybratom jazyku)",
  "route.delegateOrganizer":
    "V kalendári používateľa {owner} sa vytvorí samostatná schôdza vaším menom: jej organizátorom v aplikácii Teams budete vy, nie {owner}.",
  "route.noProvider":
    "Váš kalendár neponúka žiadneho poskytovateľa online schôdzí, preto sa vytvorí samostatná schôdza v aplikácii Teams.",
  "route.loading": "Zisťuje sa, čo váš kalendár umožňuje…",

  "language.label": "Jazyk textu na pripojenie",
  "language.default": "{language} (jazyk Outlooku)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "neznámy poskytovateľ",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "online schôdza",

  "confirm.calendar.title": "Zapnúť schôdzu v službe {provider}?",
  "confirm.calendar.irreversible": "Keď bude táto udalosť online schôdzou, už sa to nebude dať vrátiť.",
  "confirm.calendar.save":
    "Udalosť sa najprv uloží do vášho kalendára. Pozvánky sa odošlú, až keď kliknete na položku Odoslať.",
  "confirm.calendar.series":
    "Otvorili ste jeden výskyt opakovanej série. Celá séria sa zmení na schôdzu {provider}: každý výskyt, s jedným prepojením na pripojenie.",
  "confirm.calendar.remember": "Už sa nepýtať",
  "confirm.continue": "Zapnúť",
  "confirm.cancel": "Zrušiť",
  "confirm.foreign.add": "Napriek tomu pridať",

  "action.add": "Pridať online schôdzu",
  "action.remove": "Odstrániť online schôdzu",
  "action.retry": "Skúsiť znova",
  "action.signIn": "Prihlásiť sa",
  "action.signOut": "Odhlásiť sa",

  "remove.irreversible":
    "Online udalosť sa nedá vypnúť. Ak sa už nechcete stretávať online, vytvorte novú udalosť.",

  "progress.saving": "Ukladá sa udalosť…",
  "progress.contacting": "Vytvára sa online schôdza…",
  "progress.waitingForSync": "Čaká sa, kým Outlook synchronizuje udalosť…",
  "progress.writing": "Pridávajú sa podrobnosti na pripojenie…",
  "progress.removing": "Odstraňuje sa online schôdza…",

  "done.added": "Online schôdza sa pridala. Účastníci nájdu prepojenie na pripojenie v pozvánke.",
  "done.removed": "Online schôdza sa odstránila.",
  "done.already": "Táto udalosť už je online schôdzou.",
  "done.languageChanged":
    "Informácie na pripojenie sú teraz v jazyku {language}. Schôdza aj jej prepojenie zostávajú rovnaké.",

  "settings.title": "Nastavenia",
  "settings.route": "Predvolený spôsob pridania schôdze",
  "settings.route.auto": "Použiť poskytovateľa môjho kalendára, ak ho má",
  "settings.route.standalone": "Vždy samostatná schôdza v aplikácii Teams",
  "settings.language": "Predvolený jazyk textu na pripojenie",
  "settings.saved": "Nastavenia sa uložili.",
  "settings.autoAdd": "Pridať online schôdzu ku každej novej schôdzi (samostatná schôdza v aplikácii Teams)",
  "settings.autoAddNote": "Funguje, ak doplnok nasadil váš správca.",

  "account.signedInAs": "Prihlásený ako {name}",

  "error.offline":
    "Ste offline alebo Microsoft 365 nie je dostupný. Nič sa nezmenilo. Skúste to znova, keď budete pripojení.",
  "error.timeout": "Microsoft 365 odpovedal príliš dlho. Nič sa nestratilo. Skúste to znova.",
  "error.throttled": "Microsoft 365 je momentálne zaneprázdnený. Skúste to znova {when}.",
  "error.throttled_unknown_wait":
    "Microsoft 365 je momentálne zaneprázdnený. Chvíľu počkajte a skúste to znova.",
  "error.service_unavailable": "Microsoft 365 je dočasne nedostupný. Skúste to znova o minútu.",
  "error.unauthorized": "Vaše prihlásenie vypršalo. Prihláste sa znova a skúste to ešte raz.",
  "error.consent_required":
    "Skôr než budete môcť Online Meeting for Outlook používať, musí ho pre vašu organizáciu schváliť správca.",
  "error.sign_in_required": "Ak chcete zobraziť a pridať online schôdze, prihláste sa.",
  "error.sign_in_cancelled": "Prihlásenie sa zrušilo. Ak chcete pridať online schôdzu, prihláste sa.",
  "error.sign_in_failed": "Prihlásenie zlyhalo. Skúste to znova alebo požiadajte o pomoc správcu.",
  "error.sign_in_unsupported_account":
    "Kontá Outlook.com a Gmail sa nemôžu prihlásiť do tohto doplnku. Pre toto konto použite vlastné tlačidlo Skype alebo Teams v Outlooku.",
  "error.personal_account": "Osobné kontá Microsoft nemôžu vytvárať schôdze v aplikácii Teams.",
  "error.shared_calendar_read_only":
    "{owner} s vami zdieľa tento kalendár bez povolenia na úpravy. Ak sem chcete pridať online schôdzu, požiadajte používateľa {owner} o prístup na úpravy alebo o delegovaný prístup.",
  "error.not_organizer":
    "{owner} je organizátorom tejto schôdze v aplikácii Teams: iba {owner} ju môže odstrániť alebo zmeniť jej čas.",
  "error.forbidden":
    "Nemáte na to povolenie. Vaše konto možno nemá licenciu na Teams. Obráťte sa na správcu.",
  "error.not_found": "Outlook ešte nedokončil ukladanie tejto udalosti. Chvíľu počkajte a skúste to znova.",
  "error.conflict": "Udalosť sa zmenila inde. Otvorte ju znova a skúste to ešte raz.",
  "error.bad_request":
    "Microsoft 365 žiadosť odmietol. Skontrolujte čas začiatku a konca udalosti a skúste to znova.",
  "error.malformed_response":
    "Microsoft 365 poslal odpoveď, ktorú sa nepodarilo prečítať. Nič sa nezmenilo. Skúste to znova.",
  "error.graph_error": "Microsoft 365 nahlásil chybu. Nič sa nezmenilo. Skúste to znova neskôr.",
  "error.foreign_meeting": "Text už obsahuje prepojenie na pripojenie k inej schôdzi.",
  "error.irreversible": "Online udalosť sa už nedá znova vypnúť.",
  "error.busy": "Stále sa spracúva predchádzajúca žiadosť…",
  "error.body_write_failed":
    "Outlook v texte nezachoval podrobnosti na pripojenie. Váš text sa nezmenil. Skúste to znova.",
  "error.join_text_not_removable":
    "Informácie na pripojenie v texte už nemajú značky doplnku, preto sa nedajú bezpečne odstrániť. Schôdza sa zachová. Odstráňte z textu informácie na pripojenie s prepojením {url} a potom schôdzu znova vypnite.",
  "error.body_too_large":
    "Text udalosti je príliš veľký na to, aby doň Outlook pridal podrobnosti na pripojenie.",
  "error.host_error": "Outlook nemohol dokončiť akciu. Skúste to znova.",
  "error.item_not_saved": "Najprv udalosť uložte a potom to skúste znova.",
  "error.configuration":
    "Online Meeting for Outlook ešte nie je pre vašu organizáciu nakonfigurovaný. Obráťte sa na správcu.",
  "error.unknown": "Niečo sa pokazilo. Nič sa nezmenilo. Skúste to znova.",
  "error.consentLink": "Prepojenie pre vášho správcu",

  "command.needsConfirm":
    "Raz otvorte Online schôdzu a potvrďte to: keď bude udalosť online, nebude sa dať vypnúť.",
  "command.needsConfirmSeries":
    "Toto je jeden výskyt opakovanej série. Otvorte Online schôdzu a potvrďte, že celá séria bude online.",
  "command.foreign":
    "Text už obsahuje prepojenie na pripojenie k službe {service}. Ak chcete napriek tomu pridať ďalšie, otvorte Online schôdzu.",

  "options.title": "Možnosti schôdze",
  "options.loading": "Načítavajú sa možnosti schôdze…",
  "options.notOrganizer": "Možnosti schôdze môže meniť iba jej organizátor.",
  "options.notFound": "Teams túto schôdzu zatiaľ nemá. Zatvorte túto časť a neskôr ju otvorte znova.",
  "options.failed": "Možnosti schôdze sa nepodarilo načítať ani zmeniť. Skúste to znova.",
  "options.notApplied": "Teams nepoužil všetky zmeny. Možnosti ukazujú, čo má Teams.",
  "options.unknown": "Neznáme",
  "options.lobby": "Kto môže obísť predsálie",
  "options.dialIn": "Volajúci cez telefón obchádzajú predsálie",
  "options.presenters": "Kto môže prezentovať",
  "options.chat": "Chat schôdze",
  "options.mic": "Účastníci si môžu zapnúť mikrofón",
  "options.camera": "Účastníci si môžu zapnúť kameru",
  "options.record": "Nahrávať automaticky",
  "options.announce": "Oznamovať príchod a odchod volajúcich",
  "options.who.organizer": "Iba organizátor",
  "options.who.organization": "Ľudia v mojej organizácii",
  "options.who.federated": "Ľudia v mojej organizácii a dôveryhodných organizáciách",
  "options.who.everyone": "Všetci",
  "options.who.invited": "Pozvaní ľudia",
  "options.who.noGuests": "Ľudia v mojej organizácii, bez hostí",
  "options.who.chosen": "Konkrétni ľudia",
  "options.chat.enabled": "Zapnutý",
  "options.chat.disabled": "Vypnutý",
  "options.chat.limited": "Iba počas schôdze",

  "options.defaults.save": "Uložiť ako moje predvolené",
  "options.defaults.clear": "Vymazať moje predvolené",
  "options.defaults.active": "Vaše predvolené hodnoty platia pre každú novú schôdzu.",
  "options.defaults.saved": "Uložené. Každá nová schôdza dostane tieto možnosti.",
  "options.defaults.cleared":
    "Vaše predvolené hodnoty sú vymazané. Nové schôdze dostanú obvyklé možnosti aplikácie Teams.",
  "options.defaults.failed": "Predvolené hodnoty sa nepodarilo uložiť. Skúste to znova.",
  "done.addedDefaultsMissed":
    "Online schôdza bola pridaná, ale nie všetky vaše predvolené možnosti schôdze sa použili. Skontrolujte ich v časti Možnosti schôdze.",
};
