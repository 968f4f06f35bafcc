// Malay (Malaysia).
import type { Catalog } from "./en-US";

export const msMY: Catalog = {
  "app.title": "Mesyuarat dalam talian",
  "app.loading": "Membaca janji temu…",

  "state.none": "Janji temu ini belum lagi mesyuarat dalam talian.",
  "state.organizer": "Penganjur Teams: {organizer}",
  "state.ours.standalone": "Mesyuarat Teams ditambah oleh Online Meeting for Outlook.",
  "state.ours.calendar": "Acara ini ialah mesyuarat dalam talian ({provider}).",
  "state.calendarOnline":
    "Acara ini sudah pun mesyuarat dalam talian ({provider}). Tiada apa-apa untuk ditambah.",
  "state.foreign":
    "Kandungan sudah mempunyai pautan sertai {service}. Menambah satu lagi akan memberi peserta dua cara untuk menyertai.",
  "state.joinLink": "Pautan sertai",
  "state.validUntil": "Pautan sertai berfungsi sehingga {date}, 60 hari selepas mesyuarat tamat.",
  "state.copy": "Salin pautan sertai",
  "state.copied": "Pautan sertai disalin.",
  "state.copyFailed": "Tidak dapat menyalin. Pilih pautan dan salin sendiri.",

  "toggle.label": "Mesyuarat dalam talian",
  "toggle.on": "Hidup",
  "toggle.off": "Mati",

  "route.legend": "Cara menambahnya",
  "route.calendar": "Jadikan acara ini mesyuarat {provider}",
  "route.standalone": "Mesyuarat Teams kendiri (teks sertai dalam bahasa pilihan anda)",
  "route.delegateOrganizer":
    "Dalam kalendar {owner}, mesyuarat kendiri dicipta atas nama anda: anda, bukan {owner}, akan menjadi penganjur Teams mesyuarat itu.",
  "route.noProvider":
    "Kalendar anda tidak menawarkan penyedia mesyuarat dalam talian, jadi mesyuarat Teams kendiri akan dicipta.",
  "route.loading": "Menyemak perkara yang dibenarkan oleh kalendar anda…",

  "language.label": "Bahasa teks sertai",
  "language.default": "{language} (bahasa Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "penyedia tidak diketahui",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "mesyuarat dalam talian",

  "confirm.calendar.title": "Hidupkan mesyuarat {provider}?",
  "confirm.calendar.irreversible":
    "Sebaik sahaja acara ini menjadi mesyuarat dalam talian, ia tidak boleh dimatikan lagi.",
  "confirm.calendar.save":
    "Janji temu akan disimpan ke kalendar anda dahulu. Tiada jemputan dihantar sehingga anda menekan Hantar.",
  "confirm.calendar.series":
    "Anda membuka satu kejadian daripada satu siri. Keseluruhan siri menjadi mesyuarat {provider}: setiap kejadian, dengan satu pautan sertai.",
  "confirm.calendar.remember": "Jangan tanya lagi",
  "confirm.continue": "Hidupkan",
  "confirm.cancel": "Batal",
  "confirm.foreign.add": "Tambah juga",

  "action.add": "Tambah mesyuarat dalam talian",
  "action.remove": "Alih keluar mesyuarat dalam talian",
  "action.retry": "Cuba lagi",
  "action.signIn": "Daftar masuk",
  "action.signOut": "Daftar keluar",

  "remove.irreversible":
    "Acara dalam talian tidak boleh dimatikan. Untuk berhenti bermesyuarat dalam talian, cipta janji temu baharu.",

  "progress.saving": "Menyimpan janji temu…",
  "progress.contacting": "Mencipta mesyuarat dalam talian…",
  "progress.waitingForSync": "Menunggu Outlook menyegerakkan janji temu…",
  "progress.writing": "Menambah butiran sertai…",
  "progress.removing": "Mengalih keluar mesyuarat dalam talian…",

  "done.added": "Mesyuarat dalam talian ditambah. Peserta akan menemui pautan sertai dalam jemputan.",
  "done.removed": "Mesyuarat dalam talian dialih keluar.",
  "done.already": "Janji temu ini sudah pun mesyuarat dalam talian.",
  "done.languageChanged": "Butiran sertai kini dalam {language}. Mesyuarat dan pautannya kekal sama.",

  "settings.title": "Tetapan",
  "settings.route": "Cara lalai untuk menambah mesyuarat",
  "settings.route.auto": "Gunakan penyedia kalendar saya apabila ada",
  "settings.route.standalone": "Sentiasa mesyuarat Teams kendiri",
  "settings.language": "Bahasa lalai teks sertai",
  "settings.saved": "Tetapan disimpan.",
  "settings.autoAdd": "Tambah mesyuarat dalam talian pada setiap mesyuarat baharu (mesyuarat Teams kendiri)",
  "settings.autoAddNote": "Berfungsi apabila pentadbir anda telah menggunakan tambahan ini.",

  "account.signedInAs": "Didaftar masuk sebagai {name}",

  "error.offline":
    "Anda di luar talian atau Microsoft 365 tidak dapat dicapai. Tiada apa-apa yang diubah; cuba lagi apabila anda disambungkan.",
  "error.timeout":
    "Microsoft 365 mengambil masa terlalu lama untuk menjawab. Tiada apa-apa yang hilang; cuba lagi.",
  "error.throttled": "Microsoft 365 sibuk sekarang. Cuba lagi {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 sibuk sekarang. Tunggu sebentar, kemudian cuba lagi.",
  "error.service_unavailable": "Microsoft 365 tidak tersedia buat sementara waktu. Cuba lagi dalam seminit.",
  "error.unauthorized": "Daftar masuk anda telah tamat tempoh. Daftar masuk semula dan cuba lagi.",
  "error.consent_required":
    "Pentadbir mesti meluluskan Online Meeting for Outlook untuk organisasi anda sebelum anda boleh menggunakannya.",
  "error.sign_in_required": "Daftar masuk untuk melihat dan menambah mesyuarat dalam talian.",
  "error.sign_in_cancelled": "Daftar masuk dibatalkan. Daftar masuk untuk menambah mesyuarat dalam talian.",
  "error.sign_in_failed": "Daftar masuk gagal. Cuba lagi, atau minta bantuan pentadbir anda.",
  "error.sign_in_unsupported_account":
    "Akaun Outlook.com dan Gmail tidak boleh mendaftar masuk ke tambahan ini. Gunakan butang Skype atau Teams Outlook sendiri untuk akaun ini.",
  "error.personal_account": "Akaun Microsoft peribadi tidak boleh mencipta mesyuarat Teams.",
  "error.shared_calendar_read_only":
    "{owner} berkongsi kalendar ini dengan anda tanpa keizinan untuk mengeditnya. Minta akses edit atau akses wakil daripada {owner} untuk menambah mesyuarat dalam talian di sini.",
  "error.not_organizer":
    "{owner} ialah penganjur Teams mesyuarat ini: hanya {owner} boleh mengalih keluarnya atau menukar masanya.",
  "error.forbidden":
    "Anda tidak mempunyai keizinan untuk ini. Akaun anda mungkin tiada lesen Teams; tanya pentadbir anda.",
  "error.not_found": "Outlook belum selesai menyimpan janji temu ini. Tunggu sebentar dan cuba lagi.",
  "error.conflict": "Janji temu telah diubah di tempat lain. Buka semula dan cuba lagi.",
  "error.bad_request":
    "Microsoft 365 menolak permintaan. Semak masa mula dan tamat janji temu, kemudian cuba lagi.",
  "error.malformed_response":
    "Microsoft 365 menghantar jawapan yang tidak dapat dibaca. Tiada apa-apa yang diubah; cuba lagi.",
  "error.graph_error": "Microsoft 365 melaporkan ralat. Tiada apa-apa yang diubah; cuba lagi kemudian.",
  "error.foreign_meeting": "Kandungan sudah mempunyai pautan sertai mesyuarat lain.",
  "error.irreversible": "Acara dalam talian tidak boleh dimatikan lagi.",
  "error.busy": "Masih memproses permintaan sebelumnya…",
  "error.body_write_failed":
    "Outlook tidak menyimpan butiran sertai dalam kandungan. Teks anda tidak berubah; cuba lagi.",
  "error.join_text_not_removable":
    "Butiran sertai dalam kandungan tidak lagi membawa penanda tambahan, jadi ia tidak boleh dialih keluar dengan selamat. Mesyuarat dikekalkan. Padamkan butiran sertai dengan pautan {url} daripada kandungan, kemudian matikan mesyuarat sekali lagi.",
  "error.body_too_large": "Kandungan janji temu terlalu besar untuk Outlook menambah butiran sertai.",
  "error.host_error": "Outlook tidak dapat melengkapkan tindakan. Cuba lagi.",
  "error.item_not_saved": "Simpan janji temu dahulu, kemudian cuba lagi.",
  "error.configuration":
    "Online Meeting for Outlook belum dikonfigurasikan untuk organisasi anda. Tanya pentadbir anda.",
  "error.unknown": "Sesuatu telah berlaku. Tiada apa-apa yang diubah; cuba lagi.",
  "error.consentLink": "Pautan untuk pentadbir anda",

  "command.needsConfirm":
    "Buka Mesyuarat dalam talian sekali untuk mengesahkan: acara ini tidak boleh dimatikan selepas ia dalam talian.",
  "command.needsConfirmSeries":
    "Ini ialah satu kejadian daripada satu siri. Buka Mesyuarat dalam talian untuk mengesahkan bahawa keseluruhan siri menjadi dalam talian.",
  "command.foreign":
    "Kandungan sudah mempunyai pautan sertai {service}. Buka Mesyuarat dalam talian untuk menambah satu juga.",

  "options.title": "Pilihan mesyuarat",
  "options.loading": "Membaca pilihan mesyuarat…",
  "options.notOrganizer": "Hanya penganjur mesyuarat boleh menukar pilihannya.",
  "options.notFound": "Teams belum mempunyai mesyuarat ini. Tutup dan buka semula bahagian ini kemudian.",
  "options.failed": "Pilihan mesyuarat tidak dapat dibaca atau ditukar. Cuba lagi.",
  "options.notApplied":
    "Teams tidak menggunakan semua perubahan. Pilihan menunjukkan apa yang disimpan Teams.",
  "options.unknown": "Tidak diketahui",
  "options.lobby": "Siapa boleh memintas lobi",
  "options.dialIn": "Pemanggil melalui telefon memintas lobi",
  "options.presenters": "Siapa boleh membentang",
  "options.chat": "Sembang mesyuarat",
  "options.mic": "Peserta boleh menghidupkan mikrofon",
  "options.camera": "Peserta boleh menghidupkan kamera",
  "options.record": "Rakam secara automatik",
  "options.announce": "Umumkan apabila pemanggil menyertai atau keluar",
  "options.who.organizer": "Hanya penganjur",
  "options.who.organization": "Orang dalam organisasi saya",
  "options.who.federated": "Orang dalam organisasi saya dan organisasi dipercayai",
  "options.who.everyone": "Semua orang",
  "options.who.invited": "Orang yang dijemput",
  "options.who.noGuests": "Orang dalam organisasi saya, tanpa tetamu",
  "options.who.chosen": "Orang tertentu",
  "options.chat.enabled": "Hidup",
  "options.chat.disabled": "Mati",
  "options.chat.limited": "Hanya semasa mesyuarat",

  "options.defaults.save": "Simpan sebagai lalai saya",
  "options.defaults.clear": "Kosongkan lalai saya",
  "options.defaults.active": "Lalai anda digunakan untuk setiap mesyuarat baharu.",
  "options.defaults.saved": "Disimpan. Setiap mesyuarat baharu akan mendapat pilihan ini.",
  "options.defaults.cleared": "Lalai anda telah dikosongkan. Mesyuarat baharu mendapat pilihan biasa Teams.",
  "options.defaults.failed": "Lalai anda tidak dapat disimpan. Cuba lagi.",
  "done.addedDefaultsMissed":
    "Mesyuarat dalam talian ditambah, tetapi bukan semua pilihan mesyuarat lalai anda digunakan. Semak dalam Pilihan mesyuarat.",
};
