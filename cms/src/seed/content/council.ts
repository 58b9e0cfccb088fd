import type { SeedCouncil, SeedCouncilMeeting, SeedCouncilPaper, SeedPaperConsultation } from '../council';

/*
 * Demo council information of Aschersleben, Wahlperiode 2024–2029: the Stadtrat, three of its
 * committees and the Ortschaftsräte of Winningen and Mehringen, with meetings from September to
 * December 2026 around the demo's „today“ (25 November 2026) and the papers they discuss. Persons,
 * reference numbers and decisions are invented; the bodies follow the town's real structure.
 */

const RATSSAAL = 'rathaus-ratssaal';
const BERATUNGSRAUM = 'rathaus-beratungsraum';
const WINNINGEN = 'dorfgemeinschaftshaus-winningen';
const MEHRINGEN = 'gemeindehaus-mehringen';

const TERM = 'wahlperiode-2024-2029';
const TERM_START = '2024-07-01';

/** Council bodies by slug, named once. */
export const BODY = {
  stadtrat: 'stadtrat',
  haupt: 'hauptausschuss',
  bau: 'bau-und-vergabeausschuss',
  bks: 'ausschuss-fuer-bildung-kultur-und-soziales',
  winningen: 'ortschaftsrat-winningen',
  mehringen: 'ortschaftsrat-mehringen',
} as const;

/** [slug, Anrede, Titel, Vorname, Nachname, Fraktion] */
const PEOPLE: readonly [string, 'Frau' | 'Herr', string | null, string, string, string][] = [
  ['andreas-michelmann', 'Herr', null, 'Andreas', 'Michelmann', 'parteilos (Oberbürgermeister)'],
  ['katrin-oehlschlaeger', 'Frau', 'Dr.', 'Katrin', 'Oehlschläger', 'CDU'],
  ['thomas-brandenburg', 'Herr', null, 'Thomas', 'Brandenburg', 'CDU'],
  ['sabine-kuehne', 'Frau', null, 'Sabine', 'Kühne', 'CDU'],
  ['michael-wendt', 'Herr', null, 'Michael', 'Wendt', 'SPD'],
  ['petra-hartung', 'Frau', null, 'Petra', 'Hartung', 'SPD'],
  ['jens-lindemann', 'Herr', null, 'Jens', 'Lindemann', 'Die Linke'],
  ['ute-schraeder', 'Frau', null, 'Ute', 'Schräder', 'Die Linke'],
  ['frank-gerlach', 'Herr', null, 'Frank', 'Gerlach', 'Freie Wähler Aschersleben'],
  ['anja-rademacher', 'Frau', null, 'Anja', 'Rademacher', 'Freie Wähler Aschersleben'],
  ['martin-vogler', 'Herr', 'Dr.', 'Martin', 'Vogler', 'Bündnis 90/Die Grünen'],
  ['claudia-engelhardt', 'Frau', null, 'Claudia', 'Engelhardt', 'FDP'],
  ['rainer-pohle', 'Herr', null, 'Rainer', 'Pohle', 'Wählergemeinschaft Winningen'],
  ['heike-stiebritz', 'Frau', null, 'Heike', 'Stiebritz', 'Wählergemeinschaft Winningen'],
  ['uwe-koertge', 'Herr', null, 'Uwe', 'Körtge', 'CDU'],
  ['doreen-bertram', 'Frau', null, 'Doreen', 'Bertram', 'Bürger für Mehringen'],
  ['klaus-dieter-sommer', 'Herr', null, 'Klaus-Dieter', 'Sommer', 'Bürger für Mehringen'],
  ['marion-achilles', 'Frau', null, 'Marion', 'Achilles', 'SPD'],
];

const member = (person: string, role = 'Mitglied', votingRight = true) => {
  const faction = PEOPLE.find((p) => p[0] === person)?.[5];
  if (faction === undefined) throw new Error(`Seed-Inhalt: Person „${person}“ fehlt in PEOPLE`);
  return { person, role, votingRight, startDate: TERM_START, onBehalfOf: faction };
};

/** Agenda flow of a paper: [meeting slug, role, result (null: not yet decided)]. */
type Flow = readonly [string, SeedPaperConsultation['role'], SeedPaperConsultation['result']][];

/** [reference, type, date, name, originator, summary, flow] */
type PaperRow = readonly [string, SeedCouncilPaper['paperType'], string, string, string, string, Flow];

// Meeting slugs (the meetings are defined below; a typo fails the seed with the slug named).
const M = {
  bau1: 'bau-und-vergabeausschuss-2026-09-02',
  bks1: 'ausschuss-fuer-bildung-kultur-und-soziales-2026-09-03',
  haupt1: 'hauptausschuss-2026-09-09',
  win1: 'ortschaftsrat-winningen-2026-09-15',
  meh1: 'ortschaftsrat-mehringen-2026-09-17',
  rat1: 'stadtrat-2026-09-23',
  bau2: 'bau-und-vergabeausschuss-2026-10-28',
  bks2: 'ausschuss-fuer-bildung-kultur-und-soziales-2026-10-29',
  haupt2: 'hauptausschuss-2026-11-11',
  rat2: 'stadtrat-2026-11-18',
  win2: 'ortschaftsrat-winningen-2026-11-24',
  meh2: 'ortschaftsrat-mehringen-2026-11-26',
  bau3: 'bau-und-vergabeausschuss-2026-12-02',
  bks3: 'ausschuss-fuer-bildung-kultur-und-soziales-2026-12-03',
  haupt3: 'hauptausschuss-2026-12-09',
  rat3: 'stadtrat-2026-12-16',
} as const;

const OB = 'Oberbürgermeister';

const PAPER_ROWS: readonly PaperRow[] = [
  ['BV/2026/061', 'vorlage', '2026-08-12', 'Bebauungsplan Nr. 64 „Wohngebiet Am Wilslebener See“ – Aufstellungsbeschluss', OB, 'Für die Fläche nördlich des Wilslebener Sees soll ein Bebauungsplan für etwa 40 Einfamilienhäuser aufgestellt werden. Die frühzeitige Beteiligung der Öffentlichkeit folgt.', [[M.bau1, 'vorberatung', 'beschlossen'], [M.haupt1, 'vorberatung', 'beschlossen'], [M.rat1, 'entscheidung', 'beschlossen']]],
  ['BV/2026/062', 'vorlage', '2026-08-12', 'Vergabe der Bauleistungen Sanierung Grundschule Albert Schweitzer, Los 3 Dach', OB, 'Zuschlag für die Dachsanierung an das wirtschaftlichste Angebot nach öffentlicher Ausschreibung; Auftragswert rund 412.000 Euro.', [[M.bau1, 'entscheidung', 'beschlossen']]],
  ['BV/2026/063', 'vorlage', '2026-08-14', 'Änderung der Entgeltordnung der Stadtbibliothek', OB, 'Die Jahresgebühr für Erwachsene steigt von 12 auf 15 Euro; Kinder, Jugendliche und Inhaber des Sozialpasses bleiben gebührenfrei.', [[M.bks1, 'vorberatung', 'geaendert_beschlossen'], [M.haupt1, 'vorberatung', 'beschlossen'], [M.rat1, 'entscheidung', 'geaendert_beschlossen']]],
  ['BV/2026/064', 'vorlage', '2026-08-14', 'Kita-Bedarfsplanung 2027 bis 2029', OB, 'Fortschreibung der Bedarfsplanung für Krippen-, Kindergarten- und Hortplätze. In der Kernstadt werden bis 2028 rund 60 zusätzliche Hortplätze benötigt.', [[M.bks1, 'vorberatung', 'beschlossen'], [M.win1, 'vorberatung', 'zur_kenntnis'], [M.meh1, 'vorberatung', 'zur_kenntnis'], [M.rat1, 'entscheidung', 'beschlossen']]],
  ['BV/2026/065', 'vorlage', '2026-08-19', 'Überplanmäßige Ausgabe für die Reparatur der Drehleiter der Feuerwehr', OB, 'Für die unvorhergesehene Reparatur der Drehleiter DLK 23/12 werden 38.500 Euro überplanmäßig bereitgestellt.', [[M.haupt1, 'entscheidung', 'beschlossen']]],
  ['BV/2026/066', 'vorlage', '2026-08-20', 'Benennung einer Straße im Wohngebiet Schmidtmannstraße', OB, 'Die neue Erschließungsstraße erhält den Namen „Bestehornweg“ nach dem Aschersleber Unternehmer Hermann Bestehorn.', [[M.bau1, 'vorberatung', 'beschlossen'], [M.rat1, 'entscheidung', 'beschlossen']]],
  ['BV/2026/067', 'vorlage', '2026-08-25', 'Ortsdurchfahrt Winningen – Ausbau der Gehwege, Variantenentscheidung', OB, 'Für den Gehwegausbau in der Hauptstraße Winningen werden zwei Varianten vorgestellt. Die Verwaltung empfiehlt Variante B mit einseitigem Radweg.', [[M.win1, 'vorberatung', 'beschlossen'], [M.bau2, 'vorberatung', 'beschlossen'], [M.rat2, 'entscheidung', 'beschlossen']]],
  ['BV/2026/068', 'vorlage', '2026-08-25', 'Spielplatz Mehringen – Erneuerung der Spielgeräte', OB, 'Die Spielgeräte am Dorfanger Mehringen werden für rund 48.000 Euro erneuert; Fördermittel aus dem Programm „Dorfentwicklung“ sind beantragt.', [[M.meh1, 'vorberatung', 'beschlossen'], [M.bau2, 'entscheidung', 'beschlossen']]],
  ['BV/2026/069', 'vorlage', '2026-09-28', 'Haushaltssatzung und Haushaltsplan 2027', OB, 'Entwurf des Haushalts 2027 mit Erträgen von 68,4 Mio. Euro und Aufwendungen von 69,1 Mio. Euro; Investitionsschwerpunkte Schulen, Straßen und Feuerwehr.', [[M.bau2, 'vorberatung', 'beschlossen'], [M.bks2, 'vorberatung', 'beschlossen'], [M.haupt2, 'vorberatung', 'beschlossen'], [M.win2, 'vorberatung', 'zur_kenntnis'], [M.meh2, 'vorberatung', null], [M.rat3, 'entscheidung', null]]],
  ['BV/2026/070', 'vorlage', '2026-09-29', 'Stellenplan 2027', OB, 'Der Stellenplan 2027 weist 412,5 Stellen aus, 3,0 mehr als 2026, vor allem in den Kindertagesstätten.', [[M.haupt2, 'vorberatung', 'beschlossen'], [M.rat3, 'entscheidung', null]]],
  ['BV/2026/071', 'vorlage', '2026-09-30', 'Wirtschaftsplan 2027 des Eigenbetriebes Bauwirtschaftshof', OB, 'Wirtschaftsplan mit Erfolgs-, Vermögens- und Stellenübersicht des Eigenbetriebes für 2027.', [[M.bau2, 'vorberatung', 'beschlossen'], [M.haupt2, 'vorberatung', 'beschlossen'], [M.rat2, 'entscheidung', 'beschlossen']]],
  ['BV/2026/072', 'vorlage', '2026-09-30', 'Wirtschaftsplan 2027 des Eigenbetriebes Abwasserentsorgung', OB, 'Wirtschaftsplan des Eigenbetriebes für 2027 mit Investitionen von 2,1 Mio. Euro in das Kanalnetz.', [[M.bau2, 'vorberatung', 'beschlossen'], [M.haupt2, 'vorberatung', 'beschlossen'], [M.rat2, 'entscheidung', 'beschlossen']]],
  ['BV/2026/073', 'vorlage', '2026-10-05', 'Satzung über die Erhebung von Gebühren für die Benutzung der Kindertageseinrichtungen', OB, 'Neufassung der Kostenbeitragssatzung: Anpassung an die gestiegenen Betriebskosten, Geschwisterermäßigung bleibt erhalten.', [[M.bks2, 'vorberatung', 'geaendert_beschlossen'], [M.haupt2, 'vorberatung', 'beschlossen'], [M.rat2, 'entscheidung', 'geaendert_beschlossen']]],
  ['BV/2026/074', 'vorlage', '2026-10-07', 'Vergabe des Winterdienstes auf Radwegen 2026/2027', OB, 'Zuschlag für den Winterdienst auf den Radwegen außerhalb der Ortslagen an einen örtlichen Landschaftsbaubetrieb.', [[M.bau2, 'entscheidung', 'beschlossen']]],
  ['BV/2026/075', 'vorlage', '2026-10-08', 'Zuschüsse an Vereine der Kultur- und Heimatpflege 2027', OB, 'Verteilung der Vereinsförderung Kultur 2027 von insgesamt 85.000 Euro auf 23 Vereine.', [[M.bks2, 'entscheidung', 'beschlossen']]],
  ['BV/2026/076', 'vorlage', '2026-10-14', 'Bebauungsplan Nr. 63 „Gewerbegebiet Güstener Straße Ost“ – Satzungsbeschluss', OB, 'Abwägung der eingegangenen Stellungnahmen und Beschluss des Bebauungsplans als Satzung.', [[M.bau2, 'vorberatung', 'beschlossen'], [M.haupt2, 'vorberatung', 'beschlossen'], [M.rat2, 'entscheidung', 'beschlossen']]],
  ['BV/2026/077', 'vorlage', '2026-10-20', 'Straßenreinigungssatzung – Änderung des Straßenverzeichnisses', OB, 'Das Straßenverzeichnis wird um die neuen Straßen im Wohngebiet Schmidtmannstraße ergänzt.', [[M.bau3, 'vorberatung', null], [M.haupt3, 'vorberatung', null], [M.rat3, 'entscheidung', null]]],
  ['BV/2026/078', 'vorlage', '2026-10-21', 'Sanierung der Turnhalle Mehringen – Planungsauftrag', OB, 'Beauftragung der Planungsleistungen für die energetische Sanierung der Turnhalle Mehringen, Leistungsphasen 1 bis 4.', [[M.meh2, 'vorberatung', null], [M.bau3, 'entscheidung', null]]],
  ['BV/2026/079', 'vorlage', '2026-10-27', 'Jahresabschluss 2025 der Stadt Aschersleben', OB, 'Feststellung des Jahresabschlusses 2025 und Entlastung des Oberbürgermeisters.', [[M.haupt3, 'vorberatung', null], [M.rat3, 'entscheidung', null]]],
  ['BV/2026/080', 'vorlage', '2026-10-28', 'Konzept zur Schulsozialarbeit an den Grundschulen ab 2027', OB, 'Fortführung der Schulsozialarbeit an allen fünf Grundschulen mit je einer halben Stelle nach Auslaufen der Landesförderung.', [[M.bks3, 'vorberatung', null], [M.haupt3, 'vorberatung', null], [M.rat3, 'entscheidung', null]]],
  ['BV/2026/081', 'vorlage', '2026-11-02', 'Vergabe der Bauleistungen Ersatzneubau Brücke über die Eine in Wilsleben', OB, 'Zuschlag für den Ersatzneubau der Brücke am Mühlenweg nach öffentlicher Ausschreibung; Auftragswert rund 1,24 Mio. Euro.', [[M.bau3, 'entscheidung', null]]],
  ['BV/2026/082', 'vorlage', '2026-11-03', 'Sitzungsplan 2027 des Stadtrates und seiner Ausschüsse', OB, 'Termine der Sitzungen des Stadtrates, der Ausschüsse und der Ortschaftsräte im Jahr 2027.', [[M.haupt3, 'vorberatung', null], [M.rat3, 'entscheidung', null]]],
  ['BV/2026/083', 'vorlage', '2026-11-04', 'Ortsdurchfahrt Winningen – Vergabe der Planungsleistungen', OB, 'Beauftragung der Objektplanung für den Gehweg- und Radwegausbau in der Hauptstraße Winningen nach der Variantenentscheidung.', [[M.win2, 'vorberatung', 'beschlossen'], [M.bau3, 'entscheidung', null]]],
  ['BV/2026/084', 'vorlage', '2026-11-05', 'Vereinbarung mit dem Salzlandkreis über die Schülerbeförderung', OB, 'Verlängerung der Vereinbarung über die Mitbenutzung des Schülerverkehrs durch den Hort Mehringen.', [[M.bks3, 'vorberatung', null], [M.meh2, 'vorberatung', null]]],
  ['AN/2026/014', 'antrag', '2026-08-30', 'Antrag: Kostenfreies WLAN in der Innenstadt', 'Fraktion Freie Wähler Aschersleben', 'Die Verwaltung soll prüfen, wie Markt, Holzmarkt und Bestehornpark mit kostenfreiem WLAN versorgt werden können, und die Kosten darlegen.', [[M.haupt1, 'vorberatung', 'verwiesen'], [M.bau2, 'vorberatung', 'beschlossen'], [M.rat2, 'entscheidung', 'beschlossen']]],
  ['AN/2026/015', 'antrag', '2026-09-01', 'Antrag: Tempo 30 vor allen Schulen und Kindertagesstätten', 'Fraktion Bündnis 90/Die Grünen', 'Die Stadt soll bei der Straßenverkehrsbehörde Tempo 30 vor allen Schulen und Kitas an Hauptverkehrsstraßen beantragen.', [[M.bau1, 'vorberatung', 'geaendert_beschlossen'], [M.rat1, 'entscheidung', 'geaendert_beschlossen']]],
  ['AN/2026/016', 'antrag', '2026-09-02', 'Antrag: Seniorenbeirat der Stadt Aschersleben', 'Fraktion SPD', 'Der Stadtrat möge die Bildung eines Seniorenbeirates beschließen und die Verwaltung beauftragen, eine Satzung zu erarbeiten.', [[M.bks1, 'vorberatung', 'beschlossen'], [M.rat1, 'entscheidung', 'beschlossen']]],
  ['AN/2026/017', 'antrag', '2026-09-05', 'Antrag: Sanierung des Radweges nach Winningen', 'Ortschaftsrat Winningen', 'Der Radweg zwischen Aschersleben und Winningen soll in den Haushalt 2027 aufgenommen werden.', [[M.win1, 'entscheidung', 'beschlossen'], [M.bau2, 'vorberatung', 'vertagt'], [M.bau3, 'vorberatung', null]]],
  ['AN/2026/018', 'antrag', '2026-10-02', 'Antrag: Prüfung einer Photovoltaikanlage auf dem Rathausdach', 'Fraktion CDU', 'Die Verwaltung soll Wirtschaftlichkeit und Denkmalverträglichkeit einer Photovoltaikanlage auf dem Rathaus prüfen.', [[M.bau2, 'vorberatung', 'abgelehnt'], [M.rat2, 'entscheidung', 'abgelehnt']]],
  ['AN/2026/019', 'antrag', '2026-10-06', 'Antrag: Verlängerung der Öffnungszeiten des Freibades', 'Fraktion Die Linke', 'Das Freibad soll in den Sommerferien 2027 an Werktagen bis 20 Uhr geöffnet werden.', [[M.bks2, 'vorberatung', 'beschlossen'], [M.haupt2, 'vorberatung', 'zurueckgezogen']]],
  ['AN/2026/020', 'antrag', '2026-10-30', 'Antrag: Verkehrsberuhigung in der Dorfstraße Mehringen', 'Ortschaftsrat Mehringen', 'Die Stadt soll prüfen, ob in der Dorfstraße ein verkehrsberuhigter Bereich eingerichtet werden kann.', [[M.meh2, 'entscheidung', null], [M.bau3, 'vorberatung', null]]],
  ['AN/2026/021', 'antrag', '2026-11-06', 'Antrag: Barrierefreier Zugang zur Stadtbibliothek', 'Fraktion SPD', 'Für den Nebeneingang der Stadtbibliothek soll eine Rampe geplant und im Haushalt 2027 veranschlagt werden.', [[M.bks3, 'vorberatung', null], [M.rat3, 'entscheidung', null]]],
  ['AF/2026/031', 'anfrage', '2026-08-28', 'Anfrage: Stand der Breitbandversorgung in den Ortschaften', 'Frank Gerlach', 'Wie viele Haushalte in den Ortschaften haben Zugang zu Glasfaser, und wann werden die übrigen angeschlossen?', [[M.haupt1, 'kenntnisnahme', 'zur_kenntnis']]],
  ['AF/2026/032', 'anfrage', '2026-09-04', 'Anfrage: Unterrichtsausfall an den Grundschulen', 'Ute Schräder', 'Wie hoch war der Unterrichtsausfall im Schuljahr 2025/2026, und welche Vertretungsregelungen gibt es?', [[M.bks1, 'kenntnisnahme', 'zur_kenntnis']]],
  ['AF/2026/033', 'anfrage', '2026-09-08', 'Anfrage: Zustand der Straßenbeleuchtung in Winningen', 'Rainer Pohle', 'Welche Leuchten in Winningen sind defekt, und wann wird auf LED umgerüstet?', [[M.win1, 'kenntnisnahme', 'zur_kenntnis']]],
  ['AF/2026/034', 'anfrage', '2026-10-12', 'Anfrage: Wartezeiten im Bürgerbüro', 'Dr. Martin Vogler', 'Wie lange warten Bürgerinnen und Bürger durchschnittlich auf einen Termin im Bürgerbüro?', [[M.haupt2, 'kenntnisnahme', 'zur_kenntnis']]],
  ['AF/2026/035', 'anfrage', '2026-10-15', 'Anfrage: Nutzung der Sporthallen durch Vereine', 'Claudia Engelhardt', 'Wie sind die städtischen Sporthallen ausgelastet, und wie viele Anfragen von Vereinen mussten abgelehnt werden?', [[M.bks2, 'kenntnisnahme', 'zur_kenntnis']]],
  ['AF/2026/036', 'anfrage', '2026-11-09', 'Anfrage: Baumfällungen im Stadtpark', 'Petra Hartung', 'Warum wurden im Oktober im Stadtpark zwölf Bäume gefällt, und welche Ersatzpflanzungen sind vorgesehen?', [[M.bau3, 'kenntnisnahme', null]]],
  ['MI/2026/009', 'mitteilung', '2026-08-21', 'Mitteilung: Bericht über die Umsetzung des Hochwasserschutzkonzepts an der Eine', OB, 'Sachstand der Maßnahmen am Eine-Ufer zwischen Wilsleben und der Kernstadt.', [[M.bau1, 'kenntnisnahme', 'zur_kenntnis'], [M.rat1, 'kenntnisnahme', 'zur_kenntnis']]],
  ['MI/2026/010', 'mitteilung', '2026-09-10', 'Mitteilung: Bilanz des Sommerferienprogramms 2026', OB, 'Über 900 Kinder haben an 64 Angeboten des Ferienprogramms teilgenommen.', [[M.bks2, 'kenntnisnahme', 'zur_kenntnis']]],
  ['MI/2026/011', 'mitteilung', '2026-10-01', 'Mitteilung: Haushaltsvollzug zum 30. September 2026', OB, 'Bericht über Erträge, Aufwendungen und Investitionen des laufenden Haushaltsjahres zum Stichtag.', [[M.haupt2, 'kenntnisnahme', 'zur_kenntnis'], [M.rat2, 'kenntnisnahme', 'zur_kenntnis']]],
  ['MI/2026/012', 'mitteilung', '2026-10-26', 'Mitteilung: Ergebnisse der Verkehrszählung in den Ortschaften', OB, 'Ergebnisse der Verkehrszählungen vom September 2026 in Winningen, Mehringen und Wilsleben.', [[M.win2, 'kenntnisnahme', 'zur_kenntnis'], [M.meh2, 'kenntnisnahme', null]]],
  ['MI/2026/013', 'mitteilung', '2026-11-10', 'Mitteilung: Weihnachtsmarkt 2026 – Verkehrs- und Sicherheitskonzept', OB, 'Sperrungen, Zufahrtsschutz und Ordnungsdienst zum Weihnachtsmarkt vom 27. November bis 22. Dezember.', [[M.haupt3, 'kenntnisnahme', null]]],
];

const slugOfReference = (reference: string): string => reference.toLowerCase().replaceAll('/', '-');

export const papers: SeedCouncilPaper[] = PAPER_ROWS.map(([reference, paperType, date, name, originator, summary, flow]) => ({
  slug: slugOfReference(reference),
  reference,
  paperType,
  date,
  name,
  originator,
  summary,
  consultations: flow.map(([meeting, role, result]) => ({ meeting, role, result })),
}));

/** [slug, body, date, start time, end time or null, place, state, cancelled, non-public items] */
type MeetingRow = readonly [string, string, string, string, string | null, string, SeedCouncilMeeting['meetingState'], boolean, readonly string[]];

const VERGABE = ['Vergabeangelegenheiten'];
const GRUNDSTUECK = ['Grundstücksangelegenheiten'];
const PERSONAL = ['Personalangelegenheiten', 'Grundstücksangelegenheiten'];

const MEETING_ROWS: readonly MeetingRow[] = [
  [M.bau1, BODY.bau, '2026-09-02', '17:00', '19:10', BERATUNGSRAUM, 'durchgefuehrt', false, VERGABE],
  [M.bks1, BODY.bks, '2026-09-03', '17:00', '18:45', BERATUNGSRAUM, 'durchgefuehrt', false, []],
  [M.haupt1, BODY.haupt, '2026-09-09', '17:30', '19:00', BERATUNGSRAUM, 'durchgefuehrt', false, PERSONAL],
  [M.win1, BODY.winningen, '2026-09-15', '19:00', '20:30', WINNINGEN, 'durchgefuehrt', false, []],
  [M.meh1, BODY.mehringen, '2026-09-17', '19:00', '20:15', MEHRINGEN, 'durchgefuehrt', false, []],
  [M.rat1, BODY.stadtrat, '2026-09-23', '18:00', '21:05', RATSSAAL, 'durchgefuehrt', false, GRUNDSTUECK],
  [M.bau2, BODY.bau, '2026-10-28', '17:00', '19:40', BERATUNGSRAUM, 'durchgefuehrt', false, VERGABE],
  [M.bks2, BODY.bks, '2026-10-29', '17:00', '19:00', BERATUNGSRAUM, 'durchgefuehrt', false, []],
  [M.haupt2, BODY.haupt, '2026-11-11', '17:30', '19:20', BERATUNGSRAUM, 'durchgefuehrt', false, PERSONAL],
  [M.rat2, BODY.stadtrat, '2026-11-18', '18:00', '21:30', RATSSAAL, 'durchgefuehrt', false, GRUNDSTUECK],
  [M.win2, BODY.winningen, '2026-11-24', '19:00', '20:40', WINNINGEN, 'durchgefuehrt', false, []],
  [M.meh2, BODY.mehringen, '2026-11-26', '19:00', null, MEHRINGEN, 'eingeladen', false, []],
  [M.bau3, BODY.bau, '2026-12-02', '17:00', null, BERATUNGSRAUM, 'eingeladen', false, VERGABE],
  // Cancelled: its items moved to the next meeting in January (not yet scheduled in the demo).
  [M.bks3, BODY.bks, '2026-12-03', '17:00', null, BERATUNGSRAUM, 'eingeladen', true, []],
  [M.haupt3, BODY.haupt, '2026-12-09', '17:30', null, BERATUNGSRAUM, 'eingeladen', false, PERSONAL],
  [M.rat3, BODY.stadtrat, '2026-12-16', '18:00', null, RATSSAAL, 'terminiert', false, GRUNDSTUECK],
];

/** „Sitzung des …“: the bodies' names in the genitive. */
const OF_BODY: Readonly<Record<string, string>> = {
  [BODY.stadtrat]: 'des Stadtrates',
  [BODY.haupt]: 'des Hauptausschusses',
  [BODY.bau]: 'des Bau- und Vergabeausschusses',
  [BODY.bks]: 'des Ausschusses für Bildung, Kultur und Soziales',
  [BODY.winningen]: 'des Ortschaftsrates Winningen',
  [BODY.mehringen]: 'des Ortschaftsrates Mehringen',
};

/** Winter time (CET, +01:00) from 25 October 2026, summer time (CEST, +02:00) before. */
const offsetOn = (date: string): string => (date >= '2026-10-25' && date < '2027-03-28' ? '+01:00' : '+02:00');

export const meetings: SeedCouncilMeeting[] = MEETING_ROWS.map(([slug, body, date, from, to, location, meetingState, cancelled, nonPublic]) => {
  const ofBody = OF_BODY[body];
  if (ofBody === undefined) throw new Error(`Seed-Inhalt: Gremium „${body}“ unbekannt`);
  const german = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  return {
    slug,
    name: `Sitzung ${ofBody} am ${german}`,
    organization: body,
    start: `${date}T${from}${offsetOn(date)}`,
    end: to === null ? null : `${date}T${to}${offsetOn(date)}`,
    location,
    meetingState,
    cancelled,
    nonPublic,
    // Papers join the agenda through their consultations (PAPER_ROWS), in paper order.
  };
});

export const council: SeedCouncil = {
  terms: [{ slug: TERM, name: 'Wahlperiode 2024–2029', startDate: TERM_START, endDate: '2029-06-30' }],
  locations: [
    { slug: RATSSAAL, name: 'Rathaus, Ratssaal', streetAddress: 'Markt 1', postalCode: '06449', locality: 'Aschersleben', room: '1. Obergeschoss' },
    { slug: BERATUNGSRAUM, name: 'Rathaus, Beratungsraum', streetAddress: 'Markt 1', postalCode: '06449', locality: 'Aschersleben', room: 'Raum 2.14, 2. Obergeschoss' },
    { slug: WINNINGEN, name: 'Dorfgemeinschaftshaus Winningen', streetAddress: 'Hauptstraße 21', postalCode: '06449', locality: 'Aschersleben', subLocality: 'Winningen' },
    { slug: MEHRINGEN, name: 'Gemeindehaus Mehringen', streetAddress: 'Dorfstraße 7', postalCode: '06449', locality: 'Aschersleben', subLocality: 'Mehringen' },
  ],
  persons: PEOPLE.map(([slug, formOfAddress, title, givenName, familyName, faction]) => ({ slug, formOfAddress, title, givenName, familyName, faction })),
  organizations: [
    {
      slug: BODY.stadtrat,
      name: 'Stadtrat Aschersleben',
      shortName: 'Stadtrat',
      organizationType: 'stadtrat',
      description: 'Die gewählte Vertretung der Bürgerinnen und Bürger. Er entscheidet über Haushalt, Satzungen, Bebauungspläne und alle wichtigen Angelegenheiten der Stadt.',
      legislativeTerm: TERM,
      location: RATSSAAL,
      memberships: [
        member('katrin-oehlschlaeger', 'Vorsitzende'),
        member('michael-wendt', 'Stellvertretender Vorsitzender'),
        member('andreas-michelmann', 'Oberbürgermeister'),
        ...['thomas-brandenburg', 'sabine-kuehne', 'uwe-koertge', 'petra-hartung', 'marion-achilles', 'jens-lindemann', 'ute-schraeder', 'frank-gerlach', 'anja-rademacher', 'martin-vogler', 'claudia-engelhardt', 'rainer-pohle'].map((p) => member(p)),
      ],
    },
    {
      slug: BODY.haupt,
      name: 'Hauptausschuss',
      shortName: 'HA',
      organizationType: 'ausschuss',
      description: 'Bereitet die Sitzungen des Stadtrates vor und entscheidet über Angelegenheiten, die ihm der Stadtrat übertragen hat, etwa Personal- und Finanzfragen bis zu bestimmten Wertgrenzen.',
      subOrganizationOf: BODY.stadtrat,
      legislativeTerm: TERM,
      location: BERATUNGSRAUM,
      memberships: [
        member('andreas-michelmann', 'Vorsitzender'),
        member('katrin-oehlschlaeger'),
        member('thomas-brandenburg'),
        member('michael-wendt'),
        member('jens-lindemann'),
        member('frank-gerlach'),
        member('martin-vogler'),
      ],
    },
    {
      slug: BODY.bau,
      name: 'Bau- und Vergabeausschuss',
      shortName: 'BVA',
      organizationType: 'ausschuss',
      description: 'Berät Bebauungspläne, Bauvorhaben und Straßenbau und vergibt Bauleistungen und Lieferungen im Rahmen seiner Wertgrenzen.',
      subOrganizationOf: BODY.stadtrat,
      legislativeTerm: TERM,
      location: BERATUNGSRAUM,
      memberships: [
        member('thomas-brandenburg', 'Vorsitzender'),
        member('uwe-koertge'),
        member('petra-hartung'),
        member('jens-lindemann'),
        member('anja-rademacher'),
        member('claudia-engelhardt'),
        member('rainer-pohle', 'Beratendes Mitglied', false),
      ],
    },
    {
      slug: BODY.bks,
      name: 'Ausschuss für Bildung, Kultur und Soziales',
      shortName: 'BKS',
      organizationType: 'ausschuss',
      description: 'Berät über Schulen, Kindertagesstätten, Bibliothek, Museen, Vereinsförderung, Jugend- und Seniorenarbeit.',
      subOrganizationOf: BODY.stadtrat,
      legislativeTerm: TERM,
      location: BERATUNGSRAUM,
      memberships: [
        member('marion-achilles', 'Vorsitzende'),
        member('sabine-kuehne'),
        member('ute-schraeder'),
        member('anja-rademacher'),
        member('martin-vogler'),
        member('doreen-bertram', 'Sachkundige Einwohnerin', false),
      ],
    },
    {
      slug: BODY.winningen,
      name: 'Ortschaftsrat Winningen',
      shortName: 'OR Winningen',
      organizationType: 'ortschaftsrat',
      description: 'Vertritt die Belange der Ortschaft Winningen, wird vom Stadtrat zu allen Angelegenheiten des Ortes gehört und entscheidet über die Mittel für Ortsbild und Vereine.',
      legislativeTerm: TERM,
      location: WINNINGEN,
      memberships: [member('rainer-pohle', 'Ortsbürgermeister'), member('heike-stiebritz', 'Stellvertretende Ortsbürgermeisterin'), member('uwe-koertge')],
    },
    {
      slug: BODY.mehringen,
      name: 'Ortschaftsrat Mehringen',
      shortName: 'OR Mehringen',
      organizationType: 'ortschaftsrat',
      description: 'Vertritt die Belange der Ortschaft Mehringen, wird vom Stadtrat zu allen Angelegenheiten des Ortes gehört und entscheidet über die Mittel für Ortsbild und Vereine.',
      legislativeTerm: TERM,
      location: MEHRINGEN,
      memberships: [member('doreen-bertram', 'Ortsbürgermeisterin'), member('klaus-dieter-sommer', 'Stellvertretender Ortsbürgermeister'), member('marion-achilles')],
    },
  ],
  meetings,
  papers,
};
