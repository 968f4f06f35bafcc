// Bulgarian (Bulgaria).
import type { Catalog } from "./en-US";

export const bgBG: Catalog = {
  "app.title": "Онлайн събрание",
  "app.loading": "Четене на срещата…",

  "state.none": "Тази среща все още не е онлайн събрание.",
  "state.ours.standalone": "Събрание в Teams, добавено от Online Meeting for Outlook.",
  "state.ours.calendar": "Това събитие е онлайн събрание ({provider}).",
  "state.calendarOnline": "Това събитие вече е онлайн събрание ({provider}). Няма какво да се добави.",
  "state.foreign":
    "Текстът вече съдържа връзка за присъединяване към {service}. Още една би дала на участниците два начина за присъединяване.",
  "state.joinLink": "Връзка за присъединяване",
  "state.copy": "Копиране на връзката за присъединяване",
  "state.copied": "Връзката за присъединяване е копирана.",
  "state.copyFailed": "Копирането не успя. Изберете връзката и я копирайте сами.",

  "toggle.label": "Онлайн събрание",
  "toggle.on": "Вкл.",
  "toggle.off": "Изкл.",

  "route.legend": "Начин на добавяне",
  "route.calendar": "Превръщане на това събитие в събрание в {provider}",
  "route.standalone": "Самостоятелно събрание в Teams (текст за присъединяване на избрания от вас език)",
  "route.noProvider":
    "Календарът ви не предлага доставчик на онлайн събрания, затова ще бъде създадено самостоятелно събрание в Teams.",
  "route.loading": "Проверка какво позволява календарът ви…",

  "language.label": "Език на текста за присъединяване",
  "language.default": "{language} (езикът на Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "неизвестен доставчик",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "онлайн събрание",

  "confirm.calendar.title": "Да се включи ли събрание в {provider}?",
  "confirm.calendar.irreversible":
    "След като това събитие стане онлайн събрание, то не може да бъде изключено отново.",
  "confirm.calendar.save":
    "Срещата първо ще бъде записана в календара ви. Не се изпращат покани, докато не натиснете „Изпрати“.",
  "confirm.calendar.remember": "Не питай повече",
  "confirm.continue": "Включване",
  "confirm.cancel": "Отказ",
  "confirm.foreign.add": "Добавяне въпреки това",

  "action.add": "Добавяне на онлайн събрание",
  "action.remove": "Премахване на онлайн събранието",
  "action.retry": "Опитайте отново",
  "action.signOut": "Излизане",

  "remove.irreversible":
    "Онлайн събитие не може да бъде изключено. За да спрете да се събирате онлайн, създайте нова среща.",

  "progress.saving": "Записване на срещата…",
  "progress.contacting": "Създаване на онлайн събранието…",
  "progress.waitingForSync": "Изчакване Outlook да синхронизира срещата…",
  "progress.writing": "Добавяне на данните за присъединяване…",
  "progress.removing": "Премахване на онлайн събранието…",

  "done.added": "Онлайн събранието е добавено. Участниците ще намерят връзката за присъединяване в поканата.",
  "done.removed": "Онлайн събранието е премахнато.",
  "done.already": "Тази среща вече е онлайн събрание.",

  "settings.title": "Настройки",
  "settings.route": "Начин по подразбиране за добавяне на събрание",
  "settings.route.auto": "Използване на доставчика на моя календар, когато има такъв",
  "settings.route.standalone": "Винаги самостоятелно събрание в Teams",
  "settings.language": "Език по подразбиране на текста за присъединяване",
  "settings.saved": "Настройките са записани.",
  "settings.autoAdd": "Добавяне на онлайн събрание към всяко ново събрание (самостоятелно събрание в Teams)",
  "settings.autoAddNote": "Работи, когато администраторът ви е внедрил добавката.",

  "account.signedInAs": "Влезли сте като {name}",

  "error.offline":
    "Вие сте офлайн или Microsoft 365 не е достъпен. Нищо не е променено; опитайте отново, когато имате връзка.",
  "error.timeout": "Microsoft 365 отговаря твърде дълго. Нищо не е загубено; опитайте отново.",
  "error.throttled": "Microsoft 365 е зает в момента. Опитайте отново {when}.",
  "error.service_unavailable": "Microsoft 365 временно не е достъпен. Опитайте отново след минута.",
  "error.unauthorized": "Влизането ви е изтекло. Влезте отново и опитайте пак.",
  "error.consent_required":
    "Администратор трябва да одобри Online Meeting for Outlook за вашата организация, преди да можете да го използвате.",
  "error.sign_in_cancelled": "Влизането е отменено. Влезте, за да добавите онлайн събрание.",
  "error.sign_in_failed": "Влизането не успя. Опитайте отново или помолете администратора си за помощ.",
  "error.sign_in_unsupported_account":
    "Акаунтите в Outlook.com и Gmail не могат да влизат в тази добавка. За този акаунт използвайте бутона за Skype или Teams в самия Outlook.",
  "error.personal_account": "Личните акаунти в Microsoft не могат да създават събрания в Teams.",
  "error.personal_account_calendar":
    "Личните акаунти в Microsoft не могат да създават самостоятелни събрания в Teams. Вместо това изберете доставчика на календара си.",
  "error.forbidden":
    "Нямате разрешение за това. Възможно е акаунтът ви да няма лиценз за Teams; обърнете се към администратора си.",
  "error.not_found":
    "Outlook още не е завършил записването на тази среща. Изчакайте малко и опитайте отново.",
  "error.conflict": "Срещата е променена другаде. Отворете я отново и опитайте пак.",
  "error.bad_request":
    "Microsoft 365 отказа заявката. Проверете началния и крайния час на срещата и опитайте отново.",
  "error.malformed_response":
    "Microsoft 365 изпрати отговор, който не може да бъде прочетен. Нищо не е променено; опитайте отново.",
  "error.graph_error": "Microsoft 365 съобщи за грешка. Нищо не е променено; опитайте отново по-късно.",
  "error.no_route": "За този акаунт няма наличен начин за добавяне на онлайн събрание.",
  "error.foreign_meeting": "Текстът вече съдържа връзката за присъединяване към друго събрание.",
  "error.irreversible": "Онлайн събитие не може да бъде изключено отново.",
  "error.busy": "Предишната заявка все още се обработва…",
  "error.body_write_failed":
    "Outlook не запази данните за присъединяване в текста. Текстът ви е непроменен; опитайте отново.",
  "error.body_too_large":
    "Текстът на срещата е твърде голям, за да може Outlook да добави данните за присъединяване.",
  "error.host_error": "Outlook не можа да завърши действието. Опитайте отново.",
  "error.item_not_saved": "Първо запишете срещата, след което опитайте отново.",
  "error.configuration":
    "Online Meeting for Outlook все още не е конфигуриран за вашата организация. Обърнете се към администратора си.",
  "error.unknown": "Нещо се обърка. Нищо не е променено; опитайте отново.",
  "error.consentLink": "Връзка за вашия администратор",

  "command.needsConfirm":
    "Отворете веднъж „Онлайн събрание“, за да потвърдите: това събитие не може да бъде изключено, след като стане онлайн.",
  "command.foreign":
    "Текстът вече съдържа връзка за присъединяване към {service}. Отворете „Онлайн събрание“, за да добавите още една въпреки това.",
};
