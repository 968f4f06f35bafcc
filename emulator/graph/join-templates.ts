// Localized Teams join text the way Graph returns it: the 2022–2023 template, form-URL-encoded into a
// data:text/html URI with `+` for spaces and lower-case escapes, as real responses are (docs/platform.md §8).

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

export interface JoinDetails {
  joinUrl: string;
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

/** The join block HTML (what joinInformation decodes to, and what Exchange writes into events). */
export function joinHtml(language: string, d: JoinDetails): string {
  const s = JOIN_STRINGS[language] ?? JOIN_STRINGS["en-US"]!;
  const options = `https://teams.microsoft.com/meetingOptions/?organizerId=${d.organizerId}&tenantId=${d.tenantId}&threadId=${d.threadId}&messageId=0&language=${language}`;
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
