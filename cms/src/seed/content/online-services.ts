import type { SeedOnlineService } from '../online-services';

/*
 * The town's Online-Dienste (OZG): run by third parties, embedded consent-first by the site.
 * Hosts are the operators' real hosts where we know them (Serviceportal Sachsen-Anhalt,
 * Facebook); the town's own booking systems are demo hosts under aschersleben.de — a real
 * deployment enters the addresses its providers assign. Every embedded origin must be in
 * ONLINE_SERVICE_ORIGINS (cms/src/online-services/validate.ts has the demo default).
 *
 * Link-out services to federal portals (Digitale Wohnsitzanmeldung, ELSTER, …) come from the
 * service cards' `onlineLinks` (content/leistungen/*.ts) and are created by the seeder.
 */
export const onlineServices: SeedOnlineService[] = [
  {
    slug: 'termin-buchen',
    name: 'Termin online buchen',
    kind: 'appointment',
    summary: 'Wählen Sie Ihr Anliegen, einen freien Tag und eine Uhrzeit. Sie erhalten eine Bestätigung per E-Mail und werden zur Zeit Ihres Termins aufgerufen.',
    providerName: 'Online-Terminvergabe der Stadt Aschersleben (Betrieb: kommunaler IT-Dienstleister)',
    providerOrigin: 'https://termine.aschersleben.de',
    embedMode: 'iframe',
    startUrl: 'https://termine.aschersleben.de/buchen?standort={amt}&anliegen={leistung}',
    fallbackUrl: 'https://termine.aschersleben.de/',
    privacyNote:
      'Beim Laden der Terminvergabe überträgt Ihr Browser Ihre IP-Adresse an den Betreiber. Für die Buchung geben Sie Name, E-Mail-Adresse und Anliegen an; sie werden nur zur Terminverwaltung gespeichert und 14 Tage nach dem Termin gelöscht.',
    withAppointmentServices: true,
    offices: ['buergerservice', 'standesamt', 'ordnungsamt', 'bauordnungsamt', 'wirtschaftsfoerderung'],
    services: [],
    pages: ['online-dienste'],
  },
  {
    slug: 'formular-service',
    name: 'Formular-Service: Sondernutzung öffentlicher Verkehrsflächen',
    kind: 'form',
    summary: 'Beantragen Sie online die Nutzung von Gehweg oder Straße, etwa für einen Container, ein Gerüst oder einen Umzugswagen. Sie können das Formular auch ausdrucken.',
    providerName: 'Formularservice des Landes Sachsen-Anhalt',
    providerOrigin: 'https://formulare.sachsen-anhalt.de',
    embedMode: 'iframe',
    startUrl: 'https://formulare.sachsen-anhalt.de/aschersleben/sondernutzung?leistung={leistung}',
    fallbackUrl: 'https://formulare.sachsen-anhalt.de/aschersleben/',
    privacyNote:
      'Beim Laden des Formulars überträgt Ihr Browser Ihre IP-Adresse an den Formularservice des Landes. Ihre Angaben im Formular gehen verschlüsselt an das Ordnungsamt der Stadt Aschersleben.',
    document: {
      name: 'Antrag-Sondernutzung.pdf',
      title: 'Antrag auf Sondernutzung öffentlicher Verkehrsflächen',
      sections: [
        { heading: 'Antragsteller', items: ['Name, Vorname: ____________________', 'Anschrift: ____________________', 'Telefon / E-Mail: ____________________'] },
        { heading: 'Art der Nutzung', items: ['Container', 'Gerüst', 'Umzugswagen / Halteverbot', 'Sonstiges: ____________________'], bulleted: true },
        { heading: 'Ort und Zeitraum', items: ['Straße, Hausnummer: ____________________', 'vom ________ bis ________', 'Fläche in m²: ________'] },
        { heading: 'Hinweis', items: ['Bitte reichen Sie den Antrag mindestens zwei Wochen vor Beginn beim Ordnungsamt, Markt 1, 06449 Aschersleben ein.'] },
      ],
    },
    services: ['sondernutzung-beantragen', 'halteverbot-fuer-umzug', 'aufgrabung-beantragen'],
    offices: ['ordnungsamt'],
    pages: ['online-dienste'],
  },
  {
    slug: 'gebuehren-online-bezahlen',
    name: 'Gebühren und Bescheide online bezahlen',
    kind: 'payment',
    summary: 'Bezahlen Sie Gebühren, Verwarnungsgelder und Bescheide der Stadt mit dem Kassenzeichen – per Kreditkarte, PayPal oder Lastschrift.',
    providerName: 'ePayBL – E-Payment-Plattform des Landes Sachsen-Anhalt',
    providerOrigin: 'https://epayment.sachsen-anhalt.de',
    embedMode: 'link',
    startUrl: 'https://epayment.sachsen-anhalt.de/aschersleben/bezahlen?erfolg={erfolg}&fehler={fehler}&abbruch={abbruch}',
    fallbackUrl: 'https://epayment.sachsen-anhalt.de/aschersleben/',
    privacyNote:
      'Sie wechseln auf die Bezahlseite des Landes. Kassenzeichen, Betrag und Ihre Zahlungsdaten gehen an die Plattform und Ihren Zahlungsdienst; die Stadtkasse erhält nur die Zahlungsbestätigung.',
    services: ['gewerbesteuer', 'grundsteuer', 'hund-anmelden', 'bewohnerparkausweis'],
    offices: ['stadtkasse'],
    pages: ['online-dienste'],
  },
  {
    slug: 'raumbuchung-kulturanstalt',
    name: 'Räume und Säle online anfragen',
    kind: 'booking',
    summary: 'Prüfen Sie freie Termine für den Saal der Kulturanstalt, das Bestehornhaus und die Räume der Kreativwerkstatt und stellen Sie eine unverbindliche Anfrage.',
    providerName: 'Raumbuchung der Kulturanstalt Aschersleben (Betrieb: kommunaler IT-Dienstleister)',
    providerOrigin: 'https://raumbuchung.aschersleben.de',
    embedMode: 'iframe',
    startUrl: 'https://raumbuchung.aschersleben.de/kalender?leistung={leistung}',
    fallbackUrl: 'https://raumbuchung.aschersleben.de/',
    privacyNote:
      'Beim Laden des Belegungskalenders überträgt Ihr Browser Ihre IP-Adresse an den Betreiber. Für eine Anfrage geben Sie Name, Kontakt und Veranstaltung an; die Kulturanstalt nutzt sie nur zur Bearbeitung.',
    services: ['saal-mieten'],
    offices: ['kulturanstalt-besucherservice'],
    pages: ['raeume-mieten'],
  },
  {
    slug: 'bus-sachsen-anhalt',
    name: 'Bürger- und Unternehmensservice Sachsen-Anhalt (BUS)',
    kind: 'statePortal',
    summary: 'Das Serviceportal des Landes beschreibt die Leistungen von Land, Landkreis und Gemeinden und führt zu ihren Online-Anträgen. Die Angebote der Stadt finden Sie vollständig in unserem Leistungsverzeichnis A–Z.',
    providerName: 'Land Sachsen-Anhalt, Ministerium für Infrastruktur und Digitales',
    providerOrigin: 'https://www.service.sachsen-anhalt.de',
    embedMode: 'iframe',
    startUrl: 'https://www.service.sachsen-anhalt.de/einbindung/aschersleben',
    fallbackUrl: 'https://www.service.sachsen-anhalt.de/',
    privacyNote:
      'Beim Laden des Landesportals überträgt Ihr Browser Ihre IP-Adresse an das Land Sachsen-Anhalt. Suchbegriffe und Anträge im Portal verarbeitet das Land nach seiner eigenen Datenschutzerklärung.',
    services: [],
    offices: [],
    pages: ['buergerservice'],
  },
  {
    slug: 'behoerdenmelder',
    name: 'Behördenmelder: Mängel melden',
    kind: 'issueReporting',
    summary: 'Melden Sie Schlaglöcher, defekte Straßenlaternen, wilden Müll oder beschädigte Spielgeräte mit Ort und Foto. Die „Ampel“ zeigt, wie weit Ihre Meldung bearbeitet ist.',
    providerName: 'Behördenmelder (Betreiber im Auftrag der Stadt Aschersleben)',
    providerOrigin: 'https://www.behoerdenmelder.de',
    embedMode: 'iframe',
    startUrl: 'https://www.behoerdenmelder.de/aschersleben/melden',
    fallbackUrl: 'https://www.behoerdenmelder.de/aschersleben/',
    privacyNote:
      'Beim Laden des Melders überträgt Ihr Browser Ihre IP-Adresse an den Betreiber. Ort, Beschreibung und Foto Ihrer Meldung gehen an das zuständige Amt; Ihre E-Mail-Adresse ist freiwillig und nur für Rückfragen.',
    services: ['schaden-melden'],
    offices: [],
    pages: ['maengelmelder'],
  },
  {
    slug: 'facebook-beitrag-gildefest',
    name: 'Facebook-Beitrag der Stadt: Rückblick auf das Gildefest',
    kind: 'social',
    summary: 'Ein Beitrag der Stadt Aschersleben auf Facebook (@aschersleben.de) mit Bildern vom Gildefest.',
    providerName: 'Meta Platforms Ireland Ltd. (Facebook)',
    providerOrigin: 'https://www.facebook.com',
    embedMode: 'iframe',
    startUrl: 'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Faschersleben.de&show_text=true',
    fallbackUrl: 'https://www.facebook.com/aschersleben.de',
    privacyNote:
      'Beim Laden des Beitrags überträgt Ihr Browser Ihre IP-Adresse und gegebenenfalls Facebook-Cookies an Meta Platforms Ireland; Meta kann den Besuch Ihrem Konto zuordnen. Ohne Laden wird nichts übertragen.',
    services: [],
    offices: [],
    pages: ['gildefest'],
  },
];
