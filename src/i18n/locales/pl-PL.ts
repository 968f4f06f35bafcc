// Polish (Poland).
import type { Catalog } from "./en-US";

export const plPL: Catalog = {
  "app.title": "Spotkanie online",
  "app.loading": "Odczytywanie terminu…",

  "state.none": "Ten termin nie jest jeszcze spotkaniem online.",
  "state.organizer": "Organizator w aplikacji Teams: {organizer}",
  "state.ours.standalone": "Spotkanie w aplikacji Teams dodane przez Online Meeting for Outlook.",
  "state.ours.calendar": "To wydarzenie jest spotkaniem online ({provider}).",
  "state.calendarOnline": "To wydarzenie jest już spotkaniem online ({provider}). Nie ma nic do dodania.",
  "state.foreign":
    "Treść zawiera już link umożliwiający dołączenie do usługi {service}. Dodanie kolejnego dałoby uczestnikom dwa sposoby dołączenia.",
  "state.joinLink": "Link do dołączenia",
  "state.validUntil": "Link do dołączenia działa do {date}, czyli 60 dni po zakończeniu spotkania.",
  "state.copy": "Kopiuj link do dołączenia",
  "state.copied": "Skopiowano link do dołączenia.",
  "state.copyFailed": "Nie można skopiować. Zaznacz link i skopiuj go samodzielnie.",

  "toggle.label": "Spotkanie online",
  "toggle.on": "Wł.",
  "toggle.off": "Wył.",

  "route.legend": "Sposób dodania",
  "route.calendar": "Zmień to wydarzenie w spotkanie w usłudze {provider}",
  "route.standalone": "Osobne spotkanie w aplikacji Teams (tekst dołączania w wybranym języku)",
  "route.delegateOrganizer":
    "W kalendarzu użytkownika {owner} zostanie utworzone osobne spotkanie w Twoim imieniu: to Ty, a nie {owner}, będziesz jego organizatorem w aplikacji Teams.",
  "route.noProvider":
    "Twój kalendarz nie oferuje dostawcy spotkań online, więc zostanie utworzone osobne spotkanie w aplikacji Teams.",
  "route.loading": "Sprawdzanie, na co pozwala Twój kalendarz…",

  "language.label": "Język tekstu dołączania",
  "language.default": "{language} (język programu Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "nieznany dostawca",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "spotkanie online",

  "confirm.calendar.title": "Włączyć spotkanie w usłudze {provider}?",
  "confirm.calendar.irreversible":
    "Gdy to wydarzenie stanie się spotkaniem online, nie będzie można go już wyłączyć.",
  "confirm.calendar.save":
    "Termin zostanie najpierw zapisany w Twoim kalendarzu. Zaproszenia zostaną wysłane dopiero po naciśnięciu przycisku Wyślij.",
  "confirm.calendar.series":
    "Otwarto jedno wystąpienie serii. Cała seria stanie się spotkaniem {provider}: każde wystąpienie, z jednym linkiem do dołączenia.",
  "confirm.calendar.remember": "Nie pytaj ponownie",
  "confirm.continue": "Włącz",
  "confirm.cancel": "Anuluj",
  "confirm.foreign.add": "Dodaj mimo to",

  "action.add": "Dodaj spotkanie online",
  "action.remove": "Usuń spotkanie online",
  "action.retry": "Spróbuj ponownie",
  "action.signIn": "Zaloguj się",
  "action.signOut": "Wyloguj się",

  "remove.irreversible":
    "Wydarzenia online nie można wyłączyć. Aby przestać spotykać się online, utwórz nowy termin.",

  "progress.saving": "Zapisywanie terminu…",
  "progress.contacting": "Tworzenie spotkania online…",
  "progress.waitingForSync": "Oczekiwanie na synchronizację terminu przez program Outlook…",
  "progress.writing": "Dodawanie szczegółów dołączania…",
  "progress.removing": "Usuwanie spotkania online…",

  "done.added": "Dodano spotkanie online. Uczestnicy znajdą link do dołączenia w zaproszeniu.",
  "done.removed": "Usunięto spotkanie online.",
  "done.already": "Ten termin jest już spotkaniem online.",
  "done.languageChanged":
    "Informacje o dołączaniu są teraz w języku: {language}. Spotkanie i jego link pozostają bez zmian.",

  "settings.title": "Ustawienia",
  "settings.route": "Domyślny sposób dodawania spotkania",
  "settings.route.auto": "Używaj dostawcy mojego kalendarza, jeśli jest dostępny",
  "settings.route.standalone": "Zawsze osobne spotkanie w aplikacji Teams",
  "settings.language": "Domyślny język tekstu dołączania",
  "settings.saved": "Zapisano ustawienia.",
  "settings.autoAdd":
    "Dodawaj spotkanie online do każdego nowego spotkania (osobne spotkanie w aplikacji Teams)",
  "settings.autoAddNote": "Działa, gdy administrator wdrożył dodatek.",

  "account.signedInAs": "Zalogowano jako {name}",

  "error.offline":
    "Jesteś w trybie offline lub nie można połączyć się z platformą Microsoft 365. Nic nie zostało zmienione. Spróbuj ponownie po nawiązaniu połączenia.",
  "error.timeout":
    "Platforma Microsoft 365 zbyt długo nie odpowiadała. Nic nie zostało utracone. Spróbuj ponownie.",
  "error.throttled": "Platforma Microsoft 365 jest teraz zajęta. Spróbuj ponownie {when}.",
  "error.throttled_unknown_wait":
    "Platforma Microsoft 365 jest teraz zajęta. Zaczekaj chwilę, a następnie spróbuj ponownie.",
  "error.service_unavailable":
    "Platforma Microsoft 365 jest tymczasowo niedostępna. Spróbuj ponownie za minutę.",
  "error.unauthorized": "Twoja sesja logowania wygasła. Zaloguj się ponownie i spróbuj jeszcze raz.",
  "error.consent_required":
    "Zanim będzie można używać dodatku Online Meeting for Outlook, administrator musi go zatwierdzić dla Twojej organizacji.",
  "error.sign_in_required": "Zaloguj się, aby wyświetlać i dodawać spotkania online.",
  "error.sign_in_cancelled": "Logowanie zostało anulowane. Zaloguj się, aby dodać spotkanie online.",
  "error.sign_in_failed": "Logowanie nie powiodło się. Spróbuj ponownie lub poproś administratora o pomoc.",
  "error.sign_in_unsupported_account":
    "Konta Outlook.com i Gmail nie mogą logować się do tego dodatku. W przypadku tego konta użyj przycisku Skype lub Teams w programie Outlook.",
  "error.personal_account": "Osobiste konta Microsoft nie mogą tworzyć spotkań w aplikacji Teams.",
  "error.shared_calendar_read_only":
    "Użytkownik {owner} udostępnił Ci ten kalendarz bez uprawnień do edycji. Poproś użytkownika {owner} o dostęp do edycji lub dostęp pełnomocnika, aby dodać tu spotkanie online.",
  "error.not_organizer":
    "{owner} jest organizatorem tego spotkania w aplikacji Teams: tylko {owner} może je usunąć lub zmienić jego godzinę.",
  "error.forbidden":
    "Nie masz uprawnień do tej operacji. Twoje konto może nie mieć licencji na aplikację Teams. Skontaktuj się z administratorem.",
  "error.not_found":
    "Program Outlook nie zakończył jeszcze zapisywania tego terminu. Poczekaj chwilę i spróbuj ponownie.",
  "error.conflict": "Termin został zmieniony w innym miejscu. Otwórz go ponownie i spróbuj jeszcze raz.",
  "error.bad_request":
    "Platforma Microsoft 365 odrzuciła żądanie. Sprawdź godzinę rozpoczęcia i zakończenia terminu i spróbuj ponownie.",
  "error.malformed_response":
    "Platforma Microsoft 365 wysłała odpowiedź, której nie można odczytać. Nic nie zostało zmienione. Spróbuj ponownie.",
  "error.graph_error":
    "Platforma Microsoft 365 zgłosiła błąd. Nic nie zostało zmienione. Spróbuj ponownie później.",
  "error.foreign_meeting": "Treść zawiera już link do dołączenia do innego spotkania.",
  "error.irreversible": "Wydarzenia online nie można ponownie wyłączyć.",
  "error.busy": "Trwa przetwarzanie poprzedniego żądania…",
  "error.body_write_failed":
    "Program Outlook nie zachował szczegółów dołączania w treści. Twój tekst nie został zmieniony. Spróbuj ponownie.",
  "error.join_text_not_removable":
    "Informacje o dołączaniu w treści nie mają już znaczników dodatku, więc nie można ich bezpiecznie usunąć. Spotkanie zostaje zachowane. Usuń z treści informacje o dołączaniu z linkiem {url}, a następnie ponownie wyłącz spotkanie.",
  "error.body_too_large":
    "Treść terminu jest zbyt duża, aby program Outlook mógł dodać szczegóły dołączania.",
  "error.host_error": "Program Outlook nie mógł ukończyć akcji. Spróbuj ponownie.",
  "error.item_not_saved": "Najpierw zapisz termin, a następnie spróbuj ponownie.",
  "error.configuration":
    "Dodatek Online Meeting for Outlook nie jest jeszcze skonfigurowany dla Twojej organizacji. Skontaktuj się z administratorem.",
  "error.unknown": "Coś poszło nie tak. Nic nie zostało zmienione. Spróbuj ponownie.",
  "error.consentLink": "Link dla administratora",

  "command.needsConfirm":
    "Otwórz raz okienko Spotkanie online, aby potwierdzić: tego wydarzenia nie można wyłączyć, gdy jest już online.",
  "command.needsConfirmSeries":
    "To jedno wystąpienie serii. Otwórz okienko Spotkanie online, aby potwierdzić, że cała seria stanie się online.",
  "command.foreign":
    "Treść zawiera już link umożliwiający dołączenie do usługi {service}. Otwórz okienko Spotkanie online, aby mimo to dodać kolejny.",

  "options.title": "Opcje spotkania",
  "options.loading": "Odczytywanie opcji spotkania…",
  "options.notOrganizer": "Tylko organizator spotkania może zmienić jego opcje.",
  "options.notFound": "Teams nie ma jeszcze tego spotkania. Zamknij i otwórz tę sekcję ponownie później.",
  "options.failed": "Nie można odczytać ani zmienić opcji spotkania. Spróbuj ponownie.",
  "options.notApplied": "Teams nie zastosował wszystkich zmian. Opcje pokazują to, co ma Teams.",
  "options.unknown": "Nieznane",
  "options.lobby": "Kto może pominąć poczekalnię",
  "options.dialIn": "Osoby dzwoniące przez telefon pomijają poczekalnię",
  "options.presenters": "Kto może prezentować",
  "options.chat": "Czat spotkania",
  "options.mic": "Uczestnicy mogą włączyć mikrofon",
  "options.camera": "Uczestnicy mogą włączyć kamerę",
  "options.record": "Nagrywaj automatycznie",
  "options.announce": "Ogłaszaj dołączanie i wychodzenie dzwoniących",
  "options.who.organizer": "Tylko organizator",
  "options.who.organization": "Osoby z mojej organizacji",
  "options.who.federated": "Osoby z mojej organizacji i zaufanych organizacji",
  "options.who.everyone": "Wszyscy",
  "options.who.invited": "Zaproszone osoby",
  "options.who.noGuests": "Osoby z mojej organizacji, bez gości",
  "options.who.chosen": "Określone osoby",
  "options.chat.enabled": "Włączony",
  "options.chat.disabled": "Wyłączony",
  "options.chat.limited": "Tylko podczas spotkania",

  "options.defaults.save": "Zapisz jako moje ustawienia domyślne",
  "options.defaults.clear": "Wyczyść moje ustawienia domyślne",
  "options.defaults.active": "Twoje ustawienia domyślne dotyczą każdego nowego spotkania.",
  "options.defaults.saved": "Zapisano. Każde nowe spotkanie otrzyma te opcje.",
  "options.defaults.cleared":
    "Twoje ustawienia domyślne zostały wyczyszczone. Nowe spotkania otrzymają zwykłe opcje aplikacji Teams.",
  "options.defaults.failed": "Nie można zapisać ustawień domyślnych. Spróbuj ponownie.",
  "done.addedDefaultsMissed":
    "Dodano spotkanie online, ale nie wszystkie domyślne opcje spotkania zostały zastosowane. Sprawdź je w sekcji Opcje spotkania.",
};
