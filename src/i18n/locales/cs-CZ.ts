// Czech (Czechia).
import type { Catalog } from "./en-US";

export const csCZ: Catalog = {
  "app.title": "Online schůzka",
  "app.loading": "Načítá se událost…",

  "state.none": "Tato událost zatím není online schůzkou.",
  "state.organizer": "Organizátor v Teams: {organizer}",
  "state.ours.standalone": "Schůzka v Teams přidaná doplňkem Online Meeting for Outlook.",
  "state.ours.calendar": "Tato událost je online schůzkou ({provider}).",
  "state.calendarOnline": "Tato událost už je online schůzkou ({provider}). Není co přidat.",
  "state.foreign":
    "Text už obsahuje odkaz pro připojení ke službě {service}. Další odkaz by účastníkům nabídl dva způsoby připojení.",
  "state.joinLink": "Odkaz pro připojení",
  "state.validUntil": "Odkaz pro připojení funguje do {date}, tedy 60 dní po skončení schůzky.",
  "state.copy": "Kopírovat odkaz pro připojení",
  "state.copied": "Odkaz pro připojení byl zkopírován.",
  "state.copyFailed": "Kopírování se nezdařilo. Vyberte odkaz a zkopírujte ho sami.",

  "toggle.label": "Online schůzka",
  "toggle.on": "Zapnuto",
  "toggle.off": "Vypnuto",

  "route.legend": "Způsob přidání",
  "route.calendar": "Změnit tuto událost na schůzku ve službě {provider}",
  "route.standalone": "Samostatná schůzka v Teams (text pro připojení ve vybraném jazyce)",
  "route.delegateOrganizer":
    "V kalendáři uživatele {owner} se vytvoří samostatná schůzka vaším jménem: jejím organizátorem v Teams budete vy, ne {owner}.",
  "route.noProvider":
    "Váš kalendář nenabízí žádného poskytovatele online schůzek, proto se vytvoří samostatná schůzka v Teams.",
  "route.loading": "Zjišťuje se, co váš kalendář umožňuje…",

  "language.label": "Jazyk textu pro připojení",
  "language.default": "{language} (jazyk Outlooku)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "neznámý poskytovatel",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "online schůzka",

  "confirm.calendar.title": "Zapnout schůzku ve službě {provider}?",
  "confirm.calendar.irreversible": "Jakmile bude tato událost online schůzkou, nepůjde to vrátit zpět.",
  "confirm.calendar.save":
    "Událost se nejdřív uloží do vašeho kalendáře. Pozvánky se odešlou, až když kliknete na Odeslat.",
  "confirm.calendar.series":
    "Otevřeli jste jeden výskyt opakované řady. Celá řada se stane schůzkou {provider}: každý výskyt, s jedním odkazem pro připojení.",
  "confirm.calendar.remember": "Už se neptat",
  "confirm.continue": "Zapnout",
  "confirm.cancel": "Zrušit",
  "confirm.foreign.add": "Přesto přidat",

  "action.add": "Přidat online schůzku",
  "action.remove": "Odebrat online schůzku",
  "action.retry": "Zkusit znovu",
  "action.signIn": "Přihlásit se",
  "action.signOut": "Odhlásit se",

  "remove.irreversible":
    "Online událost nejde vypnout. Pokud se už nechcete scházet online, vytvořte novou událost.",

  "progress.saving": "Ukládá se událost…",
  "progress.contacting": "Vytváří se online schůzka…",
  "progress.waitingForSync": "Čeká se, až Outlook událost synchronizuje…",
  "progress.writing": "Přidávají se podrobnosti pro připojení…",
  "progress.removing": "Odebírá se online schůzka…",

  "done.added": "Online schůzka byla přidána. Účastníci najdou odkaz pro připojení v pozvánce.",
  "done.removed": "Online schůzka byla odebrána.",
  "done.already": "Tato událost už je online schůzkou.",
  "done.languageChanged":
    "Informace pro připojení jsou teď v jazyce {language}. Schůzka i její odkaz zůstávají stejné.",

  "settings.title": "Nastavení",
  "settings.route": "Výchozí způsob přidání schůzky",
  "settings.route.auto": "Použít poskytovatele mého kalendáře, pokud ho má",
  "settings.route.standalone": "Vždy samostatná schůzka v Teams",
  "settings.language": "Výchozí jazyk textu pro připojení",
  "settings.saved": "Nastavení bylo uloženo.",
  "settings.autoAdd": "Přidat online schůzku ke každé nové schůzce (samostatná schůzka v Teams)",
  "settings.autoAddNote": "Funguje, pokud doplněk nasadil váš správce.",

  "account.signedInAs": "Přihlášeno jako {name}",

  "error.offline":
    "Jste offline nebo není Microsoft 365 dostupný. Nic se nezměnilo. Zkuste to znovu, až budete připojení.",
  "error.timeout": "Microsoft 365 odpovídal příliš dlouho. Nic se neztratilo. Zkuste to znovu.",
  "error.throttled": "Microsoft 365 je teď zaneprázdněný. Zkuste to znovu {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 je teď zaneprázdněný. Chvíli počkejte a zkuste to znovu.",
  "error.service_unavailable": "Microsoft 365 je dočasně nedostupný. Zkuste to znovu za minutu.",
  "error.unauthorized": "Vaše přihlášení vypršelo. Přihlaste se znovu a zkuste to ještě jednou.",
  "error.consent_required":
    "Než budete moct Online Meeting for Outlook používat, musí ho pro vaši organizaci schválit správce.",
  "error.sign_in_required": "Pokud chcete zobrazit a přidat online schůzky, přihlaste se.",
  "error.sign_in_cancelled": "Přihlášení bylo zrušeno. Pokud chcete přidat online schůzku, přihlaste se.",
  "error.sign_in_failed": "Přihlášení se nezdařilo. Zkuste to znovu nebo požádejte o pomoc správce.",
  "error.sign_in_unsupported_account":
    "Účty Outlook.com a Gmail se k tomuto doplňku nemůžou přihlásit. Pro tento účet použijte vlastní tlačítko Skype nebo Teams v Outlooku.",
  "error.personal_account": "Osobní účty Microsoft nemůžou vytvářet schůzky v Teams.",
  "error.shared_calendar_read_only":
    "{owner} s vámi sdílí tento kalendář bez oprávnění k úpravám. Pokud sem chcete přidat online schůzku, požádejte uživatele {owner} o oprávnění k úpravám nebo o delegovaný přístup.",
  "error.not_organizer":
    "{owner} je organizátorem této schůzky v Teams: jen {owner} ji může odebrat nebo změnit její čas.",
  "error.forbidden": "K tomu nemáte oprávnění. Váš účet možná nemá licenci Teams. Obraťte se na správce.",
  "error.not_found": "Outlook tuto událost ještě nedokončil ukládat. Chvíli počkejte a zkuste to znovu.",
  "error.conflict": "Událost byla změněna jinde. Otevřete ji znovu a zkuste to ještě jednou.",
  "error.bad_request":
    "Microsoft 365 žádost odmítl. Zkontrolujte čas začátku a konce události a zkuste to znovu.",
  "error.malformed_response":
    "Microsoft 365 poslal odpověď, kterou nešlo přečíst. Nic se nezměnilo. Zkuste to znovu.",
  "error.graph_error": "Microsoft 365 nahlásil chybu. Nic se nezměnilo. Zkuste to znovu později.",
  "error.foreign_meeting": "Text už obsahuje odkaz pro připojení k jiné schůzce.",
  "error.irreversible": "Online událost už nejde znovu vypnout.",
  "error.busy": "Pořád se zpracovává předchozí žádost…",
  "error.body_write_failed":
    "Outlook si v textu nezachoval podrobnosti pro připojení. Váš text se nezměnil. Zkuste to znovu.",
  "error.join_text_not_removable":
    "Informace pro připojení v textu už nemají značky doplňku, proto je nejde bezpečně odebrat. Schůzka zůstává zachovaná. Odstraňte z textu informace pro připojení s odkazem {url} a pak schůzku znovu vypněte.",
  "error.body_too_large":
    "Text události je pro Outlook příliš velký na to, aby do něj přidal podrobnosti pro připojení.",
  "error.host_error": "Outlook nemohl akci dokončit. Zkuste to znovu.",
  "error.item_not_saved": "Nejdřív událost uložte a pak to zkuste znovu.",
  "error.configuration":
    "Online Meeting for Outlook zatím není pro vaši organizaci nakonfigurovaný. Obraťte se na správce.",
  "error.unknown": "Něco se pokazilo. Nic se nezměnilo. Zkuste to znovu.",
  "error.consentLink": "Odkaz pro vašeho správce",

  "command.needsConfirm":
    "Jednou otevřete Online schůzku a potvrďte to: až bude událost online, nepůjde vypnout.",
  "command.needsConfirmSeries":
    "Toto je jeden výskyt opakované řady. Otevřete Online schůzku a potvrďte, že se celá řada změní na online.",
  "command.foreign":
    "Text už obsahuje odkaz pro připojení ke službě {service}. Pokud chcete přesto přidat další, otevřete Online schůzku.",

  "options.title": "Možnosti schůzky",
  "options.loading": "Načítají se možnosti schůzky…",
  "options.notOrganizer": "Možnosti schůzky může měnit jen její organizátor.",
  "options.notFound": "Teams tuto schůzku zatím nemá. Zavřete tuto část a později ji otevřete znovu.",
  "options.failed": "Možnosti schůzky nešlo načíst ani změnit. Zkuste to znovu.",
  "options.notApplied": "Teams nepoužil všechny změny. Možnosti ukazují, co má Teams.",
  "options.unknown": "Neznámé",
  "options.lobby": "Kdo může obejít předsálí",
  "options.dialIn": "Volající po telefonu obcházejí předsálí",
  "options.presenters": "Kdo může prezentovat",
  "options.chat": "Chat schůzky",
  "options.mic": "Účastníci si můžou zapnout mikrofon",
  "options.camera": "Účastníci si můžou zapnout kameru",
  "options.record": "Nahrávat automaticky",
  "options.announce": "Oznamovat příchod a odchod volajících",
  "options.who.organizer": "Jen organizátor",
  "options.who.organization": "Lidé v mé organizaci",
  "options.who.federated": "Lidé v mé organizaci a důvěryhodných organizacích",
  "options.who.everyone": "Všichni",
  "options.who.invited": "Pozvaní lidé",
  "options.who.noGuests": "Lidé v mé organizaci, bez hostů",
  "options.who.chosen": "Konkrétní lidé",
  "options.chat.enabled": "Zapnuto",
  "options.chat.disabled": "Vypnuto",
  "options.chat.limited": "Jen během schůzky",

  "options.defaults.save": "Uložit jako moje výchozí",
  "options.defaults.clear": "Vymazat moje výchozí",
  "options.defaults.active": "Vaše výchozí hodnoty platí pro každou novou schůzku.",
  "options.defaults.saved": "Uloženo. Každá nová schůzka dostane tyto možnosti.",
  "options.defaults.cleared":
    "Vaše výchozí hodnoty jsou vymazané. Nové schůzky dostanou obvyklé možnosti Teams.",
  "options.defaults.failed": "Výchozí hodnoty se nepodařilo uložit. Zkuste to znovu.",
  "done.addedDefaultsMissed":
    "Online schůzka byla přidána, ale ne všechny vaše výchozí možnosti schůzky byly použity. Zkontrolujte je v části Možnosti schůzky.",
};
