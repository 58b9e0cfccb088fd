import { BARRIER_FORM_PATH } from '@stadtportal/shared/rules';
import { b, h2, h3, link, p, ul } from '../../blocks';
import type { SeedPage } from '../../types';
import { TOWN } from '../contact';
import { ORG } from '../ids';
import { DGS_WELCOME } from '../videos';

/*
 * The legal and BITV pages every page links in its footer. Contact data of state bodies is
 * deliberately not spelled out where we cannot vouch for it: a wrong address on a legal page
 * is worse than a referral.
 */
const townAddress = `${TOWN.name}, ${TOWN.street}, ${TOWN.postalCode} ${TOWN.city}`;

export const rechtlichesPages: SeedPage[] = [
  {
    slug: 'erklaerung-zur-barrierefreiheit',
    title: 'Erklärung zur Barrierefreiheit',
    organisation: ORG.stadt,
    parent: null,
    summary:
      'Wie barrierefrei ist diese Website? Stand der Vereinbarkeit mit der BITV 2.0, bekannte Barrieren, wie Sie uns eine Barriere melden und wie das Durchsetzungsverfahren nach dem BGG LSA funktioniert.',
    seoDescription:
      'Erklärung zur Barrierefreiheit der Website der Stadt Aschersleben: Stand, bekannte Barrieren, Barriere melden, Durchsetzungsverfahren.',
    body: [
      p(
        'Die Stadt Aschersleben möchte ihre Website für alle Menschen zugänglich machen. Grundlage sind das Behindertengleichstellungsgesetz des Landes Sachsen-Anhalt (BGG LSA) und die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), die auf die europäische Norm EN 301 549 und damit auf die Web Content Accessibility Guidelines (WCAG) 2.1 in der Stufe AA verweist. Wir orientieren uns bereits an der neueren Fassung WCAG 2.2.',
      ),
      p(
        'Diese Erklärung gilt für die Website aschersleben.de mit den Seiten der Stadt Aschersleben, der Aschersleber Kulturanstalt, der Kreativwerkstatt und der Freiwilligen Feuerwehr Aschersleben.',
      ),
      h2('Stand der Vereinbarkeit mit den Anforderungen'),
      p(
        'Diese Website ist ',
        b('teilweise barrierefrei'),
        '. Sie erfüllt die Anforderungen der BITV 2.0 weitgehend. Die unten genannten Inhalte sind noch nicht vollständig barrierefrei.',
      ),
      h2('Nicht barrierefreie Inhalte'),
      h3('Bekannte Barrieren'),
      ul(
        'Ältere Ausgaben des Amtsblatts und andere ältere PDF-Dokumente sind nicht durchgängig barrierefrei, zum Beispiel fehlen Strukturinformationen. Neue Dokumente erstellen wir barrierearm; ältere ersetzen wir nach und nach.',
        'Die Videos in Deutscher Gebärdensprache sind in Vorbereitung und noch nicht veröffentlicht.',
        'Einige ältere Bilder haben nur kurze Bildbeschreibungen.',
      ),
      h3('Eingebundene Dienste anderer Anbieter'),
      p(
        'Einige Online-Dienste, etwa Formulare, der Bezahldienst, der Bürger- und Unternehmensservice Sachsen-Anhalt und der Behördenmelder, stammen von anderen Anbietern. Auf ihre Barrierefreiheit haben wir nur begrenzten Einfluss. Wenn Sie einen dieser Dienste nicht nutzen können, helfen wir Ihnen persönlich, Ihr Anliegen auf anderem Weg zu erledigen.',
      ),
      h2('Erstellung dieser Erklärung'),
      p(
        'Diese Erklärung wurde am 2. November 2026 erstellt und zuletzt am 24. November 2026 überprüft. Sie beruht auf einer Selbstbewertung der Stadt. Zusätzlich prüft ein automatischer Test bei jeder Veröffentlichung alle Seiten der Website auf Barrieren; Seiten mit schweren Fehlern werden nicht veröffentlicht.',
      ),
      h2('Barriere melden: Feedback und Kontakt'),
      p(
        'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Brauchen Sie Informationen aus einem nicht barrierefreien Dokument in anderer Form? Dann schreiben Sie uns oder rufen Sie uns an:',
      ),
      ul(
        ['Online: ', link(BARRIER_FORM_PATH, 'Formular „Barriere melden“'), ' (auch am Ende jeder Seite, mit der Adresse der Seite)'],
        ['E-Mail: ', link(TOWN.barrierEmailHref, TOWN.barrierEmail)],
        ['Telefon: ', link(TOWN.phoneHref, TOWN.phone)],
        ['Post: ', townAddress],
      ),
      p(
        'Bitte beschreiben Sie die Barriere und nennen Sie die Adresse der Seite. Wir bestätigen den Eingang, prüfen Ihr Anliegen und antworten Ihnen innerhalb eines Monats.',
      ),
      h2('Durchsetzungsverfahren'),
      p(
        'Wenn Sie auf Ihre Meldung keine oder keine zufriedenstellende Antwort erhalten haben, können Sie das Durchsetzungsverfahren nach den §§ 16b bis 16d BGG LSA in Anspruch nehmen. Dabei prüft eine vom Land Sachsen-Anhalt bestimmte Stelle, ob die Website die Anforderungen an die Barrierefreiheit erfüllt, und wirkt auf eine Lösung hin.',
      ),
      p(
        'Gern nennen wir Ihnen die zuständige Stelle mit ihren aktuellen Kontaktdaten. Auf Ihren Wunsch leiten wir Ihr Anliegen auch direkt dorthin weiter. Schreiben Sie dazu an ',
        link(TOWN.barrierEmailHref, TOWN.barrierEmail),
        '.',
      ),
      h2('Weitere Angebote'),
      ul(
        [link('/leichte-sprache/', 'Informationen in Leichter Sprache')],
        [link('/gebaerdensprache/', 'Informationen in Deutscher Gebärdensprache')],
      ),
    ],
  },
  {
    slug: 'leichte-sprache',
    title: 'Leichte Sprache',
    organisation: ORG.stadt,
    parent: null,
    summary:
      'Hier erklären wir in Leichter Sprache: Was steht auf dieser Internet-Seite? Wie finden Sie das Rathaus? Wie bekommen Sie Hilfe?',
    seoDescription:
      'Die Internet-Seite der Stadt Aschersleben in Leichter Sprache: Rathaus, Bürger-Service, Hilfe im Notfall und Kontakt.',
    body: [
      p('Herzlich willkommen!'),
      p('Das ist die Internet-Seite von der Stadt Aschersleben.'),
      p('Hier erklären wir die Seite in Leichter Sprache.'),
      h2('Die Stadt Aschersleben'),
      p('Aschersleben ist eine Stadt.'),
      p('Die Stadt liegt im Bundes-Land Sachsen-Anhalt.'),
      p('In Aschersleben wohnen fast 27 Tausend Menschen.'),
      p('Aschersleben ist sehr alt.'),
      p('Die Stadt gibt es schon seit mehr als 1000 Jahren.'),
      p('Zu Aschersleben gehören auch 11 Dörfer.'),
      p('Die Dörfer heißen: Ortschaften.'),
      h2('Was steht auf dieser Internet-Seite?'),
      p('Auf dieser Internet-Seite finden Sie zum Beispiel:'),
      ul(
        'Nachrichten aus der Stadt',
        'Informationen über das Rathaus',
        'Informationen über Schulen und Kinder-Gärten',
        'Informationen über Feste und Ausflüge',
      ),
      h2('Das Rathaus'),
      p('Im Rathaus arbeitet die Stadt-Verwaltung.'),
      p('Die Stadt-Verwaltung kümmert sich um viele Sachen in der Stadt.'),
      p('Zum Beispiel: Sie bekommen dort einen neuen Ausweis.'),
      p('Der Chef von der Stadt-Verwaltung heißt: Ober-Bürgermeister.'),
      h3('Der Stadt-Rat'),
      p('Die Menschen in Aschersleben wählen den Stadt-Rat.'),
      p('Der Stadt-Rat bestimmt wichtige Sachen für die Stadt.'),
      p('Zum Beispiel: Wofür gibt die Stadt Geld aus?'),
      h2('Der Bürger-Service'),
      p('Im Rathaus gibt es den Bürger-Service.'),
      p('Dort bekommen Sie Hilfe.'),
      p('Zum Beispiel: Sie ziehen nach Aschersleben.'),
      p('Dann müssen Sie sich im Bürger-Service melden.'),
      p('Der Bürger-Service ist zu diesen Zeiten offen:'),
      ul(
        'Montag: von 8 Uhr bis 12 Uhr',
        'Dienstag: von 8 Uhr bis 12 Uhr und von 13 Uhr bis 18 Uhr',
        'Donnerstag: von 8 Uhr bis 12 Uhr und von 13 Uhr bis 16 Uhr',
        'Freitag: von 8 Uhr bis 12 Uhr',
      ),
      p('Am Mittwoch ist der Bürger-Service zu.'),
      p('Sie können vorher einen Termin machen.'),
      p('Termin bedeutet: Sie bekommen eine feste Uhrzeit.'),
      p('Dann müssen Sie nicht lange warten.'),
      h2('So erreichen Sie uns'),
      p('Das ist die Adresse vom Rathaus:'),
      p(TOWN.name),
      p(TOWN.street),
      p(`${TOWN.postalCode} ${TOWN.city}`),
      p('Sie können uns anrufen.'),
      p('Die Telefon-Nummer ist: ', link(TOWN.phoneHref, TOWN.phone)),
      p('Sie können uns auch eine E-Mail schreiben.'),
      p('Die E-Mail-Adresse ist: ', link(TOWN.emailHref, TOWN.email)),
      h2('Hilfe im Notfall'),
      p('Es brennt?'),
      p('Oder ein Mensch ist schwer verletzt?'),
      p('Dann rufen Sie sofort die Nummer 112 an.'),
      p('Dann kommen die Feuerwehr und ein Arzt.'),
      h2('Probleme mit dieser Internet-Seite'),
      p('Sie können etwas auf dieser Seite nicht lesen?'),
      p('Oder etwas funktioniert nicht?'),
      p('Dann sagen Sie es uns bitte.'),
      p('Schreiben Sie eine E-Mail an: ', link(TOWN.barrierEmailHref, TOWN.barrierEmail)),
      p('Wir helfen Ihnen dann.'),
      h2('Gebärden-Sprache'),
      p('Manche Menschen können nicht hören.'),
      p('Sie sprechen mit den Händen.'),
      p('Das heißt: Gebärden-Sprache.'),
      p('Informationen dazu finden Sie hier: ', link('/gebaerdensprache/', 'Gebärden-Sprache')),
    ],
  },
  {
    slug: 'gebaerdensprache',
    title: 'Deutsche Gebärdensprache',
    organisation: ORG.stadt,
    parent: null,
    summary:
      'Was die Website der Stadt Aschersleben in Deutscher Gebärdensprache anbietet: geplante Videos zu den wichtigsten Inhalten, Dolmetschen bei Terminen im Rathaus und Kontakt ohne Telefon.',
    seoDescription:
      'Informationen in Deutscher Gebärdensprache (DGS) auf aschersleben.de: geplante Videos, Gebärdensprachdolmetschen im Rathaus, Kontakt per E-Mail.',
    video: DGS_WELCOME,
    body: [
      p(
        'Die Stadt Aschersleben möchte, dass gehörlose und schwerhörige Menschen alle wichtigen Informationen dieser Website auch in ihrer Sprache erhalten: der Deutschen Gebärdensprache (DGS).',
      ),
      h2('Geplante Videos'),
      p(
        'Wir bereiten zurzeit Videos in Deutscher Gebärdensprache vor. Eine Gebärdensprachdolmetscherin oder ein Gebärdensprachdolmetscher erklärt darin:',
      ),
      ul(
        'welche Informationen Sie auf dieser Website finden und wie die Seite aufgebaut ist',
        'welche Leistungen der Bürgerservice anbietet und wie Sie einen Termin vereinbaren',
        'wie Sie Kontakt zur Stadtverwaltung aufnehmen',
        'wie Sie eine Barriere auf dieser Website melden',
        'wie Sie im Notfall Hilfe rufen',
      ),
      p(
        'Jedes Video erhält Untertitel und eine Textfassung. Die Videos werden auf dieser Seite veröffentlicht, sobald sie fertig sind.',
      ),
      h3('Ohne Dienste anderer Anbieter'),
      p(
        'Wir stellen die Videos direkt auf dieser Website bereit. Sie laufen nicht über eine Videoplattform eines anderen Anbieters. So werden beim Ansehen keine Daten an Dritte übertragen.',
      ),
      h2('Dolmetschen bei Terminen im Rathaus'),
      p(
        'Wenn Sie einen Termin in der Stadtverwaltung haben, können Sie eine Gebärdensprachdolmetschung anfordern. Bitte melden Sie sich dafür möglichst eine Woche vorher, damit wir die Dolmetschung organisieren können.',
      ),
      h2('Kontakt ohne Telefon'),
      p('Sie erreichen uns schriftlich:'),
      ul(
        ['E-Mail an den Bürgerservice: ', link(TOWN.serviceEmailHref, TOWN.serviceEmail)],
        ['E-Mail an die Stadtverwaltung: ', link(TOWN.emailHref, TOWN.email)],
        ['Post: ', townAddress],
      ),
      p(
        'Viele Anliegen können Sie außerdem über die ',
        link('/rathaus-verwaltung/buergerservice/online-dienste/', 'Online-Dienste'),
        ' erledigen.',
      ),
      h2('Notruf'),
      p(
        'Für Notrufe ohne Sprechen gibt es die offizielle Notruf-App der Bundesländer, „nora“. Mit ihr erreichen Sie Feuerwehr, Rettungsdienst und Polizei schriftlich.',
      ),
      h2('Barriere melden'),
      p(
        'Wenn Ihnen auf dieser Website etwas fehlt, schreiben Sie uns: ',
        link(TOWN.barrierEmailHref, TOWN.barrierEmail),
        '. Mehr in unserer ',
        link('/erklaerung-zur-barrierefreiheit/', 'Erklärung zur Barrierefreiheit'),
        '.',
      ),
    ],
  },
  {
    slug: 'impressum',
    title: 'Impressum',
    organisation: ORG.stadt,
    parent: null,
    summary:
      'Anbieterkennzeichnung der Website aschersleben.de: Herausgeberin, Vertretung, Aufsicht, inhaltliche Verantwortung der Stadt und der beteiligten Einrichtungen sowie Bildnachweis.',
    seoDescription:
      'Impressum der Website der Stadt Aschersleben: Herausgeberin, Vertretung, Aufsichtsbehörde, Verantwortliche für den Inhalt und Bildnachweis.',
    body: [
      h2('Herausgeberin'),
      p(b(TOWN.name)),
      p(`${TOWN.street}, ${TOWN.postalCode} ${TOWN.city}`),
      p('Telefon: ', link(TOWN.phoneHref, TOWN.phone)),
      p('E-Mail: ', link(TOWN.emailHref, TOWN.email)),
      p('Internet: aschersleben.de'),
      h2('Vertretung und Rechtsform'),
      p(
        'Die Stadt Aschersleben ist eine Gebietskörperschaft des öffentlichen Rechts im Salzlandkreis, Land Sachsen-Anhalt. Sie wird durch den Oberbürgermeister vertreten.',
      ),
      h2('Aufsichtsbehörde'),
      p('Kommunalaufsicht des Salzlandkreises.'),
      h2('Verantwortlich für den Inhalt'),
      p(
        'Für die Inhalte der Stadt Aschersleben ist der Oberbürgermeister verantwortlich, Anschrift wie oben. Die beteiligten Einrichtungen verantworten ihre eigenen Seiten:',
      ),
      ul(
        [b('Aschersleber Kulturanstalt AöR'), ': der Vorstand, Hecknerstraße 6, 06449 Aschersleben'],
        [b('Kreativwerkstatt Aschersleben'), ': die Leitung der Kreativwerkstatt, Breite Straße 42, 06449 Aschersleben'],
        [b('Freiwillige Feuerwehr Aschersleben'), ': die Stadtwehrleitung, Staßfurter Straße 30, 06449 Aschersleben'],
      ),
      p(
        'Die Kontaktdaten aller Einrichtungen stehen im Verzeichnis ',
        link('/einrichtungen/', 'Einrichtungen'),
        '.',
      ),
      h2('Links auf andere Websites'),
      p(
        'Diese Website enthält Links auf Websites anderer Anbieter, etwa der städtischen Gesellschaften. Für deren Inhalte sind die jeweiligen Anbieter verantwortlich. Wir haben die verlinkten Seiten beim Setzen des Links geprüft. Sollten Sie dort rechtswidrige Inhalte bemerken, teilen Sie uns das bitte mit; wir entfernen den Link dann umgehend.',
      ),
      h2('Bildnachweis'),
      p(
        'Die Zeichnungen auf dieser Website wurden eigens für das Stadtportal angefertigt. Die Logos gehören den jeweiligen Einrichtungen.',
      ),
      h2('Barrierefreiheit und Datenschutz'),
      p(
        'Lesen Sie auch unsere ',
        link('/erklaerung-zur-barrierefreiheit/', 'Erklärung zur Barrierefreiheit'),
        ' und unsere ',
        link('/datenschutz/', 'Datenschutzerklärung'),
        '.',
      ),
    ],
  },
  {
    slug: 'datenschutz',
    title: 'Datenschutzerklärung',
    organisation: ORG.stadt,
    parent: null,
    summary:
      'Welche Daten beim Besuch von aschersleben.de verarbeitet werden, wozu und wie lange: ohne Tracking, ohne Werbung und ohne Anfragen an andere Anbieter, bevor Sie zustimmen. Dazu Ihre Rechte nach der DSGVO.',
    seoDescription:
      'Datenschutzerklärung der Stadt Aschersleben: Verantwortliche, Zwecke, kein Tracking, externe Dienste nur nach Zustimmung, Ihre Rechte, Aufsichtsbehörde.',
    body: [
      p(
        'Der Schutz Ihrer Daten ist uns wichtig. Diese Website kommt ohne Analysewerkzeuge, ohne Werbung und ohne Tracking aus. Hier erklären wir nach der Datenschutz-Grundverordnung (DSGVO), welche Daten wir verarbeiten und welche Rechte Sie haben.',
      ),
      h2('Verantwortliche Stelle'),
      p(
        `${townAddress}, vertreten durch den Oberbürgermeister. Telefon `,
        link(TOWN.phoneHref, TOWN.phone),
        ', E-Mail ',
        link(TOWN.emailHref, TOWN.email),
        '.',
      ),
      h3('Datenschutzbeauftragte oder Datenschutzbeauftragter'),
      p(
        'Sie erreichen die oder den behördlichen Datenschutzbeauftragten der Stadt unter ',
        link(TOWN.privacyEmailHref, TOWN.privacyEmail),
        ' oder per Post an die oben genannte Anschrift mit dem Zusatz „Datenschutzbeauftragte/r“.',
      ),
      h2('Beim Besuch der Website'),
      p(
        'Wenn Sie eine Seite aufrufen, übermittelt Ihr Browser technisch notwendige Daten an unseren Server: IP-Adresse, Datum und Uhrzeit, die aufgerufene Adresse, die übertragene Datenmenge, die zuvor besuchte Seite sowie Browser und Betriebssystem. Wir brauchen diese Daten, um die Seite auszuliefern und um Angriffe zu erkennen und abzuwehren. Die Protokolle löschen wir nach spätestens sieben Tagen.',
      ),
      p(
        'Rechtsgrundlage ist Art. 6 Abs. 1 Buchstabe e DSGVO in Verbindung mit dem Datenschutz-Grundverordnungs-Ausfüllungsgesetz Sachsen-Anhalt: Die Information der Öffentlichkeit gehört zu den Aufgaben der Stadt.',
      ),
      h3('Keine Cookies zur Wiedererkennung'),
      p(
        'Wir setzen keine Cookies und keine vergleichbaren Techniken ein, mit denen Sie über Seiten oder Besuche hinweg wiedererkannt werden. Wir werten Ihr Surfverhalten nicht aus und erstellen keine Profile.',
      ),
      h2('Dienste anderer Anbieter nur nach Zustimmung'),
      p(
        'Einige Angebote stammen von anderen Anbietern: die Online-Dienste des Landes (Formulare, Bezahldienst, Terminvereinbarung), der Bürger- und Unternehmensservice Sachsen-Anhalt und der Behördenmelder. Solange Sie nicht zustimmen, stellt Ihr Browser keine Verbindung zu diesen Anbietern her. Erst wenn Sie auf die Schaltfläche zum Laden klicken, wird der Dienst geladen; dann erhält der Anbieter insbesondere Ihre IP-Adresse. Rechtsgrundlage ist Ihre Einwilligung nach Art. 6 Abs. 1 Buchstabe a DSGVO. Sie können sie jederzeit mit Wirkung für die Zukunft widerrufen.',
      ),
      h2('Soziale Medien'),
      p(
        'Wir verlinken unsere Auftritte bei Facebook und Instagram nur mit einfachen Links. Es werden keine Inhalte dieser Netzwerke in unsere Seiten eingebunden. Erst wenn Sie einem Link folgen, verlassen Sie unsere Website; dann gelten die Datenschutzbestimmungen des jeweiligen Netzwerks. Für unsere Facebook-Seite sind wir gemeinsam mit dem Betreiber des Netzwerks verantwortlich (Art. 26 DSGVO).',
      ),
      h2('Wenn Sie uns schreiben'),
      p(
        'Wenn Sie uns eine E-Mail schreiben oder uns anrufen, verarbeiten wir Ihre Angaben, um Ihr Anliegen zu bearbeiten. Wir speichern sie so lange, wie es für die Bearbeitung und die gesetzlichen Aufbewahrungsfristen nötig ist. Bitte beachten Sie: Eine normale E-Mail ist unverschlüsselt. Vertrauliche Unterlagen senden Sie besser über die Online-Dienste oder per Post.',
      ),
      h2('Ihre Rechte'),
      p('Sie haben das Recht auf:'),
      ul(
        'Auskunft über die zu Ihrer Person gespeicherten Daten (Art. 15 DSGVO)',
        'Berichtigung unrichtiger Daten (Art. 16 DSGVO)',
        'Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO)',
        'Datenübertragbarkeit, soweit die Verarbeitung auf Ihrer Einwilligung beruht (Art. 20 DSGVO)',
        'Widerspruch gegen die Verarbeitung aus Gründen Ihrer besonderen Situation (Art. 21 DSGVO)',
        'Widerruf einer Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO)',
      ),
      p('Wenden Sie sich dafür an ', link(TOWN.privacyEmailHref, TOWN.privacyEmail), '.'),
      h2('Beschwerderecht'),
      p(
        'Sie können sich bei der Aufsichtsbehörde beschweren, wenn Sie meinen, dass wir Ihre Daten nicht rechtmäßig verarbeiten. Zuständig ist der Landesbeauftragte für den Datenschutz Sachsen-Anhalt: ',
        link('https://datenschutz.sachsen-anhalt.de', 'datenschutz.sachsen-anhalt.de'),
        '.',
      ),
      h2('Stand'),
      p('Diese Datenschutzerklärung hat den Stand vom 24. November 2026.'),
    ],
  },
];
