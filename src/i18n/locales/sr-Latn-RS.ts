// Serbian (Latin, Serbia).
import type { Catalog } from "./en-US";

export const srLatnRS: Catalog = {
  "app.title": "Sastanak na mreži",
  "app.loading": "Čitanje obaveze…",

  "state.none": "Ova obaveza još nije sastanak na mreži.",
  "state.organizer": "Organizator u usluzi Teams: {organizer}",
  "state.ours.standalone": "Teams sastanak koji je dodao Online Meeting for Outlook.",
  "state.ours.calendar": "Ovaj događaj je sastanak na mreži ({provider}).",
  "state.calendarOnline": "Ovaj događaj je već sastanak na mreži ({provider}). Nema šta da se doda.",
  "state.foreign":
    "Tekst već sadrži vezu za pridruživanje za {service}. Još jedna veza bi učesnicima dala dva načina da se pridruže.",
  "state.joinLink": "Veza za pridruživanje",
  "state.validUntil": "Veza za pridruživanje radi do {date}, 60 dana nakon završetka sastanka.",
  "state.copy": "Kopiraj vezu za pridruživanje",
  "state.copied": "Veza za pridruživanje je kopirana.",
  "state.copyFailed": "Kopiranje nije uspelo. Izaberite vezu i sami je kopirajte.",

  "toggle.label": "Sastanak na mreži",
  "toggle.on": "Uključeno",
  "toggle.off": "Isključeno",

  "route.legend": "Način dodavanja",
  "route.calendar": "Pretvori ovaj događaj u sastanak u usluzi {provider}",
  "route.standalone": "Samostalni Teams sastanak (tekst za pridruživanje na jeziku koji izaberete)",
  "route.delegateOrganizer":
    "U kalendaru korisnika {owner} pravi se samostalni sastanak u vaše ime: vi, a ne {owner}, bićete njegov organizator u usluzi Teams.",
  "route.noProvider":
    "Vaš kalendar ne nudi dobavljača sastanaka na mreži, pa će biti kreiran samostalni Teams sastanak.",
  "route.loading": "Proveravanje onoga što vaš kalendar dozvoljava…",

  "language.label": "Jezik teksta za pridruživanje",
  "language.default": "{language} (jezik Outlook-a)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "nepoznati dobavljač",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "sastanak na mreži",

  "confirm.calendar.title": "Želite li da uključite sastanak u usluzi {provider}?",
  "confirm.calendar.irreversible":
    "Kada ovaj događaj postane sastanak na mreži, više ne može da se isključi.",
  "confirm.calendar.save":
    "Obaveza će prvo biti sačuvana u vašem kalendaru. Pozivnice se ne šalju dok ne pritisnete Pošalji.",
  "confirm.calendar.series":
    "Otvorili ste jedno ponavljanje niza. Ceo niz postaje {provider} sastanak: svako ponavljanje, sa jednom vezom za pridruživanje.",
  "confirm.calendar.remember": "Ne pitaj ponovo",
  "confirm.continue": "Uključi",
  "confirm.cancel": "Otkaži",
  "confirm.foreign.add": "Ipak dodaj",

  "action.add": "Dodaj sastanak na mreži",
  "action.remove": "Ukloni sastanak na mreži",
  "action.retry": "Pokušaj ponovo",
  "action.signIn": "Prijavi se",
  "action.signOut": "Odjavi se",

  "remove.irreversible":
    "Događaj na mreži ne može da se isključi. Ako više ne želite da se sastajete na mreži, kreirajte novu obavezu.",

  "progress.saving": "Čuvanje obaveze…",
  "progress.contacting": "Kreiranje sastanka na mreži…",
  "progress.waitingForSync": "Čeka se da Outlook sinhronizuje obavezu…",
  "progress.writing": "Dodavanje detalja za pridruživanje…",
  "progress.removing": "Uklanjanje sastanka na mreži…",

  "done.added": "Sastanak na mreži je dodat. Učesnici će vezu za pridruživanje pronaći u pozivnici.",
  "done.removed": "Sastanak na mreži je uklonjen.",
  "done.already": "Ova obaveza je već sastanak na mreži.",
  "done.languageChanged":
    "Detalji za pridruživanje su sada na jeziku {language}. Sastanak i njegova veza ostaju isti.",

  "settings.title": "Postavke",
  "settings.route": "Podrazumevani način dodavanja sastanka",
  "settings.route.auto": "Koristi dobavljača mog kalendara ako ga ima",
  "settings.route.standalone": "Uvek samostalni Teams sastanak",
  "settings.language": "Podrazumevani jezik teksta za pridruživanje",
  "settings.saved": "Postavke su sačuvane.",
  "settings.autoAdd": "Dodaj sastanak na mreži svakom novom sastanku (samostalni Teams sastanak)",
  "settings.autoAddNote": "Funkcioniše kada je administrator primenio programski dodatak.",

  "account.signedInAs": "Prijavljeni ste kao {name}",

  "error.offline":
    "Niste povezani ili Microsoft 365 nije dostupan. Ništa nije promenjeno. Pokušajte ponovo kada se povežete.",
  "error.timeout": "Microsoft 365 je predugo odgovarao. Ništa nije izgubljeno. Pokušajte ponovo.",
  "error.throttled": "Microsoft 365 je trenutno zauzet. Pokušajte ponovo {when}.",
  "error.throttled_unknown_wait":
    "Microsoft 365 je trenutno zauzet. Sačekajte malo, a zatim pokušajte ponovo.",
  "error.service_unavailable": "Microsoft 365 je privremeno nedostupan. Pokušajte ponovo za minut.",
  "error.unauthorized": "Vaša prijava je istekla. Ponovo se prijavite i pokušajte još jednom.",
  "error.consent_required":
    "Administrator mora da odobri Online Meeting for Outlook za vašu organizaciju pre nego što budete mogli da ga koristite.",
  "error.sign_in_required": "Prijavite se da biste videli i dodavali sastanke na mreži.",
  "error.sign_in_cancelled": "Prijavljivanje je otkazano. Prijavite se da biste dodali sastanak na mreži.",
  "error.sign_in_failed":
    "Prijavljivanje nije uspelo. Pokušajte ponovo ili zatražite pomoć od administratora.",
  "error.sign_in_unsupported_account":
    "Outlook.com i Gmail nalozi ne mogu da se prijave u ovaj programski dodatak. Za ovaj nalog koristite Outlook-ovo dugme za Skype ili Teams.",
  "error.personal_account": "Lični Microsoft nalozi ne mogu da kreiraju Teams sastanke.",
  "error.shared_calendar_read_only":
    "{owner} deli ovaj kalendar sa vama bez dozvole za uređivanje. Zatražite od korisnika {owner} pristup za uređivanje ili pristup delegata da biste ovde dodali sastanak na mreži.",
  "error.not_organizer":
    "{owner} je organizator ovog sastanka u usluzi Teams: samo {owner} može da ga ukloni ili promeni njegovo vreme.",
  "error.forbidden": "Nemate dozvolu za ovo. Vaš nalog možda nema Teams licencu. Obratite se administratoru.",
  "error.not_found": "Outlook još nije završio čuvanje ove obaveze. Sačekajte trenutak i pokušajte ponovo.",
  "error.conflict": "Obaveza je promenjena negde drugde. Ponovo je otvorite i pokušajte još jednom.",
  "error.bad_request":
    "Microsoft 365 je odbio zahtev. Proverite vreme početka i završetka obaveze i pokušajte ponovo.",
  "error.malformed_response":
    "Microsoft 365 je poslao odgovor koji nije mogao da se pročita. Ništa nije promenjeno. Pokušajte ponovo.",
  "error.graph_error": "Microsoft 365 je prijavio grešku. Ništa nije promenjeno. Pokušajte ponovo kasnije.",
  "error.foreign_meeting": "Tekst već sadrži vezu za pridruživanje drugom sastanku.",
  "error.irreversible": "Događaj na mreži više ne može da se isključi.",
  "error.busy": "Još se obrađuje prethodni zahtev…",
  "error.body_write_failed":
    "Outlook nije zadržao detalje za pridruživanje u tekstu. Vaš tekst je nepromenjen. Pokušajte ponovo.",
  "error.join_text_not_removable":
    "Detalji za pridruživanje u telu poruke više nemaju oznake programskog dodatka, pa ne mogu bezbedno da se uklone. Sastanak je zadržan. Izbrišite iz tela poruke detalje za pridruživanje sa vezom {url}, a zatim ponovo isključite sastanak.",
  "error.body_too_large": "Tekst obaveze je prevelik da bi Outlook dodao detalje za pridruživanje.",
  "error.host_error": "Outlook nije mogao da dovrši radnju. Pokušajte ponovo.",
  "error.item_not_saved": "Prvo sačuvajte obavezu, a zatim pokušajte ponovo.",
  "error.configuration":
    "Online Meeting for Outlook još nije konfigurisan za vašu organizaciju. Obratite se administratoru.",
  "error.unknown": "Došlo je do greške. Ništa nije promenjeno. Pokušajte ponovo.",
  "error.consentLink": "Veza za vašeg administratora",

  "command.needsConfirm":
    "Jednom otvorite Sastanak na mreži i potvrdite: kada je događaj na mreži, ne može da se isključi.",
  "command.needsConfirmSeries":
    "Ovo je jedno ponavljanje niza. Otvorite Sastanak na mreži i potvrdite da ceo niz prelazi na mrežu.",
  "command.foreign":
    "Tekst već sadrži vezu za pridruživanje za {service}. Otvorite Sastanak na mreži da biste ipak dodali još jednu.",

  "options.title": "Opcije sastanka",
  "options.loading": "Čitanje opcija sastanka…",
  "options.notOrganizer": "Opcije sastanka može da menja samo organizator.",
  "options.notFound": "Teams još nema ovaj sastanak. Zatvorite ovaj odeljak i kasnije ga ponovo otvorite.",
  "options.failed": "Opcije sastanka nije bilo moguće pročitati ni promeniti. Pokušajte ponovo.",
  "options.notApplied": "Teams nije primenio sve promene. Opcije prikazuju ono što ima Teams.",
  "options.unknown": "Nepoznato",
  "options.lobby": "Ko može da zaobiđe predvorje",
  "options.dialIn": "Pozivaoci telefonom zaobilaze predvorje",
  "options.presenters": "Ko može da prezentuje",
  "options.chat": "Ćaskanje na sastanku",
  "options.mic": "Učesnici mogu da uključe mikrofon",
  "options.camera": "Učesnici mogu da uključe kameru",
  "options.record": "Automatski snimaj",
  "options.announce": "Najavi kada se pozivaoci pridruže ili odu",
  "options.who.organizer": "Samo organizator",
  "options.who.organization": "Osobe u mojoj organizaciji",
  "options.who.federated": "Osobe u mojoj i pouzdanim organizacijama",
  "options.who.everyone": "Svi",
  "options.who.invited": "Pozvane osobe",
  "options.who.noGuests": "Osobe u mojoj organizaciji, bez gostiju",
  "options.who.chosen": "Određene osobe",
  "options.chat.enabled": "Uključeno",
  "options.chat.disabled": "Isključeno",
  "options.chat.limited": "Samo tokom sastanka",

  "options.defaults.save": "Sačuvaj kao moje podrazumevane vrednosti",
  "options.defaults.clear": "Obriši moje podrazumevane vrednosti",
  "options.defaults.active": "Vaše podrazumevane vrednosti važe za svaki novi sastanak.",
  "options.defaults.saved": "Sačuvano. Svaki novi sastanak dobiće ove opcije.",
  "options.defaults.cleared":
    "Vaše podrazumevane vrednosti su obrisane. Novi sastanci dobijaju uobičajene opcije aplikacije Teams.",
  "options.defaults.failed": "Podrazumevane vrednosti nije moguće sačuvati. Pokušajte ponovo.",
  "done.addedDefaultsMissed":
    "Sastanak na mreži je dodat, ali nisu primenjene sve vaše podrazumevane opcije sastanka. Proverite ih u odeljku Opcije sastanka.",
};
