// Japanese (Japan).
import type { Catalog } from "./en-US";

export const jaJP: Catalog = {
  "app.title": "オンライン会議",
  "app.loading": "予定を読み込んでいます…",

  "state.none": "この予定はまだオンライン会議ではありません。",
  "state.organizer": "Teams の開催者: {organizer}",
  "state.ours.standalone": "Online Meeting for Outlook が Teams 会議を追加しました。",
  "state.ours.calendar": "このイベントはオンライン会議です ({provider})。",
  "state.calendarOnline": "このイベントは既にオンライン会議です ({provider})。追加する必要はありません。",
  "state.foreign":
    "本文には既に {service} の参加リンクがあります。もう 1 つ追加すると、参加者に 2 つの参加方法ができてしまいます。",
  "state.joinLink": "参加リンク",
  "state.validUntil": "参加リンクは {date} まで有効です (会議の終了から 60 日後)。",
  "state.copy": "参加リンクをコピー",
  "state.copied": "参加リンクをコピーしました。",
  "state.copyFailed": "コピーできませんでした。リンクを選択してご自身でコピーしてください。",

  "toggle.label": "オンライン会議",
  "toggle.on": "オン",
  "toggle.off": "オフ",
  "route.legend": "追加方法",
  "route.calendar": "このイベントを {provider} 会議にする",
  "route.standalone": "単独の Teams 会議 (参加情報は選択した言語)",
  "route.delegateOrganizer":
    "{owner} さんの予定表では、単独の会議はあなたの名前で作成されます。Teams の開催者は {owner} さんではなく、あなたになります。",
  "route.noProvider": "予定表にオンライン会議プロバイダーがないため、単独の Teams 会議を作成します。",
  "route.loading": "予定表で使用できる方法を確認しています…",
  "language.label": "参加情報の言語",
  "language.default": "{language} (Outlook の言語)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "不明なプロバイダー",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "オンライン会議",

  "confirm.calendar.title": "{provider} 会議をオンにしますか?",
  "confirm.calendar.irreversible": "このイベントをオンライン会議にすると、元に戻すことはできません。",
  "confirm.calendar.save": "予定は先に予定表に保存されます。[送信] を押すまで招待は送信されません。",
  "confirm.calendar.series":
    "開いているのは定期的な予定の 1 回分です。定期的な予定全体が {provider} 会議になり、すべての回で同じ参加リンクが使われます。",
  "confirm.calendar.remember": "今後確認しない",
  "confirm.continue": "オンにする",
  "confirm.cancel": "キャンセル",
  "confirm.foreign.add": "追加する",

  "action.add": "オンライン会議を追加",
  "action.remove": "オンライン会議を削除",
  "action.retry": "再試行",
  "action.signIn": "サインイン",
  "action.signOut": "サインアウト",
  "remove.irreversible":
    "オンラインのイベントはオフにできません。オンラインで会議しない場合は、新しい予定を作成してください。",

  "progress.saving": "予定を保存しています…",
  "progress.contacting": "オンライン会議を作成しています…",
  "progress.waitingForSync": "Outlook が予定を同期するのを待っています…",
  "progress.writing": "参加情報を追加しています…",
  "progress.removing": "オンライン会議を削除しています…",

  "done.added": "オンライン会議を追加しました。参加者は招待で参加リンクを確認できます。",
  "done.removed": "オンライン会議を削除しました。",
  "done.already": "この予定は既にオンライン会議です。",
  "done.languageChanged": "参加情報を{language}に切り替えました。会議とリンクは変わりません。",

  "settings.title": "設定",
  "settings.route": "既定の追加方法",
  "settings.route.auto": "予定表にプロバイダーがあればそれを使う",
  "settings.route.standalone": "常に単独の Teams 会議",
  "settings.language": "既定の参加情報の言語",
  "settings.saved": "設定を保存しました。",
  "settings.autoAdd": "新しい会議すべてにオンライン会議を追加する (単独の Teams 会議)",
  "settings.autoAddNote": "管理者がアドインを展開している場合に機能します。",

  "account.signedInAs": "{name} としてサインイン中",

  "error.offline":
    "オフラインか、Microsoft 365 に接続できません。変更はありません。接続後に再試行してください。",
  "error.timeout":
    "Microsoft 365 の応答に時間がかかりすぎました。失われたものはありません。再試行してください。",
  "error.throttled": "Microsoft 365 が混み合っています。{when}に再試行してください。",
  "error.throttled_unknown_wait": "Microsoft 365 が混み合っています。しばらく待ってから再試行してください。",
  "error.service_unavailable": "Microsoft 365 が一時的に利用できません。1 分後に再試行してください。",
  "error.unauthorized": "サインインの有効期限が切れました。もう一度サインインして再試行してください。",
  "error.consent_required":
    "使用するには、管理者が組織で Online Meeting for Outlook を承認する必要があります。",
  "error.sign_in_required": "オンライン会議を表示および追加するには、サインインしてください。",
  "error.sign_in_cancelled":
    "サインインがキャンセルされました。オンライン会議を追加するにはサインインしてください。",
  "error.sign_in_failed": "サインインに失敗しました。再試行するか、管理者に問い合わせてください。",
  "error.sign_in_unsupported_account":
    "Outlook.com と Gmail のアカウントはこのアドインにサインインできません。Outlook の Skype または Teams ボタンをご利用ください。",
  "error.personal_account": "個人用 Microsoft アカウントでは Teams 会議を作成できません。",
  "error.shared_calendar_read_only":
    "{owner} さんはこの予定表を編集権限なしで共有しています。ここにオンライン会議を追加するには、{owner} さんに編集権限または代理人アクセスを依頼してください。",
  "error.not_organizer":
    "この会議の Teams の開催者は {owner} さんです。削除や時刻の変更は {owner} さんだけが行えます。",
  "error.forbidden":
    "この操作を行う権限がありません。Teams ライセンスがない可能性があります。管理者に問い合わせてください。",
  "error.not_found": "Outlook がこの予定の保存をまだ完了していません。しばらくしてから再試行してください。",
  "error.conflict": "予定が別の場所で変更されました。開き直してから再試行してください。",
  "error.bad_request":
    "Microsoft 365 が要求を拒否しました。予定の開始と終了の時刻を確認して再試行してください。",
  "error.malformed_response":
    "Microsoft 365 から読み取れない応答がありました。変更はありません。再試行してください。",
  "error.graph_error": "Microsoft 365 がエラーを報告しました。変更はありません。後で再試行してください。",
  "error.foreign_meeting": "本文には既に別の会議の参加リンクがあります。",
  "error.irreversible": "オンラインのイベントを再びオフにすることはできません。",
  "error.busy": "前の要求を処理しています…",
  "error.body_write_failed":
    "Outlook が本文に参加情報を保持しませんでした。本文は変更されていません。再試行してください。",
  "error.join_text_not_removable":
    "本文の参加情報にアドインのマーカーが残っていないため、安全に削除できません。会議はそのまま残ります。本文からリンク {url} を含む参加情報を削除してから、もう一度会議をオフにしてください。",
  "error.body_too_large": "予定の本文が大きすぎるため、Outlook は参加情報を追加できません。",
  "error.host_error": "Outlook は操作を完了できませんでした。再試行してください。",
  "error.item_not_saved": "先に予定を保存してから再試行してください。",
  "error.configuration":
    "Online Meeting for Outlook は組織でまだ構成されていません。管理者に問い合わせてください。",
  "error.unknown": "問題が発生しました。変更はありません。再試行してください。",
  "error.consentLink": "管理者向けのリンク",

  "command.needsConfirm":
    "[オンライン会議] を一度開いて確認してください。オンラインにしたイベントは元に戻せません。",
  "command.needsConfirmSeries":
    "これは定期的な予定の 1 回分です。[オンライン会議] を開き、定期的な予定全体をオンライン会議にすることを確認してください。",
  "command.foreign":
    "本文には既に {service} の参加リンクがあります。追加するには [オンライン会議] を開いてください。",

  "options.title": "会議のオプション",
  "options.loading": "会議のオプションを読み込んでいます…",
  "options.notOrganizer": "会議のオプションを変更できるのは開催者だけです。",
  "options.notFound":
    "Teams にはまだこの会議がありません。後でこのセクションを閉じてから、もう一度開いてください。",
  "options.failed": "会議のオプションを読み込むか変更できませんでした。もう一度お試しください。",
  "options.notApplied":
    "Teams はすべての変更を適用しませんでした。オプションには Teams 側の値が表示されています。",
  "options.unknown": "不明",
  "options.lobby": "ロビーをスキップできるユーザー",
  "options.dialIn": "電話でダイヤルインするユーザーはロビーをスキップ",
  "options.presenters": "発表できるユーザー",
  "options.chat": "会議チャット",
  "options.mic": "出席者はマイクをオンにできる",
  "options.camera": "出席者はカメラをオンにできる",
  "options.record": "自動的に録画する",
  "options.announce": "発信者の参加時と退出時に通知する",
  "options.who.organizer": "開催者のみ",
  "options.who.organization": "組織内のユーザー",
  "options.who.federated": "組織内および信頼できる組織のユーザー",
  "options.who.everyone": "すべてのユーザー",
  "options.who.invited": "招待されたユーザー",
  "options.who.noGuests": "組織内のユーザー (ゲストを除く)",
  "options.who.chosen": "特定のユーザー",
  "options.chat.enabled": "オン",
  "options.chat.disabled": "オフ",
  "options.chat.limited": "会議中のみ",

  "options.defaults.save": "既定として保存",
  "options.defaults.clear": "既定をクリア",
  "options.defaults.active": "既定の設定はすべての新しい会議に適用されます。",
  "options.defaults.saved": "保存しました。新しい会議にはすべてこのオプションが設定されます。",
  "options.defaults.cleared": "既定をクリアしました。新しい会議には Teams の通常のオプションが設定されます。",
  "options.defaults.failed": "既定を保存できませんでした。もう一度お試しください。",
  "done.addedDefaultsMissed":
    "オンライン会議を追加しましたが、既定の会議オプションの一部が適用されませんでした。[会議のオプション] で確認してください。",
};
