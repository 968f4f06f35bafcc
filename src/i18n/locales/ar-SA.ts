// Arabic (Saudi Arabia).
import type { Catalog } from "./en-US";

export const arSA: Catalog = {
  "app.title": "اجتماع عبر الإنترنت",
  "app.loading": "جارٍ قراءة الموعد…",

  "state.none": "هذا الموعد ليس اجتماعاً عبر الإنترنت بعد.",
  "state.organizer": "منظّم Teams: {organizer}",
  "state.ours.standalone": "اجتماع Teams أضافه Online Meeting for Outlook.",
  "state.ours.calendar": "هذا الحدث اجتماع عبر الإنترنت ({provider}).",
  "state.calendarOnline": "هذا الحدث اجتماع عبر الإنترنت بالفعل ({provider}). لا يوجد ما يلزم إضافته.",
  "state.foreign":
    "يحتوي النص بالفعل على ارتباط انضمام إلى {service}. إضافة ارتباط آخر ستمنح الحضور طريقتين للانضمام.",
  "state.joinLink": "ارتباط الانضمام",
  "state.validUntil": "يعمل ارتباط الانضمام حتى {date}، أي بعد 60 يوماً من انتهاء الاجتماع.",
  "state.copy": "نسخ ارتباط الانضمام",
  "state.copied": "تم نسخ ارتباط الانضمام.",
  "state.copyFailed": "تعذّر النسخ. حدّد الارتباط وانسخه بنفسك.",

  "toggle.label": "اجتماع عبر الإنترنت",
  "toggle.on": "تشغيل",
  "toggle.off": "إيقاف",

  "route.legend": "طريقة الإضافة",
  "route.calendar": "تحويل هذا الحدث إلى اجتماع {provider}",
  "route.standalone": "اجتماع Teams مستقل (نص الانضمام باللغة التي تختارها)",
  "route.delegateOrganizer":
    "في تقويم {owner} يتم إنشاء اجتماع مستقل باسمك: ستكون أنت، وليس {owner}، منظّم الاجتماع في Teams.",
  "route.noProvider": "لا يوفر تقويمك أي موفر للاجتماعات عبر الإنترنت، لذا سيتم إنشاء اجتماع Teams مستقل.",
  "route.loading": "جارٍ التحقق مما يسمح به تقويمك…",

  "language.label": "لغة نص الانضمام",
  "language.default": "{language} (لغة Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "موفر غير معروف",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "اجتماع عبر الإنترنت",

  "confirm.calendar.title": "هل تريد تشغيل اجتماع {provider}؟",
  "confirm.calendar.irreversible": "بمجرد أن يصبح هذا الحدث اجتماعاً عبر الإنترنت، لا يمكن إيقافه مرة أخرى.",
  "confirm.calendar.save": "سيتم حفظ الموعد في التقويم أولاً. لن تُرسل أي دعوات حتى تضغط على إرسال.",
  "confirm.calendar.series":
    "لقد فتحت تكراراً واحداً من سلسلة. ستصبح السلسلة بأكملها اجتماع {provider}: كل التكرارات، بارتباط انضمام واحد.",
  "confirm.calendar.remember": "عدم السؤال مرة أخرى",
  "confirm.continue": "تشغيل",
  "confirm.cancel": "إلغاء",
  "confirm.foreign.add": "الإضافة على أي حال",

  "action.add": "إضافة اجتماع عبر الإنترنت",
  "action.remove": "إزالة الاجتماع عبر الإنترنت",
  "action.retry": "إعادة المحاولة",
  "action.signIn": "تسجيل الدخول",
  "action.signOut": "تسجيل الخروج",

  "remove.irreversible": "لا يمكن إيقاف حدث عبر الإنترنت. للتوقف عن الاجتماع عبر الإنترنت، أنشئ موعداً جديداً.",

  "progress.saving": "جارٍ حفظ الموعد…",
  "progress.contacting": "جارٍ إنشاء الاجتماع عبر الإنترنت…",
  "progress.waitingForSync": "في انتظار مزامنة Outlook للموعد…",
  "progress.writing": "جارٍ إضافة تفاصيل الانضمام…",
  "progress.removing": "جارٍ إزالة الاجتماع عبر الإنترنت…",

  "done.added": "تمت إضافة الاجتماع عبر الإنترنت. سيجد الحضور ارتباط الانضمام في الدعوة.",
  "done.removed": "تمت إزالة الاجتماع عبر الإنترنت.",
  "done.already": "هذا الموعد اجتماع عبر الإنترنت بالفعل.",
  "done.languageChanged": "أصبحت تفاصيل الانضمام الآن باللغة {language}. يبقى الاجتماع وارتباطه كما هما.",

  "settings.title": "الإعدادات",
  "settings.route": "الطريقة الافتراضية لإضافة اجتماع",
  "settings.route.auto": "استخدام موفر التقويم الخاص بي عند توفره",
  "settings.route.standalone": "اجتماع Teams مستقل دائماً",
  "settings.language": "اللغة الافتراضية لنص الانضمام",
  "settings.saved": "تم حفظ الإعدادات.",
  "settings.autoAdd": "إضافة اجتماع عبر الإنترنت إلى كل اجتماع جديد (اجتماع Teams مستقل)",
  "settings.autoAddNote": "يعمل عندما يكون المسؤول قد نشر الوظيفة الإضافية.",

  "account.signedInAs": "تم تسجيل الدخول باسم {name}",

  "error.offline":
    "أنت غير متصل أو تعذّر الوصول إلى Microsoft 365. لم يتم تغيير أي شيء؛ أعد المحاولة عند الاتصال.",
  "error.timeout": "استغرق Microsoft 365 وقتاً طويلاً للرد. لم يُفقد أي شيء؛ أعد المحاولة.",
  "error.throttled": "Microsoft 365 مشغول حالياً. أعد المحاولة {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 مشغول حالياً. انتظر قليلاً، ثم أعد المحاولة.",
  "error.service_unavailable": "Microsoft 365 غير متوفر مؤقتاً. أعد المحاولة بعد دقيقة.",
  "error.unauthorized": "انتهت صلاحية تسجيل دخولك. سجّل الدخول مرة أخرى ثم أعد المحاولة.",
  "error.consent_required":
    "يجب أن يوافق مسؤول على Online Meeting for Outlook لمؤسستك قبل أن تتمكن من استخدامه.",
  "error.sign_in_required": "سجّل الدخول لعرض الاجتماعات عبر الإنترنت وإضافتها.",
  "error.sign_in_cancelled": "تم إلغاء تسجيل الدخول. سجّل الدخول لإضافة اجتماع عبر الإنترنت.",
  "error.sign_in_failed": "فشل تسجيل الدخول. أعد المحاولة أو اطلب المساعدة من المسؤول.",
  "error.sign_in_unsupported_account":
    "لا يمكن لحسابات Outlook.com وGmail تسجيل الدخول إلى هذه الوظيفة الإضافية. استخدم زر Skype أو Teams الخاص بـ Outlook لهذا الحساب.",
  "error.personal_account": "لا يمكن لحسابات Microsoft الشخصية إنشاء اجتماعات Teams.",
  "error.shared_calendar_read_only":
    "شارك {owner} هذا التقويم معك دون إذن بتحريره. اطلب من {owner} إذن التحرير أو الوصول كمفوَّض لإضافة اجتماع عبر الإنترنت هنا.",
  "error.not_organizer":
    "{owner} هو منظّم هذا الاجتماع في Teams: لا يمكن لأحد غير {owner} إزالته أو تغيير وقته.",
  "error.forbidden": "ليس لديك إذن للقيام بذلك. قد لا يكون لحسابك ترخيص Teams؛ اسأل المسؤول.",
  "error.not_found": "لم ينتهِ Outlook من حفظ هذا الموعد بعد. انتظر لحظة ثم أعد المحاولة.",
  "error.conflict": "تم تغيير الموعد في مكان آخر. أعد فتحه ثم أعد المحاولة.",
  "error.bad_request": "رفض Microsoft 365 الطلب. تحقق من وقتَي بدء الموعد وانتهائه ثم أعد المحاولة.",
  "error.malformed_response": "أرسل Microsoft 365 رداً تعذّرت قراءته. لم يتم تغيير أي شيء؛ أعد المحاولة.",
  "error.graph_error": "أبلغ Microsoft 365 عن خطأ. لم يتم تغيير أي شيء؛ أعد المحاولة لاحقاً.",
  "error.foreign_meeting": "يحتوي النص بالفعل على ارتباط الانضمام إلى اجتماع آخر.",
  "error.irreversible": "لا يمكن إيقاف حدث عبر الإنترنت مرة أخرى.",
  "error.busy": "لا يزال الطلب السابق قيد المعالجة…",
  "error.body_write_failed": "لم يحتفظ Outlook بتفاصيل الانضمام في النص. لم يتغير نصك؛ أعد المحاولة.",
  "error.join_text_not_removable":
    "لم تعد تفاصيل الانضمام في النص تحمل علامات الوظيفة الإضافية، لذا لا يمكن إزالتها بأمان. تم الاحتفاظ بالاجتماع. احذف من النص تفاصيل الانضمام التي تحتوي على الارتباط {url}، ثم أوقف الاجتماع مرة أخرى.",
  "error.body_too_large": "نص الموعد كبير جداً بحيث يتعذّر على Outlook إضافة تفاصيل الانضمام.",
  "error.host_error": "تعذّر على Outlook إكمال الإجراء. أعد المحاولة.",
  "error.item_not_saved": "احفظ الموعد أولاً، ثم أعد المحاولة.",
  "error.configuration": "لم يتم تكوين Online Meeting for Outlook لمؤسستك بعد. اسأل المسؤول.",
  "error.unknown": "حدث خطأ ما. لم يتم تغيير أي شيء؛ أعد المحاولة.",
  "error.consentLink": "ارتباط للمسؤول",

  "command.needsConfirm":
    "افتح «اجتماع عبر الإنترنت» مرة واحدة للتأكيد: لا يمكن إيقاف هذا الحدث بعد أن يصبح عبر الإنترنت.",
  "command.needsConfirmSeries":
    "هذا تكرار واحد من سلسلة. افتح «اجتماع عبر الإنترنت» لتأكيد تحويل السلسلة بأكملها إلى اجتماع عبر الإنترنت.",
  "command.foreign":
    "يحتوي النص بالفعل على ارتباط انضمام إلى {service}. افتح «اجتماع عبر الإنترنت» لإضافة ارتباط على أي حال.",

  "options.title": "خيارات الاجتماع",
  "options.loading": "جارٍ قراءة خيارات الاجتماع…",
  "options.notOrganizer": "يمكن لمنظم الاجتماع فقط تغيير خياراته.",
  "options.notFound": "لا يتوفر هذا الاجتماع في Teams بعد. أغلق هذا القسم وافتحه مرة أخرى لاحقاً.",
  "options.failed": "تعذرت قراءة خيارات الاجتماع أو تغييرها. حاول مرة أخرى.",
  "options.notApplied": "لم يطبّق Teams كل التغييرات. تعرض الخيارات ما يحتفظ به Teams.",
  "options.unknown": "غير معروف",
  "options.lobby": "من يمكنه تجاوز الردهة",
  "options.dialIn": "المتصلون عبر الهاتف يتجاوزون الردهة",
  "options.presenters": "من يمكنه التقديم",
  "options.chat": "دردشة الاجتماع",
  "options.mic": "يمكن للحضور تشغيل الميكروفون",
  "options.camera": "يمكن للحضور تشغيل الكاميرا",
  "options.record": "التسجيل تلقائياً",
  "options.announce": "الإعلان عند انضمام المتصلين أو مغادرتهم",
  "options.who.organizer": "المنظم فقط",
  "options.who.organization": "الأشخاص في مؤسستي",
  "options.who.federated": "الأشخاص في مؤسستي والمؤسسات الموثوق بها",
  "options.who.everyone": "الجميع",
  "options.who.invited": "الأشخاص المدعوون",
  "options.who.noGuests": "الأشخاص في مؤسستي، دون الضيوف",
  "options.who.chosen": "أشخاص محددون",
  "options.chat.enabled": "تشغيل",
  "options.chat.disabled": "إيقاف",
  "options.chat.limited": "أثناء الاجتماع فقط",

  "options.defaults.save": "حفظ كإعداداتي الافتراضية",
  "options.defaults.clear": "مسح إعداداتي الافتراضية",
  "options.defaults.active": "تنطبق إعداداتك الافتراضية على كل اجتماع جديد.",
  "options.defaults.saved": "تم الحفظ. سيحصل كل اجتماع جديد على هذه الخيارات.",
  "options.defaults.cleared":
    "تم مسح إعداداتك الافتراضية. تحصل الاجتماعات الجديدة على خيارات Teams المعتادة.",
  "options.defaults.failed": "تعذر حفظ إعداداتك الافتراضية. حاول مرة أخرى.",
  "done.addedDefaultsMissed":
    "تمت إضافة الاجتماع عبر الإنترنت، لكن لم يتم تطبيق كل خيارات الاجتماع الافتراضية. تحقق منها في خيارات الاجتماع.",
};
