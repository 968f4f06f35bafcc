// Romanian (Romania).
import type { Catalog } from "./en-US";

export const roRO: Catalog = {
  "app.title": "Întâlnire online",
  "app.loading": "Se citește programarea…",

  "state.none": "Această programare nu este încă o întâlnire online.",
  "state.organizer": "Organizator Teams: {organizer}",
  "state.ours.standalone": "Întâlnire Teams adăugată de Online Meeting for Outlook.",
  "state.ours.calendar": "Acest eveniment este o întâlnire online ({provider}).",
  "state.calendarOnline":
    "Acest eveniment este deja o întâlnire online ({provider}). Nu este nimic de adăugat.",
  "state.foreign":
    "Corpul conține deja un link de participare {service}. Încă unul le-ar oferi participanților două moduri de a se asocia.",
  "state.joinLink": "Link de participare",
  "state.validUntil":
    "Linkul de participare funcționează până la {date}, la 60 de zile după încheierea întâlnirii.",
  "state.copy": "Copiați linkul de participare",
  "state.copied": "Linkul de participare a fost copiat.",
  "state.copyFailed": "Nu s-a putut copia. Selectați linkul și copiați-l manual.",

  "toggle.label": "Întâlnire online",
  "toggle.on": "Activat",
  "toggle.off": "Dezactivat",

  "route.legend": "Cum se adaugă",
  "route.calendar": "Transformați acest eveniment într-o întâlnire {provider}",
  "route.standalone": "Întâlnire Teams independentă (textul de participare în limba aleasă)",
  "route.delegateOrganizer":
    "În calendarul lui {owner} se creează o întâlnire independentă în numele dvs.: dvs., nu {owner}, veți fi organizatorul ei în Teams.",
  "route.noProvider":
    "Calendarul dvs. nu oferă niciun furnizor de întâlniri online, așa că va fi creată o întâlnire Teams independentă.",
  "route.loading": "Se verifică ce permite calendarul dvs.…",

  "language.label": "Limba textului de participare",
  "language.default": "{language} (limba Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "furnizor necunoscut",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "întâlnire online",

  "confirm.calendar.title": "Activați o întâlnire {provider}?",
  "confirm.calendar.irreversible":
    "După ce acest eveniment devine o întâlnire online, nu mai poate fi dezactivat.",
  "confirm.calendar.save":
    "Programarea va fi salvată mai întâi în calendarul dvs. Nu se trimit invitații până când nu apăsați Trimitere.",
  "confirm.calendar.series":
    "Ați deschis o repetare dintr-o serie. Întreaga serie devine o întâlnire {provider}: fiecare repetare, cu un singur link de participare.",
  "confirm.calendar.remember": "Nu mai întreba",
  "confirm.continue": "Activați",
  "confirm.cancel": "Anulare",
  "confirm.foreign.add": "Adăugați oricum",

  "action.add": "Adăugați o întâlnire online",
  "action.remove": "Eliminați întâlnirea online",
  "action.retry": "Reîncercați",
  "action.signIn": "Conectare",
  "action.signOut": "Deconectare",

  "remove.irreversible":
    "Un eveniment online nu poate fi dezactivat. Pentru a nu vă mai întâlni online, creați o programare nouă.",

  "progress.saving": "Se salvează programarea…",
  "progress.contacting": "Se creează întâlnirea online…",
  "progress.waitingForSync": "Se așteaptă ca Outlook să sincronizeze programarea…",
  "progress.writing": "Se adaugă detaliile de participare…",
  "progress.removing": "Se elimină întâlnirea online…",

  "done.added":
    "Întâlnirea online a fost adăugată. Participanții vor găsi linkul de participare în invitație.",
  "done.removed": "Întâlnirea online a fost eliminată.",
  "done.already": "Această programare este deja o întâlnire online.",
  "done.languageChanged":
    "Detaliile de participare sunt acum în {language}. Întâlnirea și linkul ei rămân aceleași.",

  "settings.title": "Setări",
  "settings.route": "Modul implicit de adăugare a unei întâlniri",
  "settings.route.auto": "Utilizează furnizorul calendarului meu, dacă există",
  "settings.route.standalone": "Întotdeauna o întâlnire Teams independentă",
  "settings.language": "Limba implicită a textului de participare",
  "settings.saved": "Setările au fost salvate.",
  "settings.autoAdd": "Adaugă o întâlnire online la fiecare întâlnire nouă (întâlnire Teams independentă)",
  "settings.autoAddNote": "Funcționează atunci când administratorul a implementat programul de completare.",

  "account.signedInAs": "Conectat ca {name}",

  "error.offline":
    "Sunteți offline sau Microsoft 365 nu poate fi accesat. Nu s-a modificat nimic; reîncercați după ce vă conectați.",
  "error.timeout": "Microsoft 365 a răspuns prea târziu. Nu s-a pierdut nimic; reîncercați.",
  "error.throttled": "Microsoft 365 este ocupat în acest moment. Reîncercați {when}.",
  "error.throttled_unknown_wait":
    "Microsoft 365 este ocupat în acest moment. Așteptați puțin, apoi reîncercați.",
  "error.service_unavailable": "Microsoft 365 este temporar indisponibil. Reîncercați peste un minut.",
  "error.unauthorized": "Conectarea dvs. a expirat. Conectați-vă din nou și reîncercați.",
  "error.consent_required":
    "Un administrator trebuie să aprobe Online Meeting for Outlook pentru organizația dvs. înainte de a-l putea utiliza.",
  "error.sign_in_required": "Conectați-vă pentru a vedea și a adăuga întâlniri online.",
  "error.sign_in_cancelled": "Conectarea a fost anulată. Conectați-vă pentru a adăuga o întâlnire online.",
  "error.sign_in_failed": "Conectarea nu a reușit. Reîncercați sau cereți ajutor administratorului.",
  "error.sign_in_unsupported_account":
    "Conturile Outlook.com și Gmail nu se pot conecta la acest program de completare. Pentru acest cont, utilizați butonul Skype sau Teams din Outlook.",
  "error.personal_account": "Conturile Microsoft personale nu pot crea întâlniri Teams.",
  "error.shared_calendar_read_only":
    "{owner} v-a partajat acest calendar fără permisiunea de a-l edita. Cereți-i lui {owner} acces de editare sau de delegat pentru a adăuga aici o întâlnire online.",
  "error.not_organizer":
    "{owner} este organizatorul Teams al acestei întâlniri: doar {owner} o poate elimina sau îi poate modifica ora.",
  "error.forbidden":
    "Nu aveți permisiunea pentru aceasta. Este posibil ca contul dvs. să nu aibă o licență Teams; adresați-vă administratorului.",
  "error.not_found":
    "Outlook nu a terminat încă de salvat această programare. Așteptați puțin și reîncercați.",
  "error.conflict": "Programarea a fost modificată în altă parte. Redeschideți-o și reîncercați.",
  "error.bad_request":
    "Microsoft 365 a refuzat solicitarea. Verificați ora de început și de sfârșit a programării și reîncercați.",
  "error.malformed_response":
    "Microsoft 365 a trimis un răspuns care nu a putut fi citit. Nu s-a modificat nimic; reîncercați.",
  "error.graph_error": "Microsoft 365 a raportat o eroare. Nu s-a modificat nimic; reîncercați mai târziu.",
  "error.foreign_meeting": "Corpul conține deja linkul de participare al altei întâlniri.",
  "error.irreversible": "Un eveniment online nu mai poate fi dezactivat.",
  "error.busy": "Se lucrează încă la solicitarea anterioară…",
  "error.body_write_failed":
    "Outlook nu a păstrat detaliile de participare în corp. Textul dvs. nu s-a modificat; reîncercați.",
  "error.join_text_not_removable":
    "Detaliile de participare din corp nu mai au marcajele programului de completare, așa că nu pot fi eliminate în siguranță. Întâlnirea este păstrată. Ștergeți din corp detaliile de participare cu linkul {url}, apoi dezactivați din nou întâlnirea.",
  "error.body_too_large":
    "Corpul programării este prea mare pentru ca Outlook să adauge detaliile de participare.",
  "error.host_error": "Outlook nu a putut finaliza acțiunea. Reîncercați.",
  "error.item_not_saved": "Salvați mai întâi programarea, apoi reîncercați.",
  "error.configuration":
    "Online Meeting for Outlook nu este încă configurat pentru organizația dvs. Adresați-vă administratorului.",
  "error.unknown": "A apărut o problemă. Nu s-a modificat nimic; reîncercați.",
  "error.consentLink": "Link pentru administrator",

  "command.needsConfirm":
    "Deschideți o dată Întâlnire online pentru a confirma: evenimentul nu poate fi dezactivat după ce devine online.",
  "command.needsConfirmSeries":
    "Aceasta este o repetare dintr-o serie. Deschideți Întâlnire online pentru a confirma că întreaga serie devine online.",
  "command.foreign":
    "Corpul conține deja un link de participare {service}. Deschideți Întâlnire online pentru a adăuga unul oricum.",

  "options.title": "Opțiuni întâlnire",
  "options.loading": "Se citesc opțiunile întâlnirii…",
  "options.notOrganizer": "Doar organizatorul întâlnirii poate modifica opțiunile.",
  "options.notFound":
    "Teams nu are încă această întâlnire. Închideți și redeschideți mai târziu această secțiune.",
  "options.failed": "Opțiunile întâlnirii nu au putut fi citite sau modificate. Încercați din nou.",
  "options.notApplied": "Teams nu a aplicat toate modificările. Opțiunile arată ce are Teams.",
  "options.unknown": "Necunoscut",
  "options.lobby": "Cine poate ocoli sala de așteptare",
  "options.dialIn": "Apelanții prin telefon ocolesc sala de așteptare",
  "options.presenters": "Cine poate prezenta",
  "options.chat": "Chat întâlnire",
  "options.mic": "Participanții își pot porni microfonul",
  "options.camera": "Participanții își pot porni camera",
  "options.record": "Înregistrare automată",
  "options.announce": "Anunță când apelanții se alătură sau pleacă",
  "options.who.organizer": "Doar organizatorul",
  "options.who.organization": "Persoanele din organizația mea",
  "options.who.federated": "Persoanele din organizația mea și din organizații de încredere",
  "options.who.everyone": "Toată lumea",
  "options.who.invited": "Persoanele invitate",
  "options.who.noGuests": "Persoanele din organizația mea, fără invitați",
  "options.who.chosen": "Anumite persoane",
  "options.chat.enabled": "Activat",
  "options.chat.disabled": "Dezactivat",
  "options.chat.limited": "Doar în timpul întâlnirii",

  "options.defaults.save": "Salvează ca valorile mele implicite",
  "options.defaults.clear": "Golește valorile mele implicite",
  "options.defaults.active": "Valorile implicite se aplică fiecărei întâlniri noi.",
  "options.defaults.saved": "Salvat. Fiecare întâlnire nouă va primi aceste opțiuni.",
  "options.defaults.cleared":
    "Valorile implicite au fost golite. Întâlnirile noi primesc opțiunile obișnuite din Teams.",
  "options.defaults.failed": "Valorile implicite nu au putut fi salvate. Încercați din nou.",
  "done.addedDefaultsMissed":
    "Întâlnirea online a fost adăugată, dar nu toate opțiunile implicite de întâlnire au fost aplicate. Verificați-le în Opțiuni întâlnire.",
};
