// Localized Teams join text the way Graph returns it, in the three templates tenants have seen: 2022–23
// ("Click here to join the meeting"), 2024 (`meet_invite_block`, "Join the meeting now") and 2025–26
// (the short `teams.microsoft.com/meet/<id>?p=<passcode>` link printed as text, `meetup-join` only as
// "System reference"). Structure from real bodies (test/fixtures/real: joininfo_content_en-US_2022_format_uou.txt,
// joinblock_2024_meet_invite_block_sample.html, graph_event_body_2026_short_link_template.html);
// see README.md, rules T1–T4. joinInformation is form-URL-encoded into a data:text/html URI with `+` for
// spaces and lower-case escapes, as real responses are.

interface JoinStrings {
  title: string;
  joinOn: string;
  click: string;
  meetingId: string;
  passcode: string;
  download: string;
  web: string;
  learn: string;
  options: string;
  /** 2024/2026 labels (English sourced; the other languages assumed). */
  header2024: string;
  joinNow: string;
  join: string;
  help: string;
  systemReference: string;
  forOrganizers: string;
}

export const JOIN_STRINGS: Record<string, JoinStrings> = {
  "en-US": {
    title: "Microsoft Teams meeting",
    joinOn: "Join on your computer, mobile app or room device",
    click: "Click here to join the meeting",
    meetingId: "Meeting ID:",
    passcode: "Passcode:",
    download: "Download Teams",
    web: "Join on the web",
    learn: "Learn More",
    options: "Meeting options",
    header2024: "Microsoft Teams",
    joinNow: "Join the meeting now",
    join: "Join:",
    help: "Need help?",
    systemReference: "System reference",
    forOrganizers: "For organizers:",
  },
  "zh-CN": {
    title: "Microsoft Teams 会议",
    joinOn: "在计算机、移动应用或会议室设备上加入",
    click: "单击此处加入会议",
    meetingId: "会议 ID:",
    passcode: "密码:",
    download: "下载 Teams",
    web: "在网页上加入",
    learn: "了解详细信息",
    options: "会议选项",
    header2024: "Microsoft Teams",
    joinNow: "立即加入会议",
    join: "加入:",
    help: "需要帮助?",
    systemReference: "系统引用",
    forOrganizers: "对于组织者:",
  },
  "ru-RU": {
    title: "Собрание Microsoft Teams",
    joinOn: "Присоединяйтесь с компьютера, мобильного приложения или устройства в комнате",
    click: "Щелкните здесь, чтобы присоединиться к собранию",
    meetingId: "Идентификатор собрания:",
    passcode: "Секретный код:",
    download: "Скачать Teams",
    web: "Присоединиться через Интернет",
    learn: "Подробнее",
    options: "Параметры собрания",
    header2024: "Microsoft Teams",
    joinNow: "Присоединиться к собранию",
    join: "Присоединиться:",
    help: "Нужна помощь?",
    systemReference: "Системная ссылка",
    forOrganizers: "Для организаторов:",
  },
  "ja-JP": {
    title: "Microsoft Teams 会議",
    joinOn: "コンピュータ、モバイルアプリケーション、またはルームデバイスで参加する",
    click: "ここをクリックして会議に参加してください",
    meetingId: "会議 ID:",
    passcode: "パスコード:",
    download: "Teams のダウンロード",
    web: "Web に参加",
    learn: "詳細情報",
    options: "会議のオプション",
    header2024: "Microsoft Teams",
    joinNow: "今すぐ会議に参加する",
    join: "参加:",
    help: "ヘルプが必要ですか?",
    systemReference: "システム参照",
    forOrganizers: "開催者向け:",
  },
  "de-DE": {
    title: "Microsoft Teams-Besprechung",
    joinOn: "Auf dem Computer, der mobilen App oder dem Raumgerät teilnehmen",
    click: "Klicken Sie hier, um an der Besprechung teilzunehmen",
    meetingId: "Besprechungs-ID:",
    passcode: "Kennung:",
    download: "Teams herunterladen",
    web: "Im Web teilnehmen",
    learn: "Weitere Informationen",
    options: "Besprechungsoptionen",
    header2024: "Microsoft Teams",
    joinNow: "Jetzt an der Besprechung teilnehmen",
    join: "Teilnehmen:",
    help: "Benötigen Sie Hilfe?",
    systemReference: "Systemreferenz",
    forOrganizers: "Für Organisatoren:",
  },
  "fr-FR": {
    title: "Réunion Microsoft Teams",
    joinOn: "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
    click: "Cliquez ici pour participer à la réunion",
    meetingId: "ID de la réunion :",
    passcode: "Code secret :",
    download: "Télécharger Teams",
    web: "Rejoindre sur le web",
    learn: "En savoir plus",
    options: "Options de réunion",
    header2024: "Microsoft Teams",
    joinNow: "Rejoindre la réunion maintenant",
    join: "Rejoindre :",
    help: "Besoin d’aide ?",
    systemReference: "Référence système",
    forOrganizers: "Pour les organisateurs :",
  },
  "es-ES": {
    title: "Reunión de Microsoft Teams",
    joinOn: "Unirse a través de su ordenador, aplicación móvil o dispositivo de sala",
    click: "Haga clic aquí para unirse a la reunión",
    meetingId: "Id. de reunión:",
    passcode: "Código de acceso:",
    download: "Descargar Teams",
    web: "Unirse en la web",
    learn: "Más información",
    options: "Opciones de reunión",
    header2024: "Microsoft Teams",
    joinNow: "Unirse a la reunión ahora",
    join: "Unirse:",
    help: "¿Necesita ayuda?",
    systemReference: "Referencia del sistema",
    forOrganizers: "Para organizadores:",
  },
};

/** The best supported language for an Accept-Language header; English by default (as Graph). */
export function pickLanguage(header: string | undefined): string {
  if (!header) return "en-US";
  for (const part of header.split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase() ?? "";
    if (!tag) continue;
    const exact = Object.keys(JOIN_STRINGS).find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const primary = tag.split("-")[0];
    const byPrimary = Object.keys(JOIN_STRINGS).find((l) => l.toLowerCase().split("-")[0] === primary);
    if (byPrimary) return byPrimary;
  }
  return "en-US";
}

export type JoinTemplate = "2022" | "2024" | "2026";
export const NEWEST_TEMPLATE: JoinTemplate = "2026";

export interface JoinDetails {
  /** The `meetup-join` URL (the event's onlineMeeting.joinUrl; "System reference" in 2026). */
  joinUrl: string;
  /** `https://teams.microsoft.com/meet/<id>?p=<passcode>`: the printed link of the 2026 template. */
  shortUrl: string;
  meetingCode: string;
  passcode: string;
  organizerId: string;
  tenantId: string;
  threadId: string;
}

const FONT = "font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif";
const SEPARATOR =
  '<div style="width:100%;">\r\n    <span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span>\r\n</div>';

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/** The URL a template puts first: the short link from 2026 on, the `meetup-join` URL before. */
export function primaryJoinUrl(template: JoinTemplate, d: JoinDetails): string {
  return template === "2026" ? d.shortUrl : d.joinUrl;
}

/** The join block HTML (what joinInformation decodes to, and what Exchange writes into events). */
export function joinHtml(language: string, d: JoinDetails, template: JoinTemplate = NEWEST_TEMPLATE): string {
  if (template === "2024") return joinHtml2024(language, d);
  if (template === "2026") return joinHtml2026(language, d);
  return joinHtml2022(language, d);
}

function optionsUrl(language: string, d: JoinDetails): string {
  return `https://teams.microsoft.com/meetingOptions/?organizerId=${d.organizerId}&tenantId=${d.tenantId}&threadId=${d.threadId}&messageId=0&language=${language}`;
}

const FONT_2024 = "font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif";
const RULE_2024 =
  '<div aria-hidden="true" style="margin-bottom:24px; overflow:hidden; white-space:nowrap">\r\n________________________________________________________________________________</div>';
const LINK_2024 = 'class="me-email-link" style="font-size:14px; text-decoration:underline; color:#5B5FC7"';

function idLines2024(s: JoinStrings, d: JoinDetails): string[] {
  return [
    `<div style="margin-bottom:6px"><span class="me-email-text-secondary" style="font-size:14px; color:#616161">${s.meetingId}\r\n</span><span class="me-email-text" style="font-size:14px; color:#242424">${d.meetingCode}</span>\r\n</div>`,
    `<div style="margin-bottom:32px"><span class="me-email-text-secondary" style="font-size:14px; color:#616161">${s.passcode}\r\n</span><span class="me-email-text" style="font-size:14px; color:#242424">${d.passcode}</span>\r\n</div>`,
    '<div style="margin-bottom:12px; max-width:1024px">\r\n<hr style="border:0; background:#616161; height:1px">\r\n</div>',
  ];
}

function organizerLines2024(s: JoinStrings, language: string, d: JoinDetails): string[] {
  return [
    `<div><span class="me-email-text-secondary" style="font-size:14px; color:#616161">${s.forOrganizers}\r\n</span><a href="${escapeAttr(optionsUrl(language, d))}" id="meet_invite_block.action.organizer_meet_options" ${LINK_2024}>${s.options}</a> </div>`,
    '<div style="margin-top:24px; margin-bottom:6px"></div>',
    '<div style="margin-bottom:24px"></div>',
    RULE_2024,
    "</div>",
  ];
}

/** 2024: `meet_invite_block` ids, "Join the meeting now" on the meetup-join URL (real body, see top). */
function joinHtml2024(language: string, d: JoinDetails): string {
  const s = JOIN_STRINGS[language] ?? JOIN_STRINGS["en-US"]!;
  return [
    `<div class="me-email-text" lang="${language}" style="max-width:1024px; color:#242424; ${FONT_2024}">`,
    RULE_2024,
    `<div style="margin-bottom:12px"><span class="me-email-text" style="font-size:24px; font-weight:700; margin-right:12px">${s.header2024}</span>\r\n<a href="https://aka.ms/JoinTeamsMeeting?omkt=${language}" id="meet_invite_block.action.help" ${LINK_2024}>\r\n${s.help}</a> </div>`,
    `<div style="margin-bottom:6px"><a href="${escapeAttr(d.joinUrl)}" id="meet_invite_block.action.join_link" title="Meeting join link" class="me-email-headline" style="font-size:20px; font-weight:600; text-decoration:underline; color:#5B5FC7">${s.joinNow}</a> </div>`,
    ...idLines2024(s, d),
    ...organizerLines2024(s, language, d),
  ].join("\r\n");
}

/**
 * 2025–26 (MC772556): the short link printed as the link text after "Join:", Meeting ID and Passcode,
 * and the meetup-join URL only as "System reference" (real body, see top).
 */
function joinHtml2026(language: string, d: JoinDetails): string {
  const s = JOIN_STRINGS[language] ?? JOIN_STRINGS["en-US"]!;
  const short = escapeAttr(d.shortUrl);
  return [
    `<div class="me-email-text" lang="${language}" style="max-width:1024px; color:#242424; ${FONT_2024}">`,
    RULE_2024,
    `<div style="margin-bottom:12px"><span class="me-email-text" style="font-size:20px; color:#242424; font-weight:600">${s.title}</span>\r\n</div>`,
    `<div style="margin-bottom:6px"><span class="me-email-text" style="font-size:20px; color:#242424; font-weight:600">${s.join}\r\n</span><a href="${short}" id="meet_invite_block.action.join_link" title="Meeting join" aria-label="Meeting join" class="me-email-link" style="font-size:20px; text-decoration:underline; color:#5B5FC7">${short}</a>\r\n</div>`,
    ...idLines2024(s, d),
    `<div style="margin-bottom:24px"><a href="https://aka.ms/JoinTeamsMeeting?omkt=${language}" id="meet_invite_block.action.help" ${LINK_2024}>${s.help}</a>\r\n<span style="color:#616161">|</span> <a href="${escapeAttr(d.joinUrl)}" id="meet_invite_block.action.join_link_compatibility" ${LINK_2024}>\r\n${s.systemReference}</a> </div>`,
    ...organizerLines2024(s, language, d),
  ].join("\r\n");
}

/** 2022–23: "Click here to join the meeting" (real joinInformation, see top). */
function joinHtml2022(language: string, d: JoinDetails): string {
  const s = JOIN_STRINGS[language] ?? JOIN_STRINGS["en-US"]!;
  const options = optionsUrl(language, d);
  return [
    SEPARATOR,
    ` \r\n <div class="me-email-text" style="color:#252424;${FONT};" lang="${language}">`,
    `    <div style="margin-top: 24px; margin-bottom: 20px;">\r\n        <span style="font-size: 24px; color:#252424">${s.title}</span>\r\n    </div>`,
    `    <div style="margin-bottom: 20px;">\r\n        <div style="margin-top: 0px; margin-bottom: 0px; font-weight: bold">\r\n          <span style="font-size: 14px; color:#252424">${s.joinOn}</span>\r\n        </div>`,
    `        <a class="me-email-headline" style="font-size: 14px;${FONT};text-decoration: underline;color: #6264a7;" href="${escapeAttr(d.joinUrl)}" target="_blank" rel="noreferrer noopener">${s.click}</a>\r\n    </div>`,
    `    <div style="margin-bottom: 20px; margin-top: 20px">\r\n    <div style="margin-bottom: 4px">\r\n        <span data-tid="meeting-code" style="font-size: 14px; color:#252424;">\r\n            ${s.meetingId} <span style="font-size: 16px; color:#252424;">${d.meetingCode}</span>\r\n        </span>\r\n        <br /><span style="font-size: 14px; color:#252424;"> ${s.passcode} </span><span style="font-size: 16px; color:#252424;"> ${d.passcode} </span>`,
    `        <div style="font-size: 14px;"><a class="me-email-link" style="font-size: 14px;text-decoration: underline;color: #6264a7;${FONT};" target="_blank" href="https://www.microsoft.com/en-us/microsoft-teams/download-app" rel="noreferrer noopener">${s.download}</a> | <a class="me-email-link" style="font-size: 14px;text-decoration: underline;color: #6264a7;${FONT};" target="_blank" href="https://www.microsoft.com/microsoft-teams/join-a-meeting" rel="noreferrer noopener">${s.web}</a></div>\r\n    </div>\r\n </div>`,
    `    <div style="margin-bottom: 24px;margin-top: 20px;">\r\n        <a class="me-email-link" style="font-size: 14px;text-decoration: underline;color: #6264a7;${FONT};" target="_blank" href="https://aka.ms/JoinTeamsMeeting" rel="noreferrer noopener">${s.learn}</a>\r\n        | <a class="me-email-link" style="font-size: 14px;text-decoration: underline;color: #6264a7;${FONT};" target="_blank" href="${escapeAttr(options)}" rel="noreferrer noopener">${s.options}</a>\r\n    </div>`,
    "</div>",
    SEPARATOR,
  ].join("\r\n");
}

/** Form-URL-encoding as Graph does it: literal prefix, `+` for spaces, lower-case escapes. */
export function encodeJoinInformation(html: string): string {
  const encoded = encodeURIComponent(html)
    .replace(/%20/g, "+")
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)
    .replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
  return `data:text/html,${encoded}`;
}
