// Hindi (India).
import type { Catalog } from "./en-US";

export const hiIN: Catalog = {
  "app.title": "ऑनलाइन मीटिंग",
  "app.loading": "अपॉइंटमेंट पढ़ा जा रहा है…",

  "state.none": "यह अपॉइंटमेंट अभी ऑनलाइन मीटिंग नहीं है।",
  "state.organizer": "Teams आयोजक: {organizer}",
  "state.ours.standalone": "Online Meeting for Outlook द्वारा जोड़ी गई Teams मीटिंग।",
  "state.ours.calendar": "यह ईवेंट एक ऑनलाइन मीटिंग है ({provider})।",
  "state.calendarOnline": "यह ईवेंट पहले से ही एक ऑनलाइन मीटिंग है ({provider})। जोड़ने के लिए कुछ नहीं है।",
  "state.foreign":
    "मुख्य भाग में पहले से ही {service} का जुड़ने का लिंक है। एक और जोड़ने से उपस्थित लोगों के पास जुड़ने के दो तरीके हो जाएँगे।",
  "state.joinLink": "जुड़ने का लिंक",
  "state.validUntil": "जुड़ने का लिंक {date} तक काम करता है, यानी मीटिंग समाप्त होने के 60 दिन बाद तक।",
  "state.copy": "जुड़ने का लिंक कॉपी करें",
  "state.copied": "जुड़ने का लिंक कॉपी किया गया।",
  "state.copyFailed": "कॉपी नहीं किया जा सका। लिंक चुनें और उसे स्वयं कॉपी करें।",

  "toggle.label": "ऑनलाइन मीटिंग",
  "toggle.on": "चालू",
  "toggle.off": "बंद",

  "route.legend": "इसे कैसे जोड़ें",
  "route.calendar": "इस ईवेंट को {provider} मीटिंग बनाएँ",
  "route.standalone": "स्टैंडअलोन Teams मीटिंग (जुड़ने का पाठ आपकी चुनी हुई भाषा में)",
  "route.delegateOrganizer":
    "{owner} के कैलेंडर में आपके नाम से एक स्टैंडअलोन मीटिंग बनाई जाती है: इसके Teams आयोजक {owner} नहीं, बल्कि आप होंगे।",
  "route.noProvider": "आपका कैलेंडर कोई ऑनलाइन मीटिंग प्रदाता नहीं देता, इसलिए एक स्टैंडअलोन Teams मीटिंग बनाई जाएगी।",
  "route.loading": "जाँचा जा रहा है कि आपका कैलेंडर क्या अनुमति देता है…",

  "language.label": "जुड़ने के पाठ की भाषा",
  "language.default": "{language} (Outlook की भाषा)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "अज्ञात प्रदाता",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "ऑनलाइन मीटिंग",

  "confirm.calendar.title": "{provider} मीटिंग चालू करें?",
  "confirm.calendar.irreversible": "एक बार यह ईवेंट ऑनलाइन मीटिंग बन जाने के बाद, इसे फिर से बंद नहीं किया जा सकता।",
  "confirm.calendar.save": "अपॉइंटमेंट पहले आपके कैलेंडर में सहेजा जाएगा। जब तक आप भेजें नहीं दबाते, कोई आमंत्रण नहीं भेजा जाता।",
  "confirm.calendar.series":
    "आपने किसी शृंखला की एक घटना खोली है। पूरी शृंखला {provider} मीटिंग बन जाएगी: हर घटना, एक ही जुड़ने के लिंक के साथ।",
  "confirm.calendar.remember": "मुझसे फिर न पूछें",
  "confirm.continue": "चालू करें",
  "confirm.cancel": "रद्द करें",
  "confirm.foreign.add": "फिर भी जोड़ें",

  "action.add": "ऑनलाइन मीटिंग जोड़ें",
  "action.remove": "ऑनलाइन मीटिंग निकालें",
  "action.retry": "फिर से प्रयास करें",
  "action.signIn": "साइन इन करें",
  "action.signOut": "साइन आउट करें",

  "remove.irreversible": "ऑनलाइन ईवेंट को बंद नहीं किया जा सकता। ऑनलाइन मिलना बंद करने के लिए, एक नया अपॉइंटमेंट बनाएँ।",

  "progress.saving": "अपॉइंटमेंट सहेजा जा रहा है…",
  "progress.contacting": "ऑनलाइन मीटिंग बनाई जा रही है…",
  "progress.waitingForSync": "Outlook द्वारा अपॉइंटमेंट सिंक किए जाने की प्रतीक्षा की जा रही है…",
  "progress.writing": "जुड़ने का विवरण जोड़ा जा रहा है…",
  "progress.removing": "ऑनलाइन मीटिंग निकाली जा रही है…",

  "done.added": "ऑनलाइन मीटिंग जोड़ी गई। उपस्थित लोगों को आमंत्रण में जुड़ने का लिंक मिलेगा।",
  "done.removed": "ऑनलाइन मीटिंग निकाली गई।",
  "done.already": "यह अपॉइंटमेंट पहले से ही एक ऑनलाइन मीटिंग है।",
  "done.languageChanged": "जुड़ने का विवरण अब {language} में है। मीटिंग और उसका लिंक वही हैं।",

  "settings.title": "सेटिंग्स",
  "settings.route": "मीटिंग जोड़ने का डिफ़ॉल्ट तरीका",
  "settings.route.auto": "मेरे कैलेंडर का प्रदाता होने पर उसका उपयोग करें",
  "settings.route.standalone": "हमेशा स्टैंडअलोन Teams मीटिंग",
  "settings.language": "जुड़ने के पाठ की डिफ़ॉल्ट भाषा",
  "settings.saved": "सेटिंग्स सहेजी गईं।",
  "settings.autoAdd": "हर नई मीटिंग में ऑनलाइन मीटिंग जोड़ें (स्टैंडअलोन Teams मीटिंग)",
  "settings.autoAddNote": "तब काम करता है जब आपके व्यवस्थापक ने ऐड-इन परिनियोजित किया हो।",

  "account.signedInAs": "{name} के रूप में साइन इन किया गया",

  "error.offline":
    "आप ऑफ़लाइन हैं या Microsoft 365 तक नहीं पहुँचा जा सकता। कुछ भी नहीं बदला गया; कनेक्ट होने पर फिर से प्रयास करें।",
  "error.timeout": "Microsoft 365 ने उत्तर देने में बहुत अधिक समय लिया। कुछ भी नहीं खोया; फिर से प्रयास करें।",
  "error.throttled": "Microsoft 365 अभी व्यस्त है। {when} फिर से प्रयास करें।",
  "error.throttled_unknown_wait": "Microsoft 365 अभी व्यस्त है। थोड़ी देर प्रतीक्षा करें, फिर से प्रयास करें।",
  "error.service_unavailable": "Microsoft 365 अस्थायी रूप से अनुपलब्ध है। एक मिनट में फिर से प्रयास करें।",
  "error.unauthorized": "आपके साइन-इन की समय-सीमा समाप्त हो गई है। फिर से साइन इन करें और पुनः प्रयास करें।",
  "error.consent_required":
    "इसका उपयोग करने से पहले, किसी व्यवस्थापक को आपके संगठन के लिए Online Meeting for Outlook को स्वीकृत करना होगा।",
  "error.sign_in_required": "ऑनलाइन मीटिंग देखने और जोड़ने के लिए साइन इन करें।",
  "error.sign_in_cancelled": "साइन-इन रद्द कर दिया गया। ऑनलाइन मीटिंग जोड़ने के लिए साइन इन करें।",
  "error.sign_in_failed": "साइन-इन विफल रहा। फिर से प्रयास करें, या सहायता के लिए अपने व्यवस्थापक से पूछें।",
  "error.sign_in_unsupported_account":
    "Outlook.com और Gmail खाते इस ऐड-इन में साइन इन नहीं कर सकते। इस खाते के लिए Outlook के अपने Skype या Teams बटन का उपयोग करें।",
  "error.personal_account": "व्यक्तिगत Microsoft खाते Teams मीटिंग नहीं बना सकते।",
  "error.shared_calendar_read_only":
    "{owner} ने यह कैलेंडर आपके साथ संपादन अनुमति के बिना साझा किया है। यहाँ ऑनलाइन मीटिंग जोड़ने के लिए {owner} से संपादन या प्रतिनिधि पहुँच माँगें।",
  "error.not_organizer":
    "{owner} इस मीटिंग के Teams आयोजक हैं: केवल {owner} ही इसे निकाल सकते हैं या इसका समय बदल सकते हैं।",
  "error.forbidden": "आपको इसकी अनुमति नहीं है। हो सकता है आपके खाते में Teams लाइसेंस न हो; अपने व्यवस्थापक से पूछें।",
  "error.not_found":
    "Outlook ने अभी तक यह अपॉइंटमेंट सहेजना पूरा नहीं किया है। थोड़ी देर प्रतीक्षा करें और फिर से प्रयास करें।",
  "error.conflict": "अपॉइंटमेंट को कहीं और बदला गया था। इसे फिर से खोलें और पुनः प्रयास करें।",
  "error.bad_request":
    "Microsoft 365 ने अनुरोध अस्वीकार कर दिया। अपॉइंटमेंट के प्रारंभ और समाप्ति समय की जाँच करें और फिर से प्रयास करें।",
  "error.malformed_response":
    "Microsoft 365 ने ऐसा उत्तर भेजा जिसे पढ़ा नहीं जा सका। कुछ भी नहीं बदला गया; फिर से प्रयास करें।",
  "error.graph_error": "Microsoft 365 ने एक त्रुटि की सूचना दी। कुछ भी नहीं बदला गया; बाद में फिर से प्रयास करें।",
  "error.foreign_meeting": "मुख्य भाग में पहले से ही किसी अन्य मीटिंग का जुड़ने का लिंक है।",
  "error.irreversible": "ऑनलाइन ईवेंट को फिर से बंद नहीं किया जा सकता।",
  "error.busy": "पिछले अनुरोध पर अभी भी काम चल रहा है…",
  "error.body_write_failed":
    "Outlook ने मुख्य भाग में जुड़ने का विवरण नहीं रखा। आपका पाठ अपरिवर्तित है; फिर से प्रयास करें।",
  "error.join_text_not_removable":
    "मुख्य भाग में जुड़ने के विवरण पर अब ऐड-इन के मार्कर नहीं हैं, इसलिए उन्हें सुरक्षित रूप से निकाला नहीं जा सकता। मीटिंग बनी रहती है। मुख्य भाग से {url} लिंक वाला जुड़ने का विवरण हटाएँ, फिर मीटिंग को दोबारा बंद करें।",
  "error.body_too_large": "अपॉइंटमेंट का मुख्य भाग इतना बड़ा है कि Outlook जुड़ने का विवरण नहीं जोड़ सकता।",
  "error.host_error": "Outlook कार्रवाई पूरी नहीं कर सका। फिर से प्रयास करें।",
  "error.item_not_saved": "पहले अपॉइंटमेंट सहेजें, फिर से प्रयास करें।",
  "error.configuration":
    "Online Meeting for Outlook अभी आपके संगठन के लिए कॉन्फ़िगर नहीं किया गया है। अपने व्यवस्थापक से पूछें।",
  "error.unknown": "कुछ गलत हो गया। कुछ भी नहीं बदला गया; फिर से प्रयास करें।",
  "error.consentLink": "आपके व्यवस्थापक के लिए लिंक",

  "command.needsConfirm":
    "पुष्टि करने के लिए ऑनलाइन मीटिंग एक बार खोलें: ऑनलाइन होने के बाद इस ईवेंट को बंद नहीं किया जा सकता।",
  "command.needsConfirmSeries":
    "यह किसी शृंखला की एक घटना है। पुष्टि करने के लिए ऑनलाइन मीटिंग खोलें कि पूरी शृंखला ऑनलाइन हो जाएगी।",
  "command.foreign": "मुख्य भाग में पहले से ही {service} का जुड़ने का लिंक है। फिर भी एक जोड़ने के लिए ऑनलाइन मीटिंग खोलें।",

  "options.title": "मीटिंग विकल्प",
  "options.loading": "मीटिंग विकल्प पढ़े जा रहे हैं…",
  "options.notOrganizer": "केवल मीटिंग का आयोजक ही इसके विकल्प बदल सकता है.",
  "options.notFound": "Teams में यह मीटिंग अभी नहीं है. बाद में इस अनुभाग को बंद करके फिर खोलें.",
  "options.failed": "मीटिंग विकल्प पढ़े या बदले नहीं जा सके. फिर से कोशिश करें.",
  "options.notApplied": "Teams ने हर बदलाव लागू नहीं किया. विकल्प वही दिखाते हैं जो Teams में है.",
  "options.unknown": "अज्ञात",
  "options.lobby": "लॉबी को कौन बायपास कर सकता है",
  "options.dialIn": "फ़ोन से डायल करने वाले लॉबी बायपास करते हैं",
  "options.presenters": "कौन प्रस्तुत कर सकता है",
  "options.chat": "मीटिंग चैट",
  "options.mic": "उपस्थित लोग अपना माइक चालू कर सकते हैं",
  "options.camera": "उपस्थित लोग अपना कैमरा चालू कर सकते हैं",
  "options.record": "स्वचालित रूप से रिकॉर्ड करें",
  "options.announce": "कॉलर के जुड़ने या जाने पर घोषणा करें",
  "options.who.organizer": "केवल आयोजक",
  "options.who.organization": "मेरे संगठन के लोग",
  "options.who.federated": "मेरे संगठन और विश्वसनीय संगठनों के लोग",
  "options.who.everyone": "सभी",
  "options.who.invited": "आमंत्रित लोग",
  "options.who.noGuests": "मेरे संगठन के लोग, अतिथियों के बिना",
  "options.who.chosen": "विशिष्ट लोग",
  "options.chat.enabled": "चालू",
  "options.chat.disabled": "बंद",
  "options.chat.limited": "केवल मीटिंग के दौरान",

  "options.defaults.save": "मेरे डिफ़ॉल्ट के रूप में सहेजें",
  "options.defaults.clear": "मेरे डिफ़ॉल्ट साफ़ करें",
  "options.defaults.active": "आपके डिफ़ॉल्ट हर नई मीटिंग पर लागू होते हैं।",
  "options.defaults.saved": "सहेजा गया. हर नई मीटिंग को ये विकल्प मिलेंगे।",
  "options.defaults.cleared": "आपके डिफ़ॉल्ट साफ़ कर दिए गए हैं. नई मीटिंग्स को Teams के सामान्य विकल्प मिलते हैं।",
  "options.defaults.failed": "आपके डिफ़ॉल्ट सहेजे नहीं जा सके. फिर से कोशिश करें।",
  "done.addedDefaultsMissed":
    "ऑनलाइन मीटिंग जोड़ दी गई, लेकिन आपके सभी डिफ़ॉल्ट मीटिंग विकल्प लागू नहीं हुए. उन्हें मीटिंग विकल्प में जाँचें।",
};
