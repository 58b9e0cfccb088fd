import type { SeedOffice, SeedWeekday } from '../types';
import { TOWN } from './contact';
import { ORG } from './ids';

/*
 * Offices of the town and visitor desks of its institutions. Names and tasks follow a typical
 * town administration in Saxony-Anhalt; rooms, extensions, e-mail addresses and hours are demo
 * data. The town hall is Markt 1; the Bürgerservice hours are the town's usual ones.
 */

const RATHAUS = { street: TOWN.street, postalCode: TOWN.postalCode, city: TOWN.city };
const TECHNISCHES_RATHAUS = { street: 'Taubenstraße 6', postalCode: '06449', city: 'Aschersleben' };

/** The same hours on several weekdays. */
const on = (days: SeedWeekday[], from: string, to: string, note?: string) =>
  days.map((weekday) => ({ weekday, from, to, ...(note ? { note } : {}) }));

/** The administration's usual hours: mornings Mo/Di/Do/Fr, afternoons Di (long) and Do. */
const VERWALTUNG = [...on(['mo', 'di', 'do', 'fr'], '09:00', '12:00'), ...on(['di'], '13:00', '18:00'), ...on(['do'], '13:00', '16:00')];

/** The town hall closes on 24 and 31 December 2026 and is open only in the morning on 30 December. */
const JAHRESENDE = [
  { date: '2026-12-24', reason: 'Heiligabend', closed: true, slots: [] },
  { date: '2026-12-30', reason: 'Verkürzte Öffnungszeit vor dem Jahreswechsel', closed: false, slots: [{ from: '09:00', to: '12:00' }] },
  { date: '2026-12-31', reason: 'Silvester', closed: true, slots: [] },
];
const BRUECKENTAG = { from: '2026-05-15', to: '2026-05-15', reason: 'Brückentag nach Christi Himmelfahrt' };

const RATHAUS_ZUGANG = {
  stepFree: true,
  accessibleToilet: true,
  parking: 'Zwei Behindertenparkplätze am Markt, direkt vor dem Rathaus',
  notes: 'Stufenloser Eingang an der Seite zur Tie, Aufzug in alle Etagen. Induktive Höranlage am Schalter des Bürgerservice.',
};

export const offices: SeedOffice[] = [
  {
    slug: 'buergerservice',
    name: 'Bürgerservice / Einwohnermeldeamt',
    kind: 'amt',
    organisation: ORG.stadt,
    description:
      'Personalausweis, Reisepass und vorläufige Dokumente, An-, Um- und Abmeldung der Wohnung, Meldebescheinigungen, Führungszeugnisse und Beglaubigungen. Bitte bringen Sie Ihr Ausweisdokument mit.',
    address: RATHAUS,
    room: 'Erdgeschoss, Zimmer 12',
    phone: '03473 958-120',
    email: 'buergerservice@aschersleben.de',
    accessibility: RATHAUS_ZUGANG,
    openingHours: { closedOnPublicHolidays: true, weekly: VERWALTUNG, exceptions: JAHRESENDE, closures: [BRUECKENTAG] },
  },
  {
    slug: 'standesamt',
    name: 'Standesamt',
    kind: 'amt',
    organisation: ORG.stadt,
    description:
      'Geburten, Eheschließungen und Sterbefälle beurkunden, Namenserklärungen, Urkunden aus den Personenstandsregistern. Trauungen auch im historischen Trauzimmer des Rathauses.',
    address: RATHAUS,
    room: '1. Obergeschoss, Zimmer 105',
    phone: '03473 958-140',
    email: 'standesamt@aschersleben.de',
    accessibility: RATHAUS_ZUGANG,
    openingHours: {
      closedOnPublicHolidays: true,
      weekly: [...on(['mo', 'di', 'do'], '09:00', '12:00'), ...on(['di'], '13:00', '17:00'), ...on(['fr'], '09:00', '11:00', 'nur mit Termin')],
      exceptions: JAHRESENDE,
      closures: [BRUECKENTAG],
    },
  },
  {
    slug: 'ordnungsamt',
    name: 'Ordnungsamt',
    kind: 'amt',
    organisation: ORG.stadt,
    description:
      'Gewerbeanmeldungen, Fundbüro, Sondernutzung öffentlicher Flächen, Veranstaltungen, Marktwesen, Hundesteuer-Marken und Verkehrsüberwachung. Für Notfälle außerhalb der Sprechzeiten: Polizei 110.',
    address: RATHAUS,
    room: 'Erdgeschoss, Zimmer 20 bis 24',
    phone: '03473 958-300',
    email: 'ordnungsamt@aschersleben.de',
    accessibility: RATHAUS_ZUGANG,
    openingHours: { closedOnPublicHolidays: true, weekly: VERWALTUNG, exceptions: JAHRESENDE, closures: [BRUECKENTAG] },
  },
  {
    slug: 'bauordnungsamt',
    name: 'Bauordnungsamt',
    kind: 'fachbereich',
    organisation: ORG.stadt,
    description:
      'Beratung zu Bauvorhaben, Abgeschlossenheitsbescheinigungen, Hausnummern, Denkmalschutz in der Altstadt und Einsicht in Bebauungspläne. Für eine Beratung vereinbaren Sie bitte einen Termin.',
    address: TECHNISCHES_RATHAUS,
    room: '2. Obergeschoss',
    phone: '03473 958-400',
    email: 'bauordnung@aschersleben.de',
    accessibility: {
      stepFree: false,
      accessibleToilet: false,
      parking: 'Öffentliche Parkplätze in der Taubenstraße',
      notes: 'Kein Aufzug. Bitte rufen Sie an: Wir beraten Sie dann im Erdgeschoss oder im Rathaus am Markt.',
    },
    openingHours: {
      closedOnPublicHolidays: true,
      weekly: [...on(['di'], '09:00', '12:00'), ...on(['di'], '13:00', '18:00'), ...on(['do'], '09:00', '12:00', 'nur mit Termin')],
      exceptions: JAHRESENDE,
      closures: [BRUECKENTAG],
    },
  },
  {
    slug: 'stadtkasse',
    name: 'Stadtkasse',
    kind: 'amt',
    organisation: ORG.stadt,
    description:
      'Zahlungen an die Stadt, Grundsteuer, Gewerbesteuer und Hundesteuer, Ratenzahlung und Stundung, Mahnungen und Vollstreckung. Bitte zahlen Sie möglichst per Überweisung oder Lastschrift.',
    address: RATHAUS,
    room: '1. Obergeschoss, Zimmer 118',
    phone: '03473 958-220',
    email: 'stadtkasse@aschersleben.de',
    accessibility: RATHAUS_ZUGANG,
    openingHours: {
      closedOnPublicHolidays: true,
      weekly: [...on(['mo', 'di', 'do'], '09:00', '12:00'), ...on(['di'], '13:00', '16:00')],
      exceptions: JAHRESENDE,
      closures: [BRUECKENTAG, { from: '2026-12-28', to: '2026-12-29', reason: 'Jahresabschluss der Kasse' }],
    },
  },
  {
    slug: 'wirtschaftsfoerderung',
    name: 'Wirtschaftsförderung',
    kind: 'fachbereich',
    organisation: ORG.stadt,
    description:
      'Ansprechpartner für Unternehmen, Gründerinnen und Gründer: Gewerbeflächen und Leerstände, Fördermittel, Kontakte zu Kammern und Netzwerken, Fachkräftesicherung und Stadtmarketing.',
    address: RATHAUS,
    room: '2. Obergeschoss, Zimmer 210',
    phone: '03473 958-500',
    email: 'wirtschaft@aschersleben.de',
    accessibility: RATHAUS_ZUGANG,
    openingHours: {
      closedOnPublicHolidays: true,
      weekly: [...on(['mo', 'di', 'mi', 'do'], '08:00', '12:00'), ...on(['mo', 'di', 'mi', 'do'], '13:00', '15:30', 'nach Vereinbarung')],
      exceptions: JAHRESENDE,
      closures: [],
    },
  },
  {
    slug: 'stadtbibliothek',
    name: 'Stadtbibliothek',
    kind: 'einrichtung',
    organisation: ORG.stadt,
    description:
      'Bücher, Zeitschriften, Hörbücher, Spiele und E-Medien zum Ausleihen, Lesecafé mit WLAN, Lesungen und Bibliotheksführungen für Kitas und Schulklassen. Ein Leseausweis kostet für Kinder nichts.',
    address: { street: 'Hinter dem Zoll 3', postalCode: '06449', city: 'Aschersleben' },
    phone: '03473 958-610',
    email: 'bibliothek@aschersleben.de',
    accessibility: {
      stepFree: true,
      accessibleToilet: true,
      parking: 'Parkplatz hinter dem Gebäude, ein Behindertenparkplatz',
      notes: 'Rampe am Eingang, Aufzug zur Kinderbibliothek. Lupen und Großdruckbücher an der Ausleihe.',
    },
    openingHours: {
      closedOnPublicHolidays: true,
      weekly: [...on(['di', 'do'], '10:00', '18:00'), ...on(['mi', 'fr'], '10:00', '16:00'), ...on(['sa'], '09:00', '12:00')],
      exceptions: [
        { date: '2026-12-24', reason: 'Heiligabend', closed: true, slots: [] },
        { date: '2026-12-31', reason: 'Silvester', closed: true, slots: [] },
      ],
      closures: [{ from: '2026-07-27', to: '2026-08-07', reason: 'Sommerschließung für Inventur' }],
    },
  },
  {
    slug: 'kulturanstalt-besucherservice',
    name: 'Besucherservice der Kulturanstalt',
    kind: 'einrichtung',
    organisation: ORG.kulturanstalt,
    description:
      'Eintrittskarten für Konzerte, Theater und Lesungen, Gutscheine, Auskunft zum Veranstaltungsprogramm und Anfragen zur Vermietung von Sälen und Räumen.',
    address: { street: 'Hecknerstraße 6', postalCode: '06449', city: 'Aschersleben' },
    room: 'Foyer',
    phone: '03473 8409-10',
    email: 'tickets@kulturanstalt-aschersleben.de',
    accessibility: {
      stepFree: true,
      accessibleToilet: true,
      notes: 'Rollstuhlplätze im großen Saal bitte beim Kartenkauf angeben. Begleitpersonen mit Merkzeichen B haben freien Eintritt.',
    },
    openingHours: {
      closedOnPublicHolidays: true,
      weekly: [...on(['di', 'mi', 'do', 'fr'], '10:00', '13:00'), ...on(['do'], '14:00', '18:00')],
      exceptions: [{ date: '2026-12-24', reason: 'Heiligabend', closed: true, slots: [] }],
      closures: [{ from: '2026-12-28', to: '2027-01-02', reason: 'Betriebsferien zwischen den Jahren' }],
    },
  },
  {
    slug: 'feuerwehr-verwaltung',
    name: 'Verwaltung der Freiwilligen Feuerwehr',
    kind: 'fachbereich',
    organisation: ORG.feuerwehr,
    description:
      'Mitgliedschaft in Einsatzabteilung, Jugend- und Kinderfeuerwehr, Brandschutzerziehung für Kitas und Schulen, Besichtigungen der Wache. Im Notfall wählen Sie immer 112.',
    address: { street: 'Staßfurter Höhe 2', postalCode: '06449', city: 'Aschersleben' },
    room: 'Verwaltungstrakt der Feuerwache, Erdgeschoss',
    phone: '03473 958-700',
    email: 'feuerwehr@aschersleben.de',
    accessibility: {
      stepFree: true,
      accessibleToilet: false,
      parking: 'Besucherparkplätze vor der Wache (Ausfahrt freihalten)',
    },
    openingHours: {
      closedOnPublicHolidays: true,
      weekly: [...on(['mo', 'mi'], '08:00', '12:00'), ...on(['mi'], '16:00', '18:00')],
      exceptions: [],
      closures: [],
    },
  },
  {
    slug: 'kreativwerkstatt-buero',
    name: 'Büro der Kreativwerkstatt',
    kind: 'einrichtung',
    organisation: ORG.kreativwerkstatt,
    description:
      'Anmeldung zu Kursen und Ferienangeboten, Projekte mit Schulen und Kitas, Buchung von Kindergeburtstagen und Ausleihe der Töpferöfen für Vereine.',
    address: { street: 'Breite Straße 42', postalCode: '06449', city: 'Aschersleben' },
    room: 'Erdgeschoss, neben der Holzwerkstatt',
    phone: '03473 958-460',
    email: 'kreativwerkstatt@aschersleben.de',
    accessibility: {
      stepFree: true,
      accessibleToilet: true,
      notes: 'Alle Werkräume liegen im Erdgeschoss; höhenverstellbare Werkbänke vorhanden.',
    },
    openingHours: {
      closedOnPublicHolidays: true,
      weekly: [...on(['mo', 'di', 'mi', 'do'], '10:00', '16:00'), ...on(['fr'], '10:00', '13:00')],
      exceptions: [{ date: '2026-12-23', reason: 'Weihnachtsbasteln: Büro nur vormittags besetzt', closed: false, slots: [{ from: '10:00', to: '12:00' }] }],
      closures: [{ from: '2026-12-24', to: '2027-01-03', reason: 'Weihnachtsferien' }],
    },
  },
  {
    slug: 'tourist-information',
    name: 'Tourist-Information',
    kind: 'einrichtung',
    organisation: ORG.stadt,
    description:
      'Stadtpläne, Stadtführungen und Führungen auf den Türmen der Stadtbefestigung, Übernachtungsvermittlung, Souvenirs und Eintrittskarten für Veranstaltungen in der Region.',
    address: { street: 'Hopfenmarkt 5', postalCode: '06449', city: 'Aschersleben' },
    phone: '03473 958-950',
    email: 'tourismus@aschersleben.de',
    accessibility: {
      stepFree: true,
      accessibleToilet: false,
      parking: 'Parkhaus am Hopfenmarkt, 150 m',
      notes: 'Barrierefreie Toilette im Rathaus, 200 m.',
    },
    openingHours: {
      // Open for visitors also on public holidays: the hours are those of the week day.
      closedOnPublicHolidays: false,
      weekly: [...on(['mo', 'di', 'mi', 'do', 'fr'], '10:00', '17:00'), ...on(['sa', 'so'], '10:00', '14:00')],
      exceptions: [
        { date: '2026-12-24', reason: 'Heiligabend', closed: true, slots: [] },
        { date: '2026-12-31', reason: 'Silvester', closed: false, slots: [{ from: '10:00', to: '12:00' }] },
      ],
      closures: [],
    },
  },
];
