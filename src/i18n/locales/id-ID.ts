// Indonesian (Indonesia).
import type { Catalog } from "./en-US";

export const idID: Catalog = {
  "app.title": "Rapat online",
  "app.loading": "Membaca janji temu…",

  "state.none": "Janji temu ini belum menjadi rapat online.",
  "state.organizer": "Penyelenggara Teams: {organizer}",
  "state.ours.standalone": "Rapat Teams ditambahkan oleh Online Meeting for Outlook.",
  "state.ours.calendar": "Acara ini adalah rapat online ({provider}).",
  "state.calendarOnline":
    "Acara ini sudah menjadi rapat online ({provider}). Tidak ada yang perlu ditambahkan.",
  "state.foreign":
    "Isi sudah memiliki tautan bergabung {service}. Menambahkan satu lagi akan memberi peserta dua cara untuk bergabung.",
  "state.joinLink": "Tautan bergabung",
  "state.validUntil": "Tautan bergabung berfungsi hingga {date}, 60 hari setelah rapat berakhir.",
  "state.copy": "Salin tautan bergabung",
  "state.copied": "Tautan bergabung disalin.",
  "state.copyFailed": "Tidak dapat menyalin. Pilih tautan dan salin sendiri.",

  "toggle.label": "Rapat online",
  "toggle.on": "Aktif",
  "toggle.off": "Nonaktif",

  "route.legend": "Cara menambahkannya",
  "route.calendar": "Jadikan acara ini rapat {provider}",
  "route.standalone": "Rapat Teams mandiri (teks bergabung dalam bahasa pilihan Anda)",
  "route.delegateOrganizer":
    "Di kalender {owner}, rapat mandiri dibuat atas nama Anda: Anda, bukan {owner}, yang akan menjadi penyelenggara Teams-nya.",
  "route.noProvider":
    "Kalender Anda tidak menawarkan penyedia rapat online, jadi rapat Teams mandiri akan dibuat.",
  "route.loading": "Memeriksa apa yang diizinkan kalender Anda…",

  "language.label": "Bahasa teks bergabung",
  "language.default": "{language} (bahasa Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "penyedia tidak dikenal",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "rapat online",

  "confirm.calendar.title": "Aktifkan rapat {provider}?",
  "confirm.calendar.irreversible":
    "Setelah acara ini menjadi rapat online, acara tidak dapat dinonaktifkan lagi.",
  "confirm.calendar.save":
    "Janji temu akan disimpan ke kalender Anda terlebih dahulu. Tidak ada undangan yang dikirim sampai Anda menekan Kirim.",
  "confirm.calendar.series":
    "Anda membuka satu kemunculan dari sebuah rangkaian. Seluruh rangkaian menjadi rapat {provider}: setiap kemunculan, dengan satu tautan bergabung.",
  "confirm.calendar.remember": "Jangan tanya lagi",
  "confirm.continue": "Aktifkan",
  "confirm.cancel": "Batal",
  "confirm.foreign.add": "Tetap tambahkan",

  "action.add": "Tambahkan rapat online",
  "action.remove": "Hapus rapat online",
  "action.retry": "Coba lagi",
  "action.signIn": "Masuk",
  "action.signOut": "Keluar",

  "remove.irreversible":
    "Acara online tidak dapat dinonaktifkan. Untuk berhenti bertemu secara online, buat janji temu baru.",

  "progress.saving": "Menyimpan janji temu…",
  "progress.contacting": "Membuat rapat online…",
  "progress.waitingForSync": "Menunggu Outlook menyinkronkan janji temu…",
  "progress.writing": "Menambahkan detail bergabung…",
  "progress.removing": "Menghapus rapat online…",

  "done.added": "Rapat online ditambahkan. Peserta akan menemukan tautan bergabung di undangan.",
  "done.removed": "Rapat online dihapus.",
  "done.already": "Janji temu ini sudah menjadi rapat online.",
  "done.languageChanged": "Detail bergabung kini dalam bahasa {language}. Rapat dan tautannya tetap sama.",

  "settings.title": "Pengaturan",
  "settings.route": "Cara default untuk menambahkan rapat",
  "settings.route.auto": "Gunakan penyedia kalender saya jika ada",
  "settings.route.standalone": "Selalu rapat Teams mandiri",
  "settings.language": "Bahasa default teks bergabung",
  "settings.saved": "Pengaturan disimpan.",
  "settings.autoAdd": "Tambahkan rapat online ke setiap rapat baru (rapat Teams mandiri)",
  "settings.autoAddNote": "Berfungsi jika admin Anda telah menyebarkan add-in.",

  "account.signedInAs": "Masuk sebagai {name}",

  "error.offline":
    "Anda sedang offline atau Microsoft 365 tidak dapat dijangkau. Tidak ada yang diubah; coba lagi saat Anda tersambung.",
  "error.timeout": "Microsoft 365 terlalu lama menjawab. Tidak ada yang hilang; coba lagi.",
  "error.throttled": "Microsoft 365 sedang sibuk. Coba lagi {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 sedang sibuk. Tunggu sebentar, lalu coba lagi.",
  "error.service_unavailable": "Microsoft 365 untuk sementara tidak tersedia. Coba lagi dalam satu menit.",
  "error.unauthorized": "Sesi masuk Anda telah kedaluwarsa. Masuk lagi dan coba kembali.",
  "error.consent_required":
    "Admin harus menyetujui Online Meeting for Outlook untuk organisasi Anda sebelum Anda dapat menggunakannya.",
  "error.sign_in_required": "Masuk untuk melihat dan menambahkan rapat online.",
  "error.sign_in_cancelled": "Proses masuk dibatalkan. Masuk untuk menambahkan rapat online.",
  "error.sign_in_failed": "Gagal masuk. Coba lagi, atau minta bantuan admin Anda.",
  "error.sign_in_unsupported_account":
    "Akun Outlook.com dan Gmail tidak dapat masuk ke add-in ini. Gunakan tombol Skype atau Teams milik Outlook untuk akun ini.",
  "error.personal_account": "Akun Microsoft pribadi tidak dapat membuat rapat Teams.",
  "error.shared_calendar_read_only":
    "{owner} berbagi kalender ini dengan Anda tanpa izin untuk mengeditnya. Minta akses edit atau akses delegasi kepada {owner} untuk menambahkan rapat online di sini.",
  "error.not_organizer":
    "{owner} adalah penyelenggara Teams rapat ini: hanya {owner} yang dapat menghapusnya atau mengubah waktunya.",
  "error.forbidden":
    "Anda tidak memiliki izin untuk ini. Akun Anda mungkin tidak memiliki lisensi Teams; tanyakan kepada admin Anda.",
  "error.not_found": "Outlook belum selesai menyimpan janji temu ini. Tunggu sebentar dan coba lagi.",
  "error.conflict": "Janji temu diubah di tempat lain. Buka kembali dan coba lagi.",
  "error.bad_request":
    "Microsoft 365 menolak permintaan. Periksa waktu mulai dan selesai janji temu, lalu coba lagi.",
  "error.malformed_response":
    "Microsoft 365 mengirim jawaban yang tidak dapat dibaca. Tidak ada yang diubah; coba lagi.",
  "error.graph_error": "Microsoft 365 melaporkan kesalahan. Tidak ada yang diubah; coba lagi nanti.",
  "error.foreign_meeting": "Isi sudah memiliki tautan bergabung rapat lain.",
  "error.irreversible": "Acara online tidak dapat dinonaktifkan lagi.",
  "error.busy": "Masih memproses permintaan sebelumnya…",
  "error.body_write_failed":
    "Outlook tidak mempertahankan detail bergabung di isi. Teks Anda tidak berubah; coba lagi.",
  "error.join_text_not_removable":
    "Detail bergabung di isi tidak lagi memiliki penanda add-in, sehingga tidak dapat dihapus dengan aman. Rapat tetap dipertahankan. Hapus detail bergabung dengan tautan {url} dari isi, lalu nonaktifkan rapat lagi.",
  "error.body_too_large": "Isi janji temu terlalu besar bagi Outlook untuk menambahkan detail bergabung.",
  "error.host_error": "Outlook tidak dapat menyelesaikan tindakan. Coba lagi.",
  "error.item_not_saved": "Simpan janji temu terlebih dahulu, lalu coba lagi.",
  "error.configuration":
    "Online Meeting for Outlook belum dikonfigurasi untuk organisasi Anda. Tanyakan kepada admin Anda.",
  "error.unknown": "Terjadi kesalahan. Tidak ada yang diubah; coba lagi.",
  "error.consentLink": "Tautan untuk admin Anda",

  "command.needsConfirm":
    "Buka Rapat online sekali untuk mengonfirmasi: acara ini tidak dapat dinonaktifkan setelah online.",
  "command.needsConfirmSeries":
    "Ini adalah satu kemunculan dari sebuah rangkaian. Buka Rapat online untuk mengonfirmasi bahwa seluruh rangkaian menjadi online.",
  "command.foreign":
    "Isi sudah memiliki tautan bergabung {service}. Buka Rapat online untuk tetap menambahkan satu.",

  "options.title": "Opsi rapat",
  "options.loading": "Membaca opsi rapat…",
  "options.notOrganizer": "Hanya penyelenggara rapat yang dapat mengubah opsinya.",
  "options.notFound": "Teams belum memiliki rapat ini. Tutup dan buka lagi bagian ini nanti.",
  "options.failed": "Opsi rapat tidak dapat dibaca atau diubah. Coba lagi.",
  "options.notApplied": "Teams tidak menerapkan semua perubahan. Opsi menampilkan yang disimpan Teams.",
  "options.unknown": "Tidak diketahui",
  "options.lobby": "Siapa yang dapat melewati lobi",
  "options.dialIn": "Penelepon lewat telepon melewati lobi",
  "options.presenters": "Siapa yang dapat menyajikan",
  "options.chat": "Obrolan rapat",
  "options.mic": "Peserta dapat menyalakan mikrofon",
  "options.camera": "Peserta dapat menyalakan kamera",
  "options.record": "Rekam secara otomatis",
  "options.announce": "Umumkan saat penelepon bergabung atau keluar",
  "options.who.organizer": "Hanya penyelenggara",
  "options.who.organization": "Orang di organisasi saya",
  "options.who.federated": "Orang di organisasi saya dan organisasi tepercaya",
  "options.who.everyone": "Semua orang",
  "options.who.invited": "Orang yang diundang",
  "options.who.noGuests": "Orang di organisasi saya, tanpa tamu",
  "options.who.chosen": "Orang tertentu",
  "options.chat.enabled": "Aktif",
  "options.chat.disabled": "Nonaktif",
  "options.chat.limited": "Hanya selama rapat",

  "options.defaults.save": "Simpan sebagai default saya",
  "options.defaults.clear": "Hapus default saya",
  "options.defaults.active": "Default Anda berlaku untuk setiap rapat baru.",
  "options.defaults.saved": "Disimpan. Setiap rapat baru akan mendapatkan opsi ini.",
  "options.defaults.cleared": "Default Anda telah dihapus. Rapat baru mendapatkan opsi Teams yang biasa.",
  "options.defaults.failed": "Default Anda tidak dapat disimpan. Coba lagi.",
  "done.addedDefaultsMissed":
    "Rapat online ditambahkan, tetapi tidak semua opsi rapat default Anda diterapkan. Periksa di Opsi rapat.",
};
