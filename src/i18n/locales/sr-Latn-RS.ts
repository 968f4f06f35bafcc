// Serbian (Latin, Serbia).
import type { Catalog } from "./en-US";

export const srLatnRS: Catalog = {
  "app.title": "Sastanak na mreži",
  "app.loading": "Čitanje obaveze…",

  "state.none": "Ova obaveza još nije sastanak na mreži.",
  "state.ours.standalone": "Teams sastanak koji je dodao Online Meeting for Outlook.",
  "state.ours.calendar": "Ovaj događaj je sastanak na mreži ({provider}).",
  "state.calendarOnline": "Ovaj događaj je već sastanak na mreži ({provider}). Nema šta da se doda.",
  "state.foreign":
    "Tekst već sadrži vezu za pridruživanje za {service}. Još jedna veza bi učesnicima dala dva načina da se pridruže.",
  "state.joinLink": "Veza za pridruživanje",
  "state.copy": "Kopiraj vezu za pridruživanje",
  "state.copied": "Veza za pridruživanje je kopirana.",
  "state.copyFailed": "Kopiranje nije uspelo. Izaberite vezu i sami je kopirajte.",

  "toggle.label": "Sastanak na mreži",
  "toggle.on": "Uključeno",
  "toggle.off": "Isključeno",

  "route.legend": "Način dodavanja",
  "route.calendar": "Pretvori ovaj događaj u sastanak u usluzi {provider}",
  "route.standalone": "Samostalni Teams sastanak (tekst za pridruživanje na jeziku koji izaberete)",
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
  "confirm.calendar.remember": "Ne pitaj ponovo",
  "confirm.continue": "Uključi",
  "confirm.cancel": "Otkaži",
  "confirm.foreign.add": "Ipak dodaj",

  "action.add": "Dodaj sastanak na mreži",
  "action.remove": "Ukloni sastanak na mreži",
  "action.retry": "Pokušaj ponovo",
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
  "error.service_unavailable": "Microsoft 365 je privremeno nedostupan. Pokušajte ponovo za minut.",
  "error.unauthorized": "Vaša prijava je istekla. Ponovo se prijavite i pokušajte još jednom.",
  "error.consent_required":
    "Administrator mora da odobri Online Meeting for Outlook za vašu organizaciju pre nego što budete mogli da ga koristite.",
  "error.sign_in_cancelled": "Prijavljivanje je otkazano. Prijavite se da biste dodali sastanak na mreži.",
  "error.sign_in_failed":
    "Prijavljivanje nije uspelo. Pokušajte ponovo ili zatražite pomoć od administratora.",
  "error.sign_in_unsupported_account":
    "Outlook.com i Gmail nalozi ne mogu da se prijave u ovaj programski dodatak. Za ovaj nalog koristite Outlook-ovo dugme za Skype ili Teams.",
  "error.personal_account": "Lični Microsoft nalozi ne mogu da kreiraju Teams sastanke.",
  "error.personal_account_calendar":
    "Lični Microsoft nalozi ne mogu da kreiraju samostalne Teams sastanke. Umesto toga izaberite dobavljača svog kalendara.",
  "error.forbidden": "Nemate dozvolu za ovo. Vaš nalog možda nema Teams licencu. Obratite se administratoru.",
  "error.not_found": "Outlook još nije završio čuvanje ove obaveze. Sačekajte trenutak i pokušajte ponovo.",
  "error.conflict": "Obaveza je promenjena negde drugde. Ponovo je otvorite i pokušajte još jednom.",
  "error.bad_request":
    "Microsoft 365 je odbio zahtev. Proverite vreme početka i završetka obaveze i pokušajte ponovo.",
  "error.malformed_response":
    "Microsoft 365 je poslao odgovor koji nije mogao da se pročita. Ništa nije promenjeno. Pokušajte ponovo.",
  "error.graph_error": "Microsoft 365 je prijavio grešku. Ništa nije promenjeno. Pokušajte ponovo kasnije.",
  "error.no_route": "Za ovaj nalog nije dostupan nijedan način dodavanja sastanka na mreži.",
  "error.foreign_meeting": "Tekst već sadrži vezu za pridruživanje drugom sastanku.",
  "error.irreversible": "Događaj na mreži više ne može da se isključi.",
  "error.busy": "Još se obrađuje prethodni zahtev…",
  "error.body_write_failed":
    "Outlook nije zadržao detalje za pridruživanje u tekstu. Vaš tekst je nepromenjen. Pokušajte ponovo.",
  "error.body_too_large": "Tekst obaveze je prevelik da bi Outlook dodao detalje za pridruživanje.",
  "error.host_error": "Outlook nije mogao da dovrši radnju. Pokušajte ponovo.",
  "error.item_not_saved": "Prvo sačuvajte obavezu, a zatim pokušajte ponovo.",
  "error.configuration":
    "Online Meeting for Outlook još nije konfigurisan za vašu organizaciju. Obratite se administratoru.",
  "error.unknown": "Došlo je do greške. Ništa nije promenjeno. Pokušajte ponovo.",
  "error.consentLink": "Veza za vašeg administratora",

  "command.needsConfirm":
    "Jednom otvorite Sastanak na mreži i potvrdite: kada je događaj na mreži, ne može da se isključi.",
  "command.foreign":
    "Tekst već sadrži vezu za pridruživanje za {service}. Otvorite Sastanak na mreži da biste ipak dodali još jednu.",
};
