// Ukrainian (Ukraine).
import type { Catalog } from "./en-US";

export const ukUA: Catalog = {
  "app.title": "Онлайнова нарада",
  "app.loading": "Читання зустрічі…",

  "state.none": "Ця зустріч ще не є онлайновою нарадою.",
  "state.organizer": "Організатор у Teams: {organizer}",
  "state.ours.standalone": "Нараду Teams додано за допомогою Online Meeting for Outlook.",
  "state.ours.calendar": "Ця подія – онлайнова нарада ({provider}).",
  "state.calendarOnline": "Ця подія вже є онлайновою нарадою ({provider}). Нічого додавати не потрібно.",
  "state.foreign":
    "Текст уже містить посилання для приєднання до {service}. Ще одне посилання дасть учасникам два способи приєднатися.",
  "state.joinLink": "Посилання для приєднання",
  "state.validUntil": "Посилання для приєднання діє до {date} – 60 днів після завершення наради.",
  "state.copy": "Копіювати посилання для приєднання",
  "state.copied": "Посилання для приєднання скопійовано.",
  "state.copyFailed": "Не вдалося скопіювати. Виділіть посилання та скопіюйте його самостійно.",

  "toggle.label": "Онлайнова нарада",
  "toggle.on": "Увімк.",
  "toggle.off": "Вимк.",

  "route.legend": "Спосіб додавання",
  "route.calendar": "Перетворити цю подію на нараду {provider}",
  "route.standalone": "Окрема нарада Teams (текст для приєднання вибраною мовою)",
  "route.delegateOrganizer":
    "У календарі {owner} окрему нараду буде створено від вашого імені: організатором у Teams будете ви, а не {owner}.",
  "route.noProvider":
    "Ваш календар не пропонує постачальника онлайнових нарад, тому буде створено окрему нараду Teams.",
  "route.loading": "Перевірка можливостей вашого календаря…",

  "language.label": "Мова тексту для приєднання",
  "language.default": "{language} (мова Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "невідомий постачальник",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "онлайнова нарада",

  "confirm.calendar.title": "Увімкнути нараду {provider}?",
  "confirm.calendar.irreversible": "Коли ця подія стане онлайновою нарадою, її вже не можна буде вимкнути.",
  "confirm.calendar.save":
    "Спочатку зустріч буде збережено у вашому календарі. Запрошення не надсилаються, доки ви не натиснете кнопку «Надіслати».",
  "confirm.calendar.series":
    "Ви відкрили один випадок із серії. Уся серія стане нарадою {provider}: кожен випадок, з одним посиланням для приєднання.",
  "confirm.calendar.remember": "Більше не запитувати",
  "confirm.continue": "Увімкнути",
  "confirm.cancel": "Скасувати",
  "confirm.foreign.add": "Усе одно додати",

  "action.add": "Додати онлайнову нараду",
  "action.remove": "Видалити онлайнову нараду",
  "action.retry": "Повторити спробу",
  "action.signIn": "Увійти",
  "action.signOut": "Вийти",

  "remove.irreversible":
    "Онлайнову подію не можна вимкнути. Щоб більше не проводити нараду онлайн, створіть нову зустріч.",

  "progress.saving": "Збереження зустрічі…",
  "progress.contacting": "Створення онлайнової наради…",
  "progress.waitingForSync": "Очікування, поки Outlook синхронізує зустріч…",
  "progress.writing": "Додавання відомостей для приєднання…",
  "progress.removing": "Видалення онлайнової наради…",

  "done.added": "Онлайнову нараду додано. Учасники знайдуть посилання для приєднання в запрошенні.",
  "done.removed": "Онлайнову нараду видалено.",
  "done.already": "Ця зустріч уже є онлайновою нарадою.",
  "done.languageChanged":
    "Відомості для приєднання тепер мовою: {language}. Нарада та її посилання не змінилися.",

  "settings.title": "Настройки",
  "settings.route": "Стандартний спосіб додавання наради",
  "settings.route.auto": "Використовувати постачальника мого календаря, якщо він є",
  "settings.route.standalone": "Завжди окрема нарада Teams",
  "settings.language": "Стандартна мова тексту для приєднання",
  "settings.saved": "Настройки збережено.",
  "settings.autoAdd": "Додавати онлайнову нараду до кожної нової наради (окрема нарада Teams)",
  "settings.autoAddNote": "Працює, якщо ваш адміністратор розгорнув надбудову.",

  "account.signedInAs": "Ви ввійшли як {name}",

  "error.offline":
    "Ви не в мережі, або Microsoft 365 недоступний. Нічого не змінено; повторіть спробу, коли з’явиться підключення.",
  "error.timeout": "Microsoft 365 надто довго не відповідав. Нічого не втрачено; повторіть спробу.",
  "error.throttled": "Microsoft 365 зараз перевантажено. Повторіть спробу {when}.",
  "error.throttled_unknown_wait":
    "Microsoft 365 зараз перевантажено. Зачекайте трохи, а потім повторіть спробу.",
  "error.service_unavailable": "Microsoft 365 тимчасово недоступний. Повторіть спробу за хвилину.",
  "error.unauthorized": "Термін дії вашого входу минув. Увійдіть знову й повторіть спробу.",
  "error.consent_required":
    "Щоб ви могли користуватися Online Meeting for Outlook, адміністратор має схвалити його для вашої організації.",
  "error.sign_in_required": "Увійдіть, щоб переглядати й додавати онлайнові наради.",
  "error.sign_in_cancelled": "Вхід скасовано. Увійдіть, щоб додати онлайнову нараду.",
  "error.sign_in_failed": "Не вдалося ввійти. Повторіть спробу або зверніться по допомогу до адміністратора.",
  "error.sign_in_unsupported_account":
    "Облікові записи Outlook.com і Gmail не можуть входити в цю надбудову. Для цього облікового запису скористайтеся кнопкою Skype або Teams в Outlook.",
  "error.personal_account": "Особисті облікові записи Microsoft не можуть створювати наради Teams.",
  "error.shared_calendar_read_only":
    "{owner} надає вам спільний доступ до цього календаря без дозволу на редагування. Попросіть {owner} надати доступ для редагування або права представника, щоб додати тут онлайнову нараду.",
  "error.not_organizer":
    "Організатор цієї наради в Teams – {owner}: видалити її або змінити час може лише {owner}.",
  "error.forbidden":
    "У вас немає на це дозволу. Можливо, ваш обліковий запис не має ліцензії Teams; зверніться до адміністратора.",
  "error.not_found": "Outlook ще не завершив збереження цієї зустрічі. Зачекайте трохи й повторіть спробу.",
  "error.conflict": "Зустріч змінено в іншому місці. Відкрийте її знову й повторіть спробу.",
  "error.bad_request":
    "Microsoft 365 відхилив запит. Перевірте час початку й завершення зустрічі та повторіть спробу.",
  "error.malformed_response":
    "Microsoft 365 надіслав відповідь, яку не вдалося прочитати. Нічого не змінено; повторіть спробу.",
  "error.graph_error": "Microsoft 365 повідомив про помилку. Нічого не змінено; повторіть спробу пізніше.",
  "error.foreign_meeting": "Текст уже містить посилання для приєднання до іншої наради.",
  "error.irreversible": "Онлайнову подію не можна знову вимкнути.",
  "error.busy": "Попередній запит ще обробляється…",
  "error.body_write_failed":
    "Outlook не зберіг відомості для приєднання в тексті. Ваш текст не змінено; повторіть спробу.",
  "error.join_text_not_removable":
    "Відомості для приєднання в тексті більше не містять позначок надбудови, тому їх не можна безпечно видалити. Нараду збережено. Видаліть із тексту відомості для приєднання з посиланням {url}, а потім знову вимкніть нараду.",
  "error.body_too_large": "Текст зустрічі завеликий, щоб Outlook міг додати відомості для приєднання.",
  "error.host_error": "Outlook не вдалося виконати дію. Повторіть спробу.",
  "error.item_not_saved": "Спочатку збережіть зустріч, а потім повторіть спробу.",
  "error.configuration":
    "Online Meeting for Outlook ще не налаштовано для вашої організації. Зверніться до адміністратора.",
  "error.unknown": "Щось пішло не так. Нічого не змінено; повторіть спробу.",
  "error.consentLink": "Посилання для адміністратора",

  "command.needsConfirm":
    "Відкрийте «Онлайнову нараду» один раз для підтвердження: коли подія стане онлайновою, її не можна буде вимкнути.",
  "command.needsConfirmSeries":
    "Це один випадок із серії. Відкрийте «Онлайнову нараду», щоб підтвердити, що вся серія стане онлайновою.",
  "command.foreign":
    "Текст уже містить посилання для приєднання до {service}. Відкрийте «Онлайнову нараду», щоб усе одно додати ще одне.",

  "options.title": "Параметри наради",
  "options.loading": "Читання параметрів наради…",
  "options.notOrganizer": "Змінювати параметри наради може лише організатор.",
  "options.notFound": "У Teams цієї наради ще немає. Закрийте й знову відкрийте цей розділ пізніше.",
  "options.failed": "Не вдалося прочитати або змінити параметри наради. Повторіть спробу.",
  "options.notApplied": "Teams застосував не всі зміни. Параметри показують те, що зберігає Teams.",
  "options.unknown": "Невідомо",
  "options.lobby": "Хто може оминати зал очікування",
  "options.dialIn": "Абоненти, що телефонують, оминають зал очікування",
  "options.presenters": "Хто може доповідати",
  "options.chat": "Чат наради",
  "options.mic": "Учасники можуть вмикати мікрофон",
  "options.camera": "Учасники можуть вмикати камеру",
  "options.record": "Записувати автоматично",
  "options.announce": "Оголошувати про вхід і вихід абонентів",
  "options.who.organizer": "Лише організатор",
  "options.who.organization": "Користувачі в моїй організації",
  "options.who.federated": "Користувачі в моїй і довірених організаціях",
  "options.who.everyone": "Усі",
  "options.who.invited": "Запрошені користувачі",
  "options.who.noGuests": "Користувачі в моїй організації, без гостей",
  "options.who.chosen": "Певні користувачі",
  "options.chat.enabled": "Увімк.",
  "options.chat.disabled": "Вимк.",
  "options.chat.limited": "Лише під час наради",

  "options.defaults.save": "Зберегти як мої параметри за замовчуванням",
  "options.defaults.clear": "Скинути мої параметри за замовчуванням",
  "options.defaults.active": "Ваші параметри за замовчуванням застосовуються до кожної нової наради.",
  "options.defaults.saved": "Збережено. Кожна нова нарада отримає ці параметри.",
  "options.defaults.cleared":
    "Ваші параметри за замовчуванням скинуто. Нові наради отримають звичайні параметри Teams.",
  "options.defaults.failed": "Не вдалося зберегти параметри за замовчуванням. Повторіть спробу.",
  "done.addedDefaultsMissed":
    "Онлайн-нараду додано, але не всі ваші параметри наради за замовчуванням застосовано. Перевірте їх у розділі «Параметри наради».",
};
