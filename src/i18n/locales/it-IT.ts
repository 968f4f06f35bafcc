// Italian (Italy).
import type { Catalog } from "./en-US";

export const itIT: Catalog = {
  "app.title": "Riunione online",
  "app.loading": "Lettura dell'appuntamento…",

  "state.none": "Questo appuntamento non è ancora una riunione online.",
  "state.organizer": "Organizzatore di Teams: {organizer}",
  "state.ours.standalone": "Riunione di Teams aggiunta da Online Meeting for Outlook.",
  "state.ours.calendar": "Questo evento è una riunione online ({provider}).",
  "state.calendarOnline":
    "Questo evento è già una riunione online ({provider}). Non c'è niente da aggiungere.",
  "state.foreign":
    "Il corpo contiene già un collegamento per partecipare a {service}. Aggiungerne un altro darebbe ai partecipanti due modi per partecipare.",
  "state.joinLink": "Collegamento per partecipare",
  "state.validUntil":
    "Il collegamento per partecipare funziona fino al {date}, 60 giorni dopo la fine della riunione.",
  "state.copy": "Copia collegamento per partecipare",
  "state.copied": "Collegamento per partecipare copiato.",
  "state.copyFailed": "Impossibile copiare. Seleziona il collegamento e copialo manualmente.",

  "toggle.label": "Riunione online",
  "toggle.on": "Attivato",
  "toggle.off": "Disattivato",

  "route.legend": "Come aggiungerla",
  "route.calendar": "Trasforma questo evento in una riunione di {provider}",
  "route.standalone": "Riunione di Teams autonoma (testo di partecipazione nella lingua scelta)",
  "route.delegateOrganizer":
    "Nel calendario di {owner} viene creata una riunione autonoma a tuo nome: sarai tu, non {owner}, l'organizzatore in Teams.",
  "route.noProvider":
    "Il calendario non offre alcun provider di riunioni online, quindi verrà creata una riunione di Teams autonoma.",
  "route.loading": "Verifica delle opzioni consentite dal calendario…",

  "language.label": "Lingua del testo di partecipazione",
  "language.default": "{language} (lingua di Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "provider sconosciuto",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "riunione online",

  "confirm.calendar.title": "Attivare una riunione di {provider}?",
  "confirm.calendar.irreversible":
    "Quando questo evento diventa una riunione online, non è più possibile disattivarla.",
  "confirm.calendar.save":
    "L'appuntamento verrà prima salvato nel calendario. Nessun invito viene inviato finché non premi Invia.",
  "confirm.calendar.series":
    "Hai aperto un'occorrenza di una serie. L'intera serie diventa una riunione {provider}: ogni occorrenza, con un unico collegamento per partecipare.",
  "confirm.calendar.remember": "Non chiedere più",
  "confirm.continue": "Attiva",
  "confirm.cancel": "Annulla",
  "confirm.foreign.add": "Aggiungi comunque",

  "action.add": "Aggiungi riunione online",
  "action.remove": "Rimuovi riunione online",
  "action.retry": "Riprova",
  "action.signIn": "Accedi",
  "action.signOut": "Esci",

  "remove.irreversible":
    "Un evento online non può essere disattivato. Per non riunirti più online, crea un nuovo appuntamento.",

  "progress.saving": "Salvataggio dell'appuntamento…",
  "progress.contacting": "Creazione della riunione online…",
  "progress.waitingForSync": "In attesa che Outlook sincronizzi l'appuntamento…",
  "progress.writing": "Aggiunta dei dettagli di partecipazione…",
  "progress.removing": "Rimozione della riunione online…",

  "done.added":
    "Riunione online aggiunta. I partecipanti troveranno il collegamento per partecipare nell'invito.",
  "done.removed": "Riunione online rimossa.",
  "done.already": "Questo appuntamento è già una riunione online.",
  "done.languageChanged":
    "Le informazioni di partecipazione ora sono in {language}. La riunione e il collegamento restano gli stessi.",

  "settings.title": "Impostazioni",
  "settings.route": "Modo predefinito per aggiungere una riunione",
  "settings.route.auto": "Usa il provider del mio calendario, se disponibile",
  "settings.route.standalone": "Sempre una riunione di Teams autonoma",
  "settings.language": "Lingua predefinita del testo di partecipazione",
  "settings.saved": "Impostazioni salvate.",
  "settings.autoAdd": "Aggiungi una riunione online a ogni nuova riunione (riunione di Teams autonoma)",
  "settings.autoAddNote": "Funziona se l'amministratore ha distribuito il componente aggiuntivo.",

  "account.signedInAs": "Accesso eseguito come {name}",

  "error.offline":
    "Sei offline oppure Microsoft 365 non è raggiungibile. Non è stato modificato nulla; riprova quando sei connesso.",
  "error.timeout": "Microsoft 365 ha impiegato troppo tempo a rispondere. Non è andato perso nulla; riprova.",
  "error.throttled": "Microsoft 365 è occupato in questo momento. Riprova {when}.",
  "error.throttled_unknown_wait":
    "Microsoft 365 è occupato in questo momento. Attendi qualche istante, quindi riprova.",
  "error.service_unavailable": "Microsoft 365 non è temporaneamente disponibile. Riprova tra un minuto.",
  "error.unauthorized": "L'accesso è scaduto. Accedi di nuovo e riprova.",
  "error.consent_required":
    "Prima che tu possa usarlo, un amministratore deve approvare Online Meeting for Outlook per l'organizzazione.",
  "error.sign_in_required": "Accedi per visualizzare e aggiungere riunioni online.",
  "error.sign_in_cancelled": "L'accesso è stato annullato. Accedi per aggiungere una riunione online.",
  "error.sign_in_failed": "Accesso non riuscito. Riprova o chiedi aiuto all'amministratore.",
  "error.sign_in_unsupported_account":
    "Gli account Outlook.com e Gmail non possono accedere a questo componente aggiuntivo. Per questo account usa il pulsante Skype o Teams di Outlook.",
  "error.personal_account": "Gli account Microsoft personali non possono creare riunioni di Teams.",
  "error.shared_calendar_read_only":
    "{owner} ha condiviso questo calendario con te senza l'autorizzazione per modificarlo. Chiedi a {owner} l'accesso in modifica o come delegato per aggiungere qui una riunione online.",
  "error.not_organizer":
    "{owner} è l'organizzatore in Teams di questa riunione: solo {owner} può rimuoverla o cambiarne l'orario.",
  "error.forbidden":
    "Non hai l'autorizzazione necessaria. Il tuo account potrebbe non avere una licenza di Teams; rivolgiti all'amministratore.",
  "error.not_found":
    "Outlook non ha ancora finito di salvare questo appuntamento. Attendi un momento e riprova.",
  "error.conflict": "L'appuntamento è stato modificato altrove. Riaprilo e riprova.",
  "error.bad_request":
    "Microsoft 365 ha rifiutato la richiesta. Controlla l'ora di inizio e di fine dell'appuntamento e riprova.",
  "error.malformed_response":
    "Microsoft 365 ha inviato una risposta illeggibile. Non è stato modificato nulla; riprova.",
  "error.graph_error":
    "Microsoft 365 ha segnalato un errore. Non è stato modificato nulla; riprova più tardi.",
  "error.foreign_meeting": "Il corpo contiene già il collegamento per partecipare a un'altra riunione.",
  "error.irreversible": "Un evento online non può più essere disattivato.",
  "error.busy": "Elaborazione della richiesta precedente in corso…",
  "error.body_write_failed":
    "Outlook non ha mantenuto i dettagli di partecipazione nel corpo. Il tuo testo non è cambiato; riprova.",
  "error.join_text_not_removable":
    "Le informazioni di partecipazione nel corpo non contengono più gli indicatori del componente aggiuntivo, quindi non possono essere rimosse in sicurezza. La riunione viene mantenuta. Elimina dal corpo le informazioni di partecipazione con il collegamento {url}, quindi disattiva di nuovo la riunione.",
  "error.body_too_large":
    "Il corpo dell'appuntamento è troppo grande perché Outlook possa aggiungere i dettagli di partecipazione.",
  "error.host_error": "Outlook non è riuscito a completare l'azione. Riprova.",
  "error.item_not_saved": "Salva prima l'appuntamento, quindi riprova.",
  "error.configuration":
    "Online Meeting for Outlook non è ancora configurato per l'organizzazione. Rivolgiti all'amministratore.",
  "error.unknown": "Si è verificato un problema. Non è stato modificato nulla; riprova.",
  "error.consentLink": "Collegamento per l'amministratore",

  "command.needsConfirm":
    "Apri Riunione online una volta per confermare: dopo che è online, questo evento non può essere disattivato.",
  "command.needsConfirmSeries":
    "Questa è un'occorrenza di una serie. Apri Riunione online per confermare che l'intera serie diventa online.",
  "command.foreign":
    "Il corpo contiene già un collegamento per partecipare a {service}. Apri Riunione online per aggiungerne uno comunque.",

  "options.title": "Opzioni riunione",
  "options.loading": "Lettura delle opzioni della riunione…",
  "options.notOrganizer": "Solo l'organizzatore della riunione può modificarne le opzioni.",
  "options.notFound": "Teams non ha ancora questa riunione. Chiudi e riapri questa sezione più tardi.",
  "options.failed": "Impossibile leggere o modificare le opzioni della riunione. Riprova.",
  "options.notApplied":
    "Teams non ha applicato tutte le modifiche. Le opzioni mostrano ciò che Teams conserva.",
  "options.unknown": "Sconosciuto",
  "options.lobby": "Chi può evitare la sala di attesa",
  "options.dialIn": "Chi chiama per telefono evita la sala di attesa",
  "options.presenters": "Chi può presentare",
  "options.chat": "Chat della riunione",
  "options.mic": "I partecipanti possono attivare il microfono",
  "options.camera": "I partecipanti possono attivare la fotocamera",
  "options.record": "Registra automaticamente",
  "options.announce": "Annuncia quando i chiamanti entrano o escono",
  "options.who.organizer": "Solo l'organizzatore",
  "options.who.organization": "Persone della mia organizzazione",
  "options.who.federated": "Persone della mia organizzazione e di organizzazioni attendibili",
  "options.who.everyone": "Tutti",
  "options.who.invited": "Persone invitate",
  "options.who.noGuests": "Persone della mia organizzazione, esclusi gli ospiti",
  "options.who.chosen": "Persone specifiche",
  "options.chat.enabled": "Attiva",
  "options.chat.disabled": "Disattivata",
  "options.chat.limited": "Solo durante la riunione",

  "options.defaults.save": "Salva come miei valori predefiniti",
  "options.defaults.clear": "Cancella i miei valori predefiniti",
  "options.defaults.active": "I tuoi valori predefiniti si applicano a ogni nuova riunione.",
  "options.defaults.saved": "Salvato. Ogni nuova riunione avrà queste opzioni.",
  "options.defaults.cleared":
    "I tuoi valori predefiniti sono stati cancellati. Le nuove riunioni avranno le opzioni consuete di Teams.",
  "options.defaults.failed": "Impossibile salvare i valori predefiniti. Riprova.",
  "done.addedDefaultsMissed":
    "Riunione online aggiunta, ma non tutte le opzioni riunione predefinite sono state applicate. Controllale in Opzioni riunione.",
};
