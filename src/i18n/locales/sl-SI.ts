// Slovenian (Slovenia).
import type { Catalog } from "./en-US";

export const slSI: Catalog = {
  "app.title": "Spletno srečanje",
  "app.loading": "Branje sestanka …",

  "state.none": "Ta sestanek še ni spletno srečanje.",
  "state.organizer": "Organizator v aplikaciji Teams: {organizer}",
  "state.ours.standalone": "Srečanje v aplikaciji Teams, ki ga je dodal Online Meeting for Outlook.",
  "state.ours.calendar": "Ta dogodek je spletno srečanje ({provider}).",
  "state.calendarOnline": "Ta dogodek je že spletno srečanje ({provider}). Ničesar ni treba dodati.",
  "state.foreign":
    "Besedilo že vsebuje povezavo za pridružitev storitvi {service}. Še ena bi udeležencem ponudila dva načina pridružitve.",
  "state.joinLink": "Povezava za pridružitev",
  "state.validUntil": "Povezava za pridružitev deluje do {date}, 60 dni po koncu srečanja.",
  "state.copy": "Kopiraj povezavo za pridružitev",
  "state.copied": "Povezava za pridružitev je kopirana.",
  "state.copyFailed": "Kopiranje ni uspelo. Izberite povezavo in jo kopirajte sami.",

  "toggle.label": "Spletno srečanje",
  "toggle.on": "Vklopljeno",
  "toggle.off": "Izklopljeno",

  "route.legend": "Način dodajanja",
  "route.calendar": "Spremeni ta dogodek v srečanje v storitvi {provider}",
  "route.standalone": "Samostojno srečanje v aplikaciji Teams (besedilo za pridružitev v izbranem jeziku)",
  "route.delegateOrganizer":
    "V koledarju uporabnika {owner} bo v vašem imenu ustvarjeno samostojno srečanje: njegov organizator v aplikaciji Teams boste vi, ne {owner}.",
  "route.noProvider":
    "Vaš koledar ne ponuja ponudnika spletnih srečanj, zato bo ustvarjeno samostojno srečanje v aplikaciji Teams.",
  "route.loading": "Preverjanje, kaj omogoča vaš koledar …",

  "language.label": "Jezik besedila za pridružitev",
  "language.default": "{language} (jezik Outlooka)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "neznan ponudnik",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "spletno srečanje",

  "confirm.calendar.title": "Želite vklopiti srečanje v storitvi {provider}?",
  "confirm.calendar.irreversible": "Ko bo ta dogodek spletno srečanje, ga ne bo več mogoče izklopiti.",
  "confirm.calendar.save":
    "Sestanek bo najprej shranjen v vaš koledar. Povabila bodo poslana šele, ko pritisnete Pošlji.",
  "confirm.calendar.series":
    "Odprli ste eno ponovitev niza. Celoten niz postane srečanje {provider}: vsaka ponovitev, z eno povezavo za pridružitev.",
  "confirm.calendar.remember": "Ne sprašuj več",
  "confirm.continue": "Vklopi",
  "confirm.cancel": "Prekliči",
  "confirm.foreign.add": "Vseeno dodaj",

  "action.add": "Dodaj spletno srečanje",
  "action.remove": "Odstrani spletno srečanje",
  "action.retry": "Poskusi znova",
  "action.signIn": "Prijava",
  "action.signOut": "Odjava",

  "remove.irreversible":
    "Spletnega dogodka ni mogoče izklopiti. Če se ne želite več srečevati na spletu, ustvarite nov sestanek.",

  "progress.saving": "Shranjevanje sestanka …",
  "progress.contacting": "Ustvarjanje spletnega srečanja …",
  "progress.waitingForSync": "Čakanje, da Outlook sinhronizira sestanek …",
  "progress.writing": "Dodajanje podrobnosti za pridružitev …",
  "progress.removing": "Odstranjevanje spletnega srečanja …",

  "done.added": "Spletno srečanje je dodano. Udeleženci bodo povezavo za pridružitev našli v povabilu.",
  "done.removed": "Spletno srečanje je odstranjeno.",
  "done.already": "Ta sestanek je že spletno srečanje.",
  "done.languageChanged":
    "Podrobnosti za pridružitev so zdaj v jeziku {language}. Srečanje in njegova povezava ostajata enaka.",

  "settings.title": "Nastavitve",
  "settings.route": "Privzeti način dodajanja srečanja",
  "settings.route.auto": "Uporabi ponudnika mojega koledarja, če ga ima",
  "settings.route.standalone": "Vedno samostojno srečanje v aplikaciji Teams",
  "settings.language": "Privzeti jezik besedila za pridružitev",
  "settings.saved": "Nastavitve so shranjene.",
  "settings.autoAdd":
    "Vsakemu novemu srečanju dodaj spletno srečanje (samostojno srečanje v aplikaciji Teams)",
  "settings.autoAddNote": "Deluje, če je skrbnik uvedel dodatek.",

  "account.signedInAs": "Prijavljeni kot {name}",

  "error.offline":
    "Niste povezani ali pa storitev Microsoft 365 ni dosegljiva. Nič ni bilo spremenjeno. Poskusite znova, ko boste povezani.",
  "error.timeout": "Storitev Microsoft 365 se je predolgo odzivala. Nič ni bilo izgubljeno. Poskusite znova.",
  "error.throttled": "Storitev Microsoft 365 je trenutno zasedena. Poskusite znova {when}.",
  "error.throttled_unknown_wait":
    "Storitev Microsoft 365 je trenutno zasedena. Počakajte trenutek in poskusite znova.",
  "error.service_unavailable": "Storitev Microsoft 365 začasno ni na voljo. Poskusite znova čez minuto.",
  "error.unauthorized": "Vaša prijava je potekla. Znova se prijavite in poskusite še enkrat.",
  "error.consent_required":
    "Preden lahko uporabljate Online Meeting for Outlook, ga mora skrbnik odobriti za vašo organizacijo.",
  "error.sign_in_required": "Prijavite se, če si želite ogledati in dodajati spletna srečanja.",
  "error.sign_in_cancelled": "Prijava je bila preklicana. Prijavite se, če želite dodati spletno srečanje.",
  "error.sign_in_failed": "Prijava ni uspela. Poskusite znova ali prosite skrbnika za pomoč.",
  "error.sign_in_unsupported_account":
    "Računi Outlook.com in Gmail se ne morejo prijaviti v ta dodatek. Za ta račun uporabite Outlookov gumb Skype ali Teams.",
  "error.personal_account": "Osebni Microsoftovi računi ne morejo ustvarjati srečanj v aplikaciji Teams.",
  "error.shared_calendar_read_only":
    "{owner} vam je dal ta koledar v skupno rabo brez dovoljenja za urejanje. Če želite tukaj dodati spletno srečanje, prosite uporabnika {owner} za dostop za urejanje ali za dostop pooblaščenca.",
  "error.not_organizer":
    "{owner} je organizator tega srečanja v aplikaciji Teams: samo {owner} ga lahko odstrani ali spremeni njegov čas.",
  "error.forbidden":
    "Za to nimate dovoljenja. Vaš račun morda nima licence za Teams. Obrnite se na skrbnika.",
  "error.not_found":
    "Outlook še ni dokončal shranjevanja tega sestanka. Počakajte trenutek in poskusite znova.",
  "error.conflict": "Sestanek je bil spremenjen drugje. Znova ga odprite in poskusite še enkrat.",
  "error.bad_request":
    "Storitev Microsoft 365 je zavrnila zahtevo. Preverite začetni in končni čas sestanka ter poskusite znova.",
  "error.malformed_response":
    "Storitev Microsoft 365 je poslala odgovor, ki ga ni bilo mogoče prebrati. Nič ni bilo spremenjeno. Poskusite znova.",
  "error.graph_error":
    "Storitev Microsoft 365 je sporočila napako. Nič ni bilo spremenjeno. Poskusite znova pozneje.",
  "error.foreign_meeting": "Besedilo že vsebuje povezavo za pridružitev drugemu srečanju.",
  "error.irreversible": "Spletnega dogodka ni mogoče znova izklopiti.",
  "error.busy": "Prejšnja zahteva se še obdeluje …",
  "error.body_write_failed":
    "Outlook v besedilu ni ohranil podrobnosti za pridružitev. Vaše besedilo je nespremenjeno. Poskusite znova.",
  "error.join_text_not_removable":
    "Podrobnosti za pridružitev v telesu nimajo več oznak dodatka, zato jih ni mogoče varno odstraniti. Srečanje je ohranjeno. Iz telesa izbrišite podrobnosti za pridružitev s povezavo {url}, nato pa srečanje znova izklopite.",
  "error.body_too_large":
    "Besedilo sestanka je preveliko, da bi Outlook lahko dodal podrobnosti za pridružitev.",
  "error.host_error": "Outlook dejanja ni mogel dokončati. Poskusite znova.",
  "error.item_not_saved": "Najprej shranite sestanek in nato poskusite znova.",
  "error.configuration":
    "Online Meeting for Outlook za vašo organizacijo še ni konfiguriran. Obrnite se na skrbnika.",
  "error.unknown": "Prišlo je do napake. Nič ni bilo spremenjeno. Poskusite znova.",
  "error.consentLink": "Povezava za vašega skrbnika",

  "command.needsConfirm":
    "Enkrat odprite Spletno srečanje in potrdite: ko bo dogodek na spletu, ga ne bo mogoče izklopiti.",
  "command.needsConfirmSeries":
    "To je ena ponovitev niza. Odprite Spletno srečanje in potrdite, da celoten niz postane spletni.",
  "command.foreign":
    "Besedilo že vsebuje povezavo za pridružitev storitvi {service}. Če jo želite vseeno dodati, odprite Spletno srečanje.",

  "options.title": "Možnosti srečanja",
  "options.loading": "Branje možnosti srečanja …",
  "options.notOrganizer": "Možnosti srečanja lahko spremeni samo organizator.",
  "options.notFound": "Teams tega srečanja še nima. Zaprite ta razdelek in ga pozneje znova odprite.",
  "options.failed": "Možnosti srečanja ni bilo mogoče prebrati ali spremeniti. Poskusite znova.",
  "options.notApplied": "Teams ni uveljavil vseh sprememb. Možnosti kažejo, kar ima Teams.",
  "options.unknown": "Neznano",
  "options.lobby": "Kdo lahko obide čakalnico",
  "options.dialIn": "Klicatelji po telefonu obidejo čakalnico",
  "options.presenters": "Kdo lahko predstavlja",
  "options.chat": "Klepet srečanja",
  "options.mic": "Udeleženci lahko vklopijo mikrofon",
  "options.camera": "Udeleženci lahko vklopijo kamero",
  "options.record": "Samodejno snemaj",
  "options.announce": "Najavi, ko se klicatelji pridružijo ali odidejo",
  "options.who.organizer": "Samo organizator",
  "options.who.organization": "Osebe v moji organizaciji",
  "options.who.federated": "Osebe v moji in zaupanja vrednih organizacijah",
  "options.who.everyone": "Vsi",
  "options.who.invited": "Povabljene osebe",
  "options.who.noGuests": "Osebe v moji organizaciji, brez gostov",
  "options.who.chosen": "Določene osebe",
  "options.chat.enabled": "Vklopljeno",
  "options.chat.disabled": "Izklopljeno",
  "options.chat.limited": "Samo med srečanjem",

  "options.defaults.save": "Shrani kot moje privzete nastavitve",
  "options.defaults.clear": "Počisti moje privzete nastavitve",
  "options.defaults.active": "Vaše privzete nastavitve veljajo za vsako novo srečanje.",
  "options.defaults.saved": "Shranjeno. Vsako novo srečanje bo dobilo te možnosti.",
  "options.defaults.cleared":
    "Vaše privzete nastavitve so počiščene. Nova srečanja dobijo običajne možnosti aplikacije Teams.",
  "options.defaults.failed": "Privzetih nastavitev ni bilo mogoče shraniti. Poskusite znova.",
  "done.addedDefaultsMissed":
    "Spletno srečanje je dodano, vendar niso bile uporabljene vse vaše privzete možnosti srečanja. Preverite jih v razdelku Možnosti srečanja.",
};
