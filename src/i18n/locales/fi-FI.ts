// Finnish (Finland).
import type { Catalog } from "./en-US";

export const fiFI: Catalog = {
  "app.title": "Verkkokokous",
  "app.loading": "Luetaan tapaamista…",

  "state.none": "Tämä tapaaminen ei ole vielä verkkokokous.",
  "state.organizer": "Teams-järjestäjä: {organizer}",
  "state.ours.standalone": "Online Meeting for Outlook lisäsi Teams-kokouksen.",
  "state.ours.calendar": "Tämä tapahtuma on verkkokokous ({provider}).",
  "state.calendarOnline": "Tämä tapahtuma on jo verkkokokous ({provider}). Lisättävää ei ole.",
  "state.foreign":
    "Tekstissä on jo palvelun {service} liittymislinkki. Toinen linkki antaisi osallistujille kaksi tapaa liittyä.",
  "state.joinLink": "Liittymislinkki",
  "state.validUntil": "Liittymislinkki toimii {date} asti, 60 päivää kokouksen päättymisen jälkeen.",
  "state.copy": "Kopioi liittymislinkki",
  "state.copied": "Liittymislinkki kopioitiin.",
  "state.copyFailed": "Kopioiminen ei onnistunut. Valitse linkki ja kopioi se itse.",

  "toggle.label": "Verkkokokous",
  "toggle.on": "Käytössä",
  "toggle.off": "Ei käytössä",

  "route.legend": "Lisäystapa",
  "route.calendar": "Muuta tämä tapahtuma verkkokokoukseksi ({provider})",
  "route.standalone": "Erillinen Teams-kokous (liittymisteksti valitsemallasi kielellä)",
  "route.delegateOrganizer":
    "Käyttäjän {owner} kalenteriin luodaan erillinen kokous sinun nimissäsi: sinusta, ei käyttäjästä {owner}, tulee sen Teams-järjestäjä.",
  "route.noProvider": "Kalenterisi ei tarjoa verkkokokouspalvelua, joten luodaan erillinen Teams-kokous.",
  "route.loading": "Tarkistetaan, mitä kalenterisi sallii…",

  "language.label": "Liittymistekstin kieli",
  "language.default": "{language} (Outlookin kieli)",

  "provider.teamsForBusiness": "Microsoft Teams",
  "provider.skypeForBusiness": "Skype for Business",
  "provider.skypeForConsumer": "Skype",
  "provider.unknown": "tuntematon palvelu",

  "service.teams": "Microsoft Teams",
  "service.zoom": "Zoom",
  "service.webex": "Webex",
  "service.meet": "Google Meet",
  "service.jitsi": "Jitsi",
  "service.skype": "Skype",
  "service.gotomeeting": "GoTo Meeting",
  "service.other": "verkkokokous",

  "confirm.calendar.title": "Otetaanko verkkokokous ({provider}) käyttöön?",
  "confirm.calendar.irreversible": "Kun tämä tapahtuma on verkkokokous, sitä ei voi enää poistaa käytöstä.",
  "confirm.calendar.save":
    "Tapaaminen tallennetaan ensin kalenteriisi. Kutsuja ei lähetetä, ennen kuin painat Lähetä.",
  "confirm.calendar.series":
    "Avasit sarjan yksittäisen esiintymän. Koko sarjasta tulee {provider}-kokous: jokainen esiintymä, yhdellä liittymislinkillä.",
  "confirm.calendar.remember": "Älä kysy uudelleen",
  "confirm.continue": "Ota käyttöön",
  "confirm.cancel": "Peruuta",
  "confirm.foreign.add": "Lisää silti",

  "action.add": "Lisää verkkokokous",
  "action.remove": "Poista verkkokokous",
  "action.retry": "Yritä uudelleen",
  "action.signIn": "Kirjaudu sisään",
  "action.signOut": "Kirjaudu ulos",

  "remove.irreversible":
    "Verkkotapahtumaa ei voi poistaa käytöstä. Jos et halua enää kokoontua verkossa, luo uusi tapaaminen.",

  "progress.saving": "Tallennetaan tapaamista…",
  "progress.contacting": "Luodaan verkkokokousta…",
  "progress.waitingForSync": "Odotetaan, että Outlook synkronoi tapaamisen…",
  "progress.writing": "Lisätään liittymistietoja…",
  "progress.removing": "Poistetaan verkkokokousta…",

  "done.added": "Verkkokokous lisättiin. Osallistujat löytävät liittymislinkin kutsusta.",
  "done.removed": "Verkkokokous poistettiin.",
  "done.already": "Tämä tapaaminen on jo verkkokokous.",
  "done.languageChanged":
    "Liittymistiedot ovat nyt kielellä {language}. Kokous ja sen linkki pysyvät samoina.",

  "settings.title": "Asetukset",
  "settings.route": "Kokouksen oletuslisäystapa",
  "settings.route.auto": "Käytä kalenterini palvelua, jos sellainen on",
  "settings.route.standalone": "Aina erillinen Teams-kokous",
  "settings.language": "Liittymistekstin oletuskieli",
  "settings.saved": "Asetukset tallennettiin.",
  "settings.autoAdd": "Lisää verkkokokous jokaiseen uuteen kokoukseen (erillinen Teams-kokous)",
  "settings.autoAddNote": "Toimii, kun järjestelmänvalvoja on ottanut apuohjelman käyttöön.",

  "account.signedInAs": "Kirjautunut käyttäjänä {name}",

  "error.offline":
    "Olet offline-tilassa tai Microsoft 365 ei ole tavoitettavissa. Mitään ei muutettu. Yritä uudelleen, kun yhteys on muodostettu.",
  "error.timeout": "Microsoft 365 vastasi liian hitaasti. Mitään ei menetetty. Yritä uudelleen.",
  "error.throttled": "Microsoft 365 on juuri nyt varattu. Yritä uudelleen {when}.",
  "error.throttled_unknown_wait":
    "Microsoft 365 on juuri nyt ruuhkautunut. Odota hetki ja yritä sitten uudelleen.",
  "error.service_unavailable":
    "Microsoft 365 ei ole tilapäisesti käytettävissä. Yritä uudelleen minuutin kuluttua.",
  "error.unauthorized": "Kirjautumisesi on vanhentunut. Kirjaudu uudelleen sisään ja yritä uudelleen.",
  "error.consent_required":
    "Järjestelmänvalvojan on hyväksyttävä Online Meeting for Outlook organisaatiollesi, ennen kuin voit käyttää sitä.",
  "error.sign_in_required": "Kirjaudu sisään, jotta voit nähdä ja lisätä verkkokokouksia.",
  "error.sign_in_cancelled":
    "Kirjautuminen peruutettiin. Kirjaudu sisään, jotta voit lisätä verkkokokouksen.",
  "error.sign_in_failed": "Kirjautuminen epäonnistui. Yritä uudelleen tai pyydä apua järjestelmänvalvojalta.",
  "error.sign_in_unsupported_account":
    "Outlook.com- ja Gmail-tileillä ei voi kirjautua tähän apuohjelmaan. Käytä tämän tilin kanssa Outlookin omaa Skype- tai Teams-painiketta.",
  "error.personal_account": "Henkilökohtaisilla Microsoft-tileillä ei voi luoda Teams-kokouksia.",
  "error.shared_calendar_read_only":
    "{owner} on jakanut tämän kalenterin kanssasi ilman muokkausoikeutta. Pyydä käyttäjältä {owner} muokkaus- tai edustajan oikeudet, jotta voit lisätä verkkokokouksen tähän.",
  "error.not_organizer":
    "{owner} on tämän kokouksen Teams-järjestäjä: vain {owner} voi poistaa sen tai muuttaa sen aikaa.",
  "error.forbidden":
    "Sinulla ei ole tähän oikeutta. Tililtäsi saattaa puuttua Teams-käyttöoikeus. Ota yhteyttä järjestelmänvalvojaan.",
  "error.not_found":
    "Outlook ei ole vielä tallentanut tätä tapaamista loppuun. Odota hetki ja yritä uudelleen.",
  "error.conflict": "Tapaamista muutettiin muualla. Avaa se uudelleen ja yritä uudelleen.",
  "error.bad_request":
    "Microsoft 365 hylkäsi pyynnön. Tarkista tapaamisen alkamis- ja päättymisaika ja yritä uudelleen.",
  "error.malformed_response":
    "Microsoft 365 lähetti vastauksen, jota ei voitu lukea. Mitään ei muutettu. Yritä uudelleen.",
  "error.graph_error": "Microsoft 365 ilmoitti virheestä. Mitään ei muutettu. Yritä myöhemmin uudelleen.",
  "error.foreign_meeting": "Tekstissä on jo toisen kokouksen liittymislinkki.",
  "error.irreversible": "Verkkotapahtumaa ei voi enää poistaa käytöstä.",
  "error.busy": "Edellistä pyyntöä käsitellään vielä…",
  "error.body_write_failed":
    "Outlook ei säilyttänyt liittymistietoja tekstissä. Tekstisi on ennallaan. Yritä uudelleen.",
  "error.join_text_not_removable":
    "Tekstissä olevista liittymistiedoista puuttuvat apuohjelman merkit, joten niitä ei voi poistaa turvallisesti. Kokous säilytetään. Poista tekstistä liittymistiedot, joissa on linkki {url}, ja poista kokous sitten uudelleen käytöstä.",
  "error.body_too_large": "Tapaamisen teksti on liian suuri, jotta Outlook voisi lisätä liittymistiedot.",
  "error.host_error": "Outlook ei voinut suorittaa toimintoa loppuun. Yritä uudelleen.",
  "error.item_not_saved": "Tallenna tapaaminen ensin ja yritä sitten uudelleen.",
  "error.configuration":
    "Online Meeting for Outlook -apuohjelmaa ei ole vielä määritetty organisaatiollesi. Ota yhteyttä järjestelmänvalvojaan.",
  "error.unknown": "Jokin meni vikaan. Mitään ei muutettu. Yritä uudelleen.",
  "error.consentLink": "Linkki järjestelmänvalvojalle",

  "command.needsConfirm":
    "Vahvista avaamalla Verkkokokous kerran: tapahtumaa ei voi poistaa käytöstä, kun se on verkossa.",
  "command.needsConfirmSeries":
    "Tämä on sarjan yksittäinen esiintymä. Vahvista avaamalla Verkkokokous, että koko sarja siirtyy verkkoon.",
  "command.foreign":
    "Tekstissä on jo palvelun {service} liittymislinkki. Avaa Verkkokokous, jos haluat silti lisätä linkin.",

  "options.title": "Kokouksen asetukset",
  "options.loading": "Kokouksen asetuksia luetaan…",
  "options.notOrganizer": "Vain kokouksen järjestäjä voi muuttaa sen asetuksia.",
  "options.notFound": "Teamsissa ei ole vielä tätä kokousta. Sulje ja avaa tämä osio myöhemmin uudelleen.",
  "options.failed": "Kokouksen asetuksia ei voitu lukea tai muuttaa. Yritä uudelleen.",
  "options.notApplied":
    "Teams ei ottanut kaikkia muutoksia käyttöön. Asetukset näyttävät, mitä Teamsissa on.",
  "options.unknown": "Tuntematon",
  "options.lobby": "Kuka voi ohittaa odotustilan",
  "options.dialIn": "Puhelimella soittavat ohittavat odotustilan",
  "options.presenters": "Kuka voi esittää",
  "options.chat": "Kokouksen keskustelu",
  "options.mic": "Osallistujat voivat avata mikrofoninsa",
  "options.camera": "Osallistujat voivat avata kameransa",
  "options.record": "Tallenna automaattisesti",
  "options.announce": "Ilmoita, kun soittajat liittyvät tai poistuvat",
  "options.who.organizer": "Vain järjestäjä",
  "options.who.organization": "Organisaationi henkilöt",
  "options.who.federated": "Organisaationi ja luotettujen organisaatioiden henkilöt",
  "options.who.everyone": "Kaikki",
  "options.who.invited": "Kutsutut henkilöt",
  "options.who.noGuests": "Organisaationi henkilöt ilman vieraita",
  "options.who.chosen": "Tietyt henkilöt",
  "options.chat.enabled": "Käytössä",
  "options.chat.disabled": "Pois käytöstä",
  "options.chat.limited": "Vain kokouksen aikana",

  "options.defaults.save": "Tallenna oletusarvoikseni",
  "options.defaults.clear": "Tyhjennä oletusarvoni",
  "options.defaults.active": "Oletusarvosi koskevat jokaista uutta kokousta.",
  "options.defaults.saved": "Tallennettu. Jokainen uusi kokous saa nämä asetukset.",
  "options.defaults.cleared":
    "Oletusarvosi on tyhjennetty. Uudet kokoukset saavat Teamsin tavalliset asetukset.",
  "options.defaults.failed": "Oletusarvojasi ei voitu tallentaa. Yritä uudelleen.",
  "done.addedDefaultsMissed":
    "Online-kokous lisättiin, mutta kaikkia oletuskokousasetuksiasi ei otettu käyttöön. Tarkista ne kohdasta Kokouksen asetukset.",
};
