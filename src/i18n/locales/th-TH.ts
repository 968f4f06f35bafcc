// Thai (Thailand).
import type { Catalog } from "./en-US";

export const thTH: Catalog = {
  "app.title": "การประชุมออนไลน์",
  "app.loading": "กำลังอ่านการนัดหมาย…",

  "state.none": "การนัดหมายนี้ยังไม่ใช่การประชุมออนไลน์",
  "state.organizer": "ผู้จัดการประชุม Teams: {organizer}",
  "state.ours.standalone": "การประชุม Teams ที่เพิ่มโดย Online Meeting for Outlook",
  "state.ours.calendar": "เหตุการณ์นี้เป็นการประชุมออนไลน์ ({provider})",
  "state.calendarOnline": "เหตุการณ์นี้เป็นการประชุมออนไลน์อยู่แล้ว ({provider}) ไม่มีอะไรต้องเพิ่ม",
  "state.foreign": "เนื้อความมีลิงก์เข้าร่วม {service} อยู่แล้ว การเพิ่มอีกลิงก์จะทำให้ผู้เข้าร่วมมีสองวิธีในการเข้าร่วม",
  "state.joinLink": "ลิงก์เข้าร่วม",
  "state.validUntil": "ลิงก์เข้าร่วมใช้งานได้ถึง {date} ซึ่งเป็นเวลา 60 วันหลังจากการประชุมสิ้นสุด",
  "state.copy": "คัดลอกลิงก์เข้าร่วม",
  "state.copied": "คัดลอกลิงก์เข้าร่วมแล้ว",
  "state.copyFailed": "ไม่สามารถคัดลอกได้ เลือกลิงก์แล้วคัดลอกด้วยตนเอง",

  "toggle.label": "การประชุมออนไลน์",
  "toggle.on": "เปิด",
  "toggle.off": "ปิด",

  "route.legend": "วิธีเพิ่ม",
  "route.calendar": "เปลี่ยนเหตุการณ์นี้เป็นการประชุม {provider}",
  "route.standalone": "การประชุม Teams แบบสแตนด์อโลน (ข้อความเข้าร่วมในภาษาที่คุณเลือก)",
  "route.delegateOrganizer":
    "ในปฏิทินของ {owner} จะมีการสร้างการประชุมแบบสแตนด์อโลนในชื่อของคุณ: คุณจะเป็นผู้จัดการประชุม Teams ไม่ใช่ {owner}",
  "route.noProvider": "ปฏิทินของคุณไม่มีผู้ให้บริการการประชุมออนไลน์ จึงจะสร้างการประชุม Teams แบบสแตนด์อโลน",
  "route.loading": "กำลังตรวจสอบสิ่งที่ปฏิทินของคุณอนุญาต…",

  "language.label": "ภาษาของข้อความเข้าร่วม",
  "language.default": "{language} (ภาษาของ Outlook)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "ผู้ให้บริการที่ไม่รู้จัก",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "การประชุมออนไลน์",

  "confirm.calendar.title": "เปิดการประชุม {provider} หรือไม่",
  "confirm.calendar.irreversible": "เมื่อเหตุการณ์นี้เป็นการประชุมออนไลน์แล้ว จะไม่สามารถปิดได้อีก",
  "confirm.calendar.save": "การนัดหมายจะถูกบันทึกลงในปฏิทินของคุณก่อน จะไม่มีการส่งคำเชิญจนกว่าคุณจะกดส่ง",
  "confirm.calendar.series":
    "คุณเปิดเหตุการณ์หนึ่งครั้งของชุดการประชุม ทั้งชุดจะกลายเป็นการประชุม {provider}: ทุกครั้ง ด้วยลิงก์เข้าร่วมเดียว",
  "confirm.calendar.remember": "ไม่ต้องถามอีก",
  "confirm.continue": "เปิด",
  "confirm.cancel": "ยกเลิก",
  "confirm.foreign.add": "เพิ่มต่อไป",

  "action.add": "เพิ่มการประชุมออนไลน์",
  "action.remove": "เอาการประชุมออนไลน์ออก",
  "action.retry": "ลองอีกครั้ง",
  "action.signIn": "ลงชื่อเข้าใช้",
  "action.signOut": "ลงชื่อออก",

  "remove.irreversible": "ไม่สามารถปิดเหตุการณ์ออนไลน์ได้ หากต้องการเลิกประชุมออนไลน์ ให้สร้างการนัดหมายใหม่",

  "progress.saving": "กำลังบันทึกการนัดหมาย…",
  "progress.contacting": "กำลังสร้างการประชุมออนไลน์…",
  "progress.waitingForSync": "กำลังรอให้ Outlook ซิงค์การนัดหมาย…",
  "progress.writing": "กำลังเพิ่มรายละเอียดการเข้าร่วม…",
  "progress.removing": "กำลังเอาการประชุมออนไลน์ออก…",

  "done.added": "เพิ่มการประชุมออนไลน์แล้ว ผู้เข้าร่วมจะพบลิงก์เข้าร่วมในคำเชิญ",
  "done.removed": "เอาการประชุมออนไลน์ออกแล้ว",
  "done.already": "การนัดหมายนี้เป็นการประชุมออนไลน์อยู่แล้ว",
  "done.languageChanged": "รายละเอียดการเข้าร่วมเป็นภาษา{language}แล้ว การประชุมและลิงก์ยังคงเหมือนเดิม",

  "settings.title": "การตั้งค่า",
  "settings.route": "วิธีเริ่มต้นในการเพิ่มการประชุม",
  "settings.route.auto": "ใช้ผู้ให้บริการของปฏิทินเมื่อมี",
  "settings.route.standalone": "การประชุม Teams แบบสแตนด์อโลนเสมอ",
  "settings.language": "ภาษาเริ่มต้นของข้อความเข้าร่วม",
  "settings.saved": "บันทึกการตั้งค่าแล้ว",
  "settings.autoAdd": "เพิ่มการประชุมออนไลน์ในการประชุมใหม่ทุกรายการ (การประชุม Teams แบบสแตนด์อโลน)",
  "settings.autoAddNote": "ใช้งานได้เมื่อผู้ดูแลระบบของคุณปรับใช้ Add-in แล้ว",

  "account.signedInAs": "ลงชื่อเข้าใช้เป็น {name}",

  "error.offline": "คุณออฟไลน์อยู่หรือไม่สามารถเข้าถึง Microsoft 365 ได้ ไม่มีการเปลี่ยนแปลงใดๆ โปรดลองอีกครั้งเมื่อเชื่อมต่อแล้ว",
  "error.timeout": "Microsoft 365 ใช้เวลาตอบนานเกินไป ไม่มีสิ่งใดสูญหาย โปรดลองอีกครั้ง",
  "error.throttled": "Microsoft 365 ไม่ว่างในขณะนี้ โปรดลองอีกครั้ง{when}",
  "error.throttled_unknown_wait": "Microsoft 365 ไม่ว่างในขณะนี้ โปรดรอสักครู่ แล้วลองอีกครั้ง",
  "error.service_unavailable": "Microsoft 365 ไม่พร้อมใช้งานชั่วคราว โปรดลองอีกครั้งในอีกหนึ่งนาที",
  "error.unauthorized": "การลงชื่อเข้าใช้ของคุณหมดอายุแล้ว โปรดลงชื่อเข้าใช้อีกครั้งแล้วลองใหม่",
  "error.consent_required": "ผู้ดูแลระบบต้องอนุมัติ Online Meeting for Outlook สำหรับองค์กรของคุณก่อนคุณจึงจะใช้งานได้",
  "error.sign_in_required": "ลงชื่อเข้าใช้เพื่อดูและเพิ่มการประชุมออนไลน์",
  "error.sign_in_cancelled": "การลงชื่อเข้าใช้ถูกยกเลิก ลงชื่อเข้าใช้เพื่อเพิ่มการประชุมออนไลน์",
  "error.sign_in_failed": "ลงชื่อเข้าใช้ไม่สำเร็จ โปรดลองอีกครั้ง หรือขอความช่วยเหลือจากผู้ดูแลระบบ",
  "error.sign_in_unsupported_account":
    "บัญชี Outlook.com และ Gmail ไม่สามารถลงชื่อเข้าใช้ Add-in นี้ได้ สำหรับบัญชีนี้ ให้ใช้ปุ่ม Skype หรือ Teams ของ Outlook เอง",
  "error.personal_account": "บัญชี Microsoft ส่วนบุคคลไม่สามารถสร้างการประชุม Teams ได้",
  "error.shared_calendar_read_only":
    "{owner} แชร์ปฏิทินนี้กับคุณโดยไม่มีสิทธิ์แก้ไข ขอสิทธิ์การแก้ไขหรือสิทธิ์ผู้รับมอบสิทธิ์จาก {owner} เพื่อเพิ่มการประชุมออนไลน์ที่นี่",
  "error.not_organizer":
    "{owner} เป็นผู้จัดการประชุม Teams ของการประชุมนี้: มีเพียง {owner} เท่านั้นที่สามารถเอาออกหรือเปลี่ยนเวลาได้",
  "error.forbidden": "คุณไม่มีสิทธิ์ดำเนินการนี้ บัญชีของคุณอาจไม่มีสิทธิ์การใช้งาน Teams โปรดติดต่อผู้ดูแลระบบ",
  "error.not_found": "Outlook ยังบันทึกการนัดหมายนี้ไม่เสร็จ โปรดรอสักครู่แล้วลองอีกครั้ง",
  "error.conflict": "การนัดหมายถูกเปลี่ยนแปลงจากที่อื่น โปรดเปิดใหม่แล้วลองอีกครั้ง",
  "error.bad_request": "Microsoft 365 ปฏิเสธคำขอ โปรดตรวจสอบเวลาเริ่มต้นและเวลาสิ้นสุดของการนัดหมายแล้วลองอีกครั้ง",
  "error.malformed_response": "Microsoft 365 ส่งคำตอบที่ไม่สามารถอ่านได้ ไม่มีการเปลี่ยนแปลงใดๆ โปรดลองอีกครั้ง",
  "error.graph_error": "Microsoft 365 รายงานข้อผิดพลาด ไม่มีการเปลี่ยนแปลงใดๆ โปรดลองอีกครั้งในภายหลัง",
  "error.foreign_meeting": "เนื้อความมีลิงก์เข้าร่วมของการประชุมอื่นอยู่แล้ว",
  "error.irreversible": "ไม่สามารถปิดเหตุการณ์ออนไลน์ได้อีก",
  "error.busy": "ยังคงดำเนินการคำขอก่อนหน้าอยู่…",
  "error.body_write_failed":
    "Outlook ไม่ได้เก็บรายละเอียดการเข้าร่วมไว้ในเนื้อความ ข้อความของคุณไม่มีการเปลี่ยนแปลง โปรดลองอีกครั้ง",
  "error.join_text_not_removable":
    "รายละเอียดการเข้าร่วมในเนื้อความไม่มีเครื่องหมายของ Add-in แล้ว จึงไม่สามารถเอาออกได้อย่างปลอดภัย การประชุมยังคงอยู่ ลบรายละเอียดการเข้าร่วมที่มีลิงก์ {url} ออกจากเนื้อความ แล้วปิดการประชุมอีกครั้ง",
  "error.body_too_large": "เนื้อความของการนัดหมายมีขนาดใหญ่เกินกว่าที่ Outlook จะเพิ่มรายละเอียดการเข้าร่วมได้",
  "error.host_error": "Outlook ไม่สามารถดำเนินการให้เสร็จสมบูรณ์ได้ โปรดลองอีกครั้ง",
  "error.item_not_saved": "บันทึกการนัดหมายก่อน แล้วลองอีกครั้ง",
  "error.configuration": "Online Meeting for Outlook ยังไม่ได้กำหนดค่าสำหรับองค์กรของคุณ โปรดติดต่อผู้ดูแลระบบ",
  "error.unknown": "เกิดข้อผิดพลาดบางอย่าง ไม่มีการเปลี่ยนแปลงใดๆ โปรดลองอีกครั้ง",
  "error.consentLink": "ลิงก์สำหรับผู้ดูแลระบบของคุณ",

  "command.needsConfirm": "เปิดการประชุมออนไลน์หนึ่งครั้งเพื่อยืนยัน: เมื่อเหตุการณ์นี้ออนไลน์แล้วจะไม่สามารถปิดได้",
  "command.needsConfirmSeries": "นี่คือเหตุการณ์หนึ่งครั้งของชุดการประชุม เปิดการประชุมออนไลน์เพื่อยืนยันว่าทั้งชุดจะเป็นแบบออนไลน์",
  "command.foreign": "เนื้อความมีลิงก์เข้าร่วม {service} อยู่แล้ว เปิดการประชุมออนไลน์เพื่อเพิ่มลิงก์ต่อไป",
};
