import { h2, link, p, ul } from '../../blocks';
import type { SeedPageTranslation } from '../../translations';
import type { SeedPage } from '../../types';
import { ORG } from '../ids';

/*
 * Pages of the tourism section built on the places (issue „Visiting and living here“): where to
 * stay and eat, getting here, the DRIVE THRU Gallery — each links the place pages and the town
 * map (/orte/), which list the details (address, hours, accessibility). A directory, no
 * advertising: every entry is listed the same way. English versions for visitors below.
 */
export const tourismusOrtePages: SeedPage[] = [
  {
    slug: 'uebernachten-und-essen',
    title: 'Übernachten und Essen',
    organisation: ORG.stadt,
    parent: 'tourismus-kultur',
    summary: 'Hotels, Pensionen, Ferienwohnungen, der Wohnmobilstellplatz, Cafés und Gaststätten in Aschersleben – als Verzeichnis mit Anschrift und Barrierefreiheit.',
    seoDescription: 'Übernachten und Essen in Aschersleben: Verzeichnis der Unterkünfte und Gastronomie mit Anschrift und Angaben zur Barrierefreiheit.',
    body: [
      p(
        'Wer mehr als einen Tag in Aschersleben verbringt, findet Unterkünfte in der Altstadt und am Park. Dieses Verzeichnis listet alle Betriebe gleich – ohne Werbung und ohne Bewertung. Anschrift, Telefon und Angaben zur Barrierefreiheit stehen auf der Seite jedes Ortes.',
      ),
      h2('Übernachten'),
      ul(
        link('/orte/hotel-am-markt/', 'Hotel am Markt'),
        link('/orte/pension-an-der-promenade/', 'Pension an der Promenade'),
        link('/orte/ferienwohnungen-am-johannisturm/', 'Ferienwohnungen am Johannisturm'),
        link('/orte/wohnmobilstellplatz/', 'Wohnmobilstellplatz an der Herrenbreite'),
      ),
      h2('Essen und Trinken'),
      ul(
        link('/orte/ratskeller/', 'Ratskeller'),
        link('/orte/cafe-am-johannisturm/', 'Café am Johannisturm'),
        link('/orte/gaststaette-am-holzmarkt/', 'Gaststätte am Holzmarkt'),
      ),
      p('Alle Unterkünfte und Gaststätten sehen Sie auch im ', link('/orte/#kategorie-unterkunft', 'Stadtplan'), '. Die Tourist-Information am Markt hilft bei der Suche nach einem Zimmer.'),
      p('Sie betreiben eine Unterkunft oder Gaststätte in Aschersleben und fehlen hier? Melden Sie sich bei der Tourist-Information.'),
    ],
  },
  {
    slug: 'anreise',
    title: 'Anreise',
    organisation: ORG.stadt,
    parent: 'tourismus-kultur',
    summary: 'Mit der Bahn, dem Bus oder dem Auto nach Aschersleben: Bahnhof, Busbahnhof, Parkplätze und öffentliche Toiletten in der Innenstadt.',
    seoDescription: 'Anreise nach Aschersleben mit Bahn, Bus und Auto: Bahnhof, Busbahnhof, Parkplätze, Wohnmobilstellplatz und öffentliche Toiletten.',
    body: [
      p('Aschersleben liegt am Nordrand des Harzes, an der Eine. Die Stadt ist mit der Bahn und über die Autobahn A 36 gut zu erreichen.'),
      h2('Mit Bahn und Bus'),
      p(
        'Am ',
        link('/orte/bahnhof-aschersleben/', 'Bahnhof Aschersleben'),
        ' halten Regionalzüge in Richtung Magdeburg, Halle (Saale) und in den Harz. Direkt daneben liegt der ',
        link('/orte/busbahnhof/', 'Busbahnhof'),
        ' für Stadt- und Regionalbusse. Zum Markt gehen Sie etwa zehn Minuten.',
      ),
      h2('Mit dem Auto'),
      p('Über die A 36 erreichen Sie die Stadt aus Richtung Magdeburg und Halle. Parken Sie am Rand der Altstadt:'),
      ul(
        link('/orte/parkplatz-tie/', 'Parkplatz Tie'),
        link('/orte/parkhaus-am-bahnhof/', 'Parkhaus am Bahnhof'),
        link('/orte/parkplatz-herrenbreite/', 'Parkplatz Herrenbreite (auch für Reisebusse)'),
        link('/orte/parkplatz-bestehornhaus/', 'Parkplatz am Bestehornhaus'),
      ),
      h2('Vor Ort'),
      p(
        'Die ',
        link('/orte/tourist-information/', 'Tourist-Information am Markt'),
        ' hilft weiter. Öffentliche Toiletten, auch barrierefreie, finden Sie im ',
        link('/orte/#kategorie-toilette', 'Stadtplan'),
        '.',
      ),
    ],
  },
  {
    slug: 'drive-thru-gallery',
    title: 'DRIVE THRU Gallery',
    organisation: ORG.stadt,
    parent: 'tourismus-kultur',
    summary: 'Kunst im Vorbeifahren: Die DRIVE THRU Gallery zeigt großformatige Bilder an einer Fassade an der Durchgangsstraße – rund um die Uhr und kostenlos.',
    seoDescription: 'DRIVE THRU Gallery Aschersleben: großformatige Kunst an einer Hausfassade, vom Auto, vom Rad und zu Fuß zu sehen.',
    body: [
      p(
        'Eine Galerie, durch die man hindurchfährt: Die DRIVE THRU Gallery zeigt großformatige Kunstwerke an einer Hausfassade an der Durchgangsstraße. Wer durch Aschersleben fährt, sieht die Ausstellung im Vorbeifahren.',
      ),
      h2('Besuch'),
      p(
        'Zu Fuß und mit dem Rad lohnt sich ein Halt: Tafeln am Gehweg erklären die Bilder. Lage, Anschrift und Barrierefreiheit finden Sie auf der Seite ',
        link('/orte/drive-thru-gallery/', 'DRIVE THRU Gallery im Stadtplan'),
        '.',
      ),
      h2('Weitere Kunst in der Stadt'),
      p(
        'Wechselnde Ausstellungen zeigt die ',
        link('/orte/galerie-im-bestehornhaus/', 'Galerie im Bestehornhaus'),
        ' der Kulturanstalt; die Stadtgeschichte erzählt das ',
        link('/orte/museum-aschersleben/', 'Museum Aschersleben'),
        '.',
      ),
    ],
  },
];

export const tourismusOrteTranslations: SeedPageTranslation[] = [
  {
    page: 'uebernachten-und-essen',
    slug: 'where-to-stay-and-eat',
    title: 'Where to stay and eat',
    summary: 'Hotels, guest houses, holiday flats, the motorhome site, cafés and restaurants in Aschersleben – a directory with addresses and accessibility.',
    seoDescription: 'Where to stay and eat in Aschersleben: a directory of accommodation and restaurants with addresses and accessibility information.',
    body: [
      p(
        'Staying longer than a day? You will find accommodation in the old town and by the park. This directory lists every business the same way – no advertising, no ratings. Address, phone and accessibility are on each place’s page (in German).',
      ),
      h2('Where to stay'),
      ul(
        link('/orte/hotel-am-markt/', 'Hotel am Markt'),
        link('/orte/pension-an-der-promenade/', 'Pension an der Promenade'),
        link('/orte/ferienwohnungen-am-johannisturm/', 'Ferienwohnungen am Johannisturm'),
        link('/orte/wohnmobilstellplatz/', 'Motorhome site by the Herrenbreite park'),
      ),
      h2('Where to eat'),
      ul(link('/orte/ratskeller/', 'Ratskeller'), link('/orte/cafe-am-johannisturm/', 'Café am Johannisturm'), link('/orte/gaststaette-am-holzmarkt/', 'Gaststätte am Holzmarkt')),
      p('All of them are also on the ', link('/orte/#kategorie-unterkunft', 'town map (in German)'), '. The tourist information on the market square helps you find a room.'),
    ],
  },
  {
    page: 'anreise',
    slug: 'getting-here',
    title: 'Getting here',
    summary: 'By train, bus or car to Aschersleben: the station, the bus station, car parks and public toilets in the town centre.',
    seoDescription: 'Getting to Aschersleben by train, bus and car: station, bus station, car parks, motorhome site and public toilets.',
    body: [
      p('Aschersleben lies on the northern edge of the Harz mountains, on the river Eine, and is easy to reach by train and via the A 36 motorway.'),
      h2('By train and bus'),
      p(
        'Regional trains to Magdeburg, Halle (Saale) and the Harz stop at ',
        link('/orte/bahnhof-aschersleben/', 'Aschersleben station'),
        '; the ',
        link('/orte/busbahnhof/', 'bus station'),
        ' is next to it. The market square is a ten-minute walk.',
      ),
      h2('By car'),
      p('Take the A 36 from Magdeburg or Halle and park at the edge of the old town, for example at ', link('/orte/parkplatz-tie/', 'Parkplatz Tie'), ' or ', link('/orte/parkplatz-herrenbreite/', 'Parkplatz Herrenbreite'), ' (coaches too).'),
      h2('In town'),
      p('The ', link('/orte/tourist-information/', 'tourist information'), ' on the market square is happy to help. Public toilets, accessible ones included, are on the ', link('/orte/#kategorie-toilette', 'town map (in German)'), '.'),
    ],
  },
  {
    page: 'drive-thru-gallery',
    slug: 'drive-thru-gallery',
    title: 'DRIVE THRU Gallery',
    summary: 'Art you drive past: the DRIVE THRU Gallery shows large pictures on a house front by the main road – day and night, free of charge.',
    seoDescription: 'DRIVE THRU Gallery Aschersleben: large-format art on a house front, to see by car, by bike and on foot.',
    body: [
      p('A gallery you drive through: large artworks on a house front by the main road. Anyone driving through Aschersleben sees the exhibition on the way.'),
      p('On foot or by bike, stop for a while: panels on the pavement explain the pictures. Location and accessibility are on the ', link('/orte/drive-thru-gallery/', 'town map page (in German)'), '.'),
    ],
  },
];
