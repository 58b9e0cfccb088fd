// Deterministic German filler text for the benchmark content: sentences about Aschersleben and
// municipal services, combined by a seeded random generator so every run (and Hugo's copy)
// gets exactly the same content.

/** mulberry32: a tiny seeded PRNG; deterministic content makes runs comparable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;

export function pick<T>(r: Rand, list: readonly T[]): T {
  const v = list[Math.floor(r() * list.length)];
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
}

export function int(r: Rand, min: number, max: number): number {
  return min + Math.floor(r() * (max - min + 1));
}

export const SENTENCES = [
  'Aschersleben ist die älteste urkundlich erwähnte Stadt Sachsen-Anhalts und wurde im Jahr 753 erstmals genannt.',
  'Die Stadt liegt im Salzlandkreis am nordöstlichen Rand des Harzes und hat rund 26 000 Einwohnerinnen und Einwohner.',
  'Das Rathaus am Markt ist montags bis freitags für Ihre Anliegen geöffnet; am Dienstag und Donnerstag auch am Nachmittag.',
  'Bitte vereinbaren Sie für Ihren Besuch im Bürgerservice vorab einen Termin, damit Sie nicht warten müssen.',
  'Die Unterlagen können Sie persönlich abgeben, per Post schicken oder über das Serviceportal des Landes hochladen.',
  'Die Stadtverwaltung berät Sie gern telefonisch oder per E-Mail, wenn Fragen zu Ihrem Antrag offen sind.',
  'Der Bestehornpark mit seinem Kulturzentrum ist seit der Landesgartenschau 2010 ein Treffpunkt für Jung und Alt.',
  'Die Stadtmauer mit ihren Wehrtürmen ist zu großen Teilen erhalten und lädt zu einem Rundgang um die Altstadt ein.',
  'Der Johannisturm gehört zu den Wahrzeichen der Stadt und kann bei Führungen besichtigt werden.',
  'Für Familien bietet die Stadt Kindertagesstätten in allen Ortsteilen sowie mehrere Grundschulen an.',
  'Die Freiwillige Feuerwehr ist mit ihren Ortswehren rund um die Uhr einsatzbereit und sucht stets neue Mitglieder.',
  'Gebühren richten sich nach der geltenden Verwaltungskostensatzung der Stadt Aschersleben.',
  'Der Antrag wird in der Regel innerhalb von zwei Wochen bearbeitet, sofern alle Unterlagen vollständig vorliegen.',
  'Bei Fragen zur Barrierefreiheit wenden Sie sich bitte an die Behindertenbeauftragte der Stadt.',
  'Die Ortschaften Drohndorf, Freckleben, Mehringen, Neu Königsaue, Schackstedt, Westdorf, Winningen und Wilsleben gehören zur Stadt.',
  'Der Stadtrat tagt in der Regel einmal im Monat öffentlich im Ratssaal des Rathauses.',
  'Bürgerinnen und Bürger können in der Einwohnerfragestunde zu Beginn jeder Sitzung Fragen stellen.',
  'Die Grafikstiftung Neo Rauch zeigt in wechselnden Ausstellungen Arbeiten des in Aschersleben aufgewachsenen Malers.',
  'Mit dem Fahrrad erreichen Sie die Innenstadt bequem über den Radweg entlang der Eine.',
  'Parkplätze finden Sie am Bestehornpark, an der Hecnerstraße und in der Tiefgarage am Markt.',
  'Der Wochenmarkt auf dem Holzmarkt findet dienstags und freitags von 8 bis 13 Uhr statt.',
  'Informationen zu Baustellen und Umleitungen veröffentlicht die Stadt rechtzeitig auf dieser Website.',
  'Die Wirtschaftsförderung unterstützt Unternehmen bei der Suche nach Gewerbeflächen und Fördermitteln.',
  'Im Gewerbegebiet Güstener Straße stehen noch erschlossene Flächen für Ansiedlungen zur Verfügung.',
  'Die Stadtbibliothek bietet neben Büchern auch E-Medien, Zeitschriften und Veranstaltungen für Kinder an.',
  'Das Freibad ist in den Sommermonaten täglich geöffnet; bei Gewitter wird der Badebetrieb unterbrochen.',
  'Die Abfallentsorgung übernimmt der Salzlandkreis; den Abfuhrkalender erhalten Sie beim Kreiswirtschaftsbetrieb.',
  'Anträge auf Sondernutzung öffentlicher Flächen sind mindestens vier Wochen vor dem geplanten Termin zu stellen.',
  'Die Kosten für die Beglaubigung einer Kopie betragen je Seite zwei Euro.',
  'Für die Anmeldung eines Gewerbes benötigen Sie einen gültigen Personalausweis oder Reisepass.',
  'Der Seniorenbeirat vertritt die Interessen der älteren Generation gegenüber Verwaltung und Stadtrat.',
  'Die Stadt fördert Vereine und ehrenamtliche Initiativen mit Zuschüssen aus dem Vereinsförderprogramm.',
];

export const HEADINGS = [
  'Was Sie wissen sollten',
  'Voraussetzungen',
  'Erforderliche Unterlagen',
  'Kosten und Gebühren',
  'Ablauf und Fristen',
  'Ansprechpartner',
  'Öffnungszeiten',
  'Anfahrt und Parken',
  'Barrierefreiheit',
  'Hinweise für Familien',
  'Geschichte',
  'Häufige Fragen',
  'Rechtsgrundlagen',
  'Weitere Informationen',
];

export const LIST_ITEMS = [
  'gültiger Personalausweis oder Reisepass',
  'Wohnungsgeberbestätigung des Vermieters',
  'Geburtsurkunde der Kinder',
  'Nachweis über das Einkommen der letzten drei Monate',
  'formloser Antrag mit Unterschrift',
  'aktuelles biometrisches Passfoto',
  'Vollmacht, wenn Sie eine andere Person schicken',
  'Lageplan im Maßstab 1:500',
  'Nachweis der Vertretungsberechtigung',
  'Bescheinigung der Krankenkasse',
  'Kopie des Mietvertrags',
  'Meldebescheinigung aus dem Herkunftsort',
];

export const TOPICS = [
  'Bauen und Wohnen',
  'Familie und Kinder',
  'Schule und Bildung',
  'Umwelt und Klima',
  'Verkehr und Mobilität',
  'Sport und Freizeit',
  'Soziales',
  'Gesundheit',
  'Ordnung und Sicherheit',
  'Stadtentwicklung',
  'Ehrenamt',
  'Senioren',
  'Jugend',
  'Integration',
  'Friedhöfe',
  'Märkte',
  'Tourismus',
  'Denkmalschutz',
  'Wirtschaftsförderung',
  'Digitalisierung',
  'Feuerwehr',
  'Straßenreinigung',
  'Grünflächen',
  'Kultur',
];

export const THINGS = [
  'Anwohnerparkausweis',
  'Baugenehmigung',
  'Hundesteuer',
  'Sondernutzung',
  'Gewerbeanmeldung',
  'Fundsache',
  'Führungszeugnis',
  'Meldebescheinigung',
  'Kita-Platz',
  'Straßenausbau',
  'Baumfällung',
  'Spielplatz',
  'Grundsteuer',
  'Brauchtumsfeuer',
  'Plakatierung',
  'Wohngeld',
  'Schülerbeförderung',
  'Vereinsförderung',
  'Ehrenamtskarte',
  'Stadtführung',
  'Trauung',
  'Namensänderung',
  'Anliegerbeitrag',
  'Bauvoranfrage',
];

export const PLACES = [
  'Markt',
  'Holzmarkt',
  'Bestehornpark',
  'Stadtpark',
  'Hecnerstraße',
  'Johannisplatz',
  'Tie',
  'Breite Straße',
  'Westdorf',
  'Winningen',
  'Wilsleben',
  'Mehringen',
  'Freckleben',
  'Drohndorf',
  'Schackstedt',
  'Neu Königsaue',
];

export const COMMITTEES = [
  'Stadtrat',
  'Hauptausschuss',
  'Bauausschuss',
  'Finanzausschuss',
  'Ausschuss für Bildung, Kultur und Soziales',
  'Ortschaftsrat Westdorf',
  'Ortschaftsrat Winningen',
  'Vergabeausschuss',
];

/** A lower-case URL slug from a German title (umlauts transliterated). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function paragraph(r: Rand, min: number, max: number): string {
  const n = int(r, min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, SENTENCES));
  return out.join(' ');
}
