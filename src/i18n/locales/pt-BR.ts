// Portuguese (Brazil).
import type { Catalog } from "./en-US";

export const ptBR: Catalog = {
  "app.title": "Reunião online",
  "app.loading": "Lendo o compromisso…",

  "state.none": "Este compromisso ainda não é uma reunião online.",
  "state.organizer": "Organizador do Teams: {organizer}",
  "state.ours.standalone": "Reunião do Teams adicionada pelo Online Meeting for Outlook.",
  "state.ours.calendar": "Este evento é uma reunião online ({provider}).",
  "state.calendarOnline": "Este evento já é uma reunião online ({provider}). Não há nada a adicionar.",
  "state.foreign":
    "O corpo já tem um link de ingresso do {service}. Adicionar outro daria aos participantes duas formas de ingressar.",
  "state.joinLink": "Link de ingresso",
  "state.validUntil": "O link de ingresso funciona até {date}, 60 dias após o término da reunião.",
  "state.copy": "Copiar link de ingresso",
  "state.copied": "Link de ingresso copiado.",
  "state.copyFailed": "Não foi possível copiar. Selecione o link e copie-o você mesmo.",

  "toggle.label": "Reunião online",
  "toggle.on": "Ativado",
  "toggle.off": "Desativado",

  "route.legend": "Como adicionar",
  "route.calendar": "Transformar este evento em uma reunião do {provider}",
  "route.standalone": "Reunião autônoma do Teams (texto de ingresso no idioma que você escolher)",
  "route.delegateOrganizer":
    "No calendário de {owner}, uma reunião autônoma é criada em seu nome: você, e não {owner}, será o organizador dela no Teams.",
  "route.noProvider":
    "Seu calendário não oferece nenhum provedor de reunião online; por isso, será criada uma reunião autônoma do Teams.",
  "route.loading": "Verificando o que seu calendário permite…",

  "language.label": "Idioma do texto de ingresso",
  "language.default": "{language} (idioma do Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "provedor desconhecido",

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
    "Depois que este evento se tornar uma reunião online, não será possível desativá-la.",
  "confirm.calendar.save":
    "Primeiro o compromisso será salvo no seu calendário. Nenhum convite é enviado até você clicar em Enviar.",
  "confirm.calendar.series":
    "Você abriu uma ocorrência de uma série. A série inteira se torna uma reunião do {provider}: todas as ocorrências, com um único link de ingresso.",
  "confirm.calendar.remember": "Não perguntar novamente",
  "confirm.continue": "Ativar",
  "confirm.cancel": "Cancelar",
  "confirm.foreign.add": "Adicionar mesmo assim",

  "action.add": "Adicionar reunião online",
  "action.remove": "Remover reunião online",
  "action.retry": "Tentar novamente",
  "action.signIn": "Entrar",
  "action.signOut": "Sair",

  "remove.irreversible":
    "Um evento online não pode ser desativado. Para deixar de se reunir online, crie um novo compromisso.",

  "progress.saving": "Salvando o compromisso…",
  "progress.contacting": "Criando a reunião online…",
  "progress.waitingForSync": "Aguardando o Outlook sincronizar o compromisso…",
  "progress.writing": "Adicionando os detalhes de ingresso…",
  "progress.removing": "Removendo a reunião online…",

  "done.added": "Reunião online adicionada. Os participantes encontrarão o link de ingresso no convite.",
  "done.removed": "Reunião online removida.",
  "done.already": "Este compromisso já é uma reunião online.",
  "done.languageChanged":
    "Os detalhes de ingresso agora estão em {language}. A reunião e o link continuam os mesmos.",

  "settings.title": "Configurações",
  "settings.route": "Forma padrão de adicionar uma reunião",
  "settings.route.auto": "Usar o provedor do meu calendário quando houver um",
  "settings.route.standalone": "Sempre uma reunião autônoma do Teams",
  "settings.language": "Idioma padrão do texto de ingresso",
  "settings.saved": "Configurações salvas.",
  "settings.autoAdd": "Adicionar uma reunião online a cada nova reunião (reunião autônoma do Teams)",
  "settings.autoAddNote": "Funciona quando seu administrador implantou o suplemento.",

  "account.signedInAs": "Conectado como {name}",

  "error.offline":
    "Você está offline ou o Microsoft 365 não pode ser acessado. Nada foi alterado; tente novamente quando estiver conectado.",
  "error.timeout": "O Microsoft 365 demorou demais para responder. Nada foi perdido; tente novamente.",
  "error.throttled": "O Microsoft 365 está ocupado no momento. Tente novamente {when}.",
  "error.throttled_unknown_wait":
    "O Microsoft 365 está ocupado no momento. Aguarde um instante e tente novamente.",
  "error.service_unavailable":
    "O Microsoft 365 está temporariamente indisponível. Tente novamente em um minuto.",
  "error.unauthorized": "Sua entrada expirou. Entre novamente e tente outra vez.",
  "error.consent_required":
    "Um administrador precisa aprovar o Online Meeting for Outlook para sua organização antes que você possa usá-lo.",
  "error.sign_in_required": "Entre para ver e adicionar reuniões online.",
  "error.sign_in_cancelled": "A entrada foi cancelada. Entre para adicionar uma reunião online.",
  "error.sign_in_failed": "Falha ao entrar. Tente novamente ou peça ajuda ao seu administrador.",
  "error.sign_in_unsupported_account":
    "Contas do Outlook.com e do Gmail não podem entrar neste suplemento. Use o botão do Skype ou do Teams do próprio Outlook para esta conta.",
  "error.personal_account": "Contas Microsoft pessoais não podem criar reuniões do Teams.",
  "error.shared_calendar_read_only":
    "{owner} compartilhou este calendário com você sem permissão de edição. Peça a {owner} acesso de edição ou de representante para adicionar uma reunião online aqui.",
  "error.not_organizer":
    "{owner} é o organizador desta reunião no Teams: somente {owner} pode removê-la ou alterar o horário.",
  "error.forbidden":
    "Você não tem permissão para isso. Talvez sua conta não tenha uma licença do Teams; fale com seu administrador.",
  "error.not_found":
    "O Outlook ainda não terminou de salvar este compromisso. Aguarde um momento e tente novamente.",
  "error.conflict": "O compromisso foi alterado em outro lugar. Abra-o novamente e tente outra vez.",
  "error.bad_request":
    "O Microsoft 365 recusou a solicitação. Verifique a hora de início e de término do compromisso e tente novamente.",
  "error.malformed_response":
    "O Microsoft 365 enviou uma resposta que não foi possível ler. Nada foi alterado; tente novamente.",
  "error.graph_error": "O Microsoft 365 relatou um erro. Nada foi alterado; tente novamente mais tarde.",
  "error.foreign_meeting": "O corpo já tem o link de ingresso de outra reunião.",
  "error.irreversible": "Um evento online não pode ser desativado novamente.",
  "error.busy": "Ainda processando a solicitação anterior…",
  "error.body_write_failed":
    "O Outlook não manteve os detalhes de ingresso no corpo. Seu texto não foi alterado; tente novamente.",
  "error.join_text_not_removable":
    "Os detalhes de ingresso no corpo não têm mais os marcadores do suplemento, por isso não podem ser removidos com segurança. A reunião foi mantida. Exclua do corpo os detalhes de ingresso com o link {url} e desative a reunião novamente.",
  "error.body_too_large":
    "O corpo do compromisso é grande demais para o Outlook adicionar os detalhes de ingresso.",
  "error.host_error": "O Outlook não conseguiu concluir a ação. Tente novamente.",
  "error.item_not_saved": "Salve o compromisso primeiro e tente novamente.",
  "error.configuration":
    "O Online Meeting for Outlook ainda não está configurado para sua organização. Fale com seu administrador.",
  "error.unknown": "Algo deu errado. Nada foi alterado; tente novamente.",
  "error.consentLink": "Link para seu administrador",

  "command.needsConfirm":
    "Abra Reunião online uma vez para confirmar: este evento não pode ser desativado depois de se tornar online.",
  "command.needsConfirmSeries":
    "Esta é uma ocorrência de uma série. Abra Reunião online para confirmar que a série inteira se torna online.",
  "command.foreign":
    "O corpo já tem um link de ingresso do {service}. Abra Reunião online para adicionar um mesmo assim.",

  "options.title": "Opções da reunião",
  "options.loading": "Lendo as opções da reunião…",
  "options.notOrganizer": "Somente o organizador da reunião pode alterar as opções.",
  "options.notFound": "O Teams ainda não tem esta reunião. Feche e abra esta seção novamente mais tarde.",
  "options.failed": "Não foi possível ler ou alterar as opções da reunião. Tente novamente.",
  "options.notApplied": "O Teams não aplicou todas as alterações. As opções mostram o que o Teams tem.",
  "options.unknown": "Desconhecido",
  "options.lobby": "Quem pode ignorar o lobby",
  "options.dialIn": "Chamadas por telefone ignoram o lobby",
  "options.presenters": "Quem pode apresentar",
  "options.chat": "Chat da reunião",
  "options.mic": "Participantes podem ligar o microfone",
  "options.camera": "Participantes podem ligar a câmera",
  "options.record": "Gravar automaticamente",
  "options.announce": "Anunciar quando chamadores entrarem ou saírem",
  "options.who.organizer": "Somente o organizador",
  "options.who.organization": "Pessoas da minha organização",
  "options.who.federated": "Pessoas da minha organização e de organizações confiáveis",
  "options.who.everyone": "Todos",
  "options.who.invited": "Pessoas convidadas",
  "options.who.noGuests": "Pessoas da minha organização, sem convidados",
  "options.who.chosen": "Pessoas específicas",
  "options.chat.enabled": "Ativado",
  "options.chat.disabled": "Desativado",
  "options.chat.limited": "Somente durante a reunião",

  "options.defaults.save": "Salvar como meus padrões",
  "options.defaults.clear": "Limpar meus padrões",
  "options.defaults.active": "Seus padrões se aplicam a todas as novas reuniões.",
  "options.defaults.saved": "Salvo. Todas as novas reuniões terão essas opções.",
  "options.defaults.cleared": "Seus padrões foram limpos. As novas reuniões terão as opções usuais do Teams.",
  "options.defaults.failed": "Não foi possível salvar seus padrões. Tente novamente.",
  "done.addedDefaultsMissed":
    "Reunião online adicionada, mas nem todas as suas opções de reunião padrão foram aplicadas. Verifique-as em Opções de reunião.",
};
