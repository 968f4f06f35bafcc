// Spanish (Spain).
import type { Catalog } from "./en-US";

export const esES: Catalog = {
  "app.title": "Reunión en línea",
  "app.loading": "Leyendo la cita…",

  "state.none": "Esta cita todavía no es una reunión en línea.",
  "state.organizer": "Organizador de Teams: {organizer}",
  "state.ours.standalone": "Reunión de Teams agregada por Online Meeting for Outlook.",
  "state.ours.calendar": "Este evento es una reunión en línea ({provider}).",
  "state.calendarOnline": "Este evento ya es una reunión en línea ({provider}). No hay nada que agregar.",
  "state.foreign":
    "El cuerpo ya tiene un vínculo para unirse de {service}. Agregar otro daría a los asistentes dos formas de unirse.",
  "state.joinLink": "Vínculo para unirse",
  "state.validUntil":
    "El vínculo para unirse funciona hasta el {date}, 60 días después de que termine la reunión.",
  "state.copy": "Copiar vínculo para unirse",
  "state.copied": "Vínculo para unirse copiado.",
  "state.copyFailed": "No se pudo copiar. Selecciona el vínculo y cópialo tú mismo.",

  "toggle.label": "Reunión en línea",
  "toggle.on": "Activado",
  "toggle.off": "Desactivado",

  "route.legend": "Cómo agregarla",
  "route.calendar": "Convertir este evento en una reunión de {provider}",
  "route.standalone": "Reunión de Teams independiente (texto para unirse en el idioma que elijas)",
  "route.delegateOrganizer":
    "En el calendario de {owner} se crea una reunión independiente en tu nombre: tú, no {owner}, serás su organizador en Teams.",
  "route.noProvider":
    "Tu calendario no ofrece ningún proveedor de reuniones en línea, así que se creará una reunión de Teams independiente.",
  "route.loading": "Comprobando lo que permite tu calendario…",

  "language.label": "Idioma del texto para unirse",
  "language.default": "{language} (idioma de Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "proveedor desconocido",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "reunión en línea",

  "confirm.calendar.title": "¿Activar una reunión de {provider}?",
  "confirm.calendar.irreversible": "Cuando este evento sea una reunión en línea, ya no se podrá desactivar.",
  "confirm.calendar.save":
    "Primero se guardará la cita en tu calendario. No se envía ninguna invitación hasta que pulses Enviar.",
  "confirm.calendar.series":
    "Abriste una repetición de una serie. Toda la serie se convierte en una reunión de {provider}: cada repetición, con un único vínculo para unirse.",
  "confirm.calendar.remember": "No volver a preguntar",
  "confirm.continue": "Activar",
  "confirm.cancel": "Cancelar",
  "confirm.foreign.add": "Agregar de todos modos",

  "action.add": "Agregar reunión en línea",
  "action.remove": "Quitar reunión en línea",
  "action.retry": "Reintentar",
  "action.signIn": "Iniciar sesión",
  "action.signOut": "Cerrar sesión",

  "remove.irreversible":
    "Un evento en línea no se puede desactivar. Para dejar de reunirte en línea, crea una cita nueva.",

  "progress.saving": "Guardando la cita…",
  "progress.contacting": "Creando la reunión en línea…",
  "progress.waitingForSync": "Esperando a que Outlook sincronice la cita…",
  "progress.writing": "Agregando los detalles para unirse…",
  "progress.removing": "Quitando la reunión en línea…",

  "done.added":
    "Reunión en línea agregada. Los asistentes encontrarán el vínculo para unirse en la invitación.",
  "done.removed": "Reunión en línea quitada.",
  "done.already": "Esta cita ya es una reunión en línea.",
  "done.languageChanged":
    "Los detalles para unirse ahora están en {language}. La reunión y su vínculo no cambian.",

  "settings.title": "Configuración",
  "settings.route": "Forma predeterminada de agregar una reunión",
  "settings.route.auto": "Usar el proveedor de mi calendario cuando lo tenga",
  "settings.route.standalone": "Siempre una reunión de Teams independiente",
  "settings.language": "Idioma predeterminado del texto para unirse",
  "settings.saved": "Configuración guardada.",
  "settings.autoAdd": "Agregar una reunión en línea a cada reunión nueva (reunión de Teams independiente)",
  "settings.autoAddNote": "Funciona cuando tu administrador ha implementado el complemento.",

  "account.signedInAs": "Sesión iniciada como {name}",

  "error.offline":
    "No tienes conexión o no se puede acceder a Microsoft 365. No se ha cambiado nada; vuelve a intentarlo cuando tengas conexión.",
  "error.timeout":
    "Microsoft 365 ha tardado demasiado en responder. No se ha perdido nada; vuelve a intentarlo.",
  "error.throttled": "Microsoft 365 está ocupado en este momento. Vuelve a intentarlo {when}.",
  "error.throttled_unknown_wait":
    "Microsoft 365 está ocupado en este momento. Espera un momento y vuelve a intentarlo.",
  "error.service_unavailable":
    "Microsoft 365 no está disponible temporalmente. Vuelve a intentarlo dentro de un minuto.",
  "error.unauthorized": "Tu sesión ha expirado. Vuelve a iniciar sesión e inténtalo de nuevo.",
  "error.consent_required":
    "Un administrador debe aprobar Online Meeting for Outlook para tu organización antes de que puedas usarlo.",
  "error.sign_in_required": "Inicia sesión para ver y agregar reuniones en línea.",
  "error.sign_in_cancelled":
    "Se canceló el inicio de sesión. Inicia sesión para agregar una reunión en línea.",
  "error.sign_in_failed": "No se pudo iniciar sesión. Vuelve a intentarlo o pide ayuda a tu administrador.",
  "error.sign_in_unsupported_account":
    "Las cuentas de Outlook.com y Gmail no pueden iniciar sesión en este complemento. Usa el botón de Skype o Teams de Outlook para esta cuenta.",
  "error.personal_account": "Las cuentas personales de Microsoft no pueden crear reuniones de Teams.",
  "error.shared_calendar_read_only":
    "{owner} compartió este calendario contigo sin permiso para editarlo. Pide a {owner} acceso de edición o de delegado para agregar aquí una reunión en línea.",
  "error.not_organizer":
    "{owner} es el organizador en Teams de esta reunión: solo {owner} puede quitarla o cambiar su hora.",
  "error.forbidden":
    "No tienes permiso para hacer esto. Puede que tu cuenta no tenga licencia de Teams; consulta a tu administrador.",
  "error.not_found":
    "Outlook aún no ha terminado de guardar esta cita. Espera un momento y vuelve a intentarlo.",
  "error.conflict": "La cita se ha cambiado en otro lugar. Vuelve a abrirla e inténtalo de nuevo.",
  "error.bad_request":
    "Microsoft 365 ha rechazado la solicitud. Comprueba la hora de inicio y de finalización de la cita y vuelve a intentarlo.",
  "error.malformed_response":
    "Microsoft 365 ha enviado una respuesta que no se pudo leer. No se ha cambiado nada; vuelve a intentarlo.",
  "error.graph_error":
    "Microsoft 365 ha notificado un error. No se ha cambiado nada; vuelve a intentarlo más tarde.",
  "error.foreign_meeting": "El cuerpo ya tiene el vínculo para unirse a otra reunión.",
  "error.irreversible": "Un evento en línea ya no se puede desactivar.",
  "error.busy": "Todavía se está procesando la solicitud anterior…",
  "error.body_write_failed":
    "Outlook no ha conservado los detalles para unirse en el cuerpo. Tu texto no ha cambiado; vuelve a intentarlo.",
  "error.join_text_not_removable":
    "Los detalles para unirse del cuerpo ya no llevan las marcas del complemento, así que no se pueden quitar de forma segura. La reunión se conserva. Elimina del cuerpo los detalles para unirse con el vínculo {url} y vuelve a desactivar la reunión.",
  "error.body_too_large":
    "El cuerpo de la cita es demasiado grande para que Outlook agregue los detalles para unirse.",
  "error.host_error": "Outlook no pudo completar la acción. Vuelve a intentarlo.",
  "error.item_not_saved": "Guarda primero la cita y vuelve a intentarlo.",
  "error.configuration":
    "Online Meeting for Outlook aún no está configurado para tu organización. Consulta a tu administrador.",
  "error.unknown": "Se ha producido un error. No se ha cambiado nada; vuelve a intentarlo.",
  "error.consentLink": "Vínculo para tu administrador",

  "command.needsConfirm":
    "Abre Reunión en línea una vez para confirmar: este evento no se puede desactivar cuando ya está en línea.",
  "command.needsConfirmSeries":
    "Esta es una repetición de una serie. Abre Reunión en línea para confirmar que toda la serie pasa a estar en línea.",
  "command.foreign":
    "El cuerpo ya tiene un vínculo para unirse de {service}. Abre Reunión en línea para agregar uno de todos modos.",

  "options.title": "Opciones de la reunión",
  "options.loading": "Leyendo las opciones de la reunión…",
  "options.notOrganizer": "Solo el organizador de la reunión puede cambiar sus opciones.",
  "options.notFound": "Teams aún no tiene esta reunión. Cierre y vuelva a abrir esta sección más tarde.",
  "options.failed": "No se pudieron leer ni cambiar las opciones de la reunión. Inténtelo de nuevo.",
  "options.notApplied": "Teams no aplicó todos los cambios. Las opciones muestran lo que Teams tiene.",
  "options.unknown": "Desconocido",
  "options.lobby": "Quién puede omitir la sala de espera",
  "options.dialIn": "Las llamadas telefónicas omiten la sala de espera",
  "options.presenters": "Quién puede presentar",
  "options.chat": "Chat de la reunión",
  "options.mic": "Los asistentes pueden activar su micrófono",
  "options.camera": "Los asistentes pueden activar su cámara",
  "options.record": "Grabar automáticamente",
  "options.announce": "Anunciar cuando los autores de llamadas entran o salen",
  "options.who.organizer": "Solo el organizador",
  "options.who.organization": "Personas de mi organización",
  "options.who.federated": "Personas de mi organización y de organizaciones de confianza",
  "options.who.everyone": "Todos",
  "options.who.invited": "Personas invitadas",
  "options.who.noGuests": "Personas de mi organización, sin invitados",
  "options.who.chosen": "Personas específicas",
  "options.chat.enabled": "Activado",
  "options.chat.disabled": "Desactivado",
  "options.chat.limited": "Solo durante la reunión",

  "options.defaults.save": "Guardar como mis valores predeterminados",
  "options.defaults.clear": "Borrar mis valores predeterminados",
  "options.defaults.active": "Tus valores predeterminados se aplican a cada reunión nueva.",
  "options.defaults.saved": "Guardado. Cada reunión nueva tendrá estas opciones.",
  "options.defaults.cleared":
    "Se han borrado tus valores predeterminados. Las reuniones nuevas tendrán las opciones habituales de Teams.",
  "options.defaults.failed": "No se pudieron guardar tus valores predeterminados. Inténtalo de nuevo.",
  "done.addedDefaultsMissed":
    "Reunión en línea agregada, pero no se aplicaron todas tus opciones de reunión predeterminadas. Revísalas en Opciones de reunión.",
};
