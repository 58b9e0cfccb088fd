import { b, h2, h3, i, img, link, p, quote, ul } from '../../blocks';
import type { SeedPage } from '../../types';
import { ORG } from '../ids';
import { IMAGES } from '../images';

/* Section „Tourismus & Kultur“: history, sights, the Kulturanstalt, the Kreativwerkstatt, events. */
export const tourismusPages: SeedPage[] = [
  {
    slug: 'tourismus-kultur',
    title: 'Tourismus & Kultur',
    organisation: ORG.stadt,
    parent: null,
    summary:
      'Über 1.250 Jahre Geschichte, eine fast geschlossene Stadtbefestigung, Parks der Landesgartenschau und ein lebendiges Kulturleben: Entdecken Sie die älteste Stadt Sachsen-Anhalts.',
    seoDescription:
      'Aschersleben entdecken: Geschichte, Stadtbefestigung, Sehenswürdigkeiten, Stadtführungen, Kulturanstalt, Kreativwerkstatt und Gildefest.',
    image: IMAGES.stadtmauer,
    body: [
      p(
        'Aschersleben nennt sich mit Stolz die älteste Stadt Sachsen-Anhalts. Die Stadt an der Eine gilt als „Tor zum Harz“: Von hier sind es nur wenige Kilometer bis zu den Bergen. Wer durch die Altstadt geht, begegnet auf Schritt und Tritt der Geschichte – und einer Stadt, die sich mit neuen Ideen verjüngt hat.',
      ),
      h2('Geschichte und Stadtbild'),
      ul(
        [link('/tourismus-kultur/geschichte/', 'Geschichte'), ': von der ersten Erwähnung bis heute'],
        [link('/tourismus-kultur/stadtbefestigung/', 'Stadtbefestigung'), ': Mauern, Türme und die Promenade'],
        [link('/tourismus-kultur/sehenswuerdigkeiten/', 'Sehenswürdigkeiten'), ': Kirche, Rathaus, Parks und Türme'],
        [link('/tourismus-kultur/stadtfuehrungen/', 'Stadtführungen'), ': die Stadt mit Kennern erleben'],
      ),
      h2('Kultur erleben'),
      p(
        'Die ',
        link('/tourismus-kultur/kulturanstalt/', 'Aschersleber Kulturanstalt'),
        ' bringt Konzerte, Theater, Lesungen und Ausstellungen in die Stadt. In der ',
        link('/tourismus-kultur/kreativwerkstatt/', 'Kreativwerkstatt'),
        ' werden Sie selbst kreativ. Und jedes Jahr feiert die Stadt ihr ',
        link('/tourismus-kultur/gildefest/', 'Gildefest'),
        ' auf dem Holzmarkt.',
      ),
      h2('Grüne Stadt'),
      p(
        'Seit der ',
        link('/tourismus-kultur/landesgartenschau-iba-2010/', 'Landesgartenschau und der Internationalen Bauausstellung 2010'),
        ' ist Aschersleben um mehrere Parks reicher. Sie laden zum Spazieren, Spielen und Ausruhen ein.',
      ),
      h2('Anreise'),
      p(
        'Aschersleben erreichen Sie mit dem Auto über die Autobahn A 36 und mit der Bahn im Regionalverkehr. Parkplätze gibt es rund um die Altstadt; die Wege in die Innenstadt sind kurz. Mehr unter ',
        link('/tourismus-kultur/anreise/', 'Anreise'),
        '.',
      ),
      h2('Aufenthalt planen'),
      ul(
        [link('/orte/', 'Stadtplan'), ': alle Sehenswürdigkeiten, Parks, Parkplätze und Toiletten'],
        [link('/tourismus-kultur/uebernachten-und-essen/', 'Übernachten und Essen'), ': Unterkünfte und Gastronomie'],
        [link('/tourismus-kultur/drive-thru-gallery/', 'DRIVE THRU Gallery'), ': Kunst im Vorbeifahren'],
        [link('/publikationen/', 'Stadtführer und Broschüren'), ' zum Herunterladen'],
      ),
    ],
  },
  {
    slug: 'geschichte',
    title: 'Geschichte',
    organisation: ORG.stadt,
    parent: 'tourismus-kultur',
    summary:
      'Erste Erwähnung im Codex Eberhardi, Stadtrecht 1266, Mitglied der Hanse ab 1426: die Geschichte Ascherslebens von den Anfängen bis zur Stadt von heute.',
    seoDescription:
      'Geschichte von Aschersleben: Ersterwähnung im Codex Eberhardi (753), Stadtrecht 1266, Hanse 1426, Stadtbefestigung und Stadtumbau bis 2010.',
    image: IMAGES.johannisturm,
    body: [
      p(
        'Aschersleben blickt auf eine Geschichte von weit über tausend Jahren zurück. Darauf gründet der Anspruch, die älteste Stadt Sachsen-Anhalts zu sein.',
      ),
      h2('Die erste Erwähnung'),
      p(
        'Aschersleben wird im ',
        i('Codex Eberhardi'),
        ' erwähnt, einer Sammlung von Abschriften alter Urkunden des Klosters Fulda. Sie entstand im 12. Jahrhundert; der Eintrag zu Aschersleben wird traditionell auf das Jahr 753 datiert. Auf diese Überlieferung bezieht sich die Stadt, wenn sie ihre Geschichte zählt.',
      ),
      h2('Stadtrecht und Stadtmauer'),
      p(
        'Im Jahr 1266 erhielt Aschersleben das Stadtrecht. Die wachsende Stadt umgab sich mit einer Befestigung: einem Ring aus Mauern und Gräben von etwa zwei Kilometern Länge mit ursprünglich rund 50 Türmen. Große Teile davon sind bis heute erhalten. Mehr dazu unter ',
        link('/tourismus-kultur/stadtbefestigung/', 'Stadtbefestigung'),
        '.',
      ),
      h2('Handel und Hanse'),
      p(
        'Ab 1426 gehörte Aschersleben der Hanse an, dem Bund von Kaufleuten und Städten, der den Handel in Nord- und Mitteleuropa prägte. Die Lage am Rand des Harzes und an wichtigen Handelswegen machte die Stadt zu einem Umschlagplatz. Marktplatz, Rathaus und die großen Bürgerhäuser erzählen von diesem Wohlstand.',
      ),
      h2('Vom Industriezeitalter bis heute'),
      p(
        'Im 19. und 20. Jahrhundert wuchs Aschersleben zur Industriestadt. Nach 1990 veränderte sich die Stadt grundlegend: Betriebe schlossen, viele Menschen zogen fort. Aschersleben hat darauf mit einem mutigen Stadtumbau geantwortet.',
      ),
      h3('Stadtumbau und Gartenschau'),
      p(
        'Im Jahr 2010 war Aschersleben Teil der Internationalen Bauausstellung Stadtumbau und Gastgeberin der Landesgartenschau. Brachflächen wurden zu Parks, die Altstadt wurde gestärkt. Mehr unter ',
        link('/tourismus-kultur/landesgartenschau-iba-2010/', 'Landesgartenschau und IBA 2010'),
        '.',
      ),
      h3('Eine Stadt mit Ortschaften'),
      p(
        'Zwischen 2004 und 2010 schlossen sich elf Gemeinden der Umgebung der Stadt an. Seither gehören sie als ',
        link('/rathaus-verwaltung/ortschaften/', 'Ortschaften'),
        ' zu Aschersleben.',
      ),
      quote('Aschersleben – Älteste Stadt Sachsen-Anhalts.'),
    ],
  },
  {
    slug: 'stadtbefestigung',
    title: 'Stadtbefestigung',
    organisation: ORG.stadt,
    parent: 'tourismus-kultur',
    summary:
      'Rund zwei Kilometer lang war der Mauerring mit ursprünglich etwa 50 Türmen. Vieles ist erhalten, und auf dem einstigen Stadtgraben führt heute eine grüne Promenade um die Altstadt.',
    seoDescription:
      'Historische Stadtbefestigung Aschersleben: Stadtmauer, Wehrtürme, Johannisturm und die Promenade auf dem ehemaligen Stadtgraben.',
    image: IMAGES.stadtmauer,
    body: [
      p(
        'Die Stadtbefestigung ist das Markenzeichen Ascherslebens. Braune Hinweisschilder an den Autobahnen kündigen sie als „Historische Stadtbefestigungsanlage“ an. Kaum eine Stadt in der Region hat so viel von ihren mittelalterlichen Mauern und Türmen bewahrt.',
      ),
      h2('Ein Ring um die Altstadt'),
      p(
        'Im Mittelalter umschloss ein Ring aus Mauern, Türmen, Toren und Gräben die Stadt. Er war etwa zwei Kilometer lang und hatte ursprünglich rund 50 Türme. Die Mauern schützten Bürger und Handel; die Tore waren nachts geschlossen.',
      ),
      h2('Was heute zu sehen ist'),
      ul(
        'lange Abschnitte der Stadtmauer',
        'zahlreiche Wehr- und Mauertürme, runde wie eckige',
        'der Johannisturm, einer der bekanntesten Türme der Stadt',
        'Reste der Zwinger und Wälle',
      ),
      img(IMAGES.johannisturm),
      h2('Die Promenade'),
      p(
        'Wo früher der Stadtgraben lag, verläuft heute eine Promenade mit altem Baumbestand. Sie führt fast ganz um die Altstadt herum und ist einer der schönsten Spazierwege der Stadt. Unterwegs sehen Sie die Mauern von außen – so, wie sie Reisende vor Jahrhunderten gesehen haben.',
      ),
      h2('Rundgang'),
      p(
        'Für einen Rundgang auf der Promenade sollten Sie etwa eine Stunde einplanen. Die Wege sind überwiegend eben und auch mit Kinderwagen oder Rollstuhl gut zu befahren; an einigen Stellen gibt es Steigungen und Kopfsteinpflaster.',
      ),
      p(
        'Mehr erfahren Sie bei einer ',
        link('/tourismus-kultur/stadtfuehrungen/', 'Stadtführung'),
        ' oder im Stadtführer, den Sie unter ',
        link('/rathaus-verwaltung/stadtplan-und-broschueren/', 'Stadtplan und Broschüren'),
        ' finden.',
      ),
    ],
  },
  {
    slug: 'sehenswuerdigkeiten',
    title: 'Sehenswürdigkeiten',
    organisation: ORG.stadt,
    parent: 'tourismus-kultur',
    summary:
      'St. Stephani, das Rathaus am Markt, der Graue Hof, Bestehornpark, Herrenbreite und Johannisturm: die wichtigsten Sehenswürdigkeiten Ascherslebens auf einen Blick.',
    seoDescription:
      'Sehenswürdigkeiten in Aschersleben: Kirche St. Stephani, historisches Rathaus, Grauer Hof, Bestehornpark, Herrenbreite und Johannisturm.',
    image: IMAGES.kirche,
    body: [
      p(
        'Die meisten Sehenswürdigkeiten Ascherslebens liegen dicht beieinander in der Altstadt und lassen sich bequem zu Fuß erreichen. Ein Rundgang verbindet Kirche, Rathaus, historische Höfe, Türme und Parks.',
      ),
      h2('In der Altstadt'),
      h3('St. Stephani'),
      p(
        'Die Stadtkirche St. Stephani ist eine gotische Hallenkirche im Herzen der Altstadt. Ihr hoher Turm prägt die Silhouette Ascherslebens und ist schon von weitem zu sehen. Im Inneren beeindruckt die weite, lichte Halle.',
      ),
      img(IMAGES.kirche),
      h3('Rathaus'),
      p(
        'Das Rathaus am Markt ist über Jahrhunderte gewachsen und bis heute Sitz der Stadtverwaltung. Sein Giebel und der Marktplatz davor bilden das Herz der Altstadt. Im Rathaus finden auch Trauungen statt.',
      ),
      h3('Grauer Hof'),
      p(
        'Der Graue Hof ist ein historischer Gebäudekomplex in der Altstadt mit Bauteilen aus dem Mittelalter. Er gehört zu den ältesten erhaltenen Anlagen der Stadt.',
      ),
      h3('Johannisturm'),
      p(
        'Der Johannisturm ist einer der erhaltenen Türme der mittelalterlichen ',
        link('/tourismus-kultur/stadtbefestigung/', 'Stadtbefestigung'),
        ' und ein beliebtes Fotomotiv.',
      ),
      h2('Grün in der Stadt'),
      h3('Bestehornpark'),
      p(
        'Der Bestehornpark trägt den Namen einer Ascherslebener Unternehmerfamilie. Zur ',
        link('/tourismus-kultur/landesgartenschau-iba-2010/', 'Landesgartenschau 2010'),
        ' wurde er neu gestaltet und ist heute ein Ort zum Spazieren und Verweilen mitten in der Stadt.',
      ),
      h3('Herrenbreite'),
      p(
        'Die Herrenbreite ist eine weitläufige Grünanlage, die ebenfalls im Zuge der Landesgartenschau entstand. Wiesen, Wege und Spielflächen machen sie zu einem Treffpunkt für Familien.',
      ),
      h2('Tipp'),
      p(
        'Alle Orte dieser Seite verbindet unsere ',
        link('/tourismus-kultur/stadtfuehrungen/', 'Stadtführung durch die Altstadt'),
        '.',
      ),
      p(
        'Anschrift, Öffnungszeiten und Barrierefreiheit jeder Sehenswürdigkeit – etwa ',
        link('/orte/kirche-st-stephani/', 'St. Stephani'),
        ', ',
        link('/orte/grauer-hof/', 'Grauer Hof'),
        ' oder ',
        link('/orte/johannisturm/', 'Johannisturm'),
        ' – finden Sie im ',
        link('/orte/', 'Stadtplan'),
        '.',
      ),
    ],
  },
  {
    slug: 'stadtfuehrungen',
    title: 'Stadtführungen',
    organisation: ORG.stadt,
    parent: 'tourismus-kultur',
    summary:
      'Mit kundigen Stadtführerinnen und Stadtführern durch die Altstadt, entlang der Stadtmauer oder auf den Spuren der Hanse: öffentliche Führungen und Termine für Gruppen.',
    seoDescription:
      'Stadtführungen in Aschersleben: öffentliche Rundgänge, Führungen für Gruppen und Schulklassen, Themenführungen und Buchung.',
    body: [
      p(
        'Eine Stadt erschließt sich am besten mit jemandem, der ihre Geschichten kennt. Unsere Stadtführerinnen und Stadtführer zeigen Ihnen Aschersleben – mit Daten und Fakten, aber auch mit Anekdoten aus vielen Jahrhunderten.',
      ),
      h2('Öffentliche Führungen'),
      p(
        'Von Frühjahr bis Herbst bieten wir regelmäßig öffentliche Altstadtführungen an. Sie beginnen am Rathaus am Markt und dauern etwa 90 Minuten. Eine Anmeldung ist nicht nötig. Die Termine stehen unter ',
        link('/aktuelles/', 'Aktuelles'),
        '.',
      ),
      h2('Führungen für Gruppen'),
      p('Für Vereine, Betriebe, Familienfeiern und Reisegruppen vereinbaren wir einen Termin nach Ihren Wünschen. Zur Auswahl stehen zum Beispiel:'),
      ul(
        [b('Altstadtrundgang'), ': Markt, Rathaus, St. Stephani und die schönsten Gassen'],
        [b('Mauern und Türme'), ': entlang der Stadtbefestigung und über die Promenade'],
        [b('Hansestadt Aschersleben'), ': Handel, Handwerk und Bürgerstolz im Mittelalter'],
        [b('Vom Stadtumbau zur Gartenschau'), ': die Veränderungen seit 2010'],
      ),
      h2('Für Schulklassen'),
      p(
        'Kinder und Jugendliche entdecken die Stadt bei kindgerechten Führungen mit Rätseln und Aufgaben. Das Angebot lässt sich mit einem Kurs in der ',
        link('/tourismus-kultur/kreativwerkstatt/', 'Kreativwerkstatt'),
        ' verbinden.',
      ),
      h2('Barrierefreiheit'),
      p(
        'Viele Strecken sind für Rollstühle und Kinderwagen geeignet. Sagen Sie uns bei der Buchung, was Sie brauchen; wir passen die Route an. Führungen mit Gebärdensprachdolmetschung organisieren wir auf Anfrage.',
      ),
      h2('Buchung'),
      p(
        'Buchungen nehmen wir per E-Mail an ',
        link('mailto:stadtfuehrung@aschersleben.de', 'stadtfuehrung@aschersleben.de'),
        ' entgegen. Bitte nennen Sie Wunschtermin, Gruppengröße und Thema.',
      ),
    ],
  },
  {
    slug: 'kulturanstalt',
    title: 'Aschersleber Kulturanstalt',
    organisation: ORG.kulturanstalt,
    parent: 'tourismus-kultur',
    summary:
      'Die Aschersleber Kulturanstalt ist die Kultureinrichtung der Stadt: Sie veranstaltet Konzerte, Theater, Lesungen, Ausstellungen und Feste und vermietet Säle und Räume.',
    seoDescription:
      'Aschersleber Kulturanstalt AöR: Veranstaltungen, Konzerte, Theater, Ausstellungen, Stadtfeste, Tickets und Räume zum Mieten in Aschersleben.',
    image: IMAGES.buehne,
    body: [
      p(
        'Die Aschersleber Kulturanstalt ist eine Anstalt öffentlichen Rechts der Stadt Aschersleben. Sie sorgt dafür, dass in der Stadt das ganze Jahr über Kultur stattfindet – für Einheimische und Gäste, für Kinder und Erwachsene.',
      ),
      h2('Was wir machen'),
      ul(
        'Konzerte von Klassik bis Rock',
        'Theater, Kabarett und Kindertheater',
        'Lesungen und Vorträge',
        'Ausstellungen regionaler und überregionaler Künstlerinnen und Künstler',
        'Stadtfeste wie das Gildefest und den Weihnachtsmarkt, gemeinsam mit der Stadt',
      ),
      p(
        'Das aktuelle Programm finden Sie unter ',
        link('/tourismus-kultur/kulturanstalt/veranstaltungen/', 'Veranstaltungen'),
        '.',
      ),
      h2('Räume für Ihre Veranstaltung'),
      p(
        'Unsere Säle und Räume können Sie für Feiern, Tagungen, Vereinsversammlungen und Konzerte mieten. Wie das geht, steht unter ',
        link('/tourismus-kultur/kulturanstalt/raeume-mieten/', 'Räume mieten'),
        '.',
      ),
      img(IMAGES.buehne),
      h2('Unsere Spielorte'),
      ul(
        [link('/orte/bestehornhaus/', 'Bestehornhaus'), ': Konzerte, Theater, Tagungen'],
        [link('/orte/galerie-im-bestehornhaus/', 'Galerie im Bestehornhaus'), ': Ausstellungen'],
        [link('/orte/freilichtbuehne-herrenbreite/', 'Freilichtbühne in der Herrenbreite'), ': Sommertheater und Open-Air-Kino'],
      ),
      h2('Neu unter aschersleben.de'),
      p(
        'Die Kulturanstalt hatte früher eine eigene Website. Ihre Inhalte finden Sie jetzt hier im Stadtportal. Alte Links und Lesezeichen funktionieren weiter und führen Sie automatisch auf die passende Seite. Neuigkeiten der Kulturanstalt erscheinen gemeinsam mit den Meldungen der Stadt unter ',
        link('/aktuelles/', 'Aktuelles'),
        '; so sehen Sie auf einen Blick, was in Aschersleben los ist.',
      ),
      h2('Kontakt'),
      p(
        'Aschersleber Kulturanstalt AöR, Hecknerstraße 6, 06449 Aschersleben. Telefon ',
        link('tel:+49347384090', '03473 8409-0'),
        ', E-Mail ',
        link('mailto:kulturanstalt@aschersleben.de', 'kulturanstalt@aschersleben.de'),
        '.',
      ),
    ],
  },
  {
    slug: 'veranstaltungen',
    title: 'Veranstaltungen',
    organisation: ORG.kulturanstalt,
    parent: 'kulturanstalt',
    summary:
      'Konzerte, Theater, Lesungen und Ausstellungen der Aschersleber Kulturanstalt: So finden Sie das Programm, so kommen Sie an Karten, und das gilt für Ermäßigungen und Barrierefreiheit.',
    seoDescription:
      'Veranstaltungen der Aschersleber Kulturanstalt: Programm, Kartenvorverkauf, Ermäßigungen, Anfahrt und barrierefreier Zugang.',
    body: [
      p(
        'Die Aschersleber Kulturanstalt bietet jede Saison ein abwechslungsreiches Programm. Neue Veranstaltungen kündigen wir unter ',
        link('/aktuelles/', 'Aktuelles'),
        ' an. Das gedruckte Halbjahresprogramm liegt in vielen Geschäften und öffentlichen Einrichtungen der Stadt aus.',
      ),
      h2('Programmreihen'),
      h3('Konzerte'),
      p('Von Kammermusik über Chorkonzerte bis zu Rock und Pop – mit regionalen Ensembles und Gästen von außerhalb.'),
      h3('Theater und Kabarett'),
      p('Gastspiele von Theatern aus der Region, Kabarett, Komödie und Kindertheater am Sonntagnachmittag.'),
      h3('Lesungen und Vorträge'),
      p('Autorinnen und Autoren lesen aus neuen Büchern; Vorträge beschäftigen sich oft mit der Geschichte der Stadt und der Region.'),
      h3('Ausstellungen'),
      p('Wechselnde Ausstellungen mit Malerei, Fotografie und Grafik, häufig mit einer Eröffnung und Führungen.'),
      h2('Karten'),
      ul(
        'im Vorverkauf bei der Kulturanstalt zu den Öffnungszeiten',
        'online mit Bezahlung über den Bezahldienst',
        'an der Abendkasse, solange Plätze frei sind',
      ),
      p(
        'Schülerinnen und Schüler, Studierende, Auszubildende und Menschen mit Schwerbehindertenausweis erhalten Ermäßigung. Eine notwendige Begleitperson hat freien Eintritt.',
      ),
      h2('Barrierefreiheit'),
      p(
        'Die meisten Veranstaltungsorte sind stufenlos erreichbar und haben Plätze für Rollstuhlnutzende. Bitte sagen Sie uns beim Kauf, wenn Sie einen solchen Platz brauchen. Für einzelne Veranstaltungen können wir eine Höranlage bereitstellen.',
      ),
      h2('Eigene Veranstaltung?'),
      p(
        'Sie möchten selbst etwas auf die Bühne bringen? Dann finden Sie unter ',
        link('/tourismus-kultur/kulturanstalt/raeume-mieten/', 'Räume mieten'),
        ' unsere Säle und Bedingungen.',
      ),
    ],
  },
  {
    slug: 'raeume-mieten',
    title: 'Räume mieten',
    organisation: ORG.kulturanstalt,
    parent: 'kulturanstalt',
    summary:
      'Säle und Seminarräume für Feiern, Tagungen, Vereinsversammlungen und Konzerte: So fragen Sie einen Raum der Kulturanstalt an und buchen ihn online.',
    seoDescription:
      'Räume der Aschersleber Kulturanstalt mieten: Säle und Seminarräume für Feiern, Tagungen und Konzerte, Technik, Preise und Online-Buchung.',
    body: [
      p(
        'Die Aschersleber Kulturanstalt vermietet ihre Räume an Vereine, Unternehmen, Schulen und Privatpersonen. Ob Hochzeit, Jubiläum, Firmenfeier, Tagung oder Konzert: Wir helfen Ihnen, den passenden Raum zu finden.',
      ),
      h2('Unsere Räume'),
      ul(
        [b('Großer Saal'), ': für Konzerte, Bälle und große Feiern, mit Bühne'],
        [b('Kleiner Saal'), ': für Familienfeiern, Empfänge und Lesungen'],
        [b('Seminarräume'), ': für Tagungen, Kurse und Vereinssitzungen'],
      ),
      h2('Technik und Service'),
      p(
        'Je nach Raum stehen Beamer, Leinwand, Mikrofone, Ton- und Lichtanlage zur Verfügung. Auf Wunsch vermitteln wir Bewirtung, Bestuhlung und Technikpersonal.',
      ),
      h2('So buchen Sie'),
      h3('1. Verfügbarkeit prüfen'),
      p(
        'Im Buchungskalender sehen Sie, wann ein Raum frei ist. Das Buchungswerkzeug ist Teil der ',
        link('/rathaus-verwaltung/buergerservice/online-dienste/', 'Online-Dienste'),
        ' der Stadt.',
      ),
      h3('2. Anfrage senden'),
      p('Wählen Sie Raum, Datum und Uhrzeit und beschreiben Sie kurz Ihre Veranstaltung.'),
      h3('3. Vertrag und Bezahlung'),
      p(
        'Wir prüfen Ihre Anfrage und schicken Ihnen ein Angebot. Nach Ihrer Zusage erhalten Sie den Mietvertrag. Die Miete bezahlen Sie per Überweisung oder online.',
      ),
      h2('Preise'),
      p(
        'Die Mietpreise richten sich nach Raum, Dauer und Art der Veranstaltung. Gemeinnützige Vereine aus Aschersleben erhalten Ermäßigung. Die aktuelle Entgeltordnung schicken wir Ihnen gern zu.',
      ),
      h2('Kontakt'),
      p(
        'Raumvermietung der Kulturanstalt: ',
        link('mailto:kulturanstalt@aschersleben.de', 'kulturanstalt@aschersleben.de'),
        ', Telefon ',
        link('tel:+49347384090', '03473 8409-0'),
        '.',
      ),
    ],
  },
  {
    slug: 'kreativwerkstatt',
    title: 'Kreativwerkstatt',
    organisation: ORG.kreativwerkstatt,
    parent: 'tourismus-kultur',
    summary:
      'Malen, Töpfern, Werken mit Holz und Textil: In der Kreativwerkstatt Aschersleben probieren Kinder, Jugendliche und Erwachsene Neues aus – in Kursen, Ferienangeboten und offenen Werkstattzeiten.',
    seoDescription:
      'Kreativwerkstatt Aschersleben: Kurse und Workshops für Kinder und Erwachsene, Ferienangebote, Projekte für Schulen und Kitas, offene Werkstatt.',
    image: IMAGES.werkstatt,
    body: [
      p(
        'Die Kreativwerkstatt ist ein Ort zum Ausprobieren. Hier dürfen die Hände schmutzig werden: an der Töpferscheibe, an der Hobelbank oder vor der Staffelei. Erfahrene Kursleiterinnen und Kursleiter helfen, wo es nötig ist, und lassen Raum für eigene Ideen.',
      ),
      h2('Unsere Werkstätten'),
      ul(
        [b('Malen und Zeichnen'), ': Aquarell, Acryl, Druckgrafik'],
        [b('Keramik'), ': Aufbaukeramik, Drehen an der Scheibe, eigener Brennofen'],
        [b('Holz'), ': vom Schneidebrett bis zum Vogelhaus'],
        [b('Textil'), ': Nähen, Filzen, Stoffdruck'],
      ),
      img(IMAGES.werkstatt),
      h2('Für wen?'),
      p(
        'Für alle ab vier Jahren – Kinder, Jugendliche, Erwachsene und Familien. Die meisten Kurse setzen keine Vorkenntnisse voraus. Kitas und Schulen buchen bei uns Projekttage und Arbeitsgemeinschaften.',
      ),
      h2('Angebote'),
      ul(
        [link('/tourismus-kultur/kreativwerkstatt/kurse-und-workshops/', 'Kurse und Workshops'), ': regelmäßige Kurse und Wochenend-Workshops'],
        [link('/tourismus-kultur/kreativwerkstatt/ferienangebote/', 'Ferienangebote'), ': Ferienkurse für Kinder und Jugendliche'],
      ),
      h2('Offene Werkstatt'),
      p(
        'Einmal in der Woche ist die Werkstatt offen für alle, die an eigenen Projekten arbeiten möchten. Wer einen Kurs besucht hat, kann hier Maschinen und Werkzeuge nutzen.',
      ),
      h2('Kontakt'),
      p(
        'Kreativwerkstatt Aschersleben, Breite Straße 42, 06449 Aschersleben. Telefon ',
        link('tel:+493473958460', '03473 958-460'),
        ', E-Mail ',
        link('mailto:kreativwerkstatt@aschersleben.de', 'kreativwerkstatt@aschersleben.de'),
        '. Die Werkstatt liegt im Erdgeschoss und ist stufenlos erreichbar.',
      ),
    ],
  },
  {
    slug: 'kurse-und-workshops',
    title: 'Kurse und Workshops',
    organisation: ORG.kreativwerkstatt,
    parent: 'kreativwerkstatt',
    summary:
      'Wöchentliche Kurse und Wochenend-Workshops in Malerei, Keramik, Holz und Textil für Kinder und Erwachsene: Ablauf, Anmeldung, Kosten und Ermäßigungen.',
    seoDescription:
      'Kurse und Workshops der Kreativwerkstatt Aschersleben: Malen, Töpfern, Holz, Textil. Anmeldung, Kursgebühren und Ermäßigungen.',
    body: [
      p(
        'In der Kreativwerkstatt gibt es zwei Arten von Angeboten: Kurse, die sich über mehrere Wochen erstrecken, und Workshops an einem Tag oder Wochenende. In kleinen Gruppen bleibt Zeit für jede und jeden.',
      ),
      h2('Wöchentliche Kurse'),
      h3('Für Kinder und Jugendliche'),
      ul(
        'Kleine Künstler (4 bis 6 Jahre): Farben, Formen, Kleister',
        'Malwerkstatt (7 bis 12 Jahre)',
        'Ton und Töpferscheibe (ab 8 Jahren)',
        'Holzwerkstatt (ab 10 Jahren)',
      ),
      h3('Für Erwachsene'),
      ul(
        'Aquarellmalerei für Einsteiger und Fortgeschrittene',
        'Keramik am Abend',
        'Nähen und Upcycling',
        'Kreativ am Vormittag: ein Kurs für Menschen im Ruhestand',
      ),
      h2('Workshops'),
      p(
        'Workshops widmen sich einem Thema, zum Beispiel Linoldruck, Filzen oder dem Bau eines Insektenhotels. Vor Ostern und in der Adventszeit bieten wir besondere Werkstätten für Familien an.',
      ),
      h2('Anmeldung'),
      p(
        'Melden Sie sich per E-Mail an ',
        link('mailto:kreativwerkstatt@aschersleben.de', 'kreativwerkstatt@aschersleben.de'),
        ' oder persönlich in der Werkstatt an. Die Plätze vergeben wir in der Reihenfolge der Anmeldungen. Das neue Kursprogramm erscheint jeweils vor den Sommer- und vor den Winterferien.',
      ),
      h2('Kosten'),
      p(
        'Die Kursgebühr enthält das Material. Kinder und Jugendliche, Familien mit mehreren Kindern sowie Menschen mit geringem Einkommen zahlen ermäßigte Gebühren. Niemand soll aus Geldgründen draußen bleiben: Sprechen Sie uns an.',
      ),
      h2('Gut zu wissen'),
      ul(
        'Bitte tragen Sie Kleidung, die schmutzig werden darf.',
        'Gebrannte Keramik können Sie etwa zwei Wochen nach dem Kurs abholen.',
        'Kurse, die ausfallen, holen wir nach.',
      ),
    ],
  },
  {
    slug: 'ferienangebote',
    title: 'Ferienangebote',
    organisation: ORG.kreativwerkstatt,
    parent: 'kreativwerkstatt',
    summary:
      'In den Schulferien wird die Kreativwerkstatt zur Ferienwerkstatt: Tageskurse und Projektwochen für Kinder von 6 bis 14 Jahren, mit Betreuung von morgens bis zum Nachmittag.',
    seoDescription:
      'Ferienangebote der Kreativwerkstatt Aschersleben: Tageskurse und Projektwochen für Kinder von 6 bis 14 Jahren in den Schulferien.',
    body: [
      p(
        'Ferien sind die beste Zeit, um etwas Neues auszuprobieren. In den Sommer-, Herbst- und Winterferien öffnet die Kreativwerkstatt für Kinder von 6 bis 14 Jahren.',
      ),
      h2('So sieht ein Ferientag aus'),
      ul(
        'Ankommen ab 8 Uhr',
        'Werkstattzeit am Vormittag',
        'gemeinsames Mittagessen',
        'Werkstattzeit, Spiele und Ausflüge am Nachmittag',
        'Abholen bis 16 Uhr',
      ),
      h2('Projektwochen'),
      p(
        'In den Sommerferien bieten wir Projektwochen an. Fünf Tage lang arbeiten die Kinder an einem großen Vorhaben: Sie bauen eine Stadt aus Ton, gestalten ein Theaterstück mit Kulissen und Kostümen oder zimmern Möbel für den Werkstattgarten. Am Freitag zeigen sie ihre Arbeiten den Eltern.',
      ),
      h2('Anmeldung und Kosten'),
      p(
        'Die Anmeldung beginnt jeweils sechs Wochen vor den Ferien. Der Preis pro Tag enthält Material, Mittagessen und Getränke. Für Familien mit geringem Einkommen gibt es Ermäßigungen; Leistungen aus dem Bildungs- und Teilhabepaket können eingesetzt werden.',
      ),
      p(
        'Anmeldung per E-Mail an ',
        link('mailto:kreativwerkstatt@aschersleben.de', 'kreativwerkstatt@aschersleben.de'),
        ' mit Name und Alter des Kindes und den gewünschten Tagen.',
      ),
      h2('Inklusion'),
      p(
        'Kinder mit und ohne Behinderung sind willkommen. Bitte sprechen Sie mit uns, wenn Ihr Kind besondere Unterstützung braucht. Gemeinsam finden wir eine Lösung.',
      ),
      h2('Noch mehr Ferienspaß'),
      p(
        'Auch die ',
        link('/leben-in-aschersleben/feuerwehr/jugendfeuerwehr/', 'Jugendfeuerwehr'),
        ' und die ',
        link('/tourismus-kultur/kulturanstalt/veranstaltungen/', 'Kulturanstalt'),
        ' haben in den Ferien Angebote für Kinder.',
      ),
    ],
  },
  {
    slug: 'landesgartenschau-iba-2010',
    title: 'Landesgartenschau und IBA 2010',
    organisation: ORG.stadt,
    parent: 'tourismus-kultur',
    summary:
      'Im Jahr 2010 war Aschersleben Teil der Internationalen Bauausstellung Stadtumbau und Gastgeberin der Landesgartenschau. Beides hat die Stadt nachhaltig verändert.',
    seoDescription:
      'Landesgartenschau und Internationale Bauausstellung Stadtumbau 2010 in Aschersleben: neue Parks, gestärkte Altstadt, Drive Thru Gallery.',
    image: IMAGES.park,
    body: [
      p(
        'Das Jahr 2010 war für Aschersleben ein Wendepunkt. Gleich zwei große Vorhaben fanden ihren Abschluss: die Internationale Bauausstellung Stadtumbau Sachsen-Anhalt und die Landesgartenschau.',
      ),
      h2('Die Internationale Bauausstellung'),
      p(
        'Wie viele Städte in Ostdeutschland hatte Aschersleben nach 1990 viele Einwohner verloren. Leere Wohnungen und Industriebrachen prägten ganze Straßenzüge. Im Rahmen der Internationalen Bauausstellung Stadtumbau suchte die Stadt zusammen mit anderen Städten des Landes nach neuen Wegen.',
      ),
      p(
        'Aschersleben entschied sich, die Altstadt zu stärken: Leerstehende Gebäude am Rand wurden abgerissen, historische Häuser im Kern saniert. Wo Lücken entstanden, wurde Platz für Grün.',
      ),
      h3('Drive Thru Gallery'),
      p(
        'Entlang einer Hauptverkehrsstraße entstand die Drive Thru Gallery: großformatige Bilder an Fassaden und Wänden, die man im Vorbeifahren betrachtet. Sie wird bis heute immer wieder neu bespielt.',
      ),
      h2('Die Landesgartenschau'),
      p(
        'Die Landesgartenschau verwandelte Brachflächen in neue Parks. Zu den Flächen gehörten der ',
        link('/tourismus-kultur/sehenswuerdigkeiten/', 'Bestehornpark und die Herrenbreite'),
        '. Während der Gartenschau kamen viele Gäste aus dem ganzen Land nach Aschersleben.',
      ),
      img(IMAGES.park),
      h2('Was geblieben ist'),
      ul(
        'grüne Parks mitten in der Stadt, die allen offenstehen',
        'eine sanierte, belebte Altstadt',
        'neue Wege und Plätze für Fußgänger und Radfahrer',
        'Erfahrungen, die andere Städte heute nutzen',
      ),
      p(
        'Die Parks pflegt heute der Eigenbetrieb Bauwirtschaftshof. Ein Spaziergang lässt sich gut mit der Promenade an der ',
        link('/tourismus-kultur/stadtbefestigung/', 'Stadtbefestigung'),
        ' verbinden.',
      ),
    ],
  },
  {
    slug: 'gildefest',
    title: 'Gildefest',
    organisation: ORG.stadt,
    parent: 'tourismus-kultur',
    summary:
      'Markt, Musik und Handwerk auf dem Holzmarkt: Das Gildefest erinnert an die Zünfte und Gilden der alten Hansestadt und ist eines der beliebtesten Feste in Aschersleben.',
    seoDescription:
      'Gildefest Aschersleben auf dem Holzmarkt: Handwerkermarkt, Musik, Programm für Kinder, Anreise und Hinweise für Händler und Vereine.',
    image: IMAGES.markt,
    body: [
      p(
        'Im Mittelalter schlossen sich Kaufleute und Handwerker in Gilden und Zünften zusammen. Sie regelten Ausbildung und Handel und prägten das Leben der Stadt. Das Gildefest erinnert an diese Tradition – und ist vor allem ein fröhliches Fest für alle Generationen.',
      ),
      h2('Was Sie erwartet'),
      ul(
        'ein Handwerkermarkt mit Vorführungen alter Handwerkstechniken',
        'Musik und Programm auf der Bühne am Holzmarkt',
        'Mitmachaktionen für Kinder, unter anderem mit der Kreativwerkstatt',
        'Speisen und Getränke von Händlern und Vereinen aus der Region',
        'Führungen durch die Altstadt',
      ),
      img(IMAGES.markt),
      h2('Wo und wann'),
      p(
        'Das Gildefest findet auf dem Holzmarkt und in den angrenzenden Straßen der Altstadt statt. Den genauen Termin und das Programm veröffentlichen wir rechtzeitig unter ',
        link('/aktuelles/', 'Aktuelles'),
        '. Der Eintritt ist frei.',
      ),
      h2('Anreise'),
      p(
        'Während des Festes sind einige Straßen um den Holzmarkt gesperrt. Bitte nutzen Sie die Parkplätze am Rand der Altstadt; von dort sind es wenige Minuten zu Fuß. Hinweise zu Sperrungen stehen vor dem Fest unter Aktuelles.',
      ),
      h2('Für Händler und Vereine'),
      p(
        'Sie möchten mit einem Stand dabei sein? Bewerbungen nimmt das ',
        link('/rathaus-verwaltung/aemter/ordnungsamt/', 'Ordnungsamt'),
        ' entgegen. Vereine, die sich vorstellen möchten, sind besonders willkommen.',
      ),
      h2('Organisation'),
      p(
        'Das Gildefest organisieren die Stadt Aschersleben und die ',
        link('/tourismus-kultur/kulturanstalt/', 'Aschersleber Kulturanstalt'),
        ' gemeinsam mit vielen Vereinen und Helfern. Der Bauwirtschaftshof baut auf und ab, die Freiwillige Feuerwehr sichert das Fest.',
      ),
    ],
  },
];
