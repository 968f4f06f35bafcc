// The fallback join link's text (when Graph's join information is missing or unusable), in every
// language the pane offers for the join text (JOIN_LANGUAGES): attendees read it in the chosen language.
import { resolveLocale } from "./resolve-locale";

const JOIN_LINK: Record<string, string> = {
  "en-US": "Join the online meeting",
  "ar-SA": "الانضمام إلى الاجتماع عبر الإنترنت",
  "bg-BG": "Присъединяване към онлайн събранието",
  "zh-CN": "加入联机会议",
  "zh-TW": "加入線上會議",
  "hr-HR": "Pridruži se mrežnom sastanku",
  "cs-CZ": "Připojit se k online schůzce",
  "da-DK": "Deltag i onlinemødet",
  "nl-NL": "Deelnemen aan de onlinevergadering",
  "et-EE": "Liitu veebikoosolekuga",
  "fi-FI": "Liity verkkokokoukseen",
  "fr-FR": "Rejoindre la réunion en ligne",
  "de-DE": "An der Onlinebesprechung teilnehmen",
  "el-GR": "Συμμετοχή στην ηλεκτρονική σύσκεψη",
  "he-IL": "הצטרף לפגישה המקוונת",
  "hi-IN": "ऑनलाइन मीटिंग में शामिल हों",
  "hu-HU": "Csatlakozás az online értekezlethez",
  "id-ID": "Bergabung ke rapat online",
  "it-IT": "Partecipa alla riunione online",
  "ja-JP": "オンライン会議に参加",
  "kk-KZ": "Онлайн жиналысқа қосылу",
  "ko-KR": "온라인 모임 참가",
  "lv-LV": "Pievienoties tiešsaistes sapulcei",
  "lt-LT": "Prisijungti prie internetinio susitikimo",
  "ms-MY": "Sertai mesyuarat dalam talian",
  "nb-NO": "Bli med i nettmøtet",
  "nn-NO": "Bli med i nettmøtet",
  "pl-PL": "Dołącz do spotkania online",
  "pt-PT": "Participar na reunião online",
  "pt-BR": "Ingressar na reunião online",
  "ro-RO": "Participați la întâlnirea online",
  "ru-RU": "Присоединиться к онлайн-собранию",
  "sr-Latn-RS": "Pridružite se sastanku na mreži",
  "sk-SK": "Pripojiť sa k online schôdzi",
  "sl-SI": "Pridružite se spletnemu srečanju",
  "es-ES": "Unirse a la reunión en línea",
  "sv-SE": "Anslut till onlinemötet",
  "th-TH": "เข้าร่วมการประชุมออนไลน์",
  "tr-TR": "Çevrimiçi toplantıya katıl",
  "uk-UA": "Приєднатися до онлайнової наради",
  "vi-VN": "Tham gia cuộc họp trực tuyến",
  "ca-ES": "Uneix-te a la reunió en línia",
  "eu-ES": "Sartu lineako bilerara",
  "gl-ES": "Unirse á reunión en liña",
  "is-IS": "Taka þátt í netfundinum",
  "ka-GE": "ონლაინ შეხვედრაზე შეერთება",
  "mk-MK": "Придружете се на онлајн состанокот",
  "sq-AL": "Bashkohu në takimin në linjë",
  "az-Latn-AZ": "Onlayn yığıncağa qoşulun",
  "cy-GB": "Ymuno â'r cyfarfod ar-lein",
};

const TAGS = Object.keys(JOIN_LINK);

export function joinLinkText(language: string): string {
  // Stryker disable next-line StringLiteral: resolveLocale answers one of TAGS or en-US, which TAGS holds, so the fallback is never read.
  return JOIN_LINK[resolveLocale(language, TAGS)] ?? JOIN_LINK["en-US"]!;
}
