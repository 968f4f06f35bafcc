// Hebrew (Israel).
import type { Catalog } from "./en-US";

export const heIL: Catalog = {
  "app.title": "פגישה מקוונת",
  "app.loading": "קורא את הפגישה…",

  "state.none": "פגישה זו עדיין אינה פגישה מקוונת.",
  "state.organizer": "מארגן Teams: {organizer}",
  "state.ours.standalone": "פגישת Teams נוספה על-ידי Online Meeting for Outlook.",
  "state.ours.calendar": "אירוע זה הוא פגישה מקוונת ({provider}).",
  "state.calendarOnline": "אירוע זה כבר פגישה מקוונת ({provider}). אין מה להוסיף.",
  "state.foreign":
    "גוף ההודעה כבר מכיל קישור הצטרפות של {service}. קישור נוסף ייתן למשתתפים שתי דרכים להצטרף.",
  "state.joinLink": "קישור הצטרפות",
  "state.validUntil": "קישור ההצטרפות פעיל עד {date}, 60 יום לאחר סיום הפגישה.",
  "state.copy": "העתק קישור הצטרפות",
  "state.copied": "קישור ההצטרפות הועתק.",
  "state.copyFailed": "לא ניתן להעתיק. בחר את הקישור והעתק אותו בעצמך.",

  "toggle.label": "פגישה מקוונת",
  "toggle.on": "מופעל",
  "toggle.off": "כבוי",

  "route.legend": "אופן ההוספה",
  "route.calendar": "הפוך אירוע זה לפגישת {provider}",
  "route.standalone": "פגישת Teams עצמאית (טקסט הצטרפות בשפה שתבחר)",
  "route.delegateOrganizer":
    "בלוח השנה של {owner} תיווצר פגישה עצמאית בשמך: אתה, ולא {owner}, תהיה מארגן הפגישה ב-Teams.",
  "route.noProvider": "לוח השנה שלך אינו מציע ספק פגישות מקוונות, ולכן תיווצר פגישת Teams עצמאית.",
  "route.loading": "בודק מה לוח השנה שלך מאפשר…",

  "language.label": "שפת טקסט ההצטרפות",
  "language.default": "{language} (השפה של Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "ספק לא ידוע",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "פגישה מקוונת",

  "confirm.calendar.title": "להפעיל פגישת {provider}?",
  "confirm.calendar.irreversible": "לאחר שאירוע זה יהפוך לפגישה מקוונת, לא ניתן יהיה לכבות זאת שוב.",
  "confirm.calendar.save": "הפגישה תישמר תחילה בלוח השנה שלך. לא יישלחו הזמנות עד שתלחץ על 'שלח'.",
  "confirm.calendar.series":
    "פתחת מופע אחד של סדרה. הסדרה כולה תהפוך לפגישת {provider}: כל המופעים, עם קישור הצטרפות אחד.",
  "confirm.calendar.remember": "אל תשאל אותי שוב",
  "confirm.continue": "הפעל",
  "confirm.cancel": "ביטול",
  "confirm.foreign.add": "הוסף בכל זאת",

  "action.add": "הוסף פגישה מקוונת",
  "action.remove": "הסר פגישה מקוונת",
  "action.retry": "נסה שוב",
  "action.signIn": "היכנס",
  "action.signOut": "צא",

  "remove.irreversible": "לא ניתן לכבות אירוע מקוון. כדי להפסיק להיפגש באופן מקוון, צור פגישה חדשה.",

  "progress.saving": "שומר את הפגישה…",
  "progress.contacting": "יוצר את הפגישה המקוונת…",
  "progress.waitingForSync": "ממתין ש-Outlook יסנכרן את הפגישה…",
  "progress.writing": "מוסיף את פרטי ההצטרפות…",
  "progress.removing": "מסיר את הפגישה המקוונת…",

  "done.added": "הפגישה המקוונת נוספה. המשתתפים ימצאו את קישור ההצטרפות בהזמנה.",
  "done.removed": "הפגישה המקוונת הוסרה.",
  "done.already": "פגישה זו כבר פגישה מקוונת.",
  "done.languageChanged": "פרטי ההצטרפות מוצגים כעת ב{language}. הפגישה והקישור שלה לא השתנו.",

  "settings.title": "הגדרות",
  "settings.route": "דרך ברירת המחדל להוספת פגישה",
  "settings.route.auto": "השתמש בספק של לוח השנה שלי כשיש כזה",
  "settings.route.standalone": "תמיד פגישת Teams עצמאית",
  "settings.language": "שפת ברירת המחדל של טקסט ההצטרפות",
  "settings.saved": "ההגדרות נשמרו.",
  "settings.autoAdd": "הוסף פגישה מקוונת לכל פגישה חדשה (פגישת Teams עצמאית)",
  "settings.autoAddNote": "פועל כאשר מנהל המערכת פרס את התוספת.",

  "account.signedInAs": "מחובר בתור {name}",

  "error.offline": "אתה במצב לא מקוון או שלא ניתן להגיע אל Microsoft 365. דבר לא שונה; נסה שוב כשתהיה מחובר.",
  "error.timeout": "Microsoft 365 התעכב יותר מדי בתשובה. דבר לא אבד; נסה שוב.",
  "error.throttled": "Microsoft 365 עמוס כעת. נסה שוב {when}.",
  "error.throttled_unknown_wait": "Microsoft 365 עמוס כעת. המתן רגע ולאחר מכן נסה שוב.",
  "error.service_unavailable": "Microsoft 365 אינו זמין באופן זמני. נסה שוב בעוד דקה.",
  "error.unauthorized": "תוקף הכניסה שלך פג. היכנס שוב ונסה שוב.",
  "error.consent_required":
    "מנהל מערכת צריך לאשר את Online Meeting for Outlook עבור הארגון שלך לפני שתוכל להשתמש בו.",
  "error.sign_in_required": "היכנס כדי להציג ולהוסיף פגישות מקוונות.",
  "error.sign_in_cancelled": "הכניסה בוטלה. היכנס כדי להוסיף פגישה מקוונת.",
  "error.sign_in_failed": "הכניסה נכשלה. נסה שוב או פנה למנהל המערכת לקבלת עזרה.",
  "error.sign_in_unsupported_account":
    "חשבונות Outlook.com ו-Gmail אינם יכולים להיכנס לתוספת זו. עבור חשבון זה, השתמש בלחצן Skype או Teams של Outlook עצמו.",
  "error.personal_account": "חשבונות Microsoft אישיים אינם יכולים ליצור פגישות Teams.",
  "error.shared_calendar_read_only":
    "{owner} שיתף איתך לוח שנה זה ללא הרשאת עריכה. בקש מ-{owner} הרשאת עריכה או גישת נציג כדי להוסיף כאן פגישה מקוונת.",
  "error.not_organizer": "{owner} הוא מארגן הפגישה ב-Teams: רק {owner} יכול להסיר אותה או לשנות את שעתה.",
  "error.forbidden": "אין לך הרשאה לכך. ייתכן שלחשבון שלך אין רישיון Teams; פנה למנהל המערכת.",
  "error.not_found": "Outlook עדיין לא סיים לשמור פגישה זו. המתן רגע ונסה שוב.",
  "error.conflict": "הפגישה שונתה במקום אחר. פתח אותה מחדש ונסה שוב.",
  "error.bad_request": "Microsoft 365 דחה את הבקשה. בדוק את שעת ההתחלה והסיום של הפגישה ונסה שוב.",
  "error.malformed_response": "Microsoft 365 שלח תשובה שלא ניתן לקרוא. דבר לא שונה; נסה שוב.",
  "error.graph_error": "Microsoft 365 דיווח על שגיאה. דבר לא שונה; נסה שוב מאוחר יותר.",
  "error.foreign_meeting": "גוף ההודעה כבר מכיל קישור הצטרפות של פגישה אחרת.",
  "error.irreversible": "לא ניתן לכבות שוב אירוע מקוון.",
  "error.busy": "עדיין מטפל בבקשה הקודמת…",
  "error.body_write_failed": "Outlook לא שמר את פרטי ההצטרפות בגוף ההודעה. הטקסט שלך לא השתנה; נסה שוב.",
  "error.join_text_not_removable":
    "פרטי ההצטרפות בגוף ההודעה כבר אינם נושאים את הסימונים של התוספת, ולכן לא ניתן להסיר אותם בבטחה. הפגישה נשמרת. מחק מגוף ההודעה את פרטי ההצטרפות עם הקישור {url}, ולאחר מכן כבה שוב את הפגישה.",
  "error.body_too_large": "גוף הפגישה גדול מדי כדי ש-Outlook יוסיף את פרטי ההצטרפות.",
  "error.host_error": "Outlook לא הצליח להשלים את הפעולה. נסה שוב.",
  "error.item_not_saved": "שמור תחילה את הפגישה ולאחר מכן נסה שוב.",
  "error.configuration": "Online Meeting for Outlook עדיין לא הוגדר עבור הארגון שלך. פנה למנהל המערכת.",
  "error.unknown": "משהו השתבש. דבר לא שונה; נסה שוב.",
  "error.consentLink": "קישור עבור מנהל המערכת",

  "command.needsConfirm": "פתח את 'פגישה מקוונת' פעם אחת כדי לאשר: לא ניתן לכבות אירוע זה לאחר שהוא מקוון.",
  "command.needsConfirmSeries":
    "זהו מופע אחד של סדרה. פתח את 'פגישה מקוונת' כדי לאשר שהסדרה כולה תהפוך למקוונת.",
  "command.foreign":
    "גוף ההודעה כבר מכיל קישור הצטרפות של {service}. פתח את 'פגישה מקוונת' כדי להוסיף קישור בכל זאת.",
};
