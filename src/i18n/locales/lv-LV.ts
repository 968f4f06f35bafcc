// Latvian (Latvia).
import type { Catalog } from "./en-US";

export const lvLV: Catalog = {
  "app.title": "Tiešsaistes sapulce",
  "app.loading": "Notiek tikšanās nolasīšana…",

  "state.none": "Šī tikšanās vēl nav tiešsaistes sapulce.",
  "state.organizer": "Teams organizators: {organizer}",
  "state.ours.standalone": "Teams sapulci pievienoja Online Meeting for Outlook.",
  "state.ours.calendar": "Šis notikums ir tiešsaistes sapulce ({provider}).",
  "state.calendarOnline": "Šis notikums jau ir tiešsaistes sapulce ({provider}). Nav ko pievienot.",
  "state.foreign":
    "Pamattekstā jau ir {service} pievienošanās saite. Vēl viena saite dalībniekiem dotu divus pievienošanās veidus.",
  "state.joinLink": "Pievienošanās saite",
  "state.validUntil": "Pievienošanās saite darbojas līdz {date}, 60 dienas pēc sapulces beigām.",
  "state.copy": "Kopēt pievienošanās saiti",
  "state.copied": "Pievienošanās saite nokopēta.",
  "state.copyFailed": "Nevarēja nokopēt. Atlasiet saiti un nokopējiet to pats.",

  "toggle.label": "Tiešsaistes sapulce",
  "toggle.on": "Ieslēgts",
  "toggle.off": "Izslēgts",

  "route.legend": "Pievienošanas veids",
  "route.calendar": "Pārvērst šo notikumu par tiešsaistes sapulci ({provider})",
  "route.standalone": "Atsevišķa Teams sapulce (pievienošanās teksts jūsu izvēlētajā valodā)",
  "route.delegateOrganizer":
    "Lietotāja {owner} kalendārā jūsu vārdā tiek izveidota atsevišķa sapulce: tās Teams organizators būsit jūs, nevis {owner}.",
  "route.noProvider":
    "Jūsu kalendārs nepiedāvā tiešsaistes sapulču nodrošinātāju, tāpēc tiks izveidota atsevišķa Teams sapulce.",
  "route.loading": "Notiek pārbaude, ko atļauj jūsu kalendārs…",

  "language.label": "Pievienošanās teksta valoda",
  "language.default": "{language} (Outlook valoda)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "nezināms nodrošinātājs",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "tiešsaistes sapulce",

  "confirm.calendar.title": "Vai ieslēgt tiešsaistes sapulci ({provider})?",
  "confirm.calendar.irreversible": "Kad šis notikums būs tiešsaistes sapulce, to vairs nevarēs izslēgt.",
  "confirm.calendar.save":
    "Tikšanās vispirms tiks saglabāta jūsu kalendārā. Uzaicinājumi netiek nosūtīti, kamēr nenospiežat Sūtīt.",
  "confirm.calendar.series":
    "Jūs atvērāt vienu sērijas gadījumu. Visa sērija kļūst par {provider} sapulci: katrs gadījums, ar vienu pievienošanās saiti.",
  "confirm.calendar.remember": "Vairs nejautāt",
  "confirm.continue": "Ieslēgt",
  "confirm.cancel": "Atcelt",
  "confirm.foreign.add": "Tomēr pievienot",

  "action.add": "Pievienot tiešsaistes sapulci",
  "action.remove": "Noņemt tiešsaistes sapulci",
  "action.retry": "Mēģināt vēlreiz",
  "action.signIn": "Pierakstīties",
  "action.signOut": "Izrakstīties",

  "remove.irreversible":
    "Tiešsaistes notikumu nevar izslēgt. Lai vairs netiktos tiešsaistē, izveidojiet jaunu tikšanos.",

  "progress.saving": "Notiek tikšanās saglabāšana…",
  "progress.contacting": "Notiek tiešsaistes sapulces izveide…",
  "progress.waitingForSync": "Gaida, līdz Outlook sinhronizēs tikšanos…",
  "progress.writing": "Notiek pievienošanās informācijas pievienošana…",
  "progress.removing": "Notiek tiešsaistes sapulces noņemšana…",

  "done.added": "Tiešsaistes sapulce pievienota. Dalībnieki pievienošanās saiti atradīs uzaicinājumā.",
  "done.removed": "Tiešsaistes sapulce noņemta.",
  "done.already": "Šī tikšanās jau ir tiešsaistes sapulce.",
  "done.languageChanged":
    "Pievienošanās informācija tagad ir šādā valodā: {language}. Sapulce un tās saite paliek tās pašas.",

  "settings.title": "Iestatījumi",
  "settings.route": "Noklusējuma veids, kā pievienot sapulci",
  "settings.route.auto": "Izmantot mana kalendāra nodrošinātāju, ja tāds ir",
  "settings.route.standalone": "Vienmēr atsevišķa Teams sapulce",
  "settings.language": "Pievienošanās teksta noklusējuma valoda",
  "settings.saved": "Iestatījumi saglabāti.",
  "settings.autoAdd": "Pievienot tiešsaistes sapulci katrai jaunai sapulcei (atsevišķa Teams sapulce)",
  "settings.autoAddNote": "Darbojas, ja administrators ir izvietojis pievienojumprogrammu.",

  "account.signedInAs": "Pierakstījies kā {name}",

  "error.offline":
    "Esat bezsaistē vai Microsoft 365 nav sasniedzams. Nekas netika mainīts; mēģiniet vēlreiz, kad būsit izveidojis savienojumu.",
  "error.timeout": "Microsoft 365 atbildēja pārāk ilgi. Nekas netika zaudēts; mēģiniet vēlreiz.",
  "error.throttled": "Microsoft 365 pašlaik ir aizņemts. Mēģiniet vēlreiz {when}.",
  "error.throttled_unknown_wait":
    "Microsoft 365 pašlaik ir aizņemts. Brīdi uzgaidiet un pēc tam mēģiniet vēlreiz.",
  "error.service_unavailable": "Microsoft 365 īslaicīgi nav pieejams. Mēģiniet vēlreiz pēc minūtes.",
  "error.unauthorized": "Jūsu pierakstīšanās ir beigusies. Pierakstieties vēlreiz un mēģiniet no jauna.",
  "error.consent_required":
    "Lai varētu lietot Online Meeting for Outlook, administratoram tas ir jāapstiprina jūsu organizācijai.",
  "error.sign_in_required": "Pierakstieties, lai skatītu un pievienotu tiešsaistes sapulces.",
  "error.sign_in_cancelled":
    "Pierakstīšanās tika atcelta. Pierakstieties, lai pievienotu tiešsaistes sapulci.",
  "error.sign_in_failed": "Pierakstīšanās neizdevās. Mēģiniet vēlreiz vai lūdziet palīdzību administratoram.",
  "error.sign_in_unsupported_account":
    "Ar Outlook.com un Gmail kontiem nevar pierakstīties šajā pievienojumprogrammā. Šim kontam izmantojiet Outlook pogu Skype vai Teams.",
  "error.personal_account": "Ar personīgajiem Microsoft kontiem nevar izveidot Teams sapulces.",
  "error.shared_calendar_read_only":
    "{owner} ir koplietojis ar jums šo kalendāru bez rediģēšanas atļaujas. Lai šeit pievienotu tiešsaistes sapulci, lūdziet lietotājam {owner} rediģēšanas vai pārstāvja piekļuvi.",
  "error.not_organizer":
    "Šīs sapulces Teams organizators ir {owner}: tikai {owner} var to noņemt vai mainīt tās laiku.",
  "error.forbidden":
    "Jums nav atļaujas to darīt. Iespējams, jūsu kontam nav Teams licences; sazinieties ar administratoru.",
  "error.not_found": "Outlook vēl nav pabeidzis saglabāt šo tikšanos. Brīdi uzgaidiet un mēģiniet vēlreiz.",
  "error.conflict": "Tikšanās tika mainīta citur. Atveriet to vēlreiz un mēģiniet no jauna.",
  "error.bad_request":
    "Microsoft 365 noraidīja pieprasījumu. Pārbaudiet tikšanās sākuma un beigu laiku un mēģiniet vēlreiz.",
  "error.malformed_response":
    "Microsoft 365 nosūtīja atbildi, ko nevarēja nolasīt. Nekas netika mainīts; mēģiniet vēlreiz.",
  "error.graph_error": "Microsoft 365 ziņoja par kļūdu. Nekas netika mainīts; mēģiniet vēlreiz vēlāk.",
  "error.foreign_meeting": "Pamattekstā jau ir citas sapulces pievienošanās saite.",
  "error.irreversible": "Tiešsaistes notikumu vairs nevar izslēgt.",
  "error.busy": "Joprojām tiek apstrādāts iepriekšējais pieprasījums…",
  "error.body_write_failed":
    "Outlook nesaglabāja pievienošanās informāciju pamattekstā. Jūsu teksts nav mainīts; mēģiniet vēlreiz.",
  "error.join_text_not_removable":
    "Pamattekstā esošajai pievienošanās informācijai vairs nav pievienojumprogrammas marķieru, tāpēc to nevar droši noņemt. Sapulce tiek saglabāta. Izdzēsiet no pamatteksta pievienošanās informāciju ar saiti {url} un pēc tam vēlreiz izslēdziet sapulci.",
  "error.body_too_large":
    "Tikšanās pamatteksts ir pārāk liels, lai Outlook varētu pievienot pievienošanās informāciju.",
  "error.host_error": "Outlook nevarēja pabeigt darbību. Mēģiniet vēlreiz.",
  "error.item_not_saved": "Vispirms saglabājiet tikšanos un pēc tam mēģiniet vēlreiz.",
  "error.configuration":
    "Online Meeting for Outlook vēl nav konfigurēts jūsu organizācijai. Sazinieties ar administratoru.",
  "error.unknown": "Radās problēma. Nekas netika mainīts; mēģiniet vēlreiz.",
  "error.consentLink": "Saite jūsu administratoram",

  "command.needsConfirm":
    "Lai apstiprinātu, vienreiz atveriet rūti Tiešsaistes sapulce: kad notikums ir tiešsaistē, to nevar izslēgt.",
  "command.needsConfirmSeries":
    "Šis ir viens sērijas gadījums. Atveriet rūti Tiešsaistes sapulce, lai apstiprinātu, ka visa sērija kļūst tiešsaistes.",
  "command.foreign":
    "Pamattekstā jau ir {service} pievienošanās saite. Lai tomēr pievienotu vēl vienu, atveriet rūti Tiešsaistes sapulce.",

  "options.title": "Sapulces opcijas",
  "options.loading": "Tiek nolasītas sapulces opcijas…",
  "options.notOrganizer": "Sapulces opcijas var mainīt tikai tās organizators.",
  "options.notFound": "Teams vēl nav šīs sapulces. Vēlāk aizveriet un atkal atveriet šo sadaļu.",
  "options.failed": "Sapulces opcijas nevarēja nolasīt vai mainīt. Mēģiniet vēlreiz.",
  "options.notApplied": "Teams nelietoja visas izmaiņas. Opcijas rāda to, kas ir Teams.",
  "options.unknown": "Nezināms",
  "options.lobby": "Kas var apiet uzgaidāmo telpu",
  "options.dialIn": "Zvanītāji pa tālruni apiet uzgaidāmo telpu",
  "options.presenters": "Kas var prezentēt",
  "options.chat": "Sapulces tērzēšana",
  "options.mic": "Dalībnieki var ieslēgt mikrofonu",
  "options.camera": "Dalībnieki var ieslēgt kameru",
  "options.record": "Ierakstīt automātiski",
  "options.announce": "Paziņot, kad zvanītāji pievienojas vai aiziet",
  "options.who.organizer": "Tikai organizators",
  "options.who.organization": "Manas organizācijas personas",
  "options.who.federated": "Manas un uzticamu organizāciju personas",
  "options.who.everyone": "Visi",
  "options.who.invited": "Uzaicinātās personas",
  "options.who.noGuests": "Manas organizācijas personas, bez viesiem",
  "options.who.chosen": "Noteiktas personas",
  "options.chat.enabled": "Ieslēgta",
  "options.chat.disabled": "Izslēgta",
  "options.chat.limited": "Tikai sapulces laikā",

  "options.defaults.save": "Saglabāt kā manus noklusējumus",
  "options.defaults.clear": "Notīrīt manus noklusējumus",
  "options.defaults.active": "Jūsu noklusējumi attiecas uz katru jaunu sapulci.",
  "options.defaults.saved": "Saglabāts. Katra jauna sapulce saņems šīs opcijas.",
  "options.defaults.cleared": "Jūsu noklusējumi ir notīrīti. Jaunās sapulces saņem parastās Teams opcijas.",
  "options.defaults.failed": "Noklusējumus nevarēja saglabāt. Mēģiniet vēlreiz.",
  "done.addedDefaultsMissed":
    "Tiešsaistes sapulce pievienota, taču ne visas jūsu noklusējuma sapulces opcijas tika lietotas. Pārbaudiet tās sadaļā Sapulces opcijas.",
};
