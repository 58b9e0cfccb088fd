import { b, h2, h3, link, p, ul } from '../../blocks';
import type { SeedPage } from '../../types';
import { TOWN } from '../contact';
import { ORG } from '../ids';
import { IMAGES } from '../images';

/* Section „Rathaus & Verwaltung“: services, council, Ortschaften, offices, publications. */
export const rathausPages: SeedPage[] = [
  {
    slug: 'rathaus-verwaltung',
    title: 'Rathaus & Verwaltung',
    organisation: ORG.stadt,
    parent: null,
    summary:
      'Bürgerservice, Online-Dienste, Stadtrat und Ortschaften, Ämter, Stellenangebote und das Amtsblatt: alles, was Sie von der Stadtverwaltung Aschersleben brauchen, an einem Ort.',
    seoDescription:
      'Rathaus Aschersleben: Bürgerservice, Online-Dienste, Stadtrat, Ortschaften, Ämter, Stellenangebote und Amtsblatt.',
    image: IMAGES.rathaus,
    body: [
      p(
        'Die Stadtverwaltung Aschersleben ist für rund 26.700 Menschen in der Kernstadt und in elf Ortschaften da. Ihr Sitz ist das Rathaus am Markt. Viele Anliegen können Sie inzwischen auch online erledigen – ohne Wartezeit und zu jeder Tageszeit. Wenn Sie lieber persönlich kommen, vereinbaren Sie am besten einen Termin; dann ist Ihre Sachbearbeiterin oder Ihr Sachbearbeiter vorbereitet und Sie müssen nicht warten.',
      ),
      h2('Schnell zum Ziel'),
      ul(
        [link('/rathaus-verwaltung/buergerservice/', 'Bürgerservice'), ': Ausweise, Meldewesen, Beglaubigungen und Termine'],
        [link('/rathaus-verwaltung/buergerservice/online-dienste/', 'Online-Dienste'), ': Anträge, Formulare, Bezahlen und Buchen im Internet'],
        [link('/rathaus-verwaltung/buergerservice/maengelmelder/', 'Mängelmelder'), ': ein Schlagloch, eine defekte Laterne oder wilden Müll melden'],
        [link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'), ': amtliche Bekanntmachungen der Stadt'],
      ),
      h2('Politik und Selbstverwaltung'),
      p(
        'Über die wichtigen Angelegenheiten der Stadt entscheidet der ',
        link('/rathaus-verwaltung/stadtrat/', 'Stadtrat'),
        '. In den ',
        link('/rathaus-verwaltung/ortschaften/', 'Ortschaften'),
        ' vertreten Ortschaftsräte die Interessen ihrer Orte. Die Verwaltung leitet der ',
        link('/rathaus-verwaltung/oberbuergermeister/', 'Oberbürgermeister'),
        '.',
      ),
      h2('Die Verwaltung von innen'),
      p(
        'Welches Amt wofür zuständig ist, erfahren Sie in der Übersicht ',
        link('/rathaus-verwaltung/aemter/', 'Ämter und Zuständigkeiten'),
        '. Wenn Sie bei der Stadt arbeiten möchten, finden Sie unsere offenen Stellen unter ',
        link('/rathaus-verwaltung/stellenangebote/', 'Stellenangebote'),
        '.',
      ),
      h2('Kontakt'),
      p(
        b(`${TOWN.name}`),
        `, ${TOWN.street}, ${TOWN.postalCode} ${TOWN.city}. Telefon `,
        link(TOWN.phoneHref, TOWN.phone),
        ', E-Mail ',
        link(TOWN.emailHref, TOWN.email),
        '.',
      ),
    ],
  },
  {
    slug: 'buergerservice',
    title: 'Bürgerservice',
    organisation: ORG.stadt,
    parent: 'rathaus-verwaltung',
    summary:
      'Der Bürgerservice im Rathaus ist die erste Anlaufstelle für Ausweise, An- und Ummeldungen, Führungszeugnisse und Beglaubigungen. Mit Termin geht es am schnellsten.',
    seoDescription:
      'Bürgerservice Aschersleben: Personalausweis, Reisepass, Meldewesen, Führungszeugnis. Öffnungszeiten, Terminvereinbarung und Kontakt.',
    body: [
      p(
        'Im Bürgerservice erledigen Sie die häufigsten Behördengänge an einem Schalter. Sie finden uns im Erdgeschoss des Rathauses am Markt 1. Der Eingang ist stufenlos erreichbar.',
      ),
      h2('Öffnungszeiten'),
      ul(
        'Montag: 8 bis 12 Uhr',
        'Dienstag: 8 bis 12 Uhr und 13 bis 18 Uhr',
        'Mittwoch: geschlossen',
        'Donnerstag: 8 bis 12 Uhr und 13 bis 16 Uhr',
        'Freitag: 8 bis 12 Uhr',
      ),
      p(
        'Bitte vereinbaren Sie nach Möglichkeit einen Termin. Das geht rund um die Uhr über die ',
        link('/rathaus-verwaltung/buergerservice/online-dienste/', 'Online-Terminvereinbarung'),
        ' oder telefonisch. Ohne Termin kann es zu Wartezeiten kommen.',
      ),
      h2('Was Sie bei uns erledigen können'),
      h3('Ausweise und Dokumente'),
      ul(
        'Personalausweis, Reisepass und vorläufige Dokumente beantragen und abholen',
        'Kinderreisepass ausstellen lassen',
        'Verlust eines Ausweises melden',
      ),
      h3('Meldewesen'),
      ul(
        'Wohnsitz an-, um- oder abmelden',
        'Meldebescheinigung und Aufenthaltsbescheinigung',
        'Übermittlungssperren einrichten',
      ),
      h3('Weitere Leistungen'),
      ul(
        'Führungszeugnis und Auskunft aus dem Gewerbezentralregister beantragen',
        'Unterschriften und Kopien beglaubigen',
        'Fundsachen abgeben und abholen',
        'Anträge anderer Behörden entgegennehmen und weiterleiten',
      ),
      h2('Das bringen Sie mit'),
      p(
        'Für fast alle Anliegen brauchen Sie einen gültigen Ausweis. Für neue Ausweisdokumente benötigen Sie außerdem ein aktuelles biometrisches Foto. Welche Unterlagen im Einzelfall nötig sind, sagen wir Ihnen gern vorab am Telefon.',
      ),
      h2('Kontakt'),
      p(
        'Telefon ',
        link(TOWN.phoneHref, TOWN.phone),
        ' (Zentrale, wir verbinden Sie), E-Mail ',
        link(TOWN.serviceEmailHref, TOWN.serviceEmail),
        '.',
      ),
    ],
  },
  {
    slug: 'online-dienste',
    title: 'Online-Dienste',
    organisation: ORG.stadt,
    parent: 'buergerservice',
    summary:
      'Anträge stellen, Gebühren bezahlen, Termine buchen und Räume reservieren – ohne Weg ins Rathaus. Hier finden Sie die Online-Dienste der Stadt und den Zugang zum Landesportal.',
    seoDescription:
      'Online-Dienste der Stadt Aschersleben: Formulare, E-Payment, Terminvereinbarung, Raumbuchung und Bürger- und Unternehmensservice Sachsen-Anhalt.',
    body: [
      p(
        'Nach dem Onlinezugangsgesetz sollen Verwaltungsleistungen auch digital möglich sein. Die Stadt Aschersleben bietet deshalb ihre wichtigsten Dienste online an und verbindet sie mit den Angeboten des Landes Sachsen-Anhalt.',
      ),
      h2('Die Dienste im Überblick'),
      h3('Formulare und Anträge'),
      p(
        'Viele Anträge füllen Sie direkt am Bildschirm aus und senden sie sicher an das zuständige Amt. Sie erhalten eine Eingangsbestätigung und können Nachweise als Datei anhängen.',
      ),
      h3('Bezahlen'),
      p(
        'Gebühren für Urkunden, Bescheinigungen oder Genehmigungen bezahlen Sie online über den Bezahldienst des Landes. Das Geld geht direkt an die Stadtkasse.',
      ),
      h3('Termine'),
      p(
        'Termine im ',
        link('/rathaus-verwaltung/buergerservice/', 'Bürgerservice'),
        ' und im ',
        link('/rathaus-verwaltung/aemter/standesamt/', 'Standesamt'),
        ' buchen Sie rund um die Uhr. Sie bekommen eine Bestätigung per E-Mail und können den Termin selbst absagen.',
      ),
      h3('Räume und Veranstaltungsorte buchen'),
      p(
        'Säle und Räume der Stadt und der Kulturanstalt fragen Sie über das Buchungswerkzeug an. Mehr dazu unter ',
        link('/tourismus-kultur/kulturanstalt/raeume-mieten/', 'Räume mieten'),
        '.',
      ),
      h2('Bürger- und Unternehmensservice Sachsen-Anhalt'),
      p(
        'Der Bürger- und Unternehmensservice (BUS) des Landes beschreibt Verwaltungsleistungen aller Behörden in Sachsen-Anhalt und nennt die zuständige Stelle. Wir binden ihn auf dieser Website ein. Weil der Dienst von einem anderen Anbieter kommt, laden wir ihn erst, wenn Sie zustimmen.',
      ),
      h2('Hilfe bei Problemen'),
      p(
        'Wenn ein Online-Dienst nicht funktioniert oder für Sie nicht barrierefrei nutzbar ist, helfen wir Ihnen persönlich weiter. Schreiben Sie an ',
        link(TOWN.serviceEmailHref, TOWN.serviceEmail),
        ' oder melden Sie die Barriere über unsere ',
        link('/erklaerung-zur-barrierefreiheit/', 'Erklärung zur Barrierefreiheit'),
        '.',
      ),
    ],
  },
  {
    slug: 'maengelmelder',
    title: 'Mängelmelder',
    organisation: ORG.stadt,
    parent: 'buergerservice',
    summary:
      'Ein Schlagloch, eine dunkle Straßenlaterne, wilder Müll? Über den Behördenmelder geben Sie der Stadt schnell und einfach Bescheid – mit Ort und auf Wunsch mit Foto.',
    seoDescription:
      'Mängel in Aschersleben melden: Schlaglöcher, defekte Laternen, wilder Müll, beschädigte Spielgeräte. So funktioniert der Behördenmelder.',
    body: [
      p(
        'Sie haben einen Schaden im Stadtgebiet entdeckt? Mit dem Behördenmelder erreicht Ihre Meldung direkt die zuständige Stelle der Stadt. Ein Ampelsymbol zeigt, wie weit die Bearbeitung ist.',
      ),
      h2('Was Sie melden können'),
      ul(
        'Schäden an Straßen, Gehwegen und Radwegen',
        'ausgefallene oder beschädigte Straßenbeleuchtung',
        'wilde Müllablagerungen',
        'beschädigte Spielgeräte, Bänke oder Schilder',
        'verstopfte Straßenabläufe',
      ),
      h2('So funktioniert es'),
      p(
        'Beschreiben Sie kurz den Mangel und markieren Sie den Ort auf der Karte. Ein Foto hilft uns, den Schaden schnell einzuschätzen. Sie können anonym melden oder eine E-Mail-Adresse angeben, um über den Stand informiert zu werden.',
      ),
      h3('Was die Ampel bedeutet'),
      ul(
        [b('Rot'), ': Die Meldung ist eingegangen.'],
        [b('Gelb'), ': Die Meldung wird bearbeitet.'],
        [b('Grün'), ': Der Mangel ist behoben oder die Meldung ist erledigt.'],
      ),
      h2('Datenschutz'),
      p(
        'Der Behördenmelder ist ein Dienst eines externen Anbieters. Wir laden ihn erst, wenn Sie auf „Behördenmelder laden“ klicken. Einzelheiten stehen in unserer ',
        link('/datenschutz/', 'Datenschutzerklärung'),
        '.',
      ),
      h2('Im Notfall'),
      p(
        b('Bei Gefahr für Leib und Leben wählen Sie immer den Notruf 112 oder 110.'),
        ' Der Mängelmelder wird nicht rund um die Uhr überwacht.',
      ),
    ],
  },
  {
    slug: 'oberbuergermeister',
    title: 'Oberbürgermeister',
    organisation: ORG.stadt,
    parent: 'rathaus-verwaltung',
    summary:
      'Der Oberbürgermeister leitet die Stadtverwaltung, vertritt die Stadt nach außen und führt die Beschlüsse des Stadtrates aus. Hier erfahren Sie, wie Sie ihn erreichen.',
    seoDescription:
      'Der Oberbürgermeister der Stadt Aschersleben: Aufgaben, Bürgersprechstunde und Kontakt zum Büro des Oberbürgermeisters.',
    body: [
      p(
        'Der Oberbürgermeister ist der hauptamtliche Leiter der Stadtverwaltung Aschersleben. Er wird von den Bürgerinnen und Bürgern direkt gewählt und ist zugleich stimmberechtigtes Mitglied des Stadtrates.',
      ),
      h2('Aufgaben'),
      ul(
        'Er leitet die Verwaltung und ist Vorgesetzter der Beschäftigten der Stadt.',
        'Er vertritt die Stadt nach außen, zum Beispiel gegenüber Land, Landkreis und Partnern.',
        'Er bereitet die Beschlüsse des Stadtrates vor und führt sie aus.',
        'Er erledigt die Geschäfte der laufenden Verwaltung.',
        'Er stimmt sich regelmäßig mit den städtischen Unternehmen und Eigenbetrieben ab.',
      ),
      h2('Bürgersprechstunde'),
      p(
        'Der Oberbürgermeister lädt regelmäßig zur Bürgersprechstunde ins Rathaus ein. Dort können Sie Ihr Anliegen persönlich vortragen. Bitte melden Sie sich vorher im Büro des Oberbürgermeisters an und nennen Sie kurz Ihr Thema. So können wir Unterlagen vorbereiten und, wenn nötig, die zuständige Fachabteilung dazuholen.',
      ),
      p(
        'Die Termine der Sprechstunden veröffentlichen wir im ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        ' und unter ',
        link('/aktuelles/', 'Aktuelles'),
        '.',
      ),
      h2('Büro des Oberbürgermeisters'),
      p(
        'Das Büro koordiniert Termine, Einladungen und Glückwünsche, etwa zu hohen Geburtstagen und Ehejubiläen. Es betreut auch die Pressearbeit und die Auftritte der Stadt in den sozialen Medien.',
      ),
      p(
        `Rathaus, ${TOWN.street}, ${TOWN.postalCode} ${TOWN.city}, Telefon `,
        link(TOWN.phoneHref, TOWN.phone),
        ', E-Mail ',
        link(TOWN.emailHref, TOWN.email),
        '.',
      ),
    ],
  },
  {
    slug: 'stadtrat',
    title: 'Stadtrat und Ausschüsse',
    organisation: ORG.stadt,
    parent: 'rathaus-verwaltung',
    summary:
      'Der Stadtrat ist die gewählte Vertretung der Bürgerinnen und Bürger. Hier erfahren Sie, wie er arbeitet, welche Ausschüsse es gibt und wo Sie Sitzungen, Tagesordnungen und Beschlüsse finden.',
    seoDescription:
      'Stadtrat Aschersleben: Aufgaben, Ausschüsse, öffentliche Sitzungen, Tagesordnungen, Vorlagen und Niederschriften im Ratsinformationssystem.',
    body: [
      p(
        'Der Stadtrat entscheidet über alle wichtigen Angelegenheiten der Stadt: den Haushalt, Satzungen, Bebauungspläne, Gebühren und große Investitionen. Seine Mitglieder werden alle fünf Jahre gewählt und arbeiten ehrenamtlich. Sie schließen sich meist zu Fraktionen zusammen.',
      ),
      h2('Ausschüsse'),
      p(
        'Viele Themen werden zuerst in Ausschüssen beraten, bevor der Stadtrat entscheidet. Dazu gehören zum Beispiel:',
      ),
      ul('Hauptausschuss', 'Bau- und Vergabeausschuss', 'Ausschuss für Bildung, Kultur und Soziales'),
      h2('Sitzungen besuchen'),
      p(
        'Die Sitzungen des Stadtrates und seiner Ausschüsse sind grundsätzlich öffentlich. Sie können als Gast zuhören. In jeder Sitzung des Stadtrates gibt es eine Einwohnerfragestunde, in der Sie Fragen zu Angelegenheiten der Stadt stellen können.',
      ),
      p(
        'Zeit, Ort und Tagesordnung jeder Sitzung machen wir vorher bekannt – im ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        ' und im ',
        link('/rat/', 'Ratsinformationssystem'),
        '.',
      ),
      h2('Digitale Ratsarbeit'),
      p(
        'Im ',
        link('/rat/', 'Ratsinformationssystem'),
        ' finden Sie den Sitzungskalender, Tagesordnungen, Beschlussvorlagen, Anträge und Niederschriften. Das gilt auch für die ',
        link('/rathaus-verwaltung/ortschaften/', 'Ortschaftsräte'),
        '. Mitglieder der Gremien erhalten ihre Unterlagen dort digital und können Ausschusssitzungen bei Bedarf auch als Video- oder Hybridsitzung abhalten.',
      ),
      h2('Kontakt'),
      p(
        'Fragen zu Sitzungen und Unterlagen beantwortet das Büro für Ratsangelegenheiten im Rathaus, erreichbar über die Zentrale unter ',
        link(TOWN.phoneHref, TOWN.phone),
        '.',
      ),
    ],
  },
  {
    slug: 'ortschaften',
    title: 'Ortschaften und Ortschaftsräte',
    organisation: ORG.stadt,
    parent: 'rathaus-verwaltung',
    summary:
      'Zu Aschersleben gehören neben der Kernstadt elf Ortschaften. Jede hat einen eigenen Ortschaftsrat, der die Anliegen des Ortes vertritt und vom Stadtrat gehört wird.',
    seoDescription:
      'Die elf Ortschaften der Stadt Aschersleben von Drohndorf bis Winningen und ihre Ortschaftsräte: Aufgaben, Sitzungen und Kontakt.',
    body: [
      p(
        'Zwischen 2004 und 2010 haben sich elf bis dahin selbstständige Gemeinden der Stadt Aschersleben angeschlossen. Sie sind heute Ortschaften der Stadt und haben ihre eigene Stimme behalten: In jeder Ortschaft gibt es einen gewählten Ortschaftsrat.',
      ),
      h2('Die elf Ortschaften'),
      ul(
        'Drohndorf',
        'Freckleben',
        'Groß Schierstedt',
        'Klein Schierstedt',
        'Mehringen',
        'Neu Königsaue',
        'Schackenthal',
        'Schackstedt',
        'Westdorf',
        'Wilsleben',
        'Winningen',
      ),
      h2('Was ein Ortschaftsrat tut'),
      p(
        'Der Ortschaftsrat vertritt die Interessen seines Ortes gegenüber Stadtrat und Verwaltung. Er wird zu allen wichtigen Angelegenheiten gehört, die die Ortschaft betreffen, zum Beispiel zu Bauvorhaben, zum Straßenbau oder zur Nutzung öffentlicher Gebäude. Über bestimmte Angelegenheiten des Ortes, etwa die Pflege des Ortsbildes oder die Unterstützung örtlicher Vereine, entscheidet er im Rahmen des Haushalts selbst.',
      ),
      h3('Ortsbürgermeisterin oder Ortsbürgermeister'),
      p(
        'Den Vorsitz im Ortschaftsrat hat die Ortsbürgermeisterin oder der Ortsbürgermeister. Sie oder er ist erste Ansprechperson für die Menschen im Ort und hält den Kontakt zur Stadtverwaltung.',
      ),
      h2('Sitzungen und Unterlagen'),
      p(
        'Die Sitzungen der Ortschaftsräte sind öffentlich. Termine, Tagesordnungen und Niederschriften finden Sie – wie beim ',
        link('/rathaus-verwaltung/stadtrat/', 'Stadtrat'),
        ' – im Ratsinformationssystem. Die Einladungen erscheinen außerdem im ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        ' und in den Schaukästen der Orte.',
      ),
      h2('Kontakt'),
      p(
        'Sie wissen nicht, an wen Sie sich wenden sollen? Das Büro für Ratsangelegenheiten im Rathaus vermittelt Ihnen den Kontakt zu Ihrem Ortschaftsrat: Telefon ',
        link(TOWN.phoneHref, TOWN.phone),
        '.',
      ),
    ],
  },
  {
    slug: 'aemter',
    title: 'Ämter und Zuständigkeiten',
    organisation: ORG.stadt,
    parent: 'rathaus-verwaltung',
    summary:
      'Welches Amt ist wofür zuständig? Die Übersicht führt Sie von Ihrem Anliegen zur richtigen Stelle in der Stadtverwaltung Aschersleben.',
    seoDescription:
      'Ämter der Stadtverwaltung Aschersleben und ihre Aufgaben: Bürgerservice, Standesamt, Ordnungsamt, Bauen, Finanzen, Schulen und Kitas.',
    body: [
      p(
        'Die Stadtverwaltung ist in Fachbereiche und Ämter gegliedert. Sie müssen diese Gliederung nicht kennen: Der ',
        link('/rathaus-verwaltung/buergerservice/', 'Bürgerservice'),
        ' nimmt jedes Anliegen an und leitet es weiter. Wenn Sie direkt zur richtigen Stelle möchten, hilft diese Übersicht.',
      ),
      h2('Häufige Anliegen'),
      h3('Urkunden, Heirat, Geburt'),
      p('Zuständig ist das ', link('/rathaus-verwaltung/aemter/standesamt/', 'Standesamt'), '.'),
      h3('Gewerbe, Veranstaltungen, Fundsachen, Parken'),
      p('Zuständig ist das ', link('/rathaus-verwaltung/aemter/ordnungsamt/', 'Ordnungsamt'), '.'),
      h3('Bauen, Straßen, Stadtentwicklung'),
      p(
        'Zuständig ist das ',
        link('/rathaus-verwaltung/aemter/bauamt/', 'Amt für Stadtentwicklung und Bauen'),
        '. Über Bauanträge entscheidet die untere Bauaufsichtsbehörde; die Stadt wird dabei beteiligt und gibt eine Stellungnahme ab.',
      ),
      h3('Steuern und Abgaben'),
      p(
        'Grundsteuer, Gewerbesteuer und Hundesteuer bearbeitet die Kämmerei mit der Steuerabteilung. Zahlungen nimmt die Stadtkasse entgegen.',
      ),
      h3('Kita, Schule, Jugend'),
      p(
        'Für Kita-Plätze, städtische Grundschulen und die offene Jugendarbeit ist das Amt für Bildung, Soziales und Kultur zuständig. Mehr dazu unter ',
        link('/leben-in-aschersleben/familie-kinderbetreuung/', 'Familie und Kinderbetreuung'),
        '.',
      ),
      h2('Nicht Aufgabe der Stadt'),
      p(
        'Manche Leistungen erbringt der Salzlandkreis, etwa die Zulassung von Fahrzeugen, Führerscheine, Sozialhilfe oder die Abfallentsorgung. Welche Behörde zuständig ist, zeigt der Bürger- und Unternehmensservice Sachsen-Anhalt, den wir unter ',
        link('/rathaus-verwaltung/buergerservice/online-dienste/', 'Online-Dienste'),
        ' einbinden.',
      ),
    ],
  },
  {
    slug: 'standesamt',
    title: 'Standesamt',
    organisation: ORG.stadt,
    parent: 'aemter',
    summary:
      'Das Standesamt beurkundet Geburten, Eheschließungen und Sterbefälle, stellt Urkunden aus und traut Paare im Rathaus. Trautermine vergeben wir bis zu sechs Monate im Voraus.',
    seoDescription:
      'Standesamt Aschersleben: Geburt beurkunden, Eheschließung anmelden, Trauung im Rathaus, Sterbefall, Urkunden bestellen.',
    body: [
      p(
        'Das Standesamt begleitet wichtige Ereignisse im Leben: die Geburt eines Kindes, die Hochzeit, den Tod eines Angehörigen. Wir beurkunden diese Ereignisse und stellen Ihnen die Urkunden aus.',
      ),
      h2('Geburt'),
      p(
        'Kommt ein Kind in Aschersleben zur Welt, meldet in der Regel das Krankenhaus die Geburt. Die Eltern reichen die nötigen Unterlagen nach, zum Beispiel Geburts- oder Eheurkunde und Ausweise. Danach erhalten Sie die Geburtsurkunde und Bescheinigungen für Elterngeld und Kindergeld.',
      ),
      h2('Eheschließung'),
      p(
        'Wenn Sie heiraten möchten, melden Sie die Eheschließung bei dem Standesamt an, in dessen Bezirk einer von Ihnen wohnt. Die Trauung selbst kann in jedem Standesamt in Deutschland stattfinden – gern bei uns im historischen Rathaus am Markt.',
      ),
      ul(
        'Anmeldung der Eheschließung: frühestens sechs Monate vor dem Wunschtermin',
        'Trauungen: nach Vereinbarung, auch an ausgewählten Samstagen',
        'Unterlagen: abhängig von Staatsangehörigkeit und Familienstand; wir beraten Sie vorab',
      ),
      h2('Sterbefall'),
      p(
        'Ein Sterbefall muss spätestens am dritten Werktag beim Standesamt angezeigt werden. Meist übernimmt das ein Bestattungsinstitut für die Angehörigen. Wir stellen die Sterbeurkunden aus, die Sie für Versicherungen, Banken und Behörden benötigen.',
      ),
      h2('Urkunden bestellen'),
      p(
        'Urkunden aus unseren Registern können Sie persönlich, schriftlich oder über die ',
        link('/rathaus-verwaltung/buergerservice/online-dienste/', 'Online-Dienste'),
        ' bestellen. Die Gebühr bezahlen Sie bequem online.',
      ),
      h2('Termine'),
      p(
        'Bitte vereinbaren Sie für alle Anliegen einen Termin. Das Standesamt erreichen Sie über die Zentrale des Rathauses: ',
        link(TOWN.phoneHref, TOWN.phone),
        '.',
      ),
    ],
  },
  {
    slug: 'ordnungsamt',
    title: 'Ordnungsamt',
    organisation: ORG.stadt,
    parent: 'aemter',
    summary:
      'Das Ordnungsamt sorgt für Sicherheit und Ordnung: Gewerbeanmeldungen, Genehmigungen für Veranstaltungen und Straßennutzung, Parkraum, Hunde, Fundsachen und Marktwesen.',
    seoDescription:
      'Ordnungsamt Aschersleben: Gewerbe anmelden, Veranstaltung genehmigen lassen, Sondernutzung, Parkausweise, Hundesteuer und Fundbüro.',
    body: [
      p(
        'Das Ordnungsamt kümmert sich darum, dass das Zusammenleben in der Stadt funktioniert. Viele seiner Aufgaben betreffen Gewerbetreibende und Vereine, manche jede Bürgerin und jeden Bürger.',
      ),
      h2('Gewerbe'),
      p(
        'Wer ein Gewerbe beginnt, ummeldet oder aufgibt, zeigt das beim Ordnungsamt an. Das geht auch online. Für bestimmte Tätigkeiten, etwa eine Gaststätte mit Alkoholausschank, brauchen Sie zusätzlich eine Erlaubnis.',
      ),
      h2('Veranstaltungen und Straßennutzung'),
      p(
        'Sie planen ein Straßenfest, einen Flohmarkt oder einen Infostand? Oder Sie brauchen für einen Umzug eine Halteverbotszone? Dann beantragen Sie eine Genehmigung oder Sondernutzungserlaubnis. Bitte stellen Sie Ihren Antrag mindestens zwei Wochen vorher, bei größeren Veranstaltungen deutlich früher.',
      ),
      h2('Parken und Verkehr'),
      ul(
        'Bewohnerparkausweise für die Innenstadt',
        'Überwachung des ruhenden Verkehrs',
        'Ausnahmegenehmigungen, zum Beispiel für Handwerksbetriebe',
      ),
      h2('Hunde'),
      p(
        'Hunde müssen bei der Stadt angemeldet werden. Sie erhalten eine Steuermarke. Für bestimmte Hunde gelten nach Landesrecht besondere Regeln; wir beraten Sie dazu.',
      ),
      h2('Fundbüro'),
      p(
        'Fundsachen geben Sie im ',
        link('/rathaus-verwaltung/buergerservice/', 'Bürgerservice'),
        ' ab. Dort können Sie auch nachfragen, ob Ihr verlorener Gegenstand abgegeben wurde.',
      ),
      h2('Wochenmarkt'),
      p(
        'Das Ordnungsamt organisiert den Wochenmarkt in der Innenstadt und vergibt die Standplätze. Händlerinnen und Händler melden sich bitte mit ihrem Sortiment.',
      ),
    ],
  },
  {
    slug: 'bauamt',
    title: 'Stadtentwicklung und Bauen',
    organisation: ORG.stadt,
    parent: 'aemter',
    summary:
      'Bauleitplanung, Sanierungsgebiete, Straßen und Denkmalschutz: Das Amt für Stadtentwicklung und Bauen plant die Zukunft der Stadt und berät Bauherren.',
    seoDescription:
      'Stadtentwicklung und Bauen in Aschersleben: Bebauungspläne, Sanierungsgebiet Altstadt, Denkmalschutz, Straßenbau und Beratung für Bauherren.',
    body: [
      p(
        'Aschersleben hat sich in den letzten Jahrzehnten stark verändert. Mit der Internationalen Bauausstellung Stadtumbau und der Landesgartenschau 2010 hat die Stadt gezeigt, wie eine schrumpfende Stadt ihre Mitte stärken kann. Diese Arbeit setzt das Amt für Stadtentwicklung und Bauen fort.',
      ),
      h2('Aufgaben'),
      ul(
        'Flächennutzungsplan und Bebauungspläne aufstellen',
        'städtebauliche Sanierung und Förderprogramme begleiten',
        'Straßen, Brücken und Plätze planen und bauen',
        'Denkmalschutz in der Altstadt gemeinsam mit den Fachbehörden',
        'Stellungnahmen der Stadt zu Bauanträgen abgeben',
      ),
      h2('Bauen in der Altstadt'),
      p(
        'Die Altstadt steht in weiten Teilen unter Denkmalschutz, und viele Häuser liegen im Sanierungsgebiet. Wenn Sie dort bauen, sanieren oder eine Fassade ändern möchten, sprechen Sie bitte frühzeitig mit uns. Oft gibt es Fördermöglichkeiten, die nur vor Beginn der Arbeiten beantragt werden können.',
      ),
      h2('Bauleitplanung mitgestalten'),
      p(
        'Bevor ein Bebauungsplan beschlossen wird, liegt er öffentlich aus. Jede und jeder kann Hinweise und Einwände abgeben. Die Auslegungen machen wir im ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        ' bekannt.',
      ),
      h2('Baustellen'),
      p(
        'Aktuelle Straßenbaustellen und Umleitungen veröffentlichen wir unter ',
        link('/aktuelles/', 'Aktuelles'),
        '. Schäden im Straßenraum melden Sie über den ',
        link('/rathaus-verwaltung/buergerservice/maengelmelder/', 'Mängelmelder'),
        '.',
      ),
      h2('Für Unternehmen'),
      p(
        'Wer eine Gewerbefläche sucht, findet Angebote unter ',
        link('/wirtschaft/gewerbeflaechen/', 'Gewerbeflächen'),
        '.',
      ),
    ],
  },
  {
    slug: 'stellenangebote',
    title: 'Stellenangebote',
    organisation: ORG.stadt,
    parent: 'rathaus-verwaltung',
    summary:
      'Die Stadt Aschersleben sucht Menschen, die ihre Stadt mitgestalten: in der Verwaltung, in Kitas, im Bauwirtschaftshof und bei der Feuerwehr. Hier finden Sie offene Stellen und Ausbildungsplätze.',
    seoDescription:
      'Jobs bei der Stadt Aschersleben: offene Stellen, Ausbildung und duales Studium in der Verwaltung, Bewerbung und was wir bieten.',
    body: [
      p(
        'Die Stadtverwaltung Aschersleben ist einer der großen Arbeitgeber in der Region. Wir arbeiten für die Menschen, die hier leben – in der Verwaltung, in Kindertagesstätten, in der Kultur und in technischen Berufen.',
      ),
      h2('Was wir bieten'),
      ul(
        'einen sicheren Arbeitsplatz im öffentlichen Dienst mit Bezahlung nach Tarifvertrag',
        'flexible Arbeitszeiten und Teilzeitmodelle',
        'Fortbildungen und Entwicklungsmöglichkeiten',
        'betriebliche Altersvorsorge',
        'sinnvolle Arbeit mit direktem Bezug zu Ihrer Stadt',
      ),
      h2('Ausbildung und Studium'),
      p(
        'Jedes Jahr bilden wir junge Menschen aus, zum Beispiel als Verwaltungsfachangestellte. Wir begleiten auch Studierende im dualen Studium der öffentlichen Verwaltung. Die Bewerbungsfrist für das folgende Ausbildungsjahr endet in der Regel im Herbst.',
      ),
      h2('Aktuelle Ausschreibungen'),
      p(
        'Offene Stellen veröffentlichen wir unter ',
        link('/aktuelles/', 'Aktuelles'),
        ' und im ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        '. Jede Ausschreibung nennt Aufgaben, Anforderungen, Bewerbungsfrist und eine Ansprechperson.',
      ),
      h2('So bewerben Sie sich'),
      p(
        'Bitte senden Sie Ihre Bewerbung mit Anschreiben, Lebenslauf und Zeugnissen als eine PDF-Datei per E-Mail an das Personalamt. Geben Sie die Kennziffer der Ausschreibung an. Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt. Wir begrüßen Bewerbungen aller Menschen unabhängig von Geschlecht, Herkunft, Religion, Alter oder sexueller Identität.',
      ),
      h2('Auch bei unseren Unternehmen'),
      p(
        'Stellen bei den städtischen Gesellschaften und Eigenbetrieben finden Sie auf deren Websites. Eine Übersicht steht unter ',
        link('/wirtschaft/staedtische-unternehmen/', 'Städtische Unternehmen'),
        '. Wer sich ehrenamtlich engagieren möchte, ist bei der ',
        link('/leben-in-aschersleben/feuerwehr/mitmachen/', 'Freiwilligen Feuerwehr'),
        ' willkommen.',
      ),
    ],
  },
  {
    slug: 'amtsblatt',
    title: 'Amtsblatt',
    organisation: ORG.stadt,
    parent: 'rathaus-verwaltung',
    summary:
      'Im Amtsblatt macht die Stadt Satzungen, Beschlüsse, Sitzungstermine und öffentliche Auslegungen bekannt. Es erscheint in nummerierten Ausgaben – gedruckt und hier online.',
    seoDescription:
      'Amtsblatt der Stadt Aschersleben: amtliche Bekanntmachungen, Satzungen, Sitzungstermine. Ausgaben online lesen und kostenlos erhalten.',
    body: [
      p(
        'Das Amtsblatt ist das offizielle Bekanntmachungsorgan der Stadt Aschersleben. Was hier veröffentlicht ist, gilt als amtlich bekannt gemacht. Jede Ausgabe trägt eine fortlaufende Nummer und das Erscheinungsdatum.',
      ),
      h2('Was im Amtsblatt steht'),
      ul(
        'Satzungen und Verordnungen der Stadt',
        'Beschlüsse des Stadtrates, soweit sie bekannt zu machen sind',
        'Einladungen zu Sitzungen des Stadtrates, der Ausschüsse und der Ortschaftsräte',
        'öffentliche Auslegungen, etwa von Bebauungsplänen',
        'Haushaltssatzung und Jahresabschlüsse',
        'Stellenausschreibungen der Stadt',
      ),
      h2('Wo Sie das Amtsblatt erhalten'),
      p(
        'Die aktuelle und alle früheren Ausgaben stehen unter ',
        link('/amtsblatt/', 'Amtsblatt: alle Ausgaben'),
        ' als barrierearme PDF-Dateien zum Download bereit, nach Jahren geordnet. Bekanntmachungen, die gerade aushängen – etwa Auslegungen von Bebauungsplänen oder Einladungen zu Sitzungen –, finden Sie zusätzlich unter ',
        link('/bekanntmachungen/', 'Öffentliche Bekanntmachungen'),
        '.',
      ),
      p(
        'Gedruckte Exemplare liegen kostenlos im ',
        link('/rathaus-verwaltung/buergerservice/', 'Bürgerservice'),
        ' und in öffentlichen Einrichtungen der Stadt aus.',
      ),
      p(
        'Erscheint eine neue Ausgabe, melden wir das unter ',
        link('/aktuelles/', 'Aktuelles'),
        ' und auf unseren Social-Media-Kanälen.',
      ),
      h2('Ältere Ausgaben'),
      p(
        'Ausgaben aus früheren Jahren sind nicht in allen Fällen barrierefrei. Wenn Sie eine Ausgabe in zugänglicher Form benötigen, schicken wir Ihnen den Text gern in einem anderen Format. Schreiben Sie an ',
        link(TOWN.emailHref, TOWN.email),
        '.',
      ),
      h2('Weitere Veröffentlichungen'),
      p(
        'Stadtplan, Bürgerinformation und Stadtführer finden Sie unter ',
        link('/rathaus-verwaltung/stadtplan-und-broschueren/', 'Stadtplan und Broschüren'),
        '.',
      ),
    ],
  },
  {
    slug: 'stadtplan-und-broschueren',
    title: 'Stadtplan und Broschüren',
    organisation: ORG.stadt,
    parent: 'rathaus-verwaltung',
    summary:
      'Stadtplan, Bürgerinformation und Stadtführer: Die gedruckten Informationen der Stadt gibt es kostenlos im Rathaus und hier zum Herunterladen.',
    seoDescription:
      'Stadtplan Aschersleben, Bürgerinformation und Stadtführer: kostenlos im Rathaus erhältlich und online zum Herunterladen.',
    body: [
      p(
        'Neben dem ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        ' gibt die Stadt Aschersleben mehrere Druckschriften heraus. Sie helfen Neubürgerinnen und Neubürgern beim Ankommen und Gästen bei der Entdeckung der Stadt.',
      ),
      h2('Bürgerinformation'),
      p(
        'Die Bürgerinformation ist ein Nachschlagewerk für alle, die in Aschersleben leben. Sie enthält Ansprechpartner der Verwaltung, wichtige Telefonnummern, Schulen und Kitas, Ärztinnen und Ärzte, Vereine und vieles mehr. Neu zugezogene Menschen erhalten sie bei der Anmeldung im Bürgerservice.',
      ),
      h2('Stadtplan'),
      p(
        'Der Stadtplan zeigt die Kernstadt und die Ortschaften mit Straßenverzeichnis, öffentlichen Einrichtungen, Parkplätzen und Haltestellen. Eine Detailkarte der Altstadt führt zu den Sehenswürdigkeiten.',
      ),
      h2('Stadtführer'),
      p(
        'Die Stadtführer laden zu Rundgängen ein, zum Beispiel entlang der ',
        link('/tourismus-kultur/stadtbefestigung/', 'Stadtbefestigung'),
        ' oder zu den ',
        link('/tourismus-kultur/sehenswuerdigkeiten/', 'Sehenswürdigkeiten'),
        ' der Altstadt. Für Gruppen bieten wir auch ',
        link('/tourismus-kultur/stadtfuehrungen/', 'Stadtführungen'),
        ' an.',
      ),
      h2('Online ansehen und herunterladen'),
      p(
        'Alle Druckschriften stehen als PDF unter ',
        link('/publikationen/', 'Publikationen und Broschüren'),
        ' bereit, nach Art und Jahr geordnet. Den Stadtplan gibt es auch online: Der ',
        link('/orte/', 'Stadtplan'),
        ' zeigt alle Sehenswürdigkeiten, Parks, Parkplätze, Toiletten und Ämter mit Anschrift.',
      ),
      h2('So erhalten Sie die Druckschriften'),
      ul(
        'kostenlos im Bürgerservice im Rathaus',
        'als PDF zum Herunterladen auf dieser Seite',
        'auf Wunsch per Post: schreiben Sie uns eine E-Mail',
      ),
      p(
        'Die PDF-Dateien erstellen wir so barrierearm wie möglich. Wenn Sie eine andere Form benötigen, melden Sie sich bitte unter ',
        link(TOWN.emailHref, TOWN.email),
        '.',
      ),
    ],
  },
];
