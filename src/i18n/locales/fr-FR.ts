// French (France).
import type { Catalog } from "./en-US";

export const frFR: Catalog = {
  "app.title": "Réunion en ligne",
  "app.loading": "Lecture du rendez-vous…",

  "state.none": "Ce rendez-vous n’est pas encore une réunion en ligne.",
  "state.organizer": "Organisateur Teams : {organizer}",
  "state.ours.standalone": "Réunion Teams ajoutée par Online Meeting for Outlook.",
  "state.ours.calendar": "Cet événement est une réunion en ligne ({provider}).",
  "state.calendarOnline": "Cet événement est déjà une réunion en ligne ({provider}). Rien à ajouter.",
  "state.foreign":
    "Le corps contient déjà un lien pour rejoindre {service}. En ajouter un autre donnerait aux participants deux façons de rejoindre la réunion.",
  "state.joinLink": "Lien pour rejoindre",
  "state.validUntil":
    "Le lien pour rejoindre fonctionne jusqu’au {date}, soit 60 jours après la fin de la réunion.",
  "state.copy": "Copier le lien pour rejoindre",
  "state.copied": "Lien pour rejoindre copié.",
  "state.copyFailed": "Impossible de copier. Sélectionnez le lien et copiez-le vous-même.",

  "toggle.label": "Réunion en ligne",
  "toggle.on": "Activé",
  "toggle.off": "Désactivé",

  "route.legend": "Comment l’ajouter",
  "route.calendar": "Faire de cet événement une réunion {provider}",
  "route.standalone": "Réunion Teams autonome (informations de participation dans la langue de votre choix)",
  "route.delegateOrganizer":
    "Dans le calendrier de {owner}, une réunion autonome est créée à votre nom : c’est vous, et non {owner}, qui en serez l’organisateur Teams.",
  "route.noProvider":
    "Votre calendrier ne propose aucun fournisseur de réunions en ligne : une réunion Teams autonome sera créée.",
  "route.loading": "Vérification des options de votre calendrier…",

  "language.label": "Langue des informations de participation",
  "language.default": "{language} (langue d’Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "fournisseur inconnu",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "réunion en ligne",

  "confirm.calendar.title": "Activer une réunion {provider} ?",
  "confirm.calendar.irreversible":
    "Une fois que cet événement est une réunion en ligne, il n’est plus possible de revenir en arrière.",
  "confirm.calendar.save":
    "Le rendez-vous sera d’abord enregistré dans votre calendrier. Aucune invitation n’est envoyée avant que vous cliquiez sur Envoyer.",
  "confirm.calendar.series":
    "Vous avez ouvert une occurrence d’une série. Toute la série devient une réunion {provider} : chaque occurrence, avec un seul lien pour rejoindre.",
  "confirm.calendar.remember": "Ne plus me demander",
  "confirm.continue": "Activer",
  "confirm.cancel": "Annuler",
  "confirm.foreign.add": "Ajouter quand même",

  "action.add": "Ajouter une réunion en ligne",
  "action.remove": "Supprimer la réunion en ligne",
  "action.retry": "Réessayer",
  "action.signIn": "Se connecter",
  "action.signOut": "Se déconnecter",

  "remove.irreversible":
    "Un événement en ligne ne peut pas être désactivé. Pour ne plus vous réunir en ligne, créez un nouveau rendez-vous.",

  "progress.saving": "Enregistrement du rendez-vous…",
  "progress.contacting": "Création de la réunion en ligne…",
  "progress.waitingForSync": "En attente de la synchronisation du rendez-vous par Outlook…",
  "progress.writing": "Ajout des informations de participation…",
  "progress.removing": "Suppression de la réunion en ligne…",

  "done.added":
    "Réunion en ligne ajoutée. Les participants trouveront le lien pour rejoindre dans l’invitation.",
  "done.removed": "Réunion en ligne supprimée.",
  "done.already": "Ce rendez-vous est déjà une réunion en ligne.",
  "done.languageChanged":
    "Les informations de participation sont désormais en {language}. La réunion et son lien restent les mêmes.",

  "settings.title": "Paramètres",
  "settings.route": "Méthode par défaut pour ajouter une réunion",
  "settings.route.auto": "Utiliser le fournisseur de mon calendrier s’il en a un",
  "settings.route.standalone": "Toujours une réunion Teams autonome",
  "settings.language": "Langue par défaut des informations de participation",
  "settings.saved": "Paramètres enregistrés.",
  "settings.autoAdd": "Ajouter une réunion en ligne à chaque nouvelle réunion (réunion Teams autonome)",
  "settings.autoAddNote": "Fonctionne lorsque votre administrateur a déployé le complément.",

  "account.signedInAs": "Connecté en tant que {name}",

  "error.offline":
    "Vous êtes hors connexion ou Microsoft 365 est inaccessible. Rien n’a été modifié ; réessayez une fois connecté.",
  "error.timeout": "Microsoft 365 a mis trop de temps à répondre. Rien n’a été perdu ; réessayez.",
  "error.throttled": "Microsoft 365 est très sollicité en ce moment. Réessayez {when}.",
  "error.throttled_unknown_wait":
    "Microsoft 365 est très sollicité en ce moment. Patientez un instant, puis réessayez.",
  "error.service_unavailable": "Microsoft 365 est temporairement indisponible. Réessayez dans une minute.",
  "error.unauthorized": "Votre connexion a expiré. Reconnectez-vous et réessayez.",
  "error.consent_required":
    "Un administrateur doit approuver Online Meeting for Outlook pour votre organisation avant que vous puissiez l’utiliser.",
  "error.sign_in_required": "Connectez-vous pour voir et ajouter des réunions en ligne.",
  "error.sign_in_cancelled": "La connexion a été annulée. Connectez-vous pour ajouter une réunion en ligne.",
  "error.sign_in_failed": "Échec de la connexion. Réessayez ou demandez de l’aide à votre administrateur.",
  "error.sign_in_unsupported_account":
    "Les comptes Outlook.com et Gmail ne peuvent pas se connecter à ce complément. Utilisez le bouton Skype ou Teams d’Outlook pour ce compte.",
  "error.personal_account": "Les comptes Microsoft personnels ne peuvent pas créer de réunions Teams.",
  "error.shared_calendar_read_only":
    "{owner} a partagé ce calendrier avec vous sans autorisation de modification. Demandez à {owner} un accès en modification ou en tant que délégué pour ajouter une réunion en ligne ici.",
  "error.not_organizer":
    "{owner} est l’organisateur Teams de cette réunion : seul {owner} peut la supprimer ou en modifier l’heure.",
  "error.forbidden":
    "Vous n’avez pas l’autorisation nécessaire. Votre compte n’a peut-être pas de licence Teams ; contactez votre administrateur.",
  "error.not_found": "Outlook n’a pas fini d’enregistrer ce rendez-vous. Patientez un instant et réessayez.",
  "error.conflict": "Le rendez-vous a été modifié ailleurs. Rouvrez-le et réessayez.",
  "error.bad_request":
    "Microsoft 365 a refusé la demande. Vérifiez l’heure de début et de fin du rendez-vous, puis réessayez.",
  "error.malformed_response":
    "Microsoft 365 a envoyé une réponse illisible. Rien n’a été modifié ; réessayez.",
  "error.graph_error": "Microsoft 365 a signalé une erreur. Rien n’a été modifié ; réessayez plus tard.",
  "error.foreign_meeting": "Le corps contient déjà le lien pour rejoindre une autre réunion.",
  "error.irreversible": "Un événement en ligne ne peut plus être désactivé.",
  "error.busy": "Traitement de la demande précédente en cours…",
  "error.body_write_failed":
    "Outlook n’a pas conservé les informations de participation dans le corps. Votre texte est inchangé ; réessayez.",
  "error.join_text_not_removable":
    "Les informations de participation du corps ne portent plus les marqueurs du complément et ne peuvent donc pas être supprimées sans risque. La réunion est conservée. Supprimez du corps les informations de participation contenant le lien {url}, puis désactivez à nouveau la réunion.",
  "error.body_too_large":
    "Le corps du rendez-vous est trop volumineux pour qu’Outlook y ajoute les informations de participation.",
  "error.host_error": "Outlook n’a pas pu effectuer l’action. Réessayez.",
  "error.item_not_saved": "Enregistrez d’abord le rendez-vous, puis réessayez.",
  "error.configuration":
    "Online Meeting for Outlook n’est pas encore configuré pour votre organisation. Contactez votre administrateur.",
  "error.unknown": "Un problème est survenu. Rien n’a été modifié ; réessayez.",
  "error.consentLink": "Lien pour votre administrateur",

  "command.needsConfirm":
    "Ouvrez une fois Réunion en ligne pour confirmer : cet événement ne pourra plus être désactivé une fois en ligne.",
  "command.needsConfirmSeries":
    "Ceci est une occurrence d’une série. Ouvrez Réunion en ligne pour confirmer que toute la série passe en ligne.",
  "command.foreign":
    "Le corps contient déjà un lien pour rejoindre {service}. Ouvrez Réunion en ligne pour en ajouter un quand même.",

  "options.title": "Options de réunion",
  "options.loading": "Lecture des options de réunion…",
  "options.notOrganizer": "Seul l'organisateur de la réunion peut modifier ses options.",
  "options.notFound":
    "Teams ne connaît pas encore cette réunion. Fermez puis rouvrez cette section plus tard.",
  "options.failed": "Impossible de lire ou de modifier les options de réunion. Réessayez.",
  "options.notApplied":
    "Teams n'a pas appliqué toutes les modifications. Les options affichent ce que Teams conserve.",
  "options.unknown": "Inconnu",
  "options.lobby": "Qui peut contourner la salle d'attente",
  "options.dialIn": "Les appels téléphoniques contournent la salle d'attente",
  "options.presenters": "Qui peut présenter",
  "options.chat": "Conversation de la réunion",
  "options.mic": "Les participants peuvent activer leur micro",
  "options.camera": "Les participants peuvent activer leur caméra",
  "options.record": "Enregistrer automatiquement",
  "options.announce": "Annoncer l'arrivée et le départ des appelants",
  "options.who.organizer": "Organisateur uniquement",
  "options.who.organization": "Personnes de mon organisation",
  "options.who.federated": "Personnes de mon organisation et des organisations approuvées",
  "options.who.everyone": "Tout le monde",
  "options.who.invited": "Personnes invitées",
  "options.who.noGuests": "Personnes de mon organisation, sans les invités",
  "options.who.chosen": "Personnes spécifiques",
  "options.chat.enabled": "Activée",
  "options.chat.disabled": "Désactivée",
  "options.chat.limited": "Uniquement pendant la réunion",

  "options.defaults.save": "Enregistrer comme mes valeurs par défaut",
  "options.defaults.clear": "Effacer mes valeurs par défaut",
  "options.defaults.active": "Vos valeurs par défaut s’appliquent à chaque nouvelle réunion.",
  "options.defaults.saved": "Enregistré. Chaque nouvelle réunion recevra ces options.",
  "options.defaults.cleared":
    "Vos valeurs par défaut sont effacées. Les nouvelles réunions reçoivent les options habituelles de Teams.",
  "options.defaults.failed": "Impossible d’enregistrer vos valeurs par défaut. Réessayez.",
  "done.addedDefaultsMissed":
    "Réunion en ligne ajoutée, mais certaines de vos options de réunion par défaut n’ont pas été appliquées. Vérifiez-les dans Options de réunion.",
};
