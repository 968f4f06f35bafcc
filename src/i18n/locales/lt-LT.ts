// Lithuanian (Lithuania).
import type { Catalog } from "./en-US";

export const ltLT: Catalog = {
  "app.title": "Internetinis susitikimas",
  "app.loading": "Skaitomas paskyrimas…",

  "state.none": "Šis paskyrimas dar nėra internetinis susitikimas.",
  "state.organizer": "„Teams“ organizatorius: {organizer}",
  "state.ours.standalone": "„Teams“ susitikimą įtraukė Online Meeting for Outlook.",
  "state.ours.calendar": "Šis įvykis yra internetinis susitikimas ({provider}).",
  "state.calendarOnline": "Šis įvykis jau yra internetinis susitikimas ({provider}). Nėra ko įtraukti.",
  "state.foreign":
    "Tekste jau yra prisijungimo prie {service} saitas. Dar vienas saitas dalyviams suteiktų du prisijungimo būdus.",
  "state.joinLink": "Prisijungimo saitas",
  "state.validUntil": "Prisijungimo saitas veikia iki {date}, t. y. 60 dienų po susitikimo pabaigos.",
  "state.copy": "Kopijuoti prisijungimo saitą",
  "state.copied": "Prisijungimo saitas nukopijuotas.",
  "state.copyFailed": "Nepavyko nukopijuoti. Pažymėkite saitą ir nukopijuokite jį patys.",

  "toggle.label": "Internetinis susitikimas",
  "toggle.on": "Įjungta",
  "toggle.off": "Išjungta",

  "route.legend": "Kaip įtraukti",
  "route.calendar": "Paversti šį įvykį internetiniu susitikimu ({provider})",
  "route.standalone": "Atskiras „Teams“ susitikimas (prisijungimo tekstas jūsų pasirinkta kalba)",
  "route.delegateOrganizer":
    "{owner} kalendoriuje jūsų vardu sukuriamas atskiras susitikimas: jo „Teams“ organizatorius būsite jūs, o ne {owner}.",
  "route.noProvider":
    "Jūsų kalendorius nesiūlo internetinių susitikimų teikėjo, todėl bus sukurtas atskiras „Teams“ susitikimas.",
  "route.loading": "Tikrinama, ką leidžia jūsų kalendorius…",

  "language.label": "Prisijungimo teksto kalba",
  "language.default": "{language} („Outlook“ kalba)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "nežinomas teikėjas",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "internetinis susitikimas",

  "confirm.calendar.title": "Įjungti internetinį susitikimą ({provider})?",
  "confirm.calendar.irreversible": "Kai šis įvykis taps internetiniu susitikimu, jo nebebus galima išjungti.",
  "confirm.calendar.save":
    "Paskyrimas pirmiausia bus įrašytas į jūsų kalendorių. Kvietimai nesiunčiami, kol nepaspausite Siųsti.",
  "confirm.calendar.series":
    "Atidarėte vieną serijos įvykį. Visa serija taps „{provider}“ susitikimu: kiekvienas įvykis, su vienu prisijungimo saitu.",
  "confirm.calendar.remember": "Daugiau neklausti",
  "confirm.continue": "Įjungti",
  "confirm.cancel": "Atšaukti",
  "confirm.foreign.add": "Vis tiek įtraukti",

  "action.add": "Įtraukti internetinį susitikimą",
  "action.remove": "Šalinti internetinį susitikimą",
  "action.retry": "Bandyti dar kartą",
  "action.signIn": "Prisijungti",
  "action.signOut": "Atsijungti",

  "remove.irreversible":
    "Internetinio įvykio išjungti negalima. Jei nebenorite susitikti internetu, sukurkite naują paskyrimą.",

  "progress.saving": "Įrašomas paskyrimas…",
  "progress.contacting": "Kuriamas internetinis susitikimas…",
  "progress.waitingForSync": "Laukiama, kol „Outlook“ sinchronizuos paskyrimą…",
  "progress.writing": "Įtraukiama prisijungimo informacija…",
  "progress.removing": "Šalinamas internetinis susitikimas…",

  "done.added": "Internetinis susitikimas įtrauktas. Dalyviai ras prisijungimo saitą kvietime.",
  "done.removed": "Internetinis susitikimas pašalintas.",
  "done.already": "Šis paskyrimas jau yra internetinis susitikimas.",
  "done.languageChanged":
    "Prisijungimo informacija dabar pateikiama šia kalba: {language}. Susitikimas ir jo saitas nesikeičia.",

  "settings.title": "Parametrai",
  "settings.route": "Numatytasis susitikimo įtraukimo būdas",
  "settings.route.auto": "Naudoti mano kalendoriaus teikėją, jei jis yra",
  "settings.route.standalone": "Visada atskiras „Teams“ susitikimas",
  "settings.language": "Numatytoji prisijungimo teksto kalba",
  "settings.saved": "Parametrai įrašyti.",
  "settings.autoAdd":
    "Įtraukti internetinį susitikimą į kiekvieną naują susitikimą (atskiras „Teams“ susitikimas)",
  "settings.autoAddNote": "Veikia, kai administratorius yra įdiegęs papildinį.",

  "account.signedInAs": "Prisijungta kaip {name}",

  "error.offline":
    "Esate neprisijungę arba „Microsoft 365“ nepasiekiama. Niekas nepakeista; bandykite dar kartą, kai prisijungsite.",
  "error.timeout": "„Microsoft 365“ per ilgai neatsakė. Niekas neprarasta; bandykite dar kartą.",
  "error.throttled": "„Microsoft 365“ šiuo metu užimta. Bandykite dar kartą {when}.",
  "error.throttled_unknown_wait":
    "„Microsoft 365“ šiuo metu užimta. Šiek tiek palaukite ir bandykite dar kartą.",
  "error.service_unavailable": "„Microsoft 365“ laikinai nepasiekiama. Bandykite dar kartą po minutės.",
  "error.unauthorized": "Jūsų prisijungimas baigėsi. Prisijunkite iš naujo ir bandykite dar kartą.",
  "error.consent_required":
    "Kad galėtumėte naudoti Online Meeting for Outlook, administratorius turi jį patvirtinti jūsų organizacijai.",
  "error.sign_in_required": "Prisijunkite, kad matytumėte ir įtrauktumėte internetinius susitikimus.",
  "error.sign_in_cancelled":
    "Prisijungimas atšauktas. Prisijunkite, kad įtrauktumėte internetinį susitikimą.",
  "error.sign_in_failed":
    "Prisijungti nepavyko. Bandykite dar kartą arba kreipkitės pagalbos į administratorių.",
  "error.sign_in_unsupported_account":
    "„Outlook.com“ ir „Gmail“ paskyros negali prisijungti prie šio papildinio. Šiai paskyrai naudokite „Outlook“ mygtuką „Skype“ arba „Teams“.",
  "error.personal_account": "Asmeninės „Microsoft“ paskyros negali kurti „Teams“ susitikimų.",
  "error.shared_calendar_read_only":
    "{owner} bendrina su jumis šį kalendorių be teisės jį redaguoti. Norėdami čia įtraukti internetinį susitikimą, paprašykite, kad {owner} suteiktų redagavimo arba pavaduotojo prieigą.",
  "error.not_organizer":
    "Šio susitikimo „Teams“ organizatorius yra {owner}: tik {owner} gali jį pašalinti arba pakeisti jo laiką.",
  "error.forbidden":
    "Neturite tam teisių. Gali būti, kad jūsų paskyra neturi „Teams“ licencijos; kreipkitės į administratorių.",
  "error.not_found":
    "„Outlook“ dar nebaigė įrašyti šio paskyrimo. Palaukite akimirką ir bandykite dar kartą.",
  "error.conflict": "Paskyrimas buvo pakeistas kitur. Atidarykite jį iš naujo ir bandykite dar kartą.",
  "error.bad_request":
    "„Microsoft 365“ atmetė užklausą. Patikrinkite paskyrimo pradžios ir pabaigos laiką ir bandykite dar kartą.",
  "error.malformed_response":
    "„Microsoft 365“ atsiuntė atsakymą, kurio nepavyko perskaityti. Niekas nepakeista; bandykite dar kartą.",
  "error.graph_error": "„Microsoft 365“ pranešė apie klaidą. Niekas nepakeista; bandykite dar kartą vėliau.",
  "error.foreign_meeting": "Tekste jau yra kito susitikimo prisijungimo saitas.",
  "error.irreversible": "Internetinio įvykio nebegalima išjungti.",
  "error.busy": "Vis dar apdorojama ankstesnė užklausa…",
  "error.body_write_failed":
    "„Outlook“ neišsaugojo prisijungimo informacijos tekste. Jūsų tekstas nepakeistas; bandykite dar kartą.",
  "error.join_text_not_removable":
    "Tekste esančioje prisijungimo informacijoje nebėra papildinio žymių, todėl jos negalima saugiai pašalinti. Susitikimas paliekamas. Ištrinkite iš teksto prisijungimo informaciją su saitu {url}, tada vėl išjunkite susitikimą.",
  "error.body_too_large":
    "Paskyrimo tekstas per didelis, kad „Outlook“ galėtų įtraukti prisijungimo informaciją.",
  "error.host_error": "„Outlook“ nepavyko atlikti veiksmo. Bandykite dar kartą.",
  "error.item_not_saved": "Pirmiausia įrašykite paskyrimą, tada bandykite dar kartą.",
  "error.configuration":
    "Online Meeting for Outlook dar nesukonfigūruotas jūsų organizacijai. Kreipkitės į administratorių.",
  "error.unknown": "Kažkas nepavyko. Niekas nepakeista; bandykite dar kartą.",
  "error.consentLink": "Saitas jūsų administratoriui",

  "command.needsConfirm":
    "Kad patvirtintumėte, vieną kartą atidarykite Internetinis susitikimas: įvykio, kai jis internetinis, išjungti negalima.",
  "command.needsConfirmSeries":
    "Tai vienas serijos įvykis. Atidarykite Internetinis susitikimas ir patvirtinkite, kad visa serija taps internetinė.",
  "command.foreign":
    "Tekste jau yra prisijungimo prie {service} saitas. Jei vis tiek norite įtraukti dar vieną, atidarykite Internetinis susitikimas.",

  "options.title": "Susitikimo parinktys",
  "options.loading": "Skaitomos susitikimo parinktys…",
  "options.notOrganizer": "Tik susitikimo organizatorius gali keisti jo parinktis.",
  "options.notFound": "„Teams“ dar neturi šio susitikimo. Uždarykite ir vėliau vėl atidarykite šią sekciją.",
  "options.failed": "Nepavyko perskaityti arba pakeisti susitikimo parinkčių. Bandykite dar kartą.",
  "options.notApplied": "„Teams“ pritaikė ne visus pakeitimus. Parinktys rodo, ką turi „Teams“.",
  "options.unknown": "Nežinoma",
  "options.lobby": "Kas gali apeiti laukiamąjį",
  "options.dialIn": "Skambinantieji telefonu apeina laukiamąjį",
  "options.presenters": "Kas gali pristatyti",
  "options.chat": "Susitikimo pokalbis",
  "options.mic": "Dalyviai gali įjungti mikrofoną",
  "options.camera": "Dalyviai gali įjungti kamerą",
  "options.record": "Įrašyti automatiškai",
  "options.announce": "Pranešti, kai skambinantieji prisijungia ar išeina",
  "options.who.organizer": "Tik organizatorius",
  "options.who.organization": "Mano organizacijos žmonės",
  "options.who.federated": "Mano ir patikimų organizacijų žmonės",
  "options.who.everyone": "Visi",
  "options.who.invited": "Pakviesti žmonės",
  "options.who.noGuests": "Mano organizacijos žmonės, be svečių",
  "options.who.chosen": "Konkretūs žmonės",
  "options.chat.enabled": "Įjungta",
  "options.chat.disabled": "Išjungta",
  "options.chat.limited": "Tik susitikimo metu",

  "options.defaults.save": "Įrašyti kaip mano numatytuosius",
  "options.defaults.clear": "Išvalyti mano numatytuosius",
  "options.defaults.active": "Jūsų numatytieji parametrai taikomi kiekvienam naujam susitikimui.",
  "options.defaults.saved": "Įrašyta. Kiekvienas naujas susitikimas gaus šias parinktis.",
  "options.defaults.cleared":
    "Jūsų numatytieji parametrai išvalyti. Nauji susitikimai gauna įprastas „Teams“ parinktis.",
  "options.defaults.failed": "Nepavyko įrašyti numatytųjų parametrų. Bandykite dar kartą.",
  "done.addedDefaultsMissed":
    "Internetinis susitikimas įtrauktas, bet pritaikytos ne visos jūsų numatytosios susitikimo parinktys. Patikrinkite jas skyriuje Susitikimo parinktys.",
};
