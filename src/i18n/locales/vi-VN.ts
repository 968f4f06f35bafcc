// Vietnamese (Vietnam).
import type { Catalog } from "./en-US";

export const viVN: Catalog = {
  "app.title": "Cuộc họp trực tuyến",
  "app.loading": "Đang đọc cuộc hẹn…",

  "state.none": "Cuộc hẹn này chưa phải là cuộc họp trực tuyến.",
  "state.organizer": "Người tổ chức Teams: {organizer}",
  "state.ours.standalone": "Cuộc họp Teams do Online Meeting for Outlook thêm.",
  "state.ours.calendar": "Sự kiện này là cuộc họp trực tuyến ({provider}).",
  "state.calendarOnline": "Sự kiện này đã là cuộc họp trực tuyến ({provider}). Không có gì để thêm.",
  "state.foreign":
    "Nội dung đã có nối kết tham gia {service}. Thêm nối kết khác sẽ khiến người dự có hai cách tham gia.",
  "state.joinLink": "Nối kết tham gia",
  "state.validUntil": "Nối kết tham gia có hiệu lực đến {date}, 60 ngày sau khi cuộc họp kết thúc.",
  "state.copy": "Sao chép nối kết tham gia",
  "state.copied": "Đã sao chép nối kết tham gia.",
  "state.copyFailed": "Không thể sao chép. Hãy chọn nối kết và tự sao chép.",

  "toggle.label": "Cuộc họp trực tuyến",
  "toggle.on": "Bật",
  "toggle.off": "Tắt",

  "route.legend": "Cách thêm",
  "route.calendar": "Biến sự kiện này thành cuộc họp {provider}",
  "route.standalone": "Cuộc họp Teams độc lập (văn bản tham gia bằng ngôn ngữ bạn chọn)",
  "route.delegateOrganizer":
    "Trong lịch của {owner}, một cuộc họp độc lập được tạo bằng tên bạn: bạn, không phải {owner}, sẽ là người tổ chức Teams của cuộc họp.",
  "route.noProvider":
    "Lịch của bạn không cung cấp nhà cung cấp cuộc họp trực tuyến nào, vì vậy một cuộc họp Teams độc lập sẽ được tạo.",
  "route.loading": "Đang kiểm tra những gì lịch của bạn cho phép…",

  "language.label": "Ngôn ngữ của văn bản tham gia",
  "language.default": "{language} (ngôn ngữ của Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "nhà cung cấp không xác định",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "cuộc họp trực tuyến",

  "confirm.calendar.title": "Bật cuộc họp {provider}?",
  "confirm.calendar.irreversible": "Khi sự kiện này đã là cuộc họp trực tuyến, bạn không thể tắt lại.",
  "confirm.calendar.save":
    "Cuộc hẹn sẽ được lưu vào lịch của bạn trước. Không có lời mời nào được gửi cho đến khi bạn nhấn Gửi.",
  "confirm.calendar.series":
    "Bạn đã mở một lần xuất hiện của chuỗi. Toàn bộ chuỗi sẽ thành cuộc họp {provider}: mọi lần xuất hiện, với một nối kết tham gia.",
  "confirm.calendar.remember": "Không hỏi lại",
  "confirm.continue": "Bật",
  "confirm.cancel": "Hủy",
  "confirm.foreign.add": "Vẫn thêm",

  "action.add": "Thêm cuộc họp trực tuyến",
  "action.remove": "Loại bỏ cuộc họp trực tuyến",
  "action.retry": "Thử lại",
  "action.signIn": "Đăng nhập",
  "action.signOut": "Đăng xuất",

  "remove.irreversible": "Không thể tắt sự kiện trực tuyến. Để ngừng họp trực tuyến, hãy tạo cuộc hẹn mới.",

  "progress.saving": "Đang lưu cuộc hẹn…",
  "progress.contacting": "Đang tạo cuộc họp trực tuyến…",
  "progress.waitingForSync": "Đang chờ Outlook đồng bộ cuộc hẹn…",
  "progress.writing": "Đang thêm chi tiết tham gia…",
  "progress.removing": "Đang loại bỏ cuộc họp trực tuyến…",

  "done.added": "Đã thêm cuộc họp trực tuyến. Người dự sẽ tìm thấy nối kết tham gia trong lời mời.",
  "done.removed": "Đã loại bỏ cuộc họp trực tuyến.",
  "done.already": "Cuộc hẹn này đã là cuộc họp trực tuyến.",
  "done.languageChanged":
    "Chi tiết tham gia hiện bằng {language}. Cuộc họp và nối kết của nó vẫn giữ nguyên.",

  "settings.title": "Cài đặt",
  "settings.route": "Cách mặc định để thêm cuộc họp",
  "settings.route.auto": "Dùng nhà cung cấp của lịch khi có",
  "settings.route.standalone": "Luôn là cuộc họp Teams độc lập",
  "settings.language": "Ngôn ngữ mặc định của văn bản tham gia",
  "settings.saved": "Đã lưu cài đặt.",
  "settings.autoAdd": "Thêm cuộc họp trực tuyến vào mọi cuộc họp mới (cuộc họp Teams độc lập)",
  "settings.autoAddNote": "Hoạt động khi người quản trị của bạn đã triển khai phần bổ trợ.",

  "account.signedInAs": "Đã đăng nhập với tên {name}",

  "error.offline":
    "Bạn đang ngoại tuyến hoặc không thể kết nối với Microsoft 365. Không có gì bị thay đổi; hãy thử lại khi đã kết nối.",
  "error.timeout": "Microsoft 365 phản hồi quá lâu. Không có gì bị mất; hãy thử lại.",
  "error.throttled": "Microsoft 365 hiện đang bận. Hãy thử lại {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 hiện đang bận. Hãy chờ một lát rồi thử lại.",
  "error.service_unavailable": "Microsoft 365 tạm thời không khả dụng. Hãy thử lại sau một phút.",
  "error.unauthorized": "Phiên đăng nhập của bạn đã hết hạn. Hãy đăng nhập lại và thử lại.",
  "error.consent_required":
    "Người quản trị phải phê duyệt Online Meeting for Outlook cho tổ chức của bạn trước khi bạn có thể sử dụng.",
  "error.sign_in_required": "Đăng nhập để xem và thêm cuộc họp trực tuyến.",
  "error.sign_in_cancelled": "Đã hủy đăng nhập. Hãy đăng nhập để thêm cuộc họp trực tuyến.",
  "error.sign_in_failed": "Đăng nhập không thành công. Hãy thử lại hoặc nhờ người quản trị trợ giúp.",
  "error.sign_in_unsupported_account":
    "Tài khoản Outlook.com và Gmail không thể đăng nhập vào phần bổ trợ này. Hãy dùng nút Skype hoặc Teams của chính Outlook cho tài khoản này.",
  "error.personal_account": "Tài khoản Microsoft cá nhân không thể tạo cuộc họp Teams.",
  "error.shared_calendar_read_only":
    "{owner} đã chia sẻ lịch này với bạn mà không cấp quyền chỉnh sửa. Hãy đề nghị {owner} cấp quyền chỉnh sửa hoặc quyền người được ủy quyền để thêm cuộc họp trực tuyến tại đây.",
  "error.not_organizer":
    "{owner} là người tổ chức Teams của cuộc họp này: chỉ {owner} mới có thể loại bỏ hoặc đổi giờ cuộc họp.",
  "error.forbidden":
    "Bạn không có quyền thực hiện thao tác này. Tài khoản của bạn có thể không có giấy phép Teams; hãy hỏi người quản trị.",
  "error.not_found": "Outlook chưa lưu xong cuộc hẹn này. Hãy chờ một lát rồi thử lại.",
  "error.conflict": "Cuộc hẹn đã được thay đổi ở nơi khác. Hãy mở lại và thử lại.",
  "error.bad_request":
    "Microsoft 365 đã từ chối yêu cầu. Hãy kiểm tra thời gian bắt đầu và kết thúc của cuộc hẹn rồi thử lại.",
  "error.malformed_response":
    "Microsoft 365 đã gửi một phản hồi không đọc được. Không có gì bị thay đổi; hãy thử lại.",
  "error.graph_error": "Microsoft 365 đã báo lỗi. Không có gì bị thay đổi; hãy thử lại sau.",
  "error.foreign_meeting": "Nội dung đã có nối kết tham gia của một cuộc họp khác.",
  "error.irreversible": "Không thể tắt lại sự kiện trực tuyến.",
  "error.busy": "Vẫn đang xử lý yêu cầu trước…",
  "error.body_write_failed":
    "Outlook không giữ chi tiết tham gia trong nội dung. Văn bản của bạn không thay đổi; hãy thử lại.",
  "error.join_text_not_removable":
    "Chi tiết tham gia trong nội dung không còn mang dấu của phần bổ trợ nên không thể loại bỏ an toàn. Cuộc họp được giữ lại. Hãy xóa chi tiết tham gia có nối kết {url} khỏi nội dung, rồi tắt lại cuộc họp.",
  "error.body_too_large": "Nội dung cuộc hẹn quá lớn để Outlook thêm chi tiết tham gia.",
  "error.host_error": "Outlook không thể hoàn tất hành động. Hãy thử lại.",
  "error.item_not_saved": "Hãy lưu cuộc hẹn trước, rồi thử lại.",
  "error.configuration":
    "Online Meeting for Outlook chưa được cấu hình cho tổ chức của bạn. Hãy hỏi người quản trị.",
  "error.unknown": "Đã xảy ra sự cố. Không có gì bị thay đổi; hãy thử lại.",
  "error.consentLink": "Nối kết dành cho người quản trị",

  "command.needsConfirm":
    "Mở Cuộc họp trực tuyến một lần để xác nhận: sự kiện không thể tắt sau khi đã trực tuyến.",
  "command.needsConfirmSeries":
    "Đây là một lần xuất hiện của chuỗi. Mở Cuộc họp trực tuyến để xác nhận toàn bộ chuỗi chuyển sang trực tuyến.",
  "command.foreign":
    "Nội dung đã có nối kết tham gia {service}. Mở Cuộc họp trực tuyến để vẫn thêm một nối kết.",

  "options.title": "Tùy chọn cuộc họp",
  "options.loading": "Đang đọc tùy chọn cuộc họp…",
  "options.notOrganizer": "Chỉ người tổ chức cuộc họp mới có thể thay đổi tùy chọn.",
  "options.notFound": "Teams chưa có cuộc họp này. Hãy đóng và mở lại phần này sau.",
  "options.failed": "Không thể đọc hoặc thay đổi tùy chọn cuộc họp. Hãy thử lại.",
  "options.notApplied": "Teams chưa áp dụng mọi thay đổi. Các tùy chọn hiển thị những gì Teams lưu.",
  "options.unknown": "Không rõ",
  "options.lobby": "Ai có thể bỏ qua sảnh đợi",
  "options.dialIn": "Người gọi qua điện thoại bỏ qua sảnh đợi",
  "options.presenters": "Ai có thể trình bày",
  "options.chat": "Trò chuyện cuộc họp",
  "options.mic": "Người dự có thể bật micrô",
  "options.camera": "Người dự có thể bật camera",
  "options.record": "Tự động ghi",
  "options.announce": "Thông báo khi người gọi tham gia hoặc rời đi",
  "options.who.organizer": "Chỉ người tổ chức",
  "options.who.organization": "Mọi người trong tổ chức của tôi",
  "options.who.federated": "Mọi người trong tổ chức của tôi và tổ chức tin cậy",
  "options.who.everyone": "Mọi người",
  "options.who.invited": "Người được mời",
  "options.who.noGuests": "Mọi người trong tổ chức của tôi, trừ khách",
  "options.who.chosen": "Những người cụ thể",
  "options.chat.enabled": "Bật",
  "options.chat.disabled": "Tắt",
  "options.chat.limited": "Chỉ trong cuộc họp",

  "options.defaults.save": "Lưu làm mặc định của tôi",
  "options.defaults.clear": "Xóa mặc định của tôi",
  "options.defaults.active": "Mặc định của bạn áp dụng cho mọi cuộc họp mới.",
  "options.defaults.saved": "Đã lưu. Mọi cuộc họp mới sẽ có các tùy chọn này.",
  "options.defaults.cleared": "Đã xóa mặc định của bạn. Cuộc họp mới có các tùy chọn thông thường của Teams.",
  "options.defaults.failed": "Không thể lưu mặc định của bạn. Hãy thử lại.",
  "done.addedDefaultsMissed":
    "Đã thêm cuộc họp trực tuyến, nhưng không phải tất cả tùy chọn cuộc họp mặc định của bạn đều được áp dụng. Hãy kiểm tra trong Tùy chọn cuộc họp.",
};
