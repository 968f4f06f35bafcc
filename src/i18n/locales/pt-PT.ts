// Portuguese (Portugal).
import type { Catalog } from "./en-US";

export const ptPT: Catalog = {
  "app.title": "Reunião online",
  "app.loading": "A ler o compromisso…",

  "state.none": "Este compromisso ainda não é uma reunião online.",
  "state.organizer": "Organizador do Teams: {organizer}",
  "state.ours.standalone": "Reunião do Teams adicionada pelo Online Meeting for Outlook.",
  "state.ours.calendar": "Este evento é uma reunião online ({provider}).",
  "state.calendarOnline": "Este evento já é uma reunião online ({provider}). Não há nada a adicionar.",
  "state.foreign":
    "O corpo já contém uma ligação para participar do {service}. Adicionar outra daria aos participantes duas formas de participar.",
  "state.joinLink": "Ligação para participar",
  "state.validUntil": "A ligação para participar funciona até {date}, 60 dias após o fim da reunião.",
  "state.copy": "Copiar ligação para participar",
  "state.copied": "Ligação para participar copiada.",
  "state.copyFailed": "Não foi possível copiar. Selecione a ligação e copie-a manualmente.",

  "toggle.label": "Reunião online",
  "toggle.on": "Ativado",
  "toggle.off": "Desativado",

  "route.legend": "Como adicionar",
  "route.calendar": "Tornar este evento uma reunião do {provider}",
  "route.standalone": "Reunião autónoma do Teams (texto de participação no idioma que escolher)",
  "route.delegateOrganizer":
    "No calendário de {owner} é criada uma reunião autónoma em seu nome: será o utilizador, e não {owner}, o organizador no Teams.",
  "route.noProvider":
    "O seu calendário não oferece nenhum fornecedor de reuniões online, pelo que será criada uma reunião autónoma do Teams.",
  "route.loading": "A verificar o que o seu calendário permite…",

  "language.label": "Idioma do texto de participação",
  "language.default": "{language} (idioma do Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "fornecedor desconhecido",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "reunião online",

  "confirm.calendar.title": "Ativar uma reunião do {provider}?",
  "confirm.calendar.irreversible":
    "Depois de este evento passar a ser uma reunião online, não será possível desativá-la.",
  "confirm.calendar.save":
    "Primeiro, o compromisso será guardado no seu calendário. Não são enviados convites até premir Enviar.",
  "confirm.calendar.series":
    "Abriu uma ocorrência de uma série. Toda a série passa a ser uma reunião do {provider}: todas as ocorrências, com uma única ligação para participar.",
  "confirm.calendar.remember": "Não perguntar novamente",
  "confirm.continue": "Ativar",
  "confirm.cancel": "Cancelar",
  "confirm.foreign.add": "Adicionar mesmo assim",

  "action.add": "Adicionar reunião online",
  "action.remove": "Remover reunião online",
  "action.retry": "Tentar novamente",
  "action.signIn": "Iniciar sessão",
  "action.signOut": "Terminar sessão",

  "remove.irreversible":
    "Um evento online não pode ser desativado. Para deixar de reunir online, crie um novo compromisso.",

  "progress.saving": "A guardar o compromisso…",
  "progress.contacting": "A criar a reunião online…",
  "progress.waitingForSync": "A aguardar que o Outlook sincronize o compromisso…",
  "progress.writing": "A adicionar os detalhes de participação…",
  "progress.removing": "A remover a reunião online…",

  "done.added":
    "Reunião online adicionada. Os participantes encontrarão a ligação para participar no convite.",
  "done.removed": "Reunião online removida.",
  "done.already": "Este compromisso já é uma reunião online.",
  "done.languageChanged":
    "Os detalhes de participação estão agora em {language}. A reunião e a ligação mantêm-se.",

  "settings.title": "Definições",
  "settings.route": "Forma predefinida de adicionar uma reunião",
  "settings.route.auto": "Utilizar o fornecedor do meu calendário, quando existir",
  "settings.route.standalone": "Sempre uma reunião autónoma do Teams",
  "settings.language": "Idioma predefinido do texto de participação",
  "settings.saved": "Definições guardadas.",
  "settings.autoAdd": "Adicionar uma reunião online a cada nova reunião (reunião autónoma do Teams)",
  "settings.autoAddNote": "Funciona quando o seu administrador implementou o suplemento.",

  "account.signedInAs": "Sessão iniciada como {name}",

  "error.offline":
    "Está offline ou não é possível contactar o Microsoft 365. Nada foi alterado; tente novamente quando estiver ligado.",
  "error.timeout": "O Microsoft 365 demorou demasiado tempo a responder. Nada se perdeu; tente novamente.",
  "error.throttled": "O Microsoft 365 está ocupado neste momento. Tente novamente {when}.",
  "error.throttled_unknown_wait":
    "O Microsoft 365 está ocupado neste momento. Aguarde um pouco e tente novamente.",
  "error.service_unavailable":
    "O Microsoft 365 está temporariamente indisponível. Tente novamente dentro de um minuto.",
  "error.unauthorized": "A sua sessão expirou. Inicie sessão novamente e tente outra vez.",
  "error.consent_required":
    "Um administrador tem de aprovar o Online Meeting for Outlook para a sua organização antes de o poder utilizar.",
  "error.sign_in_required": "Inicie sessão para ver e adicionar reuniões online.",
  "error.sign_in_cancelled":
    "O início de sessão foi cancelado. Inicie sessão para adicionar uma reunião online.",
  "error.sign_in_failed": "Falha ao iniciar sessão. Tente novamente ou peça ajuda ao seu administrador.",
  "error.sign_in_unsupported_account":
    "As contas Outlook.com e Gmail não podem iniciar sessão neste suplemento. Utilize o botão Skype ou Teams do próprio Outlook para esta conta.",
  "error.personal_account": "As contas Microsoft pessoais não podem criar reuniões do Teams.",
  "error.shared_calendar_read_only":
    "{owner} partilhou este calendário consigo sem permissão de edição. Peça a {owner} acesso de edição ou de delegado para adicionar aqui uma reunião online.",
  "error.not_organizer":
    "{owner} é o organizador desta reunião no Teams: só {owner} a pode remover ou alterar a hora.",
  "error.forbidden":
    "Não tem permissão para fazer isto. A sua conta poderá não ter uma licença do Teams; contacte o seu administrador.",
  "error.not_found":
    "O Outlook ainda não terminou de guardar este compromisso. Aguarde um momento e tente novamente.",
  "error.conflict": "O compromisso foi alterado noutro local. Abra-o novamente e tente outra vez.",
  "error.bad_request":
    "O Microsoft 365 recusou o pedido. Verifique a hora de início e de fim do compromisso e tente novamente.",
  "error.malformed_response":
    "O Microsoft 365 enviou uma resposta que não foi possível ler. Nada foi alterado; tente novamente.",
  "error.graph_error": "O Microsoft 365 comunicou um erro. Nada foi alterado; tente novamente mais tarde.",
  "error.foreign_meeting": "O corpo já contém a ligação para participar noutra reunião.",
  "error.irreversible": "Um evento online não pode voltar a ser desativado.",
  "error.busy": "Ainda a processar o pedido anterior…",
  "error.body_write_failed":
    "O Outlook não manteve os detalhes de participação no corpo. O seu texto não foi alterado; tente novamente.",
  "error.join_text_not_removable":
    "Os detalhes de participação no corpo já não têm os marcadores do suplemento, pelo que não podem ser removidos em segurança. A reunião é mantida. Elimine do corpo os detalhes de participação com a ligação {url} e volte a desativar a reunião.",
  "error.body_too_large":
    "O corpo do compromisso é demasiado grande para o Outlook adicionar os detalhes de participação.",
  "error.host_error": "O Outlook não conseguiu concluir a ação. Tente novamente.",
  "error.item_not_saved": "Guarde primeiro o compromisso e tente novamente.",
  "error.configuration":
    "O Online Meeting for Outlook ainda não está configurado para a sua organização. Contacte o seu administrador.",
  "error.unknown": "Ocorreu um problema. Nada foi alterado; tente novamente.",
  "error.consentLink": "Ligação para o seu administrador",

  "command.needsConfirm":
    "Abra Reunião online uma vez para confirmar: depois de online, este evento não pode ser desativado.",
  "command.needsConfirmSeries":
    "Esta é uma ocorrência de uma série. Abra Reunião online para confirmar que toda a série passa a ser online.",
  "command.foreign":
    "O corpo já contém uma ligação para participar do {service}. Abra Reunião online para adicionar uma mesmo assim.",

  "options.title": "Opções da reunião",
  "options.loading": "A ler as opções da reunião…",
  "options.notOrganizer": "Apenas o organizador da reunião pode alterar as opções.",
  "options.notFound": "O Teams ainda não tem esta reunião. Feche e volte a abrir esta secção mais tarde.",
  "options.failed": "Não foi possível ler ou alterar as opções da reunião. Tente novamente.",
  "options.notApplied": "O Teams não aplicou todas as alterações. As opções mostram o que o Teams tem.",
  "options.unknown": "Desconhecido",
  "options.lobby": "Quem pode ignorar a sala de espera",
  "options.dialIn": "As chamadas telefónicas ignoram a sala de espera",
  "options.presenters": "Quem pode apresentar",
  "options.chat": "Chat da reunião",
  "options.mic": "Os participantes podem ligar o microfone",
  "options.camera": "Os participantes podem ligar a câmara",
  "options.record": "Gravar automaticamente",
  "options.announce": "Anunciar quando os autores de chamadas entram ou saem",
  "options.who.organizer": "Apenas o organizador",
  "options.who.organization": "Pessoas da minha organização",
  "options.who.federated": "Pessoas da minha organização e de organizações fidedignas",
  "options.who.everyone": "Todos",
  "options.who.invited": "Pessoas convidadas",
  "options.who.noGuests": "Pessoas da minha organização, sem convidados",
  "options.who.chosen": "Pessoas específicas",
  "options.chat.enabled": "Ativado",
  "options.chat.disabled": "Desativado",
  "options.chat.limited": "Apenas durante a reunião",

  "options.defaults.save": "Guardar como as minhas predefinições",
  "options.defaults.clear": "Limpar as minhas predefinições",
  "options.defaults.active": "As suas predefinições aplicam-se a todas as novas reuniões.",
  "options.defaults.saved": "Guardado. Todas as novas reuniões terão estas opções.",
  "options.defaults.cleared":
    "As suas predefinições foram limpas. As novas reuniões terão as opções habituais do Teams.",
  "options.defaults.failed": "Não foi possível guardar as suas predefinições. Tente novamente.",
  "done.addedDefaultsMissed":
    "Reunião online adicionada, mas nem todas as suas opções de reunião predefinidas foram aplicadas. Verifique-as em Opções de reunião.",
};
