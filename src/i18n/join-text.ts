// The fallback join link's text in the join languages the pane offers.
const JOIN_LINK: Record<string, string> = {
  en: "Join the online meeting",
  zh: "加入联机会议",
  ru: "Присоединиться к онлайн-собранию",
  ja: "オンライン会議に参加",
  de: "An der Onlinebesprechung teilnehmen",
  fr: "Rejoindre la réunion en ligne",
  es: "Unirse a la reunión en línea",
};

export function joinLinkText(language: string): string {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? "en";
  return JOIN_LINK[primary] ?? "Join the online meeting";
}
