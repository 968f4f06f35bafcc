// Croatian (Croatia).
import type { Catalog } from "./en-US";

export const hrHR: Catalog = {
  "app.title": "Mrežni sastanak",
  "app.loading": "Čitanje termina…",

  "state.none": "Ovaj termin još nije mrežni sastanak.",
  "state.organizer": "Organizator u aplikaciji Teams: {organizer}",
  "state.ours.standalone": "Sastanak u aplikaciji Teams dodao je Online Meeting for Outlook.",
  "state.ours.calendar": "Ovaj je događaj mrežni sastanak ({provider}).",
  "state.calendarOnline": "Ovaj je događaj već mrežni sastanak ({provider}). Nema se što dodati.",
  "state.foreign":
    "Tekst već sadrži vezu za pridruživanje za {service}. Još jedna veza sudionicima bi dala dva načina pridruživanja.",
  "state.joinLink": "Veza za pridruživanje",
  "state.validUntil": "Veza za pridruživanje radi do {date}, 60 dana nakon završetka sastanka.",
  "state.copy": "Kopiraj vezu za pridruživanje",
  "state.copied": "Veza za pridruživanje je kopirana.",
  "state.copyFailed": "Kopiranje nije uspjelo. Odaberite vezu i sami je kopirajte.",

  "toggle.label": "Mrežni sastanak",
  "toggle.on": "Uključeno",
  "toggle.off": "Isključeno",

  "route.legend": "Način dodavanja",
  "route.calendar": "Pretvori ovaj događaj u sastanak u usluzi {provider}",
  "route.standalone":
    "Samostalni sastanak u aplikaciji Teams (tekst za pridruživanje na jeziku koji odaberete)",
  "route.delegateOrganizer":
    "U kalendaru korisnika {owner} stvara se samostalni sastanak u vaše ime: vi, a ne {owner}, bit ćete njegov organizator u aplikaciji Teams.",
  "route.noProvider":
    "Vaš kalendar ne nudi davatelja mrežnih sastanaka pa će se stvoriti samostalni sastanak u aplikaciji Teams.",
  "route.loading": "Provjera onoga što vaš kalendar dopušta…",

  "language.label": "Jezik teksta za pridruživanje",
  "language.default": "{language} (jezik Outlooka)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "nepoznati davatelj",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "mrežni sastanak",

  "confirm.calendar.title": "Uključiti sastanak u usluzi {provider}?",
  "confirm.calendar.irreversible":
    "Kada ovaj događaj postane mrežni sastanak, više ga nije moguće isključiti.",
  "confirm.calendar.save":
    "Termin će se najprije spremiti u vaš kalendar. Pozivnice se ne šalju dok ne pritisnete Pošalji.",
  "confirm.calendar.series":
    "Otvorili ste jedno ponavljanje niza. Cijeli niz postaje sastanak u usluzi {provider}: svako ponavljanje, s jednom vezom za pridruživanje.",
  "confirm.calendar.remember": "Ne pitaj ponovno",
  "confirm.continue": "Uključi",
  "confirm.cancel": "Odustani",
  "confirm.foreign.add": "Svejedno dodaj",

  "action.add": "Dodaj mrežni sastanak",
  "action.remove": "Ukloni mrežni sastanak",
  "action.retry": "Pokušaj ponovno",
  "action.signIn": "Prijava",
  "action.signOut": "Odjava",

  "remove.irreversible":
    "Mrežni događaj nije moguće isključiti. Ako se više ne želite sastajati putem mreže, stvorite novi termin.",

  "progress.saving": "Spremanje termina…",
  "progress.contacting": "Stvaranje mrežnog sastanka…",
  "progress.waitingForSync": "Čekanje da Outlook sinkronizira termin…",
  "progress.writing": "Dodavanje pojedinosti za pridruživanje…",
  "progress.removing": "Uklanjanje mrežnog sastanka…",

  "done.added": "Mrežni sastanak je dodan. Sudionici će vezu za pridruživanje pronaći u pozivnici.",
  "done.removed": "Mrežni sastanak je uklonjen.",
  "done.already": "Ovaj je termin već mrežni sastanak.",
  "done.languageChanged":
    "Podaci za pridruživanje sada su na jeziku {language}. Sastanak i njegova veza ostaju isti.",

  "settings.title": "Postavke",
  "settings.route": "Zadani način dodavanja sastanka",
  "settings.route.auto": "Koristi davatelja mojeg kalendara ako ga ima",
  "settings.route.standalone": "Uvijek samostalni sastanak u aplikaciji Teams",
  "settings.language": "Zadani jezik teksta za pridruživanje",
  "settings.saved": "Postavke su spremljene.",
  "settings.autoAdd": "Dodaj mrežni sastanak svakom novom sastanku (samostalni sastanak u aplikaciji Teams)",
  "settings.autoAddNote": "Funkcionira ako je administrator implementirao dodatak.",

  "account.signedInAs": "Prijavljeni ste kao {name}",

  "error.offline":
    "Niste povezani ili Microsoft 365 nije dostupan. Ništa nije promijenjeno. Pokušajte ponovno kada se povežete.",
  "error.timeout": "Microsoft 365 predugo nije odgovarao. Ništa nije izgubljeno. Pokušajte ponovno.",
  "error.throttled": "Microsoft 365 trenutačno je zauzet. Pokušajte ponovno {when}.",
  "error.throttled_unknown_wait":
    "Microsoft 365 trenutačno je zauzet. Pričekajte malo, a zatim pokušajte ponovno.",
  "error.service_unavailable": "Microsoft 365 privremeno nije dostupan. Pokušajte ponovno za minutu.",
  "error.unauthorized": "Vaša je prijava istekla. Ponovno se prijavite i pokušajte još jednom.",
  "error.consent_required":
    "Administrator mora odobriti Online Meeting for Outlook za vašu tvrtku ili ustanovu prije nego što ga budete mogli koristiti.",
  "error.sign_in_required": "Prijavite se da biste vidjeli i dodavali mrežne sastanke.",
  "error.sign_in_cancelled": "Prijava je otkazana. Prijavite se da biste dodali mrežni sastanak.",
  "error.sign_in_failed": "Prijava nije uspjela. Pokušajte ponovno ili zatražite pomoć od administratora.",
  "error.sign_in_unsupported_account":
    "Računi Outlook.com i Gmail ne mogu se prijaviti u ovaj dodatak. Za ovaj račun koristite Outlookov gumb Skype ili Teams.",
  "error.personal_account": "Osobni Microsoftovi računi ne mogu stvarati sastanke u aplikaciji Teams.",
  "error.shared_calendar_read_only":
    "{owner} s vama dijeli ovaj kalendar bez dozvole za uređivanje. Zatražite od korisnika {owner} pristup za uređivanje ili pristup delegata da biste ovdje dodali mrežni sastanak.",
  "error.not_organizer":
    "{owner} je organizator ovog sastanka u aplikaciji Teams: samo ga {owner} može ukloniti ili mu promijeniti vrijeme.",
  "error.forbidden":
    "Nemate dozvolu za to. Vaš račun možda nema licencu za Teams. Obratite se administratoru.",
  "error.not_found":
    "Outlook još nije dovršio spremanje ovog termina. Pričekajte trenutak i pokušajte ponovno.",
  "error.conflict": "Termin je promijenjen negdje drugdje. Ponovno ga otvorite i pokušajte još jednom.",
  "error.bad_request":
    "Microsoft 365 odbio je zahtjev. Provjerite vrijeme početka i završetka termina i pokušajte ponovno.",
  "error.malformed_response":
    "Microsoft 365 poslao je odgovor koji nije moguće pročitati. Ništa nije promijenjeno. Pokušajte ponovno.",
  "error.graph_error":
    "Microsoft 365 prijavio je pogrešku. Ništa nije promijenjeno. Pokušajte ponovno kasnije.",
  "error.foreign_meeting": "Tekst već sadrži vezu za pridruživanje drugom sastanku.",
  "error.irreversible": "Mrežni događaj više nije moguće isključiti.",
  "error.busy": "Još se obrađuje prethodni zahtjev…",
  "error.body_write_failed":
    "Outlook nije zadržao pojedinosti za pridruživanje u tekstu. Vaš tekst nije promijenjen. Pokušajte ponovno.",
  "error.join_text_not_removable":
    "Podaci za pridruživanje u tijelu poruke više nemaju oznake dodatka pa ih nije moguće sigurno ukloniti. Sastanak je zadržan. Izbrišite iz tijela poruke podatke za pridruživanje s vezom {url}, a zatim ponovno isključite sastanak.",
  "error.body_too_large": "Tekst termina prevelik je da bi Outlook dodao pojedinosti za pridruživanje.",
  "error.host_error": "Outlook nije mogao dovršiti radnju. Pokušajte ponovno.",
  "error.item_not_saved": "Najprije spremite termin, a zatim pokušajte ponovno.",
  "error.configuration":
    "Online Meeting for Outlook još nije konfiguriran za vašu tvrtku ili ustanovu. Obratite se administratoru.",
  "error.unknown": "Nešto nije u redu. Ništa nije promijenjeno. Pokušajte ponovno.",
  "error.consentLink": "Veza za vašeg administratora",

  "command.needsConfirm":
    "Jednom otvorite Mrežni sastanak i potvrdite: kada je događaj mrežni, ne može se isključiti.",
  "command.needsConfirmSeries":
    "Ovo je jedno ponavljanje niza. Otvorite Mrežni sastanak i potvrdite da cijeli niz postaje mrežni.",
  "command.foreign":
    "Tekst već sadrži vezu za pridruživanje za {service}. Otvorite Mrežni sastanak da biste je svejedno dodali.",

  "options.title": "Mogućnosti sastanka",
  "options.loading": "Čitanje mogućnosti sastanka…",
  "options.notOrganizer": "Mogućnosti sastanka može mijenjati samo organizator.",
  "options.notFound": "Teams još nema ovaj sastanak. Zatvorite ovaj odjeljak i kasnije ga ponovno otvorite.",
  "options.failed": "Mogućnosti sastanka nije bilo moguće pročitati ni promijeniti. Pokušajte ponovno.",
  "options.notApplied": "Teams nije primijenio sve promjene. Mogućnosti prikazuju ono što ima Teams.",
  "options.unknown": "Nepoznato",
  "options.lobby": "Tko može zaobići predvorje",
  "options.dialIn": "Pozivatelji telefonom zaobilaze predvorje",
  "options.presenters": "Tko može prezentirati",
  "options.chat": "Čavrljanje sastanka",
  "options.mic": "Sudionici mogu uključiti mikrofon",
  "options.camera": "Sudionici mogu uključiti kameru",
  "options.record": "Automatski snimaj",
  "options.announce": "Najavi kad se pozivatelji pridruže ili odu",
  "options.who.organizer": "Samo organizator",
  "options.who.organization": "Osobe u mojoj tvrtki ili ustanovi",
  "options.who.federated": "Osobe u mojoj i pouzdanim tvrtkama ili ustanovama",
  "options.who.everyone": "Svi",
  "options.who.invited": "Pozvane osobe",
  "options.who.noGuests": "Osobe u mojoj tvrtki ili ustanovi, bez gostiju",
  "options.who.chosen": "Određene osobe",
  "options.chat.enabled": "Uključeno",
  "options.chat.disabled": "Isključeno",
  "options.chat.limited": "Samo tijekom sastanka",

  "options.defaults.save": "Spremi kao moje zadane postavke",
  "options.defaults.clear": "Očisti moje zadane postavke",
  "options.defaults.active": "Vaše zadane postavke primjenjuju se na svaki novi sastanak.",
  "options.defaults.saved": "Spremljeno. Svaki novi sastanak dobit će ove mogućnosti.",
  "options.defaults.cleared":
    "Vaše zadane postavke su očišćene. Novi sastanci dobivaju uobičajene mogućnosti aplikacije Teams.",
  "options.defaults.failed": "Zadane postavke nije moguće spremiti. Pokušajte ponovno.",
  "done.addedDefaultsMissed":
    "Mrežni sastanak je dodan, ali nisu primijenjene sve vaše zadane mogućnosti sastanka. Provjerite ih u odjeljku Mogućnosti sastanka.",
};
