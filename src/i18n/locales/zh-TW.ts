// Chinese (Traditional, Taiwan).
import type { Catalog } from "./en-US";

export const zhTW: Catalog = {
  "app.title": "線上會議",
  "app.loading": "正在讀取約會…",

  "state.none": "此約會尚未設為線上會議。",
  "state.organizer": "Teams 召集人: {organizer}",
  "state.ours.standalone": "Online Meeting for Outlook 已新增 Teams 會議。",
  "state.ours.calendar": "此活動為線上會議 ({provider})。",
  "state.calendarOnline": "此活動已是線上會議 ({provider})。不需要新增任何項目。",
  "state.foreign": "內文已有 {service} 加入連結。再新增一個會讓出席者有兩種加入方式。",
  "state.joinLink": "加入連結",
  "state.validUntil": "加入連結在 {date} 前有效，也就是會議結束後 60 天。",
  "state.copy": "複製加入連結",
  "state.copied": "已複製加入連結。",
  "state.copyFailed": "無法複製。請選取連結並自行複製。",

  "toggle.label": "線上會議",
  "toggle.on": "開啟",
  "toggle.off": "關閉",

  "route.legend": "新增方式",
  "route.calendar": "將此活動設為 {provider} 會議",
  "route.standalone": "獨立的 Teams 會議 (加入資訊使用您選擇的語言)",
  "route.delegateOrganizer":
    "在 {owner} 的行事曆中，會以您的名義建立獨立會議：其 Teams 召集人會是您，而不是 {owner}。",
  "route.noProvider": "您的行事曆未提供線上會議提供者，因此將建立獨立的 Teams 會議。",
  "route.loading": "正在檢查您的行事曆允許的方式…",

  "language.label": "加入資訊的語言",
  "language.default": "{language} (Outlook 的語言)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "未知的提供者",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "線上會議",

  "confirm.calendar.title": "要開啟 {provider} 會議嗎？",
  "confirm.calendar.irreversible": "此活動一旦設為線上會議，便無法再關閉。",
  "confirm.calendar.save": "約會會先儲存到您的行事曆。在您按下 [傳送] 之前，不會寄出任何邀請。",
  "confirm.calendar.series":
    "您開啟的是週期性系列中的一次會議。整個系列都會成為 {provider} 會議：每一次會議都使用同一個加入連結。",
  "confirm.calendar.remember": "不要再詢問我",
  "confirm.continue": "開啟",
  "confirm.cancel": "取消",
  "confirm.foreign.add": "仍要新增",

  "action.add": "新增線上會議",
  "action.remove": "移除線上會議",
  "action.retry": "再試一次",
  "action.signIn": "登入",
  "action.signOut": "登出",

  "remove.irreversible": "線上活動無法關閉。若不想再於線上開會，請建立新的約會。",

  "progress.saving": "正在儲存約會…",
  "progress.contacting": "正在建立線上會議…",
  "progress.waitingForSync": "正在等候 Outlook 同步約會…",
  "progress.writing": "正在新增加入資訊…",
  "progress.removing": "正在移除線上會議…",

  "done.added": "已新增線上會議。出席者可在邀請中找到加入連結。",
  "done.removed": "已移除線上會議。",
  "done.already": "此約會已是線上會議。",
  "done.languageChanged": "加入資訊現已改為{language}。會議及其連結維持不變。",

  "settings.title": "設定",
  "settings.route": "新增會議的預設方式",
  "settings.route.auto": "行事曆有提供者時使用該提供者",
  "settings.route.standalone": "一律使用獨立的 Teams 會議",
  "settings.language": "加入資訊的預設語言",
  "settings.saved": "已儲存設定。",
  "settings.autoAdd": "在每個新會議中新增線上會議 (獨立的 Teams 會議)",
  "settings.autoAddNote": "在您的系統管理員部署此增益集後才能使用。",

  "account.signedInAs": "已登入為 {name}",

  "error.offline": "您已離線，或無法連線到 Microsoft 365。未變更任何內容；請在連線後再試一次。",
  "error.timeout": "Microsoft 365 回應時間過長。未遺失任何內容；請再試一次。",
  "error.throttled": "Microsoft 365 目前忙碌中。請在{when}再試一次。",
  "error.throttled_unknown_wait": "Microsoft 365 目前忙碌中。請稍候片刻，然後再試一次。",
  "error.service_unavailable": "Microsoft 365 暫時無法使用。請在一分鐘後再試一次。",
  "error.unauthorized": "您的登入已過期。請重新登入後再試一次。",
  "error.consent_required": "系統管理員必須先為您的組織核准 Online Meeting for Outlook，您才能使用它。",
  "error.sign_in_required": "請登入以檢視及新增線上會議。",
  "error.sign_in_cancelled": "已取消登入。請登入以新增線上會議。",
  "error.sign_in_failed": "登入失敗。請再試一次，或向您的系統管理員尋求協助。",
  "error.sign_in_unsupported_account":
    "Outlook.com 和 Gmail 帳戶無法登入此增益集。此帳戶請使用 Outlook 本身的 Skype 或 Teams 按鈕。",
  "error.personal_account": "個人 Microsoft 帳戶無法建立 Teams 會議。",
  "error.shared_calendar_read_only":
    "{owner} 與您共用此行事曆時未授與編輯權限。若要在此新增線上會議，請向 {owner} 要求編輯或代理人存取權。",
  "error.not_organizer": "{owner} 是此會議的 Teams 召集人：只有 {owner} 可以移除會議或變更其時間。",
  "error.forbidden": "您沒有執行此動作的權限。您的帳戶可能沒有 Teams 授權；請洽詢您的系統管理員。",
  "error.not_found": "Outlook 尚未完成儲存此約會。請稍候片刻再試一次。",
  "error.conflict": "此約會已在其他地方變更。請重新開啟後再試一次。",
  "error.bad_request": "Microsoft 365 拒絕了要求。請檢查約會的開始和結束時間，然後再試一次。",
  "error.malformed_response": "Microsoft 365 傳回無法讀取的回應。未變更任何內容；請再試一次。",
  "error.graph_error": "Microsoft 365 回報錯誤。未變更任何內容；請稍後再試一次。",
  "error.foreign_meeting": "內文已有其他會議的加入連結。",
  "error.irreversible": "線上活動無法再關閉。",
  "error.busy": "仍在處理上一個要求…",
  "error.body_write_failed": "Outlook 未在內文中保留加入資訊。您的文字未變更；請再試一次。",
  "error.join_text_not_removable":
    "內文中的加入資訊已不再帶有增益集的標記，因此無法安全地移除。會議已保留。請從內文刪除含有連結 {url} 的加入資訊，然後再次關閉會議。",
  "error.body_too_large": "約會內文太大，Outlook 無法新增加入資訊。",
  "error.host_error": "Outlook 無法完成此動作。請再試一次。",
  "error.item_not_saved": "請先儲存約會，然後再試一次。",
  "error.configuration": "您的組織尚未設定 Online Meeting for Outlook。請洽詢您的系統管理員。",
  "error.unknown": "發生問題。未變更任何內容；請再試一次。",
  "error.consentLink": "給您系統管理員的連結",

  "command.needsConfirm": "請開啟一次 [線上會議] 以確認：此活動設為線上後便無法關閉。",
  "command.needsConfirmSeries": "這是週期性系列中的一次會議。請開啟 [線上會議]，確認將整個系列設為線上會議。",
  "command.foreign": "內文已有 {service} 加入連結。若仍要新增，請開啟 [線上會議]。",
};
