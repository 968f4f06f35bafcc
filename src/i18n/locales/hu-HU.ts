// Hungarian (Hungary).
import type { Catalog } from "./en-US";

export const huHU: Catalog = {
  "app.title": "Online értekezlet",
  "app.loading": "A találkozó beolvasása…",

  "state.none": "Ez a találkozó még nem online értekezlet.",
  "state.organizer": "Teams-szervező: {organizer}",
  "state.ours.standalone": "Az Online Meeting for Outlook által hozzáadott Teams-értekezlet.",
  "state.ours.calendar": "Ez az esemény online értekezlet ({provider}).",
  "state.calendarOnline": "Ez az esemény már online értekezlet ({provider}). Nincs mit hozzáadni.",
  "state.foreign":
    "A szövegtörzsben már van {service}-csatlakozási hivatkozás. Egy újabb két csatlakozási módot adna a résztvevőknek.",
  "state.joinLink": "Csatlakozási hivatkozás",
  "state.validUntil":
    "A csatlakozási hivatkozás {date} napig működik, ami 60 nappal az értekezlet vége után van.",
  "state.copy": "Csatlakozási hivatkozás másolása",
  "state.copied": "A csatlakozási hivatkozás a vágólapra került.",
  "state.copyFailed": "A másolás nem sikerült. Jelölje ki a hivatkozást, és másolja ki saját maga.",

  "toggle.label": "Online értekezlet",
  "toggle.on": "Be",
  "toggle.off": "Ki",

  "route.legend": "A hozzáadás módja",
  "route.calendar": "Az esemény átalakítása online értekezletté ({provider})",
  "route.standalone": "Önálló Teams-értekezlet (a csatlakozási szöveg a választott nyelven)",
  "route.delegateOrganizer":
    "{owner} naptárában az Ön nevében jön létre egy önálló értekezlet: annak Teams-szervezője Ön lesz, nem {owner}.",
  "route.noProvider":
    "A naptára nem kínál online értekezlet-szolgáltatót, ezért önálló Teams-értekezlet jön létre.",
  "route.loading": "Annak ellenőrzése, hogy mit enged a naptár…",

  "language.label": "A csatlakozási szöveg nyelve",
  "language.default": "{language} (az Outlook nyelve)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "ismeretlen szolgáltató",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "online értekezlet",

  "confirm.calendar.title": "Bekapcsolja az online értekezletet ({provider})?",
  "confirm.calendar.irreversible": "Ha ez az esemény online értekezlet lesz, többé nem lehet kikapcsolni.",
  "confirm.calendar.save":
    "A találkozó először a naptárába lesz mentve. Meghívót csak a Küldés gomb megnyomása után küld a rendszer.",
  "confirm.calendar.series":
    "Egy ismétlődő sorozat egyik előfordulását nyitotta meg. Az egész sorozat {provider}-értekezlet lesz: minden előfordulás, egyetlen csatlakozási hivatkozással.",
  "confirm.calendar.remember": "Ne kérdezze többé",
  "confirm.continue": "Bekapcsolás",
  "confirm.cancel": "Mégse",
  "confirm.foreign.add": "Hozzáadás mégis",

  "action.add": "Online értekezlet hozzáadása",
  "action.remove": "Online értekezlet eltávolítása",
  "action.retry": "Újra",
  "action.signIn": "Bejelentkezés",
  "action.signOut": "Kijelentkezés",

  "remove.irreversible":
    "Az online esemény nem kapcsolható ki. Ha már nem szeretne online találkozni, hozzon létre új találkozót.",

  "progress.saving": "A találkozó mentése…",
  "progress.contacting": "Az online értekezlet létrehozása…",
  "progress.waitingForSync": "Várakozás arra, hogy az Outlook szinkronizálja a találkozót…",
  "progress.writing": "A csatlakozási adatok hozzáadása…",
  "progress.removing": "Az online értekezlet eltávolítása…",

  "done.added":
    "Az online értekezlet hozzáadva. A résztvevők a meghívóban találják a csatlakozási hivatkozást.",
  "done.removed": "Az online értekezlet eltávolítva.",
  "done.already": "Ez a találkozó már online értekezlet.",
  "done.languageChanged":
    "A csatlakozási adatok most már a következő nyelven jelennek meg: {language}. Az értekezlet és a hivatkozása nem változik.",

  "settings.title": "Beállítások",
  "settings.route": "Értekezlet hozzáadásának alapértelmezett módja",
  "settings.route.auto": "A naptáram szolgáltatójának használata, ha van ilyen",
  "settings.route.standalone": "Mindig önálló Teams-értekezlet",
  "settings.language": "A csatlakozási szöveg alapértelmezett nyelve",
  "settings.saved": "A beállítások mentve.",
  "settings.autoAdd": "Online értekezlet hozzáadása minden új értekezlethez (önálló Teams-értekezlet)",
  "settings.autoAddNote": "Akkor működik, ha a rendszergazda telepítette a bővítményt.",

  "account.signedInAs": "Bejelentkezve mint {name}",

  "error.offline":
    "Nincs kapcsolat, vagy a Microsoft 365 nem érhető el. Semmi sem változott; próbálkozzon újra, ha lesz kapcsolat.",
  "error.timeout": "A Microsoft 365 túl lassan válaszolt. Semmi sem veszett el; próbálkozzon újra.",
  "error.throttled": "A Microsoft 365 jelenleg túlterhelt. Próbálkozzon újra {when}.",
  "error.throttled_unknown_wait":
    "A Microsoft 365 jelenleg túlterhelt. Várjon egy kicsit, majd próbálkozzon újra.",
  "error.service_unavailable": "A Microsoft 365 átmenetileg nem érhető el. Próbálkozzon újra egy perc múlva.",
  "error.unauthorized": "A bejelentkezése lejárt. Jelentkezzen be újra, és próbálkozzon ismét.",
  "error.consent_required":
    "Az Online Meeting for Outlook használata előtt egy rendszergazdának jóvá kell hagynia a szervezete számára.",
  "error.sign_in_required": "Online értekezletek megtekintéséhez és hozzáadásához jelentkezzen be.",
  "error.sign_in_cancelled": "A bejelentkezés megszakadt. Online értekezlet hozzáadásához jelentkezzen be.",
  "error.sign_in_failed":
    "A bejelentkezés nem sikerült. Próbálkozzon újra, vagy kérjen segítséget a rendszergazdától.",
  "error.sign_in_unsupported_account":
    "Outlook.com- és Gmail-fiókkal nem lehet bejelentkezni ebbe a bővítménybe. Ehhez a fiókhoz használja az Outlook saját Skype- vagy Teams-gombját.",
  "error.personal_account": "Személyes Microsoft-fiókkal nem lehet Teams-értekezletet létrehozni.",
  "error.shared_calendar_read_only":
    "{owner} szerkesztési engedély nélkül osztotta meg Önnel ezt a naptárt. Ha online értekezletet szeretne ide hozzáadni, kérjen {owner} felhasználótól szerkesztési vagy meghatalmazotti hozzáférést.",
  "error.not_organizer":
    "Ennek az értekezletnek {owner} a Teams-szervezője: csak {owner} távolíthatja el, vagy módosíthatja az időpontját.",
  "error.forbidden":
    "Ehhez nincs engedélye. Lehet, hogy a fiókjához nem tartozik Teams-licenc; forduljon a rendszergazdához.",
  "error.not_found":
    "Az Outlook még nem fejezte be a találkozó mentését. Várjon egy kicsit, és próbálkozzon újra.",
  "error.conflict": "A találkozót máshol módosították. Nyissa meg újra, és próbálkozzon ismét.",
  "error.bad_request":
    "A Microsoft 365 elutasította a kérést. Ellenőrizze a találkozó kezdési és befejezési idejét, és próbálkozzon újra.",
  "error.malformed_response":
    "A Microsoft 365 olvashatatlan választ küldött. Semmi sem változott; próbálkozzon újra.",
  "error.graph_error": "A Microsoft 365 hibát jelzett. Semmi sem változott; próbálkozzon újra később.",
  "error.foreign_meeting": "A szövegtörzsben már van egy másik értekezlet csatlakozási hivatkozása.",
  "error.irreversible": "Az online esemény nem kapcsolható ki újra.",
  "error.busy": "Az előző kérés feldolgozása még folyamatban van…",
  "error.body_write_failed":
    "Az Outlook nem őrizte meg a csatlakozási adatokat a szövegtörzsben. A szövege változatlan; próbálkozzon újra.",
  "error.join_text_not_removable":
    "A törzsben lévő csatlakozási adatokon már nincsenek rajta a bővítmény jelölői, ezért nem távolíthatók el biztonságosan. Az értekezlet megmarad. Törölje a törzsből a(z) {url} hivatkozást tartalmazó csatlakozási adatokat, majd kapcsolja ki ismét az értekezletet.",
  "error.body_too_large":
    "A találkozó szövegtörzse túl nagy ahhoz, hogy az Outlook hozzáadja a csatlakozási adatokat.",
  "error.host_error": "Az Outlook nem tudta befejezni a műveletet. Próbálkozzon újra.",
  "error.item_not_saved": "Először mentse a találkozót, majd próbálkozzon újra.",
  "error.configuration":
    "Az Online Meeting for Outlook még nincs beállítva a szervezete számára. Forduljon a rendszergazdához.",
  "error.unknown": "Hiba történt. Semmi sem változott; próbálkozzon újra.",
  "error.consentLink": "Hivatkozás a rendszergazda számára",

  "command.needsConfirm":
    "A megerősítéshez nyissa meg egyszer az Online értekezlet panelt: az online eseményt utána nem lehet kikapcsolni.",
  "command.needsConfirmSeries":
    "Ez egy sorozat egyik előfordulása. Nyissa meg az Online értekezlet panelt, és erősítse meg, hogy az egész sorozat online lesz.",
  "command.foreign":
    "A szövegtörzsben már van {service}-csatlakozási hivatkozás. Ha mégis hozzá szeretne adni egyet, nyissa meg az Online értekezlet panelt.",

  "options.title": "Értekezlet beállításai",
  "options.loading": "Az értekezlet beállításainak beolvasása…",
  "options.notOrganizer": "Az értekezlet beállításait csak a szervező módosíthatja.",
  "options.notFound":
    "A Teams még nem ismeri ezt az értekezletet. Később zárja be, majd nyissa meg újra ezt a szakaszt.",
  "options.failed": "Az értekezlet beállításait nem sikerült beolvasni vagy módosítani. Próbálja újra.",
  "options.notApplied":
    "A Teams nem alkalmazott minden módosítást. A beállítások azt mutatják, ami a Teamsben van.",
  "options.unknown": "Ismeretlen",
  "options.lobby": "Kik kerülhetik meg az előszobát",
  "options.dialIn": "A telefonon betárcsázók megkerülik az előszobát",
  "options.presenters": "Kik mutathatnak be",
  "options.chat": "Értekezlet csevegése",
  "options.mic": "A résztvevők bekapcsolhatják a mikrofonjukat",
  "options.camera": "A résztvevők bekapcsolhatják a kamerájukat",
  "options.record": "Automatikus rögzítés",
  "options.announce": "Jelezze, ha hívók csatlakoznak vagy kilépnek",
  "options.who.organizer": "Csak a szervező",
  "options.who.organization": "A szervezetem tagjai",
  "options.who.federated": "A szervezetem és a megbízható szervezetek tagjai",
  "options.who.everyone": "Mindenki",
  "options.who.invited": "Meghívott személyek",
  "options.who.noGuests": "A szervezetem tagjai, vendégek nélkül",
  "options.who.chosen": "Adott személyek",
  "options.chat.enabled": "Be",
  "options.chat.disabled": "Ki",
  "options.chat.limited": "Csak az értekezlet alatt",

  "options.defaults.save": "Mentés alapértelmezésként",
  "options.defaults.clear": "Alapértelmezéseim törlése",
  "options.defaults.active": "Az alapértelmezései minden új értekezletre érvényesek.",
  "options.defaults.saved": "Mentve. Minden új értekezlet ezeket a beállításokat kapja.",
  "options.defaults.cleared":
    "Az alapértelmezései törölve. Az új értekezletek a Teams szokásos beállításait kapják.",
  "options.defaults.failed": "Az alapértelmezéseket nem sikerült menteni. Próbálja újra.",
  "done.addedDefaultsMissed":
    "Az online értekezlet hozzáadva, de nem minden alapértelmezett értekezlet-beállítás lett alkalmazva. Ellenőrizze őket az Értekezlet beállításai részen.",
};
