import { b, h2, link, ol, p, ul } from '../blocks';
import type { SeedAmtsblattIssue, SeedNotice } from '../notices';
import { TOWN } from './contact';
import { ORG } from './ids';

/*
 * The Amtsblatt (monthly, on the third Friday; Nr. 10/2025 to Nr. 11/2026) and the public
 * notices of 2025 and 2026. The demo's „today“ is 25 November 2026: some notices are still
 * posted, some have expired, one expires on that very day. Names of plans, streets and
 * tenders are demo data.
 */

export const amtsblatt: SeedAmtsblattIssue[] = [
  {
    number: 10,
    date: '2025-10-17',
    organisation: ORG.stadt,
    contents: [
      'Bekanntmachung der Sitzungstermine des Stadtrates und seiner Ausschüsse im November 2025',
      'Satzung über die Benutzung der Sporthallen der Stadt Aschersleben',
      'Jahresabschluss 2024 des Eigenbetriebes Bauwirtschaftshof',
      'Bekanntmachung über die Durchführung der Herbstlaubsammlung',
    ],
  },
  {
    number: 11,
    date: '2025-11-21',
    organisation: ORG.stadt,
    contents: [
      'Frühzeitige Beteiligung der Öffentlichkeit zum Bebauungsplan Nr. 63 „Gewerbegebiet Güstener Straße Ost“',
      'Allgemeinverfügung zum Weihnachtsmarkt 2025: Sperrung von Markt, Holzmarkt und Taubenstraße',
      'Einladung zur Sitzung des Stadtrates am 10. Dezember 2025',
      'Bekanntmachung der Ortschaftsratssitzungen im Dezember 2025',
      'Öffnungszeiten der Stadtverwaltung zwischen Weihnachten und Neujahr',
    ],
  },
  {
    number: 12,
    date: '2025-12-19',
    organisation: ORG.stadt,
    contents: [
      'Zweite Satzung zur Änderung der Friedhofsgebührensatzung der Stadt Aschersleben',
      'Beschlüsse des Stadtrates aus der Sitzung vom 10. Dezember 2025',
      'Termine der Abfuhr von Weihnachtsbäumen im Januar 2026',
    ],
  },
  {
    number: 1,
    date: '2026-01-16',
    organisation: ORG.stadt,
    contents: [
      'Sitzungskalender 2026 des Stadtrates, der Ausschüsse und der Ortschaftsräte',
      'Bekanntmachung der Hundesteuermarken 2026',
      'Öffentliche Ausschreibung: Pflege der Grünanlagen an der Promenade 2026 bis 2028',
      'Bekanntmachung über die Erhebung der Grundsteuer 2026 durch öffentliche Festsetzung',
    ],
  },
  {
    number: 2,
    date: '2026-02-20',
    organisation: ORG.stadt,
    contents: [
      'Beschlüsse des Stadtrates aus der Sitzung vom 11. Februar 2026',
      'Bekanntmachung des Entwurfs der Haushaltssatzung 2026 und Einwendungsfrist',
      'Einladung zur Einwohnerversammlung im Ortsteil Westdorf',
      'Satzung zur Änderung der Straßenreinigungssatzung',
    ],
  },
  {
    number: 3,
    date: '2026-03-20',
    organisation: ORG.stadt,
    contents: [
      'Haushaltssatzung der Stadt Aschersleben für das Haushaltsjahr 2026',
      'Genehmigung der Haushaltssatzung 2026 durch die Kommunalaufsicht des Salzlandkreises',
      'Bekanntmachung über die öffentliche Auslegung des Haushaltsplans 2026',
      'Frühjahrsputz 2026: Aufruf an Vereine, Schulen und Nachbarschaften',
    ],
  },
  {
    number: 4,
    date: '2026-04-17',
    organisation: ORG.stadt,
    contents: [
      'Beschlüsse des Stadtrates aus der Sitzung vom 8. April 2026',
      'Bebauungsplan Nr. 63 „Gewerbegebiet Güstener Straße Ost“: Bekanntmachung des Satzungsbeschlusses',
      'Allgemeinverfügung zur Sperrung der Straße Über den Steinen wegen Kanalbauarbeiten',
      'Sitzungstermine im Mai 2026',
    ],
  },
  {
    number: 5,
    date: '2026-05-15',
    organisation: ORG.stadt,
    contents: [
      'Öffentliche Ausschreibung: Verkauf eines städtischen Baugrundstücks in Mehringen',
      'Allgemeinverfügung zum Gildefest 2026 auf dem Holzmarkt',
      'Jahresabschluss 2025 des Eigenbetriebes Abwasserentsorgung',
      'Bekanntmachung der Ortschaftsratssitzungen im Juni 2026',
      'Aufruf zur Bewerbung als Schöffin oder Schöffe',
    ],
  },
  {
    number: 6,
    date: '2026-06-19',
    organisation: ORG.stadt,
    contents: [
      'Beschlüsse des Stadtrates aus der Sitzung vom 10. Juni 2026',
      'Landtagswahl am 6. September 2026: Aufruf zur Mitarbeit in den Wahlvorständen',
      'Satzung über die Erhebung von Kostenbeiträgen für die Kindertagesbetreuung',
    ],
  },
  {
    number: 7,
    date: '2026-07-17',
    organisation: ORG.stadt,
    contents: [
      'Bekanntmachung der Sitzungstermine in der Sommerpause',
      'Landtagswahl 2026: Bildung der Wahlbezirke in der Stadt Aschersleben',
      'Öffentliche Zustellung nach dem Verwaltungszustellungsgesetz (zwei Fälle)',
      'Ferienangebote der Stadtbibliothek und der Kreativwerkstatt',
    ],
  },
  {
    number: 8,
    date: '2026-08-21',
    organisation: ORG.stadt,
    contents: [
      'Wahlbekanntmachung zur Landtagswahl am 6. September 2026',
      'Bekanntmachung über das Recht auf Einsicht in das Wählerverzeichnis',
      'Beschlüsse des Hauptausschusses vom 12. August 2026',
      'Sitzungstermine im September 2026',
    ],
  },
  {
    number: 9,
    date: '2026-09-18',
    organisation: ORG.stadt,
    contents: [
      'Bekanntmachung des endgültigen Wahlergebnisses der Landtagswahl in der Stadt Aschersleben',
      'Beschlüsse des Stadtrates aus der Sitzung vom 9. September 2026',
      'Bebauungsplan Nr. 64 „Wohngebiet Westdorfer Weg“: Aufstellungsbeschluss',
      'Tag des offenen Denkmals: Führungen an der Stadtmauer',
    ],
  },
  {
    number: 10,
    date: '2026-10-16',
    organisation: ORG.stadt,
    contents: [
      'Widmung der Gemeindestraße „Am Gänsefeld“ im Ortsteil Wilsleben',
      'Beschlüsse des Stadtrates aus der Sitzung vom 7. Oktober 2026',
      'Bekanntmachung der Ortschaftsratssitzungen im November 2026',
      'Herbstlaubsammlung 2026: Termine nach Stadtteilen',
      'Satzung zur Änderung der Hauptsatzung der Stadt Aschersleben',
    ],
  },
  {
    number: 11,
    date: '2026-11-20',
    organisation: ORG.stadt,
    contents: [
      'Bebauungsplan Nr. 64 „Wohngebiet Westdorfer Weg“: öffentliche Auslegung des Entwurfs',
      'Allgemeinverfügung zum Weihnachtsmarkt 2026: Sperrung von Markt, Holzmarkt und Taubenstraße',
      'Einladung zur Sitzung des Stadtrates am 3. Dezember 2026',
      'Öffentliche Ausschreibung: Erneuerung der Straßenbeleuchtung in der Herrenbreite',
      'Öffnungszeiten der Stadtverwaltung zwischen Weihnachten und Neujahr',
    ],
  },
];

const RATHAUS = `${TOWN.name}, ${TOWN.street}, ${TOWN.postalCode} ${TOWN.city}`;

export const notices: SeedNotice[] = [
  // ── current on 25 November 2026 ──
  {
    slug: 'bebauungsplan-64-wohngebiet-westdorfer-weg-auslegung',
    title: 'Öffentliche Auslegung des Entwurfs zum Bebauungsplan Nr. 64 „Wohngebiet Westdorfer Weg“',
    organisation: ORG.stadt,
    category: 'bauleitplanung',
    publishedOn: '2026-11-13',
    expiresOn: '2026-12-18',
    summary:
      'Der Entwurf des Bebauungsplans Nr. 64 mit Begründung und Umweltbericht liegt vom 16. November bis 18. Dezember 2026 aus. Bis dahin kann jede und jeder eine Stellungnahme abgeben.',
    body: [
      p(
        'Der Stadtrat der Stadt Aschersleben hat in seiner Sitzung am 7. Oktober 2026 den Entwurf des Bebauungsplans Nr. 64 „Wohngebiet Westdorfer Weg“ gebilligt und seine öffentliche Auslegung nach § 3 Absatz 2 Baugesetzbuch beschlossen.',
      ),
      h2('Ziel der Planung'),
      p(
        'Auf einer bisher landwirtschaftlich genutzten Fläche von rund 3,8 Hektar am Westdorfer Weg sollen etwa 40 Baugrundstücke für Einfamilien- und Doppelhäuser entstehen. Der Plan sichert außerdem einen Grünzug entlang des Grabens und einen Spielplatz.',
      ),
      h2('Wo und wann Sie den Entwurf einsehen können'),
      ul(
        ['Im Internet: die Unterlagen als PDF-Datei unten auf dieser Seite.'],
        ['Im Rathaus: ', b('16. November bis 18. Dezember 2026'), ', Fachbereich Bauen, Zimmer 2.14, während der Öffnungszeiten der Stadtverwaltung.'],
      ),
      h2('Stellungnahmen'),
      p(
        'Stellungnahmen können Sie während der Auslegungsfrist schriftlich an die ',
        `${RATHAUS}, `,
        'per E-Mail an ',
        link(TOWN.emailHref, TOWN.email),
        ' oder zur Niederschrift im Rathaus abgeben. Nicht fristgerecht abgegebene Stellungnahmen können bei der Beschlussfassung über den Bebauungsplan unberücksichtigt bleiben.',
      ),
    ],
    attachment: {
      name: 'Bebauungsplan-64-Entwurf-Auslegung.pdf',
      sections: [
        {
          heading: 'Bekanntmachung',
          items: [
            'Der Entwurf des Bebauungsplans Nr. 64 „Wohngebiet Westdorfer Weg“ mit Begründung und Umweltbericht liegt vom 16. November bis 18. Dezember 2026 im Rathaus aus (Fachbereich Bauen, Zimmer 2.14).',
            'Während dieser Frist kann jede Person eine Stellungnahme abgeben: schriftlich, per E-Mail an stadt@aschersleben.de oder zur Niederschrift.',
          ],
        },
        {
          heading: 'Geltungsbereich',
          items: [
            'Flur 12 der Gemarkung Aschersleben, nördlich des Westdorfer Wegs zwischen dem Graben am Feldrand und der Bebauung der Straße Am Wasserturm; rund 3,8 Hektar.',
          ],
        },
        {
          heading: 'Verfügbare umweltbezogene Informationen',
          items: ['Umweltbericht mit Eingriffs- und Ausgleichsbilanz', 'Artenschutzrechtlicher Fachbeitrag (Feldlerche, Zauneidechse)', 'Schalltechnische Untersuchung zum Westdorfer Weg'],
          bulleted: true,
        },
      ],
    },
  },
  {
    slug: 'sitzung-stadtrat-2026-12-03',
    title: 'Sitzung des Stadtrates am 3. Dezember 2026',
    organisation: ORG.stadt,
    category: 'sitzung',
    publishedOn: '2026-11-24',
    expiresOn: '2026-12-03',
    summary:
      'Der Stadtrat tagt am Donnerstag, 3. Dezember 2026, um 17:00 Uhr im Ratssaal des Rathauses. Auf der Tagesordnung stehen unter anderem der Entwurf des Haushalts 2027 und die Straßenbeleuchtung in der Herrenbreite.',
    body: [
      p(
        'Die 28. Sitzung des Stadtrates der Stadt Aschersleben findet am ',
        b('Donnerstag, 3. Dezember 2026, um 17:00 Uhr'),
        ' im Ratssaal des Rathauses, Markt 1, statt. Der Ratssaal ist über den Aufzug stufenlos erreichbar.',
      ),
      h2('Tagesordnung, öffentlicher Teil'),
      ol(
        'Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit',
        'Einwohnerfragestunde',
        'Bericht des Oberbürgermeisters',
        'Einbringung des Entwurfs der Haushaltssatzung 2027',
        'Satzung zur Änderung der Gebührensatzung für die Straßenreinigung',
        'Vergabe der Erneuerung der Straßenbeleuchtung in der Herrenbreite',
        'Anfragen und Anregungen der Stadträtinnen und Stadträte',
      ),
      p('Im Anschluss folgt ein nichtöffentlicher Teil. Die Sitzungsunterlagen stehen im Ratsinformationssystem bereit; gedruckte Exemplare liegen im Bürgerservice aus.'),
    ],
  },
  {
    slug: 'sitzung-ortschaftsrat-winningen-2026-12-01',
    title: 'Sitzung des Ortschaftsrates Winningen am 1. Dezember 2026',
    organisation: ORG.stadt,
    category: 'sitzung',
    publishedOn: '2026-11-20',
    expiresOn: '2026-12-01',
    summary: 'Der Ortschaftsrat Winningen tagt am Dienstag, 1. Dezember 2026, um 18:30 Uhr im Dorfgemeinschaftshaus. Themen sind unter anderem der Haushalt 2027 und die Adventsfeier.',
    body: [
      p('Der Ortschaftsrat Winningen lädt zu seiner öffentlichen Sitzung am ', b('Dienstag, 1. Dezember 2026, um 18:30 Uhr'), ' in das Dorfgemeinschaftshaus Winningen ein.'),
      h2('Tagesordnung, öffentlicher Teil'),
      ol(
        'Eröffnung und Feststellung der Beschlussfähigkeit',
        'Einwohnerfragestunde',
        'Anhörung zum Entwurf der Haushaltssatzung 2027, soweit sie die Ortschaft betrifft',
        'Verwendung der Mittel für Ortschaftsaufgaben 2027',
        'Vorbereitung der Adventsfeier am Dorfteich',
        'Informationen der Ortsbürgermeisterin',
      ),
    ],
  },
  {
    slug: 'allgemeinverfuegung-weihnachtsmarkt-2026',
    title: 'Allgemeinverfügung zum Weihnachtsmarkt 2026: Sperrung von Markt, Holzmarkt und Taubenstraße',
    organisation: ORG.stadt,
    category: 'allgemeinverfuegung',
    publishedOn: '2026-11-18',
    expiresOn: '2026-12-23',
    summary:
      'Während des Weihnachtsmarktes vom 27. November bis 22. Dezember 2026 sind Markt, Holzmarkt und Taubenstraße für Fahrzeuge gesperrt. Anlieferung ist morgens bis 10:00 Uhr möglich.',
    body: [
      p(
        'Auf Grundlage der Straßenverkehrs-Ordnung erlässt die Stadt Aschersleben als untere Straßenverkehrsbehörde folgende Allgemeinverfügung:',
      ),
      ol(
        ['Vom ', b('27. November 2026, 6:00 Uhr, bis 22. Dezember 2026, 24:00 Uhr'), ' sind der Markt, der Holzmarkt und die Taubenstraße zwischen Markt und Hoher Straße für den Fahrzeugverkehr gesperrt.'],
        'Lieferverkehr ist täglich von 6:00 bis 10:00 Uhr zugelassen.',
        'Rettungsfahrzeuge, Fahrzeuge der Feuerwehr und der Polizei sind von der Sperrung ausgenommen.',
        'Die Umleitung ist ausgeschildert; die Stadtbuslinien halten an der Ersatzhaltestelle Breite Straße.',
      ),
      p(
        'Die Allgemeinverfügung gilt am Tag nach ihrer Bekanntmachung als bekannt gegeben. Der vollständige Text mit Begründung und Rechtsbehelfsbelehrung steht in der PDF-Datei auf dieser Seite.',
      ),
    ],
    attachment: {
      name: 'Allgemeinverfuegung-Weihnachtsmarkt-2026.pdf',
      sections: [
        {
          heading: 'Verfügung',
          items: [
            'Vom 27. November 2026, 6:00 Uhr, bis 22. Dezember 2026, 24:00 Uhr sind der Markt, der Holzmarkt und die Taubenstraße zwischen Markt und Hoher Straße für den Fahrzeugverkehr gesperrt.',
            'Lieferverkehr ist täglich von 6:00 bis 10:00 Uhr zugelassen. Rettungsfahrzeuge, Feuerwehr und Polizei sind ausgenommen.',
          ],
        },
        {
          heading: 'Begründung',
          items: [
            'Der Weihnachtsmarkt zieht täglich mehrere tausend Besucherinnen und Besucher in die Innenstadt. Die Sperrung schützt sie vor dem Fahrzeugverkehr und hält die Rettungswege frei.',
          ],
        },
        {
          heading: 'Rechtsbehelfsbelehrung',
          items: [
            'Gegen diese Allgemeinverfügung kann innerhalb eines Monats nach ihrer Bekanntgabe Widerspruch erhoben werden, schriftlich oder zur Niederschrift bei der Stadt Aschersleben, Markt 1, 06449 Aschersleben.',
          ],
        },
      ],
    },
  },
  {
    slug: 'haushaltssatzung-2026',
    title: 'Haushaltssatzung der Stadt Aschersleben für das Haushaltsjahr 2026',
    organisation: ORG.stadt,
    category: 'satzung',
    publishedOn: '2026-03-20',
    summary:
      'Der Stadtrat hat die Haushaltssatzung 2026 am 11. Februar 2026 beschlossen; die Kommunalaufsicht hat sie genehmigt. Der Haushaltsplan liegt zur Einsicht im Rathaus aus.',
    body: [
      p(
        'Aufgrund des Kommunalverfassungsgesetzes des Landes Sachsen-Anhalt hat der Stadtrat der Stadt Aschersleben in seiner Sitzung am 11. Februar 2026 die Haushaltssatzung für das Haushaltsjahr 2026 beschlossen. Die Kommunalaufsicht des Salzlandkreises hat die genehmigungspflichtigen Teile genehmigt.',
      ),
      h2('Die wichtigsten Festsetzungen'),
      ul(
        'Hebesatz der Grundsteuer A: 350 Prozent',
        'Hebesatz der Grundsteuer B: 450 Prozent',
        'Hebesatz der Gewerbesteuer: 400 Prozent',
        'Kredite für Investitionen werden nicht aufgenommen.',
      ),
      p(
        'Der Haushaltsplan liegt bis zur Entlastung des Oberbürgermeisters für das Haushaltsjahr 2026 im Rathaus, Fachbereich Finanzen, zur Einsicht aus. Die Satzung im Wortlaut finden Sie in der PDF-Datei auf dieser Seite.',
      ),
    ],
    attachment: {
      name: 'Haushaltssatzung-2026.pdf',
      sections: [
        {
          heading: '§ 1 Ergebnis- und Finanzplan',
          items: ['Der Haushaltsplan für das Haushaltsjahr 2026 wird im Ergebnisplan und im Finanzplan mit den im Haushaltsplan ausgewiesenen Beträgen festgesetzt.'],
        },
        {
          heading: '§ 2 Kredite',
          items: ['Kredite für Investitionen und Investitionsförderungsmaßnahmen werden nicht veranschlagt.'],
        },
        {
          heading: '§ 3 Steuersätze',
          items: ['Grundsteuer für land- und forstwirtschaftliche Betriebe (Grundsteuer A): 350 v. H.', 'Grundsteuer für die Grundstücke (Grundsteuer B): 450 v. H.', 'Gewerbesteuer: 400 v. H.'],
          bulleted: true,
        },
        {
          heading: '§ 4 Inkrafttreten',
          items: ['Diese Satzung tritt mit Wirkung vom 1. Januar 2026 in Kraft.'],
        },
      ],
    },
  },
  {
    slug: 'ausschreibung-strassenbeleuchtung-herrenbreite',
    title: 'Öffentliche Ausschreibung: Erneuerung der Straßenbeleuchtung in der Herrenbreite',
    organisation: ORG.stadt,
    category: 'ausschreibung',
    publishedOn: '2026-11-06',
    expiresOn: '2026-12-10',
    summary:
      'Die Stadt schreibt den Austausch von 86 Leuchten gegen LED-Leuchten samt Masten und Kabeln in der Herrenbreite öffentlich aus. Angebote bis 10. Dezember 2026, 10:00 Uhr.',
    body: [
      p('Die Stadt Aschersleben schreibt nach der Vergabe- und Vertragsordnung für Bauleistungen (VOB/A) öffentlich aus:'),
      ul(
        'Leistung: Demontage von 86 Leuchten, Lieferung und Montage von LED-Leuchten, Erneuerung von 24 Masten und rund 1.100 Metern Kabel',
        'Ort: Herrenbreite und angrenzende Wege, 06449 Aschersleben',
        'Ausführung: März bis Juni 2027',
        ['Angebotsfrist: ', b('10. Dezember 2026, 10:00 Uhr')],
      ),
      p(
        'Die Vergabeunterlagen erhalten Sie elektronisch über die Vergabeplattform des Landes Sachsen-Anhalt. Angebote sind ausschließlich elektronisch abzugeben. Fragen zum Verfahren beantwortet die Zentrale Vergabestelle im Rathaus, E-Mail ',
        link(TOWN.emailHref, TOWN.email),
        '.',
      ),
    ],
  },
  {
    slug: 'oeffentliche-zustellung-2026-11',
    title: 'Öffentliche Zustellung eines Bescheides des Ordnungsamtes',
    organisation: ORG.stadt,
    category: 'sonstiges',
    publishedOn: '2026-11-11',
    expiresOn: '2026-11-25',
    summary: 'Ein Bescheid des Ordnungsamtes konnte nicht zugestellt werden, weil der Aufenthalt des Empfängers unbekannt ist. Er wird öffentlich zugestellt und kann im Rathaus abgeholt werden.',
    body: [
      p(
        'Nach § 10 Verwaltungszustellungsgesetz in Verbindung mit dem Verwaltungszustellungsgesetz des Landes Sachsen-Anhalt wird folgendes Schriftstück öffentlich zugestellt:',
      ),
      ul('Bescheid des Ordnungsamtes vom 28. Oktober 2026, Aktenzeichen 32.1-0815/26', 'Empfänger: Herr M. K., letzte bekannte Anschrift in Aschersleben'),
      p(
        'Der Bescheid kann im Rathaus, Markt 1, Ordnungsamt, Zimmer 1.08, während der Öffnungszeiten eingesehen und abgeholt werden. Das Schriftstück gilt als zugestellt, wenn seit dem Tag des Aushangs zwei Wochen vergangen sind. Durch die Zustellung können Fristen in Gang gesetzt werden, nach deren Ablauf Rechtsverluste drohen.',
      ),
    ],
  },
  {
    slug: 'friedhofsgebuehrensatzung-aenderung-2',
    title: 'Zweite Satzung zur Änderung der Friedhofsgebührensatzung der Stadt Aschersleben',
    organisation: ORG.stadt,
    category: 'satzung',
    publishedOn: '2025-12-19',
    summary: 'Der Stadtrat hat am 10. Dezember 2025 neue Gebühren für die städtischen Friedhöfe beschlossen. Sie gelten seit dem 1. Januar 2026.',
    body: [
      p(
        'Der Stadtrat der Stadt Aschersleben hat in seiner Sitzung am 10. Dezember 2025 die Zweite Satzung zur Änderung der Friedhofsgebührensatzung beschlossen. Sie tritt am 1. Januar 2026 in Kraft.',
      ),
      h2('Was sich ändert'),
      ul(
        'Die Gebühren für Urnengemeinschaftsanlagen und Rasengräber werden an die Kosten der Pflege angepasst.',
        'Neu ist eine Gebühr für Baumbestattungen auf dem Friedhof an der Hoymer Chaussee.',
        'Die Gebühren für die Nutzung der Trauerhalle bleiben unverändert.',
      ),
      p('Den Wortlaut der Satzung mit dem vollständigen Gebührenverzeichnis finden Sie in der PDF-Datei auf dieser Seite.'),
    ],
    attachment: {
      name: 'Friedhofsgebuehrensatzung-2-Aenderung.pdf',
      sections: [
        {
          heading: 'Artikel 1',
          items: ['Das Gebührenverzeichnis zur Friedhofsgebührensatzung wird wie folgt geändert:'],
        },
        {
          items: ['Urnengemeinschaftsanlage, Nutzungszeit 20 Jahre: 1.180,00 €', 'Rasengrab, Nutzungszeit 25 Jahre: 1.640,00 €', 'Baumbestattung, Nutzungszeit 20 Jahre: 1.350,00 € (neu)'],
          bulleted: true,
        },
        {
          heading: 'Artikel 2 Inkrafttreten',
          items: ['Diese Satzung tritt am 1. Januar 2026 in Kraft.'],
        },
      ],
    },
  },

  // ── expired by 25 November 2026 ──
  {
    slug: 'sitzung-bau-und-vergabeausschuss-2026-11-12',
    title: 'Sitzung des Bau- und Vergabeausschusses am 12. November 2026',
    organisation: ORG.stadt,
    category: 'sitzung',
    publishedOn: '2026-11-04',
    expiresOn: '2026-11-12',
    summary: 'Der Bau- und Vergabeausschuss tagte am Donnerstag, 12. November 2026, um 17:00 Uhr im Ratssaal, unter anderem zur Straßenbeleuchtung in der Herrenbreite.',
    body: [
      p('Der Bau- und Vergabeausschuss tagt am ', b('Donnerstag, 12. November 2026, um 17:00 Uhr'), ' im Ratssaal des Rathauses.'),
      h2('Tagesordnung, öffentlicher Teil'),
      ol(
        'Eröffnung und Feststellung der Beschlussfähigkeit',
        'Einwohnerfragestunde',
        'Bebauungsplan Nr. 64 „Wohngebiet Westdorfer Weg“: Sachstand',
        'Erneuerung der Straßenbeleuchtung in der Herrenbreite: Ausschreibung',
        'Sanierung der Stadtmauer am Johannisturm, zweiter Bauabschnitt',
      ),
    ],
  },
  {
    slug: 'widmung-gemeindestrasse-am-gaensefeld-wilsleben',
    title: 'Widmung der Gemeindestraße „Am Gänsefeld“ im Ortsteil Wilsleben',
    organisation: ORG.stadt,
    category: 'sonstiges',
    publishedOn: '2026-10-16',
    expiresOn: '2026-11-16',
    summary: 'Die neu gebaute Straße „Am Gänsefeld“ in Wilsleben wird als Gemeindestraße dem öffentlichen Verkehr gewidmet. Die Widmung wird mit der Bekanntmachung wirksam.',
    body: [
      p(
        'Nach § 6 des Straßengesetzes für das Land Sachsen-Anhalt widmet die Stadt Aschersleben die Straße „Am Gänsefeld“ im Ortsteil Wilsleben (Gemarkung Wilsleben, Flur 3, Flurstücke 211 und 214) als Gemeindestraße für den öffentlichen Verkehr.',
      ),
      ul('Länge: rund 240 Meter, von der Hauptstraße bis zum Wendehammer', 'Beschränkungen: keine', 'Träger der Straßenbaulast: Stadt Aschersleben'),
      p(
        'Gegen die Widmung kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Aschersleben, Markt 1, 06449 Aschersleben, erhoben werden.',
      ),
    ],
  },
  {
    slug: 'wahlbekanntmachung-landtagswahl-2026',
    title: 'Wahlbekanntmachung zur Landtagswahl am 6. September 2026',
    organisation: ORG.stadt,
    category: 'wahl',
    publishedOn: '2026-08-21',
    expiresOn: '2026-09-06',
    summary: 'Am Sonntag, 6. September 2026, wird der Landtag von Sachsen-Anhalt gewählt. Die Wahllokale sind von 8:00 bis 18:00 Uhr geöffnet; das Wahllokal steht auf Ihrer Wahlbenachrichtigung.',
    body: [
      p('Am ', b('Sonntag, 6. September 2026'), ', findet die Wahl zum Landtag von Sachsen-Anhalt statt. Die Wahl dauert von 8:00 bis 18:00 Uhr.'),
      ul(
        'Die Stadt Aschersleben ist in 24 allgemeine Wahlbezirke und 4 Briefwahlbezirke eingeteilt.',
        'In der Wahlbenachrichtigung, die Sie bis zum 16. August 2026 erhalten haben, sind Wahlbezirk und Wahlraum angegeben.',
        'Alle Wahlräume bis auf zwei sind stufenlos erreichbar; welche, steht auf der Wahlbenachrichtigung.',
        'Jede Wählerin und jeder Wähler hat zwei Stimmen: eine Erststimme für eine Person im Wahlkreis und eine Zweitstimme für eine Landesliste.',
      ),
      p('Briefwahlunterlagen können bis Freitag, 4. September 2026, 18:00 Uhr, im Bürgerservice beantragt werden.'),
    ],
    attachment: {
      name: 'Wahlbekanntmachung-Landtagswahl-2026.pdf',
      sections: [
        {
          heading: 'Wahlbekanntmachung',
          items: [
            'Am 6. September 2026 findet die Wahl zum Landtag von Sachsen-Anhalt statt. Die Wahl dauert von 8:00 bis 18:00 Uhr.',
            'Die Stadt Aschersleben ist in 24 allgemeine Wahlbezirke eingeteilt. In den Wahlbenachrichtigungen sind der Wahlbezirk und der Wahlraum angegeben.',
            'Die Briefwahlvorstände treten am Wahltag um 15:00 Uhr im Rathaus, Markt 1, zusammen.',
          ],
        },
        {
          heading: 'Wer wählen kann',
          items: [
            'Jede wahlberechtigte Person kann nur in dem Wahlraum des Wahlbezirks wählen, in dessen Wählerverzeichnis sie eingetragen ist, es sei denn, sie hat einen Wahlschein.',
            'Bitte bringen Sie die Wahlbenachrichtigung und Ihren Personalausweis oder Reisepass mit.',
          ],
        },
      ],
    },
  },
  {
    slug: 'verkauf-baugrundstueck-mehringen',
    title: 'Öffentliche Ausschreibung: Verkauf eines städtischen Baugrundstücks in Mehringen',
    organisation: ORG.stadt,
    category: 'ausschreibung',
    publishedOn: '2026-05-15',
    expiresOn: '2026-06-30',
    summary: 'Die Stadt verkauft ein erschlossenes Baugrundstück von rund 820 Quadratmetern in Mehringen zum Höchstgebot, mindestens zum Verkehrswert. Gebote bis 30. Juni 2026.',
    body: [
      p('Die Stadt Aschersleben bietet folgendes Grundstück zum Kauf an:'),
      ul(
        'Lage: Ortsteil Mehringen, Straße An der Kirche, Gemarkung Mehringen, Flur 1, Flurstück 97',
        'Größe: rund 820 Quadratmeter, voll erschlossen',
        'Nutzung: Bebauung mit einem Einfamilienhaus nach § 34 Baugesetzbuch',
        'Mindestgebot: Verkehrswert laut Gutachten, 41.000 Euro',
      ),
      p('Schriftliche Gebote im verschlossenen Umschlag mit der Aufschrift „Gebot Mehringen“ nimmt der Fachbereich Liegenschaften bis zum 30. Juni 2026 entgegen.'),
    ],
  },
  {
    slug: 'sitzung-stadtrat-2025-12-10',
    title: 'Sitzung des Stadtrates am 10. Dezember 2025',
    organisation: ORG.stadt,
    category: 'sitzung',
    publishedOn: '2025-12-01',
    expiresOn: '2025-12-10',
    summary: 'Der Stadtrat tagte am Mittwoch, 10. Dezember 2025, um 17:00 Uhr im Ratssaal. Beschlossen wurden unter anderem die Haushaltsplanung 2026 und neue Friedhofsgebühren.',
    body: [
      p('Die 20. Sitzung des Stadtrates findet am ', b('Mittwoch, 10. Dezember 2025, um 17:00 Uhr'), ' im Ratssaal des Rathauses statt.'),
      h2('Tagesordnung, öffentlicher Teil'),
      ol(
        'Eröffnung und Feststellung der Beschlussfähigkeit',
        'Einwohnerfragestunde',
        'Bericht des Oberbürgermeisters',
        'Zweite Satzung zur Änderung der Friedhofsgebührensatzung',
        'Einbringung des Entwurfs der Haushaltssatzung 2026',
        'Sitzungskalender 2026',
      ),
    ],
  },
  {
    slug: 'allgemeinverfuegung-weihnachtsmarkt-2025',
    title: 'Allgemeinverfügung zum Weihnachtsmarkt 2025: Sperrung von Markt, Holzmarkt und Taubenstraße',
    organisation: ORG.stadt,
    category: 'allgemeinverfuegung',
    publishedOn: '2025-11-21',
    expiresOn: '2025-12-23',
    summary: 'Während des Weihnachtsmarktes vom 28. November bis 22. Dezember 2025 waren Markt, Holzmarkt und Taubenstraße für Fahrzeuge gesperrt.',
    body: [
      p(
        'Vom ',
        b('28. November 2025 bis 22. Dezember 2025'),
        ' sind der Markt, der Holzmarkt und die Taubenstraße zwischen Markt und Hoher Straße für den Fahrzeugverkehr gesperrt. Lieferverkehr ist täglich von 6:00 bis 10:00 Uhr zugelassen; Rettungsfahrzeuge sind ausgenommen.',
      ),
    ],
  },
  {
    slug: 'bebauungsplan-63-gewerbegebiet-guestener-strasse-beteiligung',
    title: 'Frühzeitige Beteiligung der Öffentlichkeit zum Bebauungsplan Nr. 63 „Gewerbegebiet Güstener Straße Ost“',
    organisation: ORG.stadt,
    category: 'bauleitplanung',
    publishedOn: '2025-11-07',
    expiresOn: '2025-12-12',
    summary: 'Zum Vorentwurf des Bebauungsplans Nr. 63 konnten sich Bürgerinnen und Bürger bis 12. Dezember 2025 äußern. Das Gewerbegebiet soll Flächen für Handwerk und Logistik schaffen.',
    body: [
      p(
        'Die Stadt Aschersleben unterrichtet die Öffentlichkeit nach § 3 Absatz 1 Baugesetzbuch frühzeitig über die Ziele des Bebauungsplans Nr. 63 „Gewerbegebiet Güstener Straße Ost“.',
      ),
      p(
        'Auf rund 12 Hektar östlich der Güstener Straße sollen Flächen für Handwerksbetriebe, Gewerbe und Logistik entstehen. Der Vorentwurf liegt vom 10. November bis 12. Dezember 2025 im Rathaus, Fachbereich Bauen, aus. Äußerungen sind in dieser Zeit schriftlich oder zur Niederschrift möglich.',
      ),
    ],
  },
];
