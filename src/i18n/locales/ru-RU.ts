// Russian (Russia).
import type { Catalog } from "./en-US";

export const ruRU: Catalog = {
  "app.title": "Онлайн-собрание",
  "app.loading": "Чтение встречи…",

  "state.none": "Эта встреча пока не является онлайн-собранием.",
  "state.organizer": "Организатор в Teams: {organizer}",
  "state.ours.standalone": "Собрание Teams добавлено надстройкой Online Meeting for Outlook.",
  "state.ours.calendar": "Это событие — онлайн-собрание ({provider}).",
  "state.calendarOnline": "Это событие уже является онлайн-собранием ({provider}). Добавлять нечего.",
  "state.foreign":
    "В тексте уже есть ссылка для подключения {service}. Вторая ссылка даст участникам два способа подключиться.",
  "state.joinLink": "Ссылка для подключения",
  "state.validUntil": "Ссылка для подключения действует до {date} — 60 дней после окончания собрания.",
  "state.copy": "Копировать ссылку",
  "state.copied": "Ссылка скопирована.",
  "state.copyFailed": "Не удалось скопировать. Выделите ссылку и скопируйте ее вручную.",

  "toggle.label": "Онлайн-собрание",
  "toggle.on": "Вкл.",
  "toggle.off": "Выкл.",
  "route.legend": "Способ добавления",
  "route.calendar": "Сделать это событие собранием {provider}",
  "route.standalone": "Отдельное собрание Teams (сведения для подключения на выбранном языке)",
  "route.delegateOrganizer":
    "В календаре {owner} отдельное собрание создаётся от вашего имени: организатором в Teams будете вы, а не {owner}.",
  "route.noProvider":
    "Ваш календарь не предлагает поставщика онлайн-собраний, поэтому будет создано отдельное собрание Teams.",
  "route.loading": "Проверка возможностей вашего календаря…",
  "language.label": "Язык сведений для подключения",
  "language.default": "{language} (язык Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype для бизнеса",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "неизвестный поставщик",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "онлайн-собрания",

  "confirm.calendar.title": "Включить собрание {provider}?",
  "confirm.calendar.irreversible": "Когда событие станет онлайн-собранием, выключить это будет нельзя.",
  "confirm.calendar.save":
    "Сначала встреча будет сохранена в календаре. Приглашения не отправляются, пока вы не нажмете «Отправить».",
  "confirm.calendar.series":
    "Вы открыли одно вхождение серии. Собранием {provider} станет вся серия: все вхождения, с одной ссылкой для подключения.",
  "confirm.calendar.remember": "Больше не спрашивать",
  "confirm.continue": "Включить",
  "confirm.cancel": "Отмена",
  "confirm.foreign.add": "Все равно добавить",

  "action.add": "Добавить онлайн-собрание",
  "action.remove": "Удалить онлайн-собрание",
  "action.retry": "Повторить",
  "action.signIn": "Войти",
  "action.signOut": "Выйти",
  "remove.irreversible":
    "Онлайн-событие нельзя выключить. Чтобы встретиться не онлайн, создайте новую встречу.",

  "progress.saving": "Сохранение встречи…",
  "progress.contacting": "Создание онлайн-собрания…",
  "progress.waitingForSync": "Ожидание синхронизации встречи в Outlook…",
  "progress.writing": "Добавление сведений для подключения…",
  "progress.removing": "Удаление онлайн-собрания…",

  "done.added": "Онлайн-собрание добавлено. Участники найдут ссылку в приглашении.",
  "done.removed": "Онлайн-собрание удалено.",
  "done.already": "Эта встреча уже является онлайн-собранием.",
  "done.languageChanged":
    "Сведения для подключения теперь на языке: {language}. Собрание и ссылка остались прежними.",

  "settings.title": "Параметры",
  "settings.route": "Способ добавления по умолчанию",
  "settings.route.auto": "Использовать поставщика календаря, если он есть",
  "settings.route.standalone": "Всегда отдельное собрание Teams",
  "settings.language": "Язык сведений для подключения по умолчанию",
  "settings.saved": "Параметры сохранены.",
  "settings.autoAdd": "Добавлять онлайн-собрание к каждому новому собранию (отдельное собрание Teams)",
  "settings.autoAddNote": "Работает, если надстройку развернул администратор.",

  "account.signedInAs": "Вы вошли как {name}",

  "error.offline":
    "Нет подключения к сети или к Microsoft 365. Ничего не изменено; повторите попытку после подключения.",
  "error.timeout": "Microsoft 365 слишком долго не отвечает. Ничего не потеряно; повторите попытку.",
  "error.throttled": "Microsoft 365 сейчас перегружен. Повторите попытку {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 сейчас перегружен. Подождите немного и повторите попытку.",
  "error.service_unavailable": "Microsoft 365 временно недоступен. Повторите попытку через минуту.",
  "error.unauthorized": "Срок действия входа истек. Войдите снова и повторите попытку.",
  "error.consent_required":
    "Администратор должен одобрить Online Meeting for Outlook для вашей организации, прежде чем вы сможете ее использовать.",
  "error.sign_in_required": "Войдите, чтобы видеть и добавлять онлайн-собрания.",
  "error.sign_in_cancelled": "Вход отменен. Войдите, чтобы добавить онлайн-собрание.",
  "error.sign_in_failed": "Не удалось войти. Повторите попытку или обратитесь к администратору.",
  "error.sign_in_unsupported_account":
    "Учетные записи Outlook.com и Gmail не могут входить в эту надстройку. Используйте встроенную кнопку Skype или Teams в Outlook.",
  "error.personal_account": "Личные учетные записи Майкрософт не могут создавать собрания Teams.",
  "error.shared_calendar_read_only":
    "{owner} открыл(а) вам этот календарь без права изменения. Чтобы добавить здесь онлайн-собрание, попросите у {owner} право изменения или доступ представителя.",
  "error.not_organizer":
    "Организатор этого собрания в Teams — {owner}: удалить его или изменить время может только {owner}.",
  "error.forbidden":
    "У вас нет разрешения. Возможно, у учетной записи нет лицензии Teams; обратитесь к администратору.",
  "error.not_found": "Outlook еще не сохранил эту встречу. Подождите немного и повторите попытку.",
  "error.conflict": "Встреча была изменена в другом месте. Откройте ее снова и повторите попытку.",
  "error.bad_request":
    "Microsoft 365 отклонил запрос. Проверьте время начала и окончания встречи и повторите попытку.",
  "error.malformed_response":
    "Microsoft 365 прислал ответ, который не удалось прочитать. Ничего не изменено; повторите попытку.",
  "error.graph_error": "Microsoft 365 сообщил об ошибке. Ничего не изменено; повторите попытку позже.",
  "error.foreign_meeting": "В тексте уже есть ссылка для подключения к другому собранию.",
  "error.irreversible": "Онлайн-событие нельзя снова выключить.",
  "error.busy": "Предыдущий запрос еще выполняется…",
  "error.body_write_failed":
    "Outlook не сохранил сведения для подключения в тексте. Ваш текст не изменен; повторите попытку.",
  "error.join_text_not_removable":
    "Сведения для подключения в тексте больше не содержат меток надстройки, поэтому их нельзя безопасно удалить. Собрание сохранено. Удалите из текста сведения для подключения со ссылкой {url}, затем снова отключите собрание.",
  "error.body_too_large": "Текст встречи слишком велик, чтобы Outlook добавил сведения для подключения.",
  "error.host_error": "Outlook не удалось выполнить действие. Повторите попытку.",
  "error.item_not_saved": "Сначала сохраните встречу, затем повторите попытку.",
  "error.configuration":
    "Online Meeting for Outlook еще не настроена для вашей организации. Обратитесь к администратору.",
  "error.unknown": "Что-то пошло не так. Ничего не изменено; повторите попытку.",
  "error.consentLink": "Ссылка для администратора",

  "command.needsConfirm":
    "Откройте «Онлайн-собрание» один раз для подтверждения: после включения событие нельзя выключить.",
  "command.needsConfirmSeries":
    "Это одно вхождение серии. Откройте «Онлайн-собрание» и подтвердите, что онлайн-собранием станет вся серия.",
  "command.foreign":
    "В тексте уже есть ссылка {service}. Откройте «Онлайн-собрание», чтобы все равно добавить.",

  "options.title": "Параметры собрания",
  "options.loading": "Чтение параметров собрания…",
  "options.notOrganizer": "Изменять параметры собрания может только организатор.",
  "options.notFound": "В Teams этого собрания пока нет. Закройте и снова откройте этот раздел позже.",
  "options.failed": "Не удалось прочитать или изменить параметры собрания. Повторите попытку.",
  "options.notApplied": "Teams применил не все изменения. Параметры показывают то, что хранит Teams.",
  "options.unknown": "Неизвестно",
  "options.lobby": "Кто может обходить зал ожидания",
  "options.dialIn": "Звонящие по телефону обходят зал ожидания",
  "options.presenters": "Кто может выступать",
  "options.chat": "Чат собрания",
  "options.mic": "Участники могут включать микрофон",
  "options.camera": "Участники могут включать камеру",
  "options.record": "Записывать автоматически",
  "options.announce": "Объявлять о входе и выходе звонящих",
  "options.who.organizer": "Только организатор",
  "options.who.organization": "Пользователи в моей организации",
  "options.who.federated": "Пользователи в моей и доверенных организациях",
  "options.who.everyone": "Все",
  "options.who.invited": "Приглашенные пользователи",
  "options.who.noGuests": "Пользователи в моей организации, без гостей",
  "options.who.chosen": "Определенные пользователи",
  "options.chat.enabled": "Вкл.",
  "options.chat.disabled": "Выкл.",
  "options.chat.limited": "Только во время собрания",

  "options.defaults.save": "Сохранить как мои параметры по умолчанию",
  "options.defaults.clear": "Сбросить мои параметры по умолчанию",
  "options.defaults.active": "Ваши параметры по умолчанию применяются к каждому новому собранию.",
  "options.defaults.saved": "Сохранено. Каждое новое собрание получит эти параметры.",
  "options.defaults.cleared":
    "Ваши параметры по умолчанию сброшены. Новые собрания получат обычные параметры Teams.",
  "options.defaults.failed": "Не удалось сохранить параметры по умолчанию. Повторите попытку.",
  "done.addedDefaultsMissed":
    "Онлайн-собрание добавлено, но не все ваши параметры собрания по умолчанию применены. Проверьте их в разделе «Параметры собрания».",
};
