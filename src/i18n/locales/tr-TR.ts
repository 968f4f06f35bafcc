// Turkish (Türkiye).
import type { Catalog } from "./en-US";

export const trTR: Catalog = {
  "app.title": "Çevrimiçi toplantı",
  "app.loading": "Randevu okunuyor…",

  "state.none": "Bu randevu henüz çevrimiçi toplantı değil.",
  "state.organizer": "Teams düzenleyicisi: {organizer}",
  "state.ours.standalone": "Online Meeting for Outlook tarafından eklenen Teams toplantısı.",
  "state.ours.calendar": "Bu etkinlik bir çevrimiçi toplantı ({provider}).",
  "state.calendarOnline": "Bu etkinlik zaten bir çevrimiçi toplantı ({provider}). Eklenecek bir şey yok.",
  "state.foreign":
    "Gövdede zaten bir {service} katılma bağlantısı var. Bir tane daha eklemek katılımcılara iki katılma yolu sunar.",
  "state.joinLink": "Katılma bağlantısı",
  "state.validUntil":
    "Katılma bağlantısı, toplantı bittikten 60 gün sonrasına, {date} tarihine kadar çalışır.",
  "state.copy": "Katılma bağlantısını kopyala",
  "state.copied": "Katılma bağlantısı kopyalandı.",
  "state.copyFailed": "Kopyalanamadı. Bağlantıyı seçip kendiniz kopyalayın.",

  "toggle.label": "Çevrimiçi toplantı",
  "toggle.on": "Açık",
  "toggle.off": "Kapalı",

  "route.legend": "Nasıl eklenecek",
  "route.calendar": "Bu etkinliği çevrimiçi toplantıya dönüştür ({provider})",
  "route.standalone": "Bağımsız Teams toplantısı (katılma metni seçtiğiniz dilde)",
  "route.delegateOrganizer":
    "{owner} kişisinin takviminde sizin adınıza bağımsız bir toplantı oluşturulur: Teams düzenleyicisi {owner} değil, siz olursunuz.",
  "route.noProvider":
    "Takviminiz çevrimiçi toplantı sağlayıcısı sunmuyor; bu nedenle bağımsız bir Teams toplantısı oluşturulacak.",
  "route.loading": "Takviminizin nelere izin verdiği denetleniyor…",

  "language.label": "Katılma metninin dili",
  "language.default": "{language} (Outlook dili)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "bilinmeyen sağlayıcı",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "çevrimiçi toplantı",

  "confirm.calendar.title": "Çevrimiçi toplantı açılsın mı ({provider})?",
  "confirm.calendar.irreversible": "Bu etkinlik çevrimiçi toplantı olduktan sonra yeniden kapatılamaz.",
  "confirm.calendar.save":
    "Randevu önce takviminize kaydedilir. Gönder'e basana kadar hiçbir davet gönderilmez.",
  "confirm.calendar.series":
    "Bir serinin tek bir örneğini açtınız. Serinin tamamı bir {provider} toplantısına dönüşür: her örnek, tek bir katılma bağlantısıyla.",
  "confirm.calendar.remember": "Bir daha sorma",
  "confirm.continue": "Aç",
  "confirm.cancel": "İptal",
  "confirm.foreign.add": "Yine de ekle",

  "action.add": "Çevrimiçi toplantı ekle",
  "action.remove": "Çevrimiçi toplantıyı kaldır",
  "action.retry": "Yeniden dene",
  "action.signIn": "Oturum aç",
  "action.signOut": "Oturumu kapat",

  "remove.irreversible":
    "Çevrimiçi bir etkinlik kapatılamaz. Artık çevrimiçi toplanmak istemiyorsanız yeni bir randevu oluşturun.",

  "progress.saving": "Randevu kaydediliyor…",
  "progress.contacting": "Çevrimiçi toplantı oluşturuluyor…",
  "progress.waitingForSync": "Outlook'un randevuyu eşitlemesi bekleniyor…",
  "progress.writing": "Katılma ayrıntıları ekleniyor…",
  "progress.removing": "Çevrimiçi toplantı kaldırılıyor…",

  "done.added": "Çevrimiçi toplantı eklendi. Katılımcılar katılma bağlantısını davette bulacak.",
  "done.removed": "Çevrimiçi toplantı kaldırıldı.",
  "done.already": "Bu randevu zaten bir çevrimiçi toplantı.",
  "done.languageChanged": "Katılma ayrıntıları artık {language} dilinde. Toplantı ve bağlantısı aynı kalır.",

  "settings.title": "Ayarlar",
  "settings.route": "Toplantı eklemenin varsayılan yolu",
  "settings.route.auto": "Varsa takvimimin sağlayıcısını kullan",
  "settings.route.standalone": "Her zaman bağımsız Teams toplantısı",
  "settings.language": "Katılma metninin varsayılan dili",
  "settings.saved": "Ayarlar kaydedildi.",
  "settings.autoAdd": "Her yeni toplantıya çevrimiçi toplantı ekle (bağımsız Teams toplantısı)",
  "settings.autoAddNote": "Yöneticiniz eklentiyi dağıttığında çalışır.",

  "account.signedInAs": "{name} olarak oturum açıldı",

  "error.offline":
    "Çevrimdışısınız veya Microsoft 365'e ulaşılamıyor. Hiçbir şey değiştirilmedi; bağlandığınızda yeniden deneyin.",
  "error.timeout": "Microsoft 365'in yanıt vermesi çok uzun sürdü. Hiçbir şey kaybolmadı; yeniden deneyin.",
  "error.throttled": "Microsoft 365 şu anda meşgul. {when} yeniden deneyin.",
  "error.throttled_unknown_wait": "Microsoft 365 şu anda meşgul. Biraz bekleyin ve yeniden deneyin.",
  "error.service_unavailable":
    "Microsoft 365 geçici olarak kullanılamıyor. Bir dakika sonra yeniden deneyin.",
  "error.unauthorized": "Oturumunuzun süresi doldu. Yeniden oturum açıp tekrar deneyin.",
  "error.consent_required":
    "Online Meeting for Outlook'u kullanabilmeniz için bir yöneticinin onu kuruluşunuz için onaylaması gerekir.",
  "error.sign_in_required": "Çevrimiçi toplantıları görmek ve eklemek için oturum açın.",
  "error.sign_in_cancelled": "Oturum açma iptal edildi. Çevrimiçi toplantı eklemek için oturum açın.",
  "error.sign_in_failed": "Oturum açılamadı. Yeniden deneyin veya yöneticinizden yardım isteyin.",
  "error.sign_in_unsupported_account":
    "Outlook.com ve Gmail hesapları bu eklentide oturum açamaz. Bu hesap için Outlook'un kendi Skype veya Teams düğmesini kullanın.",
  "error.personal_account": "Kişisel Microsoft hesapları Teams toplantısı oluşturamaz.",
  "error.shared_calendar_read_only":
    "{owner} bu takvimi sizinle düzenleme izni olmadan paylaştı. Buraya çevrimiçi toplantı eklemek için {owner} kişisinden düzenleme veya temsilci erişimi isteyin.",
  "error.not_organizer":
    "{owner} bu toplantının Teams düzenleyicisi: toplantıyı yalnızca {owner} kaldırabilir veya saatini değiştirebilir.",
  "error.forbidden": "Bunun için izniniz yok. Hesabınızın Teams lisansı olmayabilir; yöneticinize başvurun.",
  "error.not_found": "Outlook bu randevuyu kaydetmeyi henüz bitirmedi. Biraz bekleyip yeniden deneyin.",
  "error.conflict": "Randevu başka bir yerde değiştirildi. Yeniden açıp tekrar deneyin.",
  "error.bad_request":
    "Microsoft 365 isteği reddetti. Randevunun başlangıç ve bitiş saatini denetleyip yeniden deneyin.",
  "error.malformed_response":
    "Microsoft 365 okunamayan bir yanıt gönderdi. Hiçbir şey değiştirilmedi; yeniden deneyin.",
  "error.graph_error":
    "Microsoft 365 bir hata bildirdi. Hiçbir şey değiştirilmedi; daha sonra yeniden deneyin.",
  "error.foreign_meeting": "Gövdede zaten başka bir toplantının katılma bağlantısı var.",
  "error.irreversible": "Çevrimiçi bir etkinlik yeniden kapatılamaz.",
  "error.busy": "Önceki istek hâlâ işleniyor…",
  "error.body_write_failed":
    "Outlook katılma ayrıntılarını gövdede tutmadı. Metniniz değişmedi; yeniden deneyin.",
  "error.join_text_not_removable":
    "Gövdedeki katılma ayrıntıları artık eklentinin işaretlerini taşımadığından güvenli bir şekilde kaldırılamıyor. Toplantı korunuyor. {url} bağlantısını içeren katılma ayrıntılarını gövdeden silin, ardından toplantıyı yeniden kapatın.",
  "error.body_too_large": "Randevu gövdesi, Outlook'un katılma ayrıntılarını ekleyebilmesi için çok büyük.",
  "error.host_error": "Outlook eylemi tamamlayamadı. Yeniden deneyin.",
  "error.item_not_saved": "Önce randevuyu kaydedin, sonra yeniden deneyin.",
  "error.configuration":
    "Online Meeting for Outlook henüz kuruluşunuz için yapılandırılmadı. Yöneticinize başvurun.",
  "error.unknown": "Bir sorun oluştu. Hiçbir şey değiştirilmedi; yeniden deneyin.",
  "error.consentLink": "Yöneticiniz için bağlantı",

  "command.needsConfirm":
    "Onaylamak için Çevrimiçi toplantı'yı bir kez açın: etkinlik çevrimiçi olduktan sonra kapatılamaz.",
  "command.needsConfirmSeries":
    "Bu, bir serinin tek bir örneği. Serinin tamamının çevrimiçi olacağını onaylamak için Çevrimiçi toplantı'yı açın.",
  "command.foreign":
    "Gövdede zaten bir {service} katılma bağlantısı var. Yine de eklemek için Çevrimiçi toplantı'yı açın.",

  "options.title": "Toplantı seçenekleri",
  "options.loading": "Toplantı seçenekleri okunuyor…",
  "options.notOrganizer": "Toplantının seçeneklerini yalnızca düzenleyici değiştirebilir.",
  "options.notFound": "Teams'de bu toplantı henüz yok. Bu bölümü daha sonra kapatıp yeniden açın.",
  "options.failed": "Toplantı seçenekleri okunamadı veya değiştirilemedi. Yeniden deneyin.",
  "options.notApplied": "Teams her değişikliği uygulamadı. Seçenekler Teams'deki değerleri gösteriyor.",
  "options.unknown": "Bilinmiyor",
  "options.lobby": "Lobiyi kimler atlayabilir",
  "options.dialIn": "Telefonla arayanlar lobiyi atlar",
  "options.presenters": "Kimler sunabilir",
  "options.chat": "Toplantı sohbeti",
  "options.mic": "Katılımcılar mikrofonlarını açabilir",
  "options.camera": "Katılımcılar kameralarını açabilir",
  "options.record": "Otomatik olarak kaydet",
  "options.announce": "Arayanlar katıldığında veya ayrıldığında duyur",
  "options.who.organizer": "Yalnızca düzenleyici",
  "options.who.organization": "Kuruluşumdaki kişiler",
  "options.who.federated": "Kuruluşumdaki ve güvenilen kuruluşlardaki kişiler",
  "options.who.everyone": "Herkes",
  "options.who.invited": "Davet edilen kişiler",
  "options.who.noGuests": "Kuruluşumdaki kişiler, konuklar hariç",
  "options.who.chosen": "Belirli kişiler",
  "options.chat.enabled": "Açık",
  "options.chat.disabled": "Kapalı",
  "options.chat.limited": "Yalnızca toplantı sırasında",

  "options.defaults.save": "Varsayılanlarım olarak kaydet",
  "options.defaults.clear": "Varsayılanlarımı temizle",
  "options.defaults.active": "Varsayılanlarınız her yeni toplantıya uygulanır.",
  "options.defaults.saved": "Kaydedildi. Her yeni toplantı bu seçenekleri alır.",
  "options.defaults.cleared":
    "Varsayılanlarınız temizlendi. Yeni toplantılar Teams'in olağan seçeneklerini alır.",
  "options.defaults.failed": "Varsayılanlarınız kaydedilemedi. Yeniden deneyin.",
  "done.addedDefaultsMissed":
    "Çevrimiçi toplantı eklendi, ancak varsayılan toplantı seçeneklerinizin tümü uygulanmadı. Bunları Toplantı seçenekleri bölümünde denetleyin.",
};
