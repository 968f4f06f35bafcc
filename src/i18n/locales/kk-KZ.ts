// Kazakh (Kazakhstan).
import type { Catalog } from "./en-US";

export const kkKZ: Catalog = {
  "app.title": "Онлайн жиналыс",
  "app.loading": "Кездесу оқылуда…",

  "state.none": "Бұл кездесу әлі онлайн жиналыс емес.",
  "state.organizer": "Teams ұйымдастырушысы: {organizer}",
  "state.ours.standalone": "Online Meeting for Outlook қосқан Teams жиналысы.",
  "state.ours.calendar": "Бұл оқиға – онлайн жиналыс ({provider}).",
  "state.calendarOnline": "Бұл оқиға қазірдің өзінде онлайн жиналыс ({provider}). Қосатын ештеңе жоқ.",
  "state.foreign":
    "Мәтінде {service} қосылу сілтемесі бар. Тағы біреуін қоссаңыз, қатысушыларда қосылудың екі жолы болады.",
  "state.joinLink": "Қосылу сілтемесі",
  "state.validUntil":
    "Қосылу сілтемесі {date} дейін, яғни жиналыс аяқталғаннан кейін 60 күн бойы жұмыс істейді.",
  "state.copy": "Қосылу сілтемесін көшіру",
  "state.copied": "Қосылу сілтемесі көшірілді.",
  "state.copyFailed": "Көшіру мүмкін болмады. Сілтемені таңдап, өзіңіз көшіріңіз.",

  "toggle.label": "Онлайн жиналыс",
  "toggle.on": "Қосулы",
  "toggle.off": "Өшірулі",

  "route.legend": "Қосу тәсілі",
  "route.calendar": "Бұл оқиғаны {provider} жиналысына айналдыру",
  "route.standalone": "Жеке Teams жиналысы (қосылу мәтіні өзіңіз таңдаған тілде)",
  "route.delegateOrganizer":
    "{owner} күнтізбесінде жеке жиналыс сіздің атыңыздан жасалады: оның Teams ұйымдастырушысы {owner} емес, сіз боласыз.",
  "route.noProvider": "Күнтізбеңізде онлайн жиналыс провайдері жоқ, сондықтан жеке Teams жиналысы жасалады.",
  "route.loading": "Күнтізбеңіз нені рұқсат ететіні тексерілуде…",

  "language.label": "Қосылу мәтінінің тілі",
  "language.default": "{language} (Outlook тілі)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "белгісіз провайдер",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "онлайн жиналыс",

  "confirm.calendar.title": "{provider} жиналысын қосу керек пе?",
  "confirm.calendar.irreversible":
    "Бұл оқиға онлайн жиналысқа айналғаннан кейін оны қайта өшіру мүмкін емес.",
  "confirm.calendar.save":
    "Алдымен кездесу күнтізбеңізге сақталады. «Жіберу» түймесін баспайынша, шақырулар жіберілмейді.",
  "confirm.calendar.series":
    "Сіз сериядағы бір қайталануды аштыңыз. Бүкіл серия {provider} жиналысына айналады: әрбір қайталану, бір қосылу сілтемесімен.",
  "confirm.calendar.remember": "Қайта сұрамау",
  "confirm.continue": "Қосу",
  "confirm.cancel": "Бас тарту",
  "confirm.foreign.add": "Бәрібір қосу",

  "action.add": "Онлайн жиналыс қосу",
  "action.remove": "Онлайн жиналысты жою",
  "action.retry": "Қайталау",
  "action.signIn": "Кіру",
  "action.signOut": "Шығу",

  "remove.irreversible":
    "Онлайн оқиғаны өшіру мүмкін емес. Онлайн жиналуды тоқтату үшін жаңа кездесу жасаңыз.",

  "progress.saving": "Кездесу сақталуда…",
  "progress.contacting": "Онлайн жиналыс жасалуда…",
  "progress.waitingForSync": "Outlook кездесуді синхрондағанша күтуде…",
  "progress.writing": "Қосылу мәліметтері қосылуда…",
  "progress.removing": "Онлайн жиналыс жойылуда…",

  "done.added": "Онлайн жиналыс қосылды. Қатысушылар қосылу сілтемесін шақырудан табады.",
  "done.removed": "Онлайн жиналыс жойылды.",
  "done.already": "Бұл кездесу қазірдің өзінде онлайн жиналыс.",
  "done.languageChanged":
    "Қосылу мәліметтері енді {language} тілінде. Жиналыс пен оның сілтемесі өзгермейді.",

  "settings.title": "Параметрлер",
  "settings.route": "Жиналысты әдепкі қосу тәсілі",
  "settings.route.auto": "Күнтізбемде провайдер болса, соны пайдалану",
  "settings.route.standalone": "Әрқашан жеке Teams жиналысы",
  "settings.language": "Қосылу мәтінінің әдепкі тілі",
  "settings.saved": "Параметрлер сақталды.",
  "settings.autoAdd": "Әрбір жаңа жиналысқа онлайн жиналыс қосу (жеке Teams жиналысы)",
  "settings.autoAddNote": "Әкімшіңіз қондырманы орналастырған кезде жұмыс істейді.",

  "account.signedInAs": "{name} ретінде кірдіңіз",

  "error.offline":
    "Желіден тыссыз немесе Microsoft 365 қолжетімсіз. Ештеңе өзгертілмеді; қосылғаннан кейін қайталап көріңіз.",
  "error.timeout": "Microsoft 365 тым ұзақ жауап бермеді. Ештеңе жоғалған жоқ; қайталап көріңіз.",
  "error.throttled": "Microsoft 365 қазір бос емес. {when} қайталап көріңіз.",
  "error.throttled_unknown_wait": "Microsoft 365 қазір бос емес. Біраз күтіп, қайталап көріңіз.",
  "error.service_unavailable": "Microsoft 365 уақытша қолжетімсіз. Бір минуттан кейін қайталап көріңіз.",
  "error.unauthorized": "Кіру мерзіміңіз аяқталды. Қайта кіріп, әрекетті қайталаңыз.",
  "error.consent_required":
    "Online Meeting for Outlook қондырмасын пайдалану үшін әкімші оны ұйымыңызға мақұлдауы керек.",
  "error.sign_in_required": "Онлайн жиналыстарды көру және қосу үшін кіріңіз.",
  "error.sign_in_cancelled": "Кіру тоқтатылды. Онлайн жиналыс қосу үшін кіріңіз.",
  "error.sign_in_failed": "Кіру сәтсіз аяқталды. Қайталап көріңіз немесе әкімшіңізден көмек сұраңыз.",
  "error.sign_in_unsupported_account":
    "Outlook.com және Gmail тіркелгілері бұл қондырмаға кіре алмайды. Бұл тіркелгі үшін Outlook-тың Skype немесе Teams түймесін пайдаланыңыз.",
  "error.personal_account": "Жеке Microsoft тіркелгілері Teams жиналыстарын жасай алмайды.",
  "error.shared_calendar_read_only":
    "{owner} бұл күнтізбені сізбен өңдеу рұқсатынсыз бөлісті. Мұнда онлайн жиналыс қосу үшін {owner} пайдаланушысынан өңдеу немесе өкіл рұқсатын сұраңыз.",
  "error.not_organizer":
    "Бұл жиналыстың Teams ұйымдастырушысы – {owner}: оны жоюға немесе уақытын өзгертуге тек {owner} құқылы.",
  "error.forbidden":
    "Бұған рұқсатыңыз жоқ. Тіркелгіңізде Teams лицензиясы болмауы мүмкін; әкімшіңізге хабарласыңыз.",
  "error.not_found": "Outlook бұл кездесуді сақтауды әлі аяқтаған жоқ. Сәл күтіп, қайталап көріңіз.",
  "error.conflict": "Кездесу басқа жерде өзгертілді. Оны қайта ашып, әрекетті қайталаңыз.",
  "error.bad_request":
    "Microsoft 365 сұрауды қабылдамады. Кездесудің басталу және аяқталу уақытын тексеріп, қайталап көріңіз.",
  "error.malformed_response":
    "Microsoft 365 оқылмайтын жауап жіберді. Ештеңе өзгертілмеді; қайталап көріңіз.",
  "error.graph_error":
    "Microsoft 365 қате туралы хабарлады. Ештеңе өзгертілмеді; кейінірек қайталап көріңіз.",
  "error.foreign_meeting": "Мәтінде басқа жиналыстың қосылу сілтемесі бар.",
  "error.irreversible": "Онлайн оқиғаны қайта өшіру мүмкін емес.",
  "error.busy": "Алдыңғы сұрау әлі өңделуде…",
  "error.body_write_failed":
    "Outlook қосылу мәліметтерін мәтінде сақтамады. Мәтініңіз өзгермеді; қайталап көріңіз.",
  "error.join_text_not_removable":
    "Мәтіндегі қосылу мәліметтерінде қондырманың белгілері енді жоқ, сондықтан оларды қауіпсіз жою мүмкін емес. Жиналыс сақталады. {url} сілтемесі бар қосылу мәліметтерін мәтіннен жойып, жиналысты қайта өшіріңіз.",
  "error.body_too_large": "Кездесу мәтіні тым үлкен, Outlook оған қосылу мәліметтерін қоса алмайды.",
  "error.host_error": "Outlook әрекетті аяқтай алмады. Қайталап көріңіз.",
  "error.item_not_saved": "Алдымен кездесуді сақтап, содан кейін қайталап көріңіз.",
  "error.configuration":
    "Online Meeting for Outlook ұйымыңыз үшін әлі конфигурацияланбаған. Әкімшіңізге хабарласыңыз.",
  "error.unknown": "Бірдеңе дұрыс болмады. Ештеңе өзгертілмеді; қайталап көріңіз.",
  "error.consentLink": "Әкімшіңізге арналған сілтеме",

  "command.needsConfirm":
    "Растау үшін «Онлайн жиналыс» тақтасын бір рет ашыңыз: оқиға онлайн болғаннан кейін оны өшіру мүмкін емес.",
  "command.needsConfirmSeries":
    "Бұл – сериядағы бір қайталану. Бүкіл серияның онлайн болатынын растау үшін «Онлайн жиналыс» тақтасын ашыңыз.",
  "command.foreign":
    "Мәтінде {service} қосылу сілтемесі бар. Бәрібір қосу үшін «Онлайн жиналыс» тақтасын ашыңыз.",

  "options.title": "Жиналыс параметрлері",
  "options.loading": "Жиналыс параметрлері оқылуда…",
  "options.notOrganizer": "Жиналыс параметрлерін тек ұйымдастырушы өзгерте алады.",
  "options.notFound": "Teams-те бұл жиналыс әлі жоқ. Бұл бөлімді кейінірек жауып, қайта ашыңыз.",
  "options.failed": "Жиналыс параметрлерін оқу немесе өзгерту мүмкін болмады. Қайталап көріңіз.",
  "options.notApplied": "Teams барлық өзгерісті қолданбады. Параметрлер Teams-тегі мәнді көрсетеді.",
  "options.unknown": "Белгісіз",
  "options.lobby": "Күту залын кім айналып өте алады",
  "options.dialIn": "Телефон арқылы қоңырау шалушылар күту залын айналып өтеді",
  "options.presenters": "Кім көрсете алады",
  "options.chat": "Жиналыс чаты",
  "options.mic": "Қатысушылар микрофонын қоса алады",
  "options.camera": "Қатысушылар камерасын қоса алады",
  "options.record": "Автоматты түрде жазу",
  "options.announce": "Қоңырау шалушылар кіргенде не шыққанда хабарлау",
  "options.who.organizer": "Тек ұйымдастырушы",
  "options.who.organization": "Менің ұйымымдағы адамдар",
  "options.who.federated": "Менің және сенімді ұйымдардағы адамдар",
  "options.who.everyone": "Барлығы",
  "options.who.invited": "Шақырылған адамдар",
  "options.who.noGuests": "Менің ұйымымдағы адамдар, қонақтарсыз",
  "options.who.chosen": "Белгілі адамдар",
  "options.chat.enabled": "Қосулы",
  "options.chat.disabled": "Өшірулі",
  "options.chat.limited": "Тек жиналыс кезінде",

  "options.defaults.save": "Әдепкі мәндерім ретінде сақтау",
  "options.defaults.clear": "Әдепкі мәндерімді тазалау",
  "options.defaults.active": "Әдепкі мәндеріңіз әрбір жаңа жиналысқа қолданылады.",
  "options.defaults.saved": "Сақталды. Әрбір жаңа жиналыс осы опцияларды алады.",
  "options.defaults.cleared":
    "Әдепкі мәндеріңіз тазаланды. Жаңа жиналыстар Teams бағдарламасының әдеттегі опцияларын алады.",
  "options.defaults.failed": "Әдепкі мәндеріңізді сақтау мүмкін болмады. Әрекетті қайталаңыз.",
  "done.addedDefaultsMissed":
    "Онлайн жиналыс қосылды, бірақ әдепкі жиналыс опцияларыңыздың барлығы қолданылмады. Оларды «Жиналыс опциялары» бөлімінен тексеріңіз.",
};
