// Korean (Korea).
import type { Catalog } from "./en-US";

export const koKR: Catalog = {
  "app.title": "온라인 모임",
  "app.loading": "약속을 읽는 중…",

  "state.none": "이 약속은 아직 온라인 모임이 아닙니다.",
  "state.organizer": "Teams 개최자: {organizer}",
  "state.ours.standalone": "Online Meeting for Outlook에서 Teams 모임을 추가했습니다.",
  "state.ours.calendar": "이 이벤트는 온라인 모임입니다({provider}).",
  "state.calendarOnline": "이 이벤트는 이미 온라인 모임입니다({provider}). 추가할 항목이 없습니다.",
  "state.foreign":
    "본문에 이미 {service} 참가 링크가 있습니다. 하나를 더 추가하면 참석자에게 참가 방법이 두 가지가 됩니다.",
  "state.joinLink": "참가 링크",
  "state.validUntil": "참가 링크는 모임 종료 60일 후인 {date}까지 작동합니다.",
  "state.copy": "참가 링크 복사",
  "state.copied": "참가 링크를 복사했습니다.",
  "state.copyFailed": "복사할 수 없습니다. 링크를 선택하여 직접 복사하세요.",

  "toggle.label": "온라인 모임",
  "toggle.on": "켬",
  "toggle.off": "끔",

  "route.legend": "추가 방법",
  "route.calendar": "이 이벤트를 {provider} 모임으로 만들기",
  "route.standalone": "독립 실행형 Teams 모임(참가 텍스트는 선택한 언어로)",
  "route.delegateOrganizer":
    "{owner}님의 일정에서는 독립 실행형 모임이 사용자 이름으로 만들어집니다. Teams 개최자는 {owner}님이 아니라 사용자 본인이 됩니다.",
  "route.noProvider":
    "일정에서 제공하는 온라인 모임 공급자가 없으므로 독립 실행형 Teams 모임이 만들어집니다.",
  "route.loading": "일정에서 허용하는 항목을 확인하는 중…",

  "language.label": "참가 텍스트 언어",
  "language.default": "{language}(Outlook 언어)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "알 수 없는 공급자",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "온라인 모임",

  "confirm.calendar.title": "{provider} 모임을 켜시겠습니까?",
  "confirm.calendar.irreversible": "이 이벤트가 온라인 모임이 되면 다시 끌 수 없습니다.",
  "confirm.calendar.save": "약속이 먼저 일정에 저장됩니다. 보내기를 누르기 전에는 초대가 전송되지 않습니다.",
  "confirm.calendar.series":
    "되풀이 모임의 한 항목을 열었습니다. 전체 되풀이 모임이 {provider} 모임이 됩니다. 모든 항목이 하나의 참가 링크를 사용합니다.",
  "confirm.calendar.remember": "다시 묻지 않음",
  "confirm.continue": "켜기",
  "confirm.cancel": "취소",
  "confirm.foreign.add": "그래도 추가",

  "action.add": "온라인 모임 추가",
  "action.remove": "온라인 모임 제거",
  "action.retry": "다시 시도",
  "action.signIn": "로그인",
  "action.signOut": "로그아웃",

  "remove.irreversible":
    "온라인 이벤트는 끌 수 없습니다. 더 이상 온라인으로 모이지 않으려면 새 약속을 만드세요.",

  "progress.saving": "약속을 저장하는 중…",
  "progress.contacting": "온라인 모임을 만드는 중…",
  "progress.waitingForSync": "Outlook에서 약속을 동기화하기를 기다리는 중…",
  "progress.writing": "참가 정보를 추가하는 중…",
  "progress.removing": "온라인 모임을 제거하는 중…",

  "done.added": "온라인 모임을 추가했습니다. 참석자는 초대에서 참가 링크를 찾을 수 있습니다.",
  "done.removed": "온라인 모임을 제거했습니다.",
  "done.already": "이 약속은 이미 온라인 모임입니다.",
  "done.languageChanged": "이제 참가 정보가 {language}(으)로 표시됩니다. 모임과 링크는 그대로입니다.",

  "settings.title": "설정",
  "settings.route": "모임을 추가하는 기본 방법",
  "settings.route.auto": "일정에 공급자가 있으면 해당 공급자 사용",
  "settings.route.standalone": "항상 독립 실행형 Teams 모임",
  "settings.language": "참가 텍스트의 기본 언어",
  "settings.saved": "설정을 저장했습니다.",
  "settings.autoAdd": "모든 새 모임에 온라인 모임 추가(독립 실행형 Teams 모임)",
  "settings.autoAddNote": "관리자가 추가 기능을 배포한 경우에 작동합니다.",

  "account.signedInAs": "{name}(으)로 로그인됨",

  "error.offline":
    "오프라인 상태이거나 Microsoft 365에 연결할 수 없습니다. 변경된 내용은 없습니다. 연결되면 다시 시도하세요.",
  "error.timeout": "Microsoft 365의 응답이 너무 오래 걸렸습니다. 손실된 내용은 없습니다. 다시 시도하세요.",
  "error.throttled": "Microsoft 365가 현재 사용 중입니다. {when}에 다시 시도하세요.",
  "error.throttled_unknown_wait": "Microsoft 365가 현재 사용 중입니다. 잠시 기다린 후 다시 시도하세요.",
  "error.service_unavailable": "Microsoft 365를 일시적으로 사용할 수 없습니다. 1분 후에 다시 시도하세요.",
  "error.unauthorized": "로그인이 만료되었습니다. 다시 로그인한 후 다시 시도하세요.",
  "error.consent_required": "Online Meeting for Outlook을 사용하려면 관리자가 조직에 대해 승인해야 합니다.",
  "error.sign_in_required": "온라인 모임을 보고 추가하려면 로그인하세요.",
  "error.sign_in_cancelled": "로그인이 취소되었습니다. 온라인 모임을 추가하려면 로그인하세요.",
  "error.sign_in_failed": "로그인하지 못했습니다. 다시 시도하거나 관리자에게 도움을 요청하세요.",
  "error.sign_in_unsupported_account":
    "Outlook.com 및 Gmail 계정으로는 이 추가 기능에 로그인할 수 없습니다. 이 계정에는 Outlook 자체의 Skype 또는 Teams 단추를 사용하세요.",
  "error.personal_account": "개인 Microsoft 계정으로는 Teams 모임을 만들 수 없습니다.",
  "error.shared_calendar_read_only":
    "{owner}님이 편집 권한 없이 이 일정을 공유했습니다. 여기에 온라인 모임을 추가하려면 {owner}님에게 편집 권한이나 대리인 권한을 요청하세요.",
  "error.not_organizer":
    "이 모임의 Teams 개최자는 {owner}님입니다. {owner}님만 모임을 제거하거나 시간을 변경할 수 있습니다.",
  "error.forbidden":
    "이 작업을 수행할 권한이 없습니다. 계정에 Teams 라이선스가 없을 수 있습니다. 관리자에게 문의하세요.",
  "error.not_found": "Outlook에서 이 약속 저장을 아직 완료하지 않았습니다. 잠시 기다린 후 다시 시도하세요.",
  "error.conflict": "약속이 다른 곳에서 변경되었습니다. 다시 연 후 다시 시도하세요.",
  "error.bad_request":
    "Microsoft 365에서 요청을 거부했습니다. 약속의 시작 및 종료 시간을 확인한 후 다시 시도하세요.",
  "error.malformed_response":
    "Microsoft 365에서 읽을 수 없는 응답을 보냈습니다. 변경된 내용은 없습니다. 다시 시도하세요.",
  "error.graph_error":
    "Microsoft 365에서 오류를 보고했습니다. 변경된 내용은 없습니다. 나중에 다시 시도하세요.",
  "error.foreign_meeting": "본문에 이미 다른 모임의 참가 링크가 있습니다.",
  "error.irreversible": "온라인 이벤트는 다시 끌 수 없습니다.",
  "error.busy": "이전 요청을 아직 처리하는 중…",
  "error.body_write_failed":
    "Outlook에서 본문에 참가 정보를 유지하지 않았습니다. 텍스트는 변경되지 않았습니다. 다시 시도하세요.",
  "error.join_text_not_removable":
    "본문의 참가 정보에 더 이상 추가 기능의 표식이 없어 안전하게 제거할 수 없습니다. 모임은 유지됩니다. 본문에서 링크 {url}이(가) 포함된 참가 정보를 삭제한 다음 모임을 다시 끄세요.",
  "error.body_too_large": "약속 본문이 너무 커서 Outlook에서 참가 정보를 추가할 수 없습니다.",
  "error.host_error": "Outlook에서 작업을 완료할 수 없습니다. 다시 시도하세요.",
  "error.item_not_saved": "먼저 약속을 저장한 후 다시 시도하세요.",
  "error.configuration":
    "Online Meeting for Outlook이 아직 조직에 맞게 구성되지 않았습니다. 관리자에게 문의하세요.",
  "error.unknown": "문제가 발생했습니다. 변경된 내용은 없습니다. 다시 시도하세요.",
  "error.consentLink": "관리자용 링크",

  "command.needsConfirm":
    "확인하려면 온라인 모임을 한 번 여세요. 이 이벤트는 온라인이 된 후에는 끌 수 없습니다.",
  "command.needsConfirmSeries":
    "되풀이 모임의 한 항목입니다. 온라인 모임을 열어 전체 되풀이 모임을 온라인으로 전환할지 확인하세요.",
  "command.foreign": "본문에 이미 {service} 참가 링크가 있습니다. 그래도 추가하려면 온라인 모임을 여세요.",

  "options.title": "모임 옵션",
  "options.loading": "모임 옵션을 읽는 중…",
  "options.notOrganizer": "모임 옵션은 모임 이끌이만 변경할 수 있습니다.",
  "options.notFound": "Teams에 아직 이 모임이 없습니다. 나중에 이 섹션을 닫았다가 다시 여세요.",
  "options.failed": "모임 옵션을 읽거나 변경할 수 없습니다. 다시 시도하세요.",
  "options.notApplied":
    "Teams에서 일부 변경 내용을 적용하지 않았습니다. 옵션에는 Teams에 있는 값이 표시됩니다.",
  "options.unknown": "알 수 없음",
  "options.lobby": "대기실을 건너뛸 수 있는 사람",
  "options.dialIn": "전화로 전화 접속하는 사람은 대기실 건너뛰기",
  "options.presenters": "발표할 수 있는 사람",
  "options.chat": "모임 채팅",
  "options.mic": "참석자가 마이크를 켤 수 있음",
  "options.camera": "참석자가 카메라를 켤 수 있음",
  "options.record": "자동으로 녹화",
  "options.announce": "발신자가 참가하거나 나갈 때 알림",
  "options.who.organizer": "이끌이만",
  "options.who.organization": "내 조직의 사용자",
  "options.who.federated": "내 조직 및 신뢰할 수 있는 조직의 사용자",
  "options.who.everyone": "모든 사람",
  "options.who.invited": "초대받은 사용자",
  "options.who.noGuests": "내 조직의 사용자(게스트 제외)",
  "options.who.chosen": "특정 사용자",
  "options.chat.enabled": "켜기",
  "options.chat.disabled": "끄기",
  "options.chat.limited": "모임 중에만",

  "options.defaults.save": "내 기본값으로 저장",
  "options.defaults.clear": "내 기본값 지우기",
  "options.defaults.active": "기본값은 모든 새 모임에 적용됩니다.",
  "options.defaults.saved": "저장했습니다. 모든 새 모임에 이 옵션이 적용됩니다.",
  "options.defaults.cleared": "기본값을 지웠습니다. 새 모임에는 Teams의 일반 옵션이 적용됩니다.",
  "options.defaults.failed": "기본값을 저장할 수 없습니다. 다시 시도하세요.",
  "done.addedDefaultsMissed":
    "온라인 모임을 추가했지만 기본 모임 옵션 중 일부가 적용되지 않았습니다. 모임 옵션에서 확인하세요.",
};
