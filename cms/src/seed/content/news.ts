import { b, h2, link, p, ul } from '../blocks';
import type { SeedNews } from '../types';
import { TOWN } from './contact';
import { ORG } from './ids';
import { IMAGES } from './images';

/* News and press releases of the town and its institutions, June to November 2026, newest last. */
export const news: SeedNews[] = [
  {
    slug: 'bauarbeiten-in-der-hohen-strasse-beginnen',
    title: 'Bauarbeiten in der Hohen Straße beginnen',
    date: '2026-06-03',
    organisation: ORG.stadt,
    teaser:
      'Ab dem 15. Juni erneuert die Stadt Fahrbahn, Gehwege und Beleuchtung in der Hohen Straße. Die Straße wird abschnittsweise gesperrt; Geschäfte bleiben zu Fuß erreichbar.',
    image: IMAGES.baustelle,
    body: [
      p(
        'Die Stadt Aschersleben erneuert ab Montag, dem 15. Juni 2026, die Hohe Straße. Fahrbahn und Gehwege erhalten einen neuen Belag, die Straßenbeleuchtung wird auf sparsame LED-Leuchten umgestellt. Gleichzeitig prüft der Eigenbetrieb Abwasserentsorgung die Kanäle und erneuert schadhafte Hausanschlüsse.',
      ),
      h2('Was Sie wissen müssen'),
      ul(
        'Gebaut wird in drei Abschnitten; gesperrt ist immer nur ein Abschnitt.',
        'Die Umleitung für Autos ist ausgeschildert.',
        'Geschäfte, Praxen und Wohnungen bleiben zu Fuß jederzeit erreichbar.',
        'Die Müllabfuhr ist mit dem Entsorger abgestimmt; stellen Sie Ihre Tonnen bitte wie gewohnt bereit.',
      ),
      p(
        'Die Arbeiten sollen vor Beginn des Weihnachtsmarktes abgeschlossen sein. Über Änderungen informieren wir hier unter Aktuelles. Fragen beantwortet das ',
        link('/rathaus-verwaltung/aemter/bauamt/', 'Amt für Stadtentwicklung und Bauen'),
        '.',
      ),
      p('Wir bitten Anwohnerinnen, Anwohner und Geschäftsleute um Verständnis für die Einschränkungen.'),
    ],
  },
  {
    slug: 'tag-der-offenen-tuer-bei-der-feuerwehr',
    title: 'Tag der offenen Tür bei der Feuerwehr',
    date: '2026-06-05',
    organisation: ORG.feuerwehr,
    teaser:
      'Am Samstag, 13. Juni, öffnet die Freiwillige Feuerwehr Aschersleben ihre Feuerwache: mit Fahrzeugschau, Vorführungen, Kinderprogramm und Informationen zum Mitmachen.',
    image: IMAGES.feuerwehrauto,
    body: [
      p(
        'Wie sieht es in einer Feuerwache aus? Was passiert, wenn der Alarm losgeht? Antworten gibt es am Samstag, dem 13. Juni 2026, von 10 bis 16 Uhr beim Tag der offenen Tür in der Staßfurter Straße 30.',
      ),
      h2('Das Programm'),
      ul(
        'Fahrzeug- und Geräteschau: Setzen Sie sich hinter das Steuer eines Löschfahrzeugs.',
        'Vorführungen: Wie löscht man einen Fettbrand richtig – und warum nie mit Wasser?',
        'Kinderprogramm mit Zielspritzen und Schminken, gestaltet von der Jugendfeuerwehr',
        'Beratung zu Rauchmeldern und Brandschutz zu Hause',
      ),
      p(
        'Für Essen und Getränke sorgt der Förderverein. Der Erlös kommt der Kinder- und Jugendfeuerwehr zugute.',
      ),
      h2('Mitmachen'),
      p(
        'Unsere Kameradinnen und Kameraden erzählen Ihnen gern, wie der Dienst in einer Freiwilligen Feuerwehr aussieht. Wer Lust bekommt, findet alle Informationen unter ',
        link('/leben-in-aschersleben/feuerwehr/mitmachen/', 'Mitglied werden'),
        '.',
      ),
    ],
  },
  {
    slug: 'amtsblatt-nr-6-2026-erschienen',
    title: 'Amtsblatt Nr. 6/2026 erschienen',
    date: '2026-06-12',
    organisation: ORG.stadt,
    teaser:
      'Die neue Ausgabe des Amtsblatts ist da. Sie enthält unter anderem die Einladung zur Sitzung des Stadtrates am 1. Juli und die öffentliche Auslegung eines Bebauungsplans.',
    body: [
      p('Die Ausgabe Nr. 6/2026 des Amtsblatts der Stadt Aschersleben ist erschienen. Sie enthält unter anderem:'),
      ul(
        'die Einladung und Tagesordnung zur Sitzung des Stadtrates am 1. Juli 2026',
        'die Bekanntmachung der öffentlichen Auslegung eines Bebauungsplans für ein Wohngebiet',
        'Sitzungstermine der Ortschaftsräte im Juli',
        'die Ausschreibung einer Stelle im Bürgerservice',
      ),
      p(
        'Das Amtsblatt liegt kostenlos im Bürgerservice im Rathaus und in den öffentlichen Einrichtungen der Stadt aus. Online finden Sie alle Ausgaben unter ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        '.',
      ),
      p(
        'Damit Sie keine Ausgabe verpassen, melden wir jedes neue Amtsblatt hier unter Aktuelles und auf den Social-Media-Kanälen der Stadt.',
      ),
      p(
        'Amtliche Bekanntmachungen sind mit ihrer Veröffentlichung im Amtsblatt wirksam. Wenn Sie eine Ausgabe in anderer Form benötigen, zum Beispiel als reinen Text, schreiben Sie uns an ',
        link(TOWN.emailHref, TOWN.email),
        '.',
      ),
    ],
  },
  {
    slug: 'ferienwerkstatt-anmeldung-geoeffnet',
    title: 'Sommer-Ferienwerkstatt: Anmeldung geöffnet',
    date: '2026-06-17',
    organisation: ORG.kreativwerkstatt,
    teaser:
      'Töpfern, bauen, Theater spielen: Die Kreativwerkstatt lädt Kinder von 6 bis 14 Jahren zu Projektwochen in den Sommerferien ein. Ab sofort kann man sich anmelden.',
    image: IMAGES.werkstatt,
    body: [
      p(
        'Auch in diesem Sommer wird die Kreativwerkstatt wieder zur Ferienwerkstatt. Kinder von 6 bis 14 Jahren können einzelne Tage oder ganze Projektwochen buchen.',
      ),
      h2('Die Projektwochen'),
      ul(
        [b('Stadt aus Ton'), ': Wir bauen die Türme und Mauern von Aschersleben nach.'],
        [b('Bühne frei'), ': Ein eigenes Theaterstück mit Kulissen und Kostümen.'],
        [b('Holzwerkstatt'), ': Sitzbänke und Pflanzkästen für den Werkstattgarten.'],
      ),
      p(
        'Zum Abschluss jeder Projektwoche laden die Kinder ihre Familien zu einer kleinen Ausstellung oder Aufführung ein. Betreut wird von 8 bis 16 Uhr, Mittagessen und Material sind im Preis enthalten. Familien mit geringem Einkommen erhalten Ermäßigung; Leistungen aus dem Bildungs- und Teilhabepaket können eingesetzt werden.',
      ),
      p(
        'Anmeldung per E-Mail an ',
        link('mailto:kreativwerkstatt@aschersleben.de', 'kreativwerkstatt@aschersleben.de'),
        '. Alle Einzelheiten stehen unter ',
        link('/tourismus-kultur/kreativwerkstatt/ferienangebote/', 'Ferienangebote'),
        '. Die Plätze sind begrenzt.',
      ),
    ],
  },
  {
    slug: 'stadtrat-tagt-am-1-juli',
    title: 'Stadtrat tagt am 1. Juli',
    date: '2026-06-24',
    organisation: ORG.stadt,
    teaser:
      'In seiner letzten Sitzung vor der Sommerpause berät der Stadtrat über die Sanierung einer Grundschule, die Sportförderung und einen Bebauungsplan. Gäste sind willkommen.',
    image: IMAGES.rathaus,
    body: [
      p(
        'Der Stadtrat der Stadt Aschersleben kommt am Mittwoch, dem 1. Juli 2026, um 17 Uhr im Ratssaal des Rathauses zu seiner nächsten öffentlichen Sitzung zusammen. Es ist die letzte Sitzung vor der Sommerpause.',
      ),
      h2('Themen'),
      ul(
        'Sanierung und energetische Modernisierung einer Grundschule',
        'Änderung der Sportförderrichtlinie',
        'Beschluss über einen Bebauungsplan für Einfamilienhäuser',
        'Bericht des Oberbürgermeisters über wichtige Angelegenheiten',
      ),
      p(
        'Zu Beginn der Sitzung gibt es eine Einwohnerfragestunde. Dort können Sie Fragen zu Angelegenheiten der Stadt stellen.',
      ),
      p(
        'Die vollständige Tagesordnung und alle Vorlagen finden Sie im Ratsinformationssystem und im Amtsblatt. Wie der Stadtrat arbeitet, erklärt die Seite ',
        link('/rathaus-verwaltung/stadtrat/', 'Stadtrat und Ausschüsse'),
        '. Der Ratssaal ist über einen Aufzug stufenlos erreichbar.',
      ),
    ],
  },
  {
    slug: 'sommerkonzerte-im-bestehornpark',
    title: 'Sommerkonzerte im Bestehornpark',
    date: '2026-07-01',
    organisation: ORG.kulturanstalt,
    teaser:
      'An vier Samstagabenden im Juli und August lädt die Aschersleber Kulturanstalt zu Konzerten unter freiem Himmel in den Bestehornpark ein. Der Eintritt ist frei.',
    image: IMAGES.park,
    body: [
      p(
        'Musik unter Bäumen: Die Aschersleber Kulturanstalt setzt ihre Reihe der Sommerkonzerte im Bestehornpark fort. An vier Samstagabenden spielen Ensembles aus Aschersleben und der Region.',
      ),
      h2('Die Termine'),
      ul(
        '11. Juli: Blasmusik und Swing',
        '25. Juli: Chormusik zum Mitsingen',
        '8. August: Jazz am Abend',
        '22. August: Rock und Pop aus fünf Jahrzehnten',
      ),
      p(
        'Die Konzerte beginnen jeweils um 19 Uhr und dauern etwa zwei Stunden. Der Eintritt ist frei, über eine Spende für die Musikerinnen und Musiker freuen wir uns. Bringen Sie gern eine Decke oder einen Klappstuhl mit.',
      ),
      p(
        'Bei Unwetter fallen die Konzerte aus; das geben wir am Nachmittag unter Aktuelles bekannt. Die Wege im Park sind eben und für Rollstühle geeignet.',
      ),
      p(
        'Weitere Veranstaltungen der Kulturanstalt finden Sie unter ',
        link('/tourismus-kultur/kulturanstalt/veranstaltungen/', 'Veranstaltungen'),
        '.',
      ),
    ],
  },
  {
    slug: 'stadtwerke-spuelen-trinkwassernetz',
    title: 'Stadtwerke spülen das Trinkwassernetz',
    date: '2026-07-08',
    organisation: ORG.stadtwerke,
    teaser:
      'Im Juli und August spülen die Stadtwerke Aschersleben planmäßig Trinkwasserleitungen. Kurzzeitig kann das Wasser trüb sein – es bleibt aber einwandfrei trinkbar.',
    body: [
      p(
        'Damit das Trinkwasser in bester Qualität aus dem Hahn kommt, spülen die Stadtwerke Aschersleben regelmäßig ihre Leitungen. In diesem Sommer sind mehrere Straßen in der Kernstadt an der Reihe. Die Anwohnerinnen und Anwohner werden einige Tage vorher mit Handzetteln informiert.',
      ),
      h2('Was Sie bemerken können'),
      ul(
        'geringerer Wasserdruck während der Spülung',
        'kurzzeitig trübes oder leicht bräunliches Wasser',
      ),
      p(
        'Die Trübung kommt von natürlichen Ablagerungen in den Rohren und ist gesundheitlich unbedenklich. Lassen Sie das Wasser nach der Spülung einige Minuten laufen, bis es wieder klar ist. Waschmaschinen sollten Sie während der Arbeiten nicht benutzen.',
      ),
      p(
        'Fragen beantwortet das Kundenzentrum der Stadtwerke. Alle Termine und Straßen stehen auf der Website ',
        link('https://www.stadtwerke-aschersleben.de', 'stadtwerke-aschersleben.de'),
        '.',
      ),
    ],
  },
  {
    slug: 'gildefest-2026-das-programm-steht',
    title: 'Gildefest 2026: Das Programm steht',
    date: '2026-07-15',
    organisation: ORG.stadt,
    teaser:
      'Am 29. und 30. August feiert Aschersleben sein Gildefest auf dem Holzmarkt – mit Handwerkermarkt, Musik, Kinderprogramm und Altstadtführungen. Der Eintritt ist frei.',
    image: IMAGES.markt,
    body: [
      p(
        'Das Gildefest ist zurück: Am Samstag, dem 29., und Sonntag, dem 30. August 2026, verwandelt sich der Holzmarkt in einen großen Festplatz. Stadt und Aschersleber Kulturanstalt haben gemeinsam mit Vereinen und Händlern ein buntes Programm zusammengestellt.',
      ),
      h2('Höhepunkte'),
      ul(
        'Handwerkermarkt mit Schmied, Drechsler, Töpferin und Seilerei',
        'Livemusik auf der Bühne am Holzmarkt an beiden Tagen',
        'Mitmachwerkstatt der Kreativwerkstatt für Kinder',
        'Altstadtführungen zu jeder vollen Stunde',
        'Festumzug der Vereine am Sonntagvormittag',
      ),
      p(
        'Während des Festes ist der Holzmarkt für den Verkehr gesperrt. Bitte nutzen Sie die Parkplätze am Rand der Altstadt.',
      ),
      p(
        'Mehr über die Tradition des Festes lesen Sie unter ',
        link('/tourismus-kultur/gildefest/', 'Gildefest'),
        '. Händler und Vereine, die noch einen Stand anmelden möchten, wenden sich bitte bis zum 31. Juli an das Ordnungsamt.',
      ),
    ],
  },
  {
    slug: 'giesspaten-fuer-stadtbaeume-gesucht',
    title: 'Gießpaten für Stadtbäume gesucht',
    date: '2026-07-22',
    organisation: ORG.bauwirtschaftshof,
    teaser:
      'Die Hitze setzt den jungen Stadtbäumen zu. Der Bauwirtschaftshof gießt, wo er kann – und bittet Anwohnerinnen und Anwohner um Hilfe: ein paar Eimer Wasser pro Woche helfen viel.',
    image: IMAGES.park,
    body: [
      p(
        'Lange Trockenphasen machen vor allem jungen Bäumen zu schaffen. Ihre Wurzeln reichen noch nicht tief genug, um an das Grundwasser zu kommen. Der Eigenbetrieb Bauwirtschaftshof ist mit seinen Wassertanks täglich im Stadtgebiet unterwegs, kann aber nicht überall gleichzeitig sein.',
      ),
      h2('So helfen Sie richtig'),
      ul(
        'Lieber selten und viel als oft und wenig: Zwei- bis dreimal pro Woche zehn Eimer sind ideal.',
        'Gießen Sie am frühen Morgen oder am Abend, dann verdunstet weniger.',
        'Lockern Sie die Erde im Gießrand vorher etwas auf.',
        'Regenwasser aus der Tonne ist bestens geeignet.',
      ),
      p(
        'Wer regelmäßig einen Baum vor der Haustür gießen möchte, kann sich als Gießpatin oder Gießpate melden. Der Bauwirtschaftshof stellt auf Wunsch einen Gießsack zur Verfügung.',
      ),
      p(
        'Kontakt und weitere Informationen auf der Website des Bauwirtschaftshofs: ',
        link('https://www.bauwirtschaftshof-aschersleben.de', 'bauwirtschaftshof-aschersleben.de'),
        '. Schäden an Bäumen melden Sie über den ',
        link('/rathaus-verwaltung/buergerservice/maengelmelder/', 'Mängelmelder'),
        '.',
      ),
    ],
  },
  {
    slug: 'feuerwehr-uebt-im-gewerbegebiet',
    title: 'Feuerwehr übt im Gewerbegebiet',
    date: '2026-08-05',
    organisation: ORG.feuerwehr,
    teaser:
      'Am Samstag, 8. August, probt die Freiwillige Feuerwehr mit mehreren Ortsfeuerwehren und dem Rettungsdienst den Ernstfall. Anwohner müssen mit Einsatzfahrzeugen und Sirenen rechnen.',
    body: [
      p(
        'Die Freiwillige Feuerwehr Aschersleben führt am Samstag, dem 8. August 2026, zwischen 9 und 13 Uhr eine große Einsatzübung in einem Gewerbegebiet der Stadt durch. Angenommen wird ein Brand in einer Lagerhalle mit mehreren vermissten Personen.',
      ),
      h2('Wer übt'),
      p(
        'Beteiligt sind die Ortsfeuerwehr der Kernstadt, mehrere Ortsfeuerwehren aus den Ortschaften und der Rettungsdienst. Geübt werden die Menschenrettung unter Atemschutz, der Aufbau einer langen Wasserversorgung und die Zusammenarbeit mit dem Rettungsdienst bei vielen Verletzten.',
      ),
      h2('Was Anwohner wissen sollten'),
      ul(
        'Sie sehen und hören Einsatzfahrzeuge, auch mit Blaulicht.',
        'Künstlicher Rauch kann aus der Halle aufsteigen; er ist ungefährlich.',
        'Einzelne Zufahrten im Gewerbegebiet sind während der Übung gesperrt.',
      ),
      p(
        b('Wichtig:'),
        ' Die Übung ist kein echter Einsatz. Wenn Sie an diesem Tag einen echten Notfall bemerken, wählen Sie wie immer die 112.',
      ),
      p(
        'Wir danken dem Unternehmen, das uns sein Gelände zur Verfügung stellt. Mehr über unsere Arbeit unter ',
        link('/leben-in-aschersleben/feuerwehr/', 'Freiwillige Feuerwehr'),
        '.',
      ),
    ],
  },
  {
    slug: 'digitale-tafeln-fuer-grundschulen',
    title: 'Digitale Tafeln für die Grundschulen',
    date: '2026-08-14',
    organisation: ORG.stadt,
    teaser:
      'Zum neuen Schuljahr lernen die Kinder in weiteren Klassenräumen der städtischen Grundschulen mit digitalen Tafeln. Auch das WLAN wurde in den Ferien ausgebaut.',
    body: [
      p(
        'Die Sommerferien sind in den Schulen keine ruhige Zeit: Während die Kinder frei hatten, haben Fachfirmen in mehreren städtischen Grundschulen Leitungen verlegt, WLAN-Zugangspunkte montiert und digitale Tafeln aufgehängt.',
      ),
      p(
        'Damit verfügt nun ein großer Teil der Klassenräume über eine digitale Tafel. Die Lehrkräfte wurden vor den Ferien geschult. Die Schulen entscheiden selbst, wie sie die neue Technik im Unterricht einsetzen.',
      ),
      h2('Wie es weitergeht'),
      p(
        'Der Ausbau ist Teil des Medienentwicklungsplans der Stadt und wird mit Mitteln von Bund und Land gefördert. In den kommenden Jahren sollen alle Klassenräume der städtischen Grundschulen ausgestattet sein. Zudem kümmert sich die Stadt um Wartung und Support, damit die Technik zuverlässig funktioniert.',
      ),
      p(
        'Die Stadt wünscht allen Schülerinnen und Schülern, besonders den Erstklässlern, einen guten Start ins neue Schuljahr. Informationen zur Schullandschaft finden Sie unter ',
        link('/leben-in-aschersleben/schulen/', 'Schulen'),
        '.',
      ),
    ],
  },
  {
    slug: 'danke-fuer-ein-wunderbares-gildefest',
    title: 'Danke für ein wunderbares Gildefest',
    date: '2026-08-31',
    organisation: ORG.stadt,
    teaser:
      'Zwei Tage Sonne, Musik und Handwerk: Viele tausend Gäste feierten am Wochenende das Gildefest auf dem Holzmarkt. Die Stadt dankt allen Helferinnen und Helfern.',
    image: IMAGES.markt,
    body: [
      p(
        'Das Gildefest 2026 ist Geschichte – und was für eine: Bei bestem Spätsommerwetter füllten am Samstag und Sonntag viele tausend Gäste den Holzmarkt und die Gassen der Altstadt.',
      ),
      p(
        'Besonders gefragt waren die Vorführungen am Handwerkermarkt und die Mitmachwerkstatt der Kreativwerkstatt, in der Kinder Wimpel, Wappen und kleine Tonfiguren gestalteten. Der Festumzug der Vereine am Sonntag zeigte, wie vielfältig das Vereinsleben in Aschersleben und den Ortschaften ist.',
      ),
      h2('Danke'),
      p(
        'Ein solches Fest gelingt nur gemeinsam. Der Oberbürgermeister dankt allen, die mitgeholfen haben: den Vereinen, Händlern und Musikern, der Aschersleber Kulturanstalt, dem Bauwirtschaftshof für Auf- und Abbau, der Freiwilligen Feuerwehr und dem Sanitätsdienst für die Sicherheit sowie den Anwohnerinnen und Anwohnern für ihre Geduld.',
      ),
      p(
        'Fundsachen vom Fest können im ',
        link('/rathaus-verwaltung/buergerservice/', 'Bürgerservice'),
        ' abgeholt werden.',
      ),
    ],
  },
  {
    slug: 'ausbildung-bei-der-stadt-jetzt-bewerben',
    title: 'Ausbildung bei der Stadt: jetzt bewerben',
    date: '2026-09-02',
    organisation: ORG.stadt,
    teaser:
      'Die Stadt Aschersleben bildet 2027 wieder Verwaltungsfachangestellte aus und sucht Studierende für ein duales Studium. Bewerbungen sind bis zum 31. Oktober möglich.',
    body: [
      p(
        'Du willst wissen, wie eine Stadt funktioniert, und mit Menschen arbeiten? Dann bewirb dich für eine Ausbildung bei der Stadt Aschersleben. Zum 1. August 2027 bieten wir Ausbildungsplätze für Verwaltungsfachangestellte und Plätze im dualen Studium der öffentlichen Verwaltung an.',
      ),
      h2('Was dich erwartet'),
      ul(
        'Einsätze in vielen Bereichen: Bürgerservice, Standesamt, Bauamt, Finanzen und mehr',
        'Berufsschule oder Hochschule im Wechsel mit der Praxis',
        'Vergütung nach Tarifvertrag',
        'gute Chancen auf eine Übernahme',
      ),
      h2('So bewirbst du dich'),
      p(
        'Schick uns deine Bewerbung mit Anschreiben, Lebenslauf und den letzten beiden Zeugnissen bis zum 31. Oktober 2026 als eine PDF-Datei. Alles Weitere steht unter ',
        link('/rathaus-verwaltung/stellenangebote/', 'Stellenangebote'),
        '.',
      ),
      p('Wir freuen uns auf dich!'),
    ],
  },
  {
    slug: 'ausstellung-tuerme-und-tore-eroeffnet',
    title: 'Ausstellung „Türme und Tore“ eröffnet',
    date: '2026-09-04',
    organisation: ORG.kulturanstalt,
    teaser:
      'Zeichnungen, Fotografien und Modelle zeigen die Stadtbefestigung Ascherslebens einst und jetzt. Die Ausstellung der Kulturanstalt ist bis zum 15. November zu sehen.',
    image: IMAGES.stadtmauer,
    body: [
      p(
        'Rund 50 Türme zählte die Stadtbefestigung Ascherslebens einst, auf einem Ring von etwa zwei Kilometern Länge. Die neue Ausstellung der Aschersleber Kulturanstalt folgt diesem Ring: mit historischen Ansichten, aktuellen Fotografien und Modellen, die Schülerinnen und Schüler in der Kreativwerkstatt gebaut haben.',
      ),
      h2('Zu sehen'),
      ul(
        'Stadtansichten aus mehreren Jahrhunderten',
        'Fotografien der erhaltenen Türme und Mauerabschnitte',
        'ein begehbarer Plan der Promenade auf dem ehemaligen Stadtgraben',
        'Modelle einzelner Türme aus Ton und Holz',
      ),
      p(
        'Die Ausstellung ist bis zum 15. November 2026 zu sehen. Der Eintritt ist frei. Für Schulklassen bieten wir Führungen an; bitte melden Sie sich vorher an.',
      ),
      p(
        'Wer die Türme im Original sehen möchte, kann sie bei einer ',
        link('/tourismus-kultur/stadtfuehrungen/', 'Stadtführung'),
        ' entdecken. Zum Tag des offenen Denkmals am 13. September gibt es zusätzliche Führungen entlang der ',
        link('/tourismus-kultur/stadtbefestigung/', 'Stadtbefestigung'),
        '.',
      ),
    ],
  },
  {
    slug: 'wohnungsgesellschaft-baut-aufzuege-an',
    title: 'Wohnungsgesellschaft baut Aufzüge an',
    date: '2026-09-09',
    organisation: ORG.agw,
    teaser:
      'Die Ascherslebener Gebäude- und Wohnungsgesellschaft rüstet weitere Wohnhäuser mit Aufzügen aus. Damit entstehen zusätzliche barrierearme Wohnungen für ältere Menschen und Familien.',
    body: [
      p(
        'Älter werden in der eigenen Wohnung – das wünschen sich viele. Die Ascherslebener Gebäude- und Wohnungsgesellschaft mbH baut deshalb in diesem Herbst an mehrere ihrer Wohnhäuser außen liegende Aufzüge an. Sie halten auf allen Etagen und machen die Wohnungen ohne Stufen erreichbar.',
      ),
      p(
        'Gleichzeitig werden die Eingangsbereiche umgebaut: mit Rampen, breiteren Türen und besserer Beleuchtung. Die Bauarbeiten dauern je Haus etwa drei Monate. Die Mieterinnen und Mieter wurden in Versammlungen informiert und können während der Arbeiten in ihren Wohnungen bleiben.',
      ),
      h2('Barrierearme Wohnungen gesucht?'),
      p(
        'Wer eine barrierearme Wohnung sucht, findet freie Angebote auf der Website der Gesellschaft: ',
        link('https://www.agw-aschersleben.de', 'agw-aschersleben.de'),
        '. Einen Überblick über das Wohnen in Aschersleben gibt die Seite ',
        link('/leben-in-aschersleben/wohnen/', 'Wohnen'),
        '.',
      ),
    ],
  },
  {
    slug: 'ortschaftsraete-sitzungen-im-oktober',
    title: 'Ortschaftsräte: Sitzungen im Oktober',
    date: '2026-09-23',
    organisation: ORG.stadt,
    teaser:
      'Im Oktober tagen alle elf Ortschaftsräte. Auf den Tagesordnungen stehen vor allem die Wünsche der Ortschaften für den Haushalt 2027. Die Sitzungen sind öffentlich.',
    body: [
      p(
        'Bevor der Stadtrat über den Haushalt des kommenden Jahres berät, kommen die Ortschaftsräte zu Wort. Im Oktober 2026 tagen alle elf Ortschaftsräte – von Drohndorf bis Winningen.',
      ),
      h2('Worum es geht'),
      ul(
        'Vorschläge der Ortschaften für den Haushalt 2027, etwa für Straßen, Spielplätze und Dorfgemeinschaftshäuser',
        'Verteilung der Mittel, über die die Ortschaftsräte selbst entscheiden',
        'Berichte der Ortsbürgermeisterinnen und Ortsbürgermeister',
        'Fragen der Einwohnerinnen und Einwohner',
      ),
      p(
        'Die genauen Termine, Orte und Tagesordnungen stehen im Ratsinformationssystem und im Amtsblatt. Einladungen hängen außerdem in den Schaukästen der Orte aus. Wer ein Anliegen für seinen Ort hat, kann es in der Einwohnerfragestunde vortragen oder vorher mit der Ortsbürgermeisterin oder dem Ortsbürgermeister sprechen.',
      ),
      p(
        'Alle Ortschaften und die Aufgaben ihrer Räte stellen wir auf der Seite ',
        link('/rathaus-verwaltung/ortschaften/', 'Ortschaften und Ortschaftsräte'),
        ' vor.',
      ),
    ],
  },
  {
    slug: 'kanalnetz-wird-mit-kamera-untersucht',
    title: 'Kanalnetz wird mit Kamera untersucht',
    date: '2026-09-30',
    organisation: ORG.abwasser,
    teaser:
      'Ab Oktober fährt ein Kamerafahrzeug durch die Straßen der Kernstadt: Der Eigenbetrieb Abwasserentsorgung lässt Kanäle prüfen, um Schäden früh zu erkennen.',
    body: [
      p(
        'Die meisten Abwasserkanäle liegen seit Jahrzehnten im Boden. Damit sie lange halten, lässt der Eigenbetrieb Abwasserentsorgung der Stadt Aschersleben sie regelmäßig untersuchen. Ab Oktober 2026 ist dafür ein Spezialfahrzeug in der Kernstadt unterwegs.',
      ),
      h2('So funktioniert es'),
      p(
        'Zuerst werden die Kanäle mit Hochdruck gereinigt. Danach fährt eine ferngesteuerte Kamera durch die Rohre und zeichnet ihren Zustand auf. Risse, undichte Muffen oder eingewachsene Wurzeln werden dokumentiert und später gezielt repariert.',
      ),
      h2('Was Sie beachten sollten'),
      ul(
        'Die Fahrzeuge stehen kurzzeitig am Straßenrand; bitte lassen Sie die Schachtdeckel frei.',
        'In seltenen Fällen kann es bei der Reinigung in Abflüssen gluckern. Halten Sie Toilettendeckel geschlossen.',
        'Sie müssen nichts vorbereiten und nicht zu Hause sein.',
      ),
      p(
        'Fragen beantwortet der Eigenbetrieb unter ',
        link('mailto:abwasser@aschersleben.de', 'abwasser@aschersleben.de'),
        '.',
      ),
    ],
  },
  {
    slug: 'herbstferien-in-der-kreativwerkstatt',
    title: 'Herbstferien in der Kreativwerkstatt',
    date: '2026-10-05',
    organisation: ORG.kreativwerkstatt,
    teaser:
      'Kürbislaternen, Drachen und Druckgrafik: In den Herbstferien bietet die Kreativwerkstatt Tageskurse für Kinder an. Einzelne Tage sind noch frei.',
    image: IMAGES.werkstatt,
    body: [
      p(
        'Wenn die Tage kürzer werden, wird es in der Kreativwerkstatt bunt. In den Herbstferien laden wir Kinder von 6 bis 14 Jahren zu Tageskursen ein.',
      ),
      h2('Das Programm'),
      ul(
        [b('Drachenwerkstatt'), ': Wir bauen Drachen, die wirklich fliegen.'],
        [b('Laternen aus Papier und Ton'), ': für dunkle Herbstabende'],
        [b('Drucken wie Gutenberg'), ': Stempel und Linolschnitt'],
        [b('Herbst in Farbe'), ': Malen mit Blättern, Früchten und Naturfarben'],
      ),
      p(
        'Die Kurse dauern von 9 bis 15 Uhr, Mittagessen und Material sind inklusive. Einzelne Tage können getrennt gebucht werden. Alle Kurse sind für Anfängerinnen und Anfänger geeignet; die Gruppen haben höchstens zwölf Kinder. Bitte geben Sie Ihrem Kind Kleidung mit, die schmutzig werden darf.',
      ),
      p(
        'Anmeldung unter ',
        link('mailto:kreativwerkstatt@aschersleben.de', 'kreativwerkstatt@aschersleben.de'),
        '. Mehr Informationen unter ',
        link('/tourismus-kultur/kreativwerkstatt/ferienangebote/', 'Ferienangebote'),
        '.',
      ),
    ],
  },
  {
    slug: 'haushaltsentwurf-2027-eingebracht',
    title: 'Haushaltsentwurf 2027 eingebracht',
    date: '2026-10-14',
    organisation: ORG.stadt,
    teaser:
      'Der Oberbürgermeister hat dem Stadtrat den Entwurf des Haushalts 2027 vorgelegt. Schwerpunkte sind Schulen, Straßen und die Digitalisierung der Verwaltung.',
    body: [
      p(
        'In der Sitzung des Stadtrates am 14. Oktober 2026 hat der Oberbürgermeister den Entwurf der Haushaltssatzung für das Jahr 2027 eingebracht. Nun beraten die Ausschüsse und die Ortschaftsräte über den Entwurf; beschlossen werden soll er im Dezember.',
      ),
      h2('Die Schwerpunkte'),
      ul(
        'Sanierung und Ausstattung der Grundschulen',
        'Erneuerung von Straßen und Gehwegen in Kernstadt und Ortschaften',
        'Fahrzeuge und Ausrüstung für die Freiwillige Feuerwehr',
        'Ausbau der Online-Dienste der Verwaltung',
      ),
      p(
        'Der Oberbürgermeister betonte, dass die Stadt ihre Ausgaben weiter sorgfältig abwägen müsse. Steigende Kosten für Personal, Energie und Bauleistungen engen die Spielräume ein.',
      ),
      h2('Einsicht in den Entwurf'),
      p(
        'Der Entwurf liegt nach der Bekanntmachung im ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        ' öffentlich aus. Einwohnerinnen und Einwohner können innerhalb der Frist Einwendungen erheben. Die Unterlagen stehen auch im Ratsinformationssystem.',
      ),
    ],
  },
  {
    slug: 'neue-ladesaeulen-in-der-innenstadt',
    title: 'Neue Ladesäulen in der Innenstadt',
    date: '2026-10-21',
    organisation: ORG.stadtwerke,
    teaser:
      'Die Stadtwerke Aschersleben haben an zwei Parkplätzen am Rand der Altstadt neue Ladesäulen für Elektroautos in Betrieb genommen. Geladen wird Ökostrom.',
    body: [
      p(
        'Wer mit dem Elektroauto in die Innenstadt kommt, kann jetzt bequemer laden: Die Stadtwerke Aschersleben haben an zwei Parkplätzen am Rand der Altstadt neue Ladesäulen aufgestellt. Jede Säule hat zwei Ladepunkte.',
      ),
      h2('So laden Sie'),
      ul(
        'mit der Ladekarte der Stadtwerke oder einer gängigen Ladekarte anderer Anbieter',
        'spontan ohne Vertrag per Bankkarte oder über einen QR-Code',
        'mit Ökostrom aus erneuerbaren Quellen',
      ),
      p(
        'Die Ladesäulen sind so aufgestellt, dass sie auch aus dem Rollstuhl bedient werden können. Während des Ladens gelten die üblichen Parkregeln. Bitte geben Sie den Platz frei, sobald Ihr Fahrzeug geladen ist, damit auch andere laden können. Weitere Standorte in den Ortschaften sind für das kommende Jahr geplant.',
      ),
      p(
        'Preise und einen Plan aller Ladepunkte in Aschersleben finden Sie auf der Website der Stadtwerke: ',
        link('https://www.stadtwerke-aschersleben.de', 'stadtwerke-aschersleben.de'),
        '.',
      ),
    ],
  },
  {
    slug: 'zeitumstellung-rauchmelder-pruefen',
    title: 'Zeitumstellung: Rauchmelder prüfen',
    date: '2026-10-23',
    organisation: ORG.feuerwehr,
    teaser:
      'In der Nacht zum 25. Oktober werden die Uhren zurückgestellt. Die Feuerwehr rät: Nutzen Sie die gewonnene Stunde, um Ihre Rauchmelder zu testen.',
    image: IMAGES.feuerwehrauto,
    body: [
      p(
        'Am Sonntag, dem 25. Oktober 2026, endet die Sommerzeit. Die Freiwillige Feuerwehr Aschersleben erinnert: Das ist ein guter Anlass, die Rauchmelder in der Wohnung zu prüfen.',
      ),
      h2('In drei Schritten'),
      ul(
        'Drücken Sie die Prüftaste, bis ein lauter Ton erklingt.',
        'Bleibt es still, tauschen Sie die Batterie oder – bei fest eingebauter Batterie – das ganze Gerät.',
        'Ist der Melder älter als etwa zehn Jahre, ersetzen Sie ihn durch einen neuen.',
      ),
      p(
        'Rauchmelder retten Leben, denn im Schlaf riechen Menschen keinen Rauch. In Sachsen-Anhalt sind sie in Schlafräumen, Kinderzimmern und Fluren vorgeschrieben, über die Rettungswege führen.',
      ),
      p(
        'Weitere Tipps für den Brandschutz zu Hause finden Sie unter ',
        link('/leben-in-aschersleben/feuerwehr/brandschutz/', 'Brandschutz zu Hause'),
        '. Und wenn es doch einmal brennt: Raus aus der Wohnung, Tür zu, 112 wählen.',
      ),
    ],
  },
  {
    slug: 'neue-website-aschersleben-de',
    title: 'Neue Website: aschersleben.de bündelt Stadt und Einrichtungen',
    date: '2026-11-04',
    organisation: ORG.stadt,
    teaser:
      'Die Stadt Aschersleben hat ihre Website erneuert. Unter aschersleben.de finden Sie jetzt auch die Kulturanstalt, die Kreativwerkstatt und die Freiwillige Feuerwehr. Alte Links funktionieren weiter.',
    image: IMAGES.rathaus,
    body: [
      p(
        'Schneller, klarer, barrierefrei: Die Website der Stadt Aschersleben ist neu. Sie läuft auf Smartphone und Computer gleichermaßen gut und lädt auch bei langsamer Verbindung zügig.',
      ),
      h2('Was neu ist'),
      ul(
        'Stadt, Aschersleber Kulturanstalt, Kreativwerkstatt und Freiwillige Feuerwehr unter einer Adresse',
        'die städtischen Unternehmen mit Kontaktdaten und Links auf einen Blick',
        'Online-Dienste, Bürger- und Unternehmensservice und Mängelmelder direkt erreichbar',
        'Informationen in Leichter Sprache; Videos in Gebärdensprache sind in Vorbereitung',
        'kein Tracking: Dienste anderer Anbieter laden erst nach Ihrer Zustimmung',
      ),
      p(
        'Alte Adressen und Lesezeichen, auch die der bisherigen Websites der Einrichtungen, führen automatisch zur passenden neuen Seite.',
      ),
      p(
        'Ihnen fällt etwas auf, das nicht funktioniert oder schwer zu bedienen ist? Sagen Sie es uns – über die ',
        link('/erklaerung-zur-barrierefreiheit/', 'Erklärung zur Barrierefreiheit'),
        ' oder per E-Mail an ',
        link(TOWN.barrierEmailHref, TOWN.barrierEmail),
        '.',
      ),
    ],
  },
  {
    slug: 'amtsblatt-nr-11-2026-erschienen',
    title: 'Amtsblatt Nr. 11/2026 erschienen',
    date: '2026-11-11',
    organisation: ORG.stadt,
    teaser:
      'Die Ausgabe Nr. 11/2026 des Amtsblatts enthält die öffentliche Auslegung des Haushaltsentwurfs 2027, Sitzungstermine im Dezember und Hinweise zum Winterdienst.',
    body: [
      p('Die Ausgabe Nr. 11/2026 des Amtsblatts der Stadt Aschersleben ist erschienen. Die wichtigsten Inhalte:'),
      ul(
        'Bekanntmachung der öffentlichen Auslegung des Entwurfs der Haushaltssatzung 2027',
        'Einladungen zu den Sitzungen des Stadtrates und der Ausschüsse im Dezember',
        'Hinweise zur Räum- und Streupflicht von Eigentümern und Anliegern',
        'Öffnungszeiten der Verwaltung zwischen Weihnachten und Neujahr',
      ),
      p(
        'Alle Ausgaben finden Sie unter ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        '. Gedruckte Exemplare liegen kostenlos im Bürgerservice aus.',
      ),
      p(
        'Bitte beachten Sie besonders die Hinweise zum Winterdienst: Eigentümer und Anlieger sind verpflichtet, die Gehwege vor ihren Grundstücken bei Schnee und Glätte zu räumen und zu streuen. Die nächste Ausgabe erscheint im Dezember. Auf Wunsch senden wir Ihnen den Text einer Ausgabe in einem anderen Format; schreiben Sie an ',
        link(TOWN.emailHref, TOWN.email),
        '.',
      ),
    ],
  },
  {
    slug: 'weihnachtsmarkt-oeffnet-am-27-november',
    title: 'Weihnachtsmarkt öffnet am 27. November',
    date: '2026-11-18',
    organisation: ORG.kulturanstalt,
    teaser:
      'Lichterglanz in der Altstadt: Vom 27. November bis zum 22. Dezember lädt der Ascherslebener Weihnachtsmarkt ein – mit Hütten, Bühnenprogramm und Bastelstube für Kinder.',
    image: IMAGES.markt,
    body: [
      p(
        'Am Freitag, dem 27. November 2026, um 17 Uhr eröffnet der Oberbürgermeister den Weihnachtsmarkt in der Altstadt. Bis zum 22. Dezember laden Hütten mit Kunsthandwerk, Glühwein, Gebäck und regionalen Spezialitäten zum Bummeln ein.',
      ),
      h2('Programm'),
      ul(
        'täglich Musik auf der Bühne: Chöre, Schulen, Posaunenchöre und Bands aus der Region',
        'Bastelstube der Kreativwerkstatt an den Adventswochenenden',
        'Besuch des Nikolaus am 6. Dezember',
        'Märchenlesungen für Kinder am Nachmittag',
      ),
      h2('Öffnungszeiten'),
      p(
        'Sonntag bis Donnerstag von 11 bis 20 Uhr, Freitag und Samstag von 11 bis 21 Uhr. Der Eintritt ist frei.',
      ),
      p(
        'Der Weihnachtsmarkt wird von der Aschersleber Kulturanstalt gemeinsam mit der Stadt organisiert. Die Wege zwischen den Hütten sind breit und eben; eine barrierefreie Toilette ist ausgeschildert. Weitere Termine der Adventszeit finden Sie unter ',
        link('/tourismus-kultur/kulturanstalt/veranstaltungen/', 'Veranstaltungen'),
        '.',
      ),
    ],
  },
  {
    slug: 'hohe-strasse-wieder-frei',
    title: 'Hohe Straße wieder frei',
    date: '2026-11-20',
    organisation: ORG.stadt,
    teaser:
      'Pünktlich vor dem Weihnachtsmarkt sind die Bauarbeiten in der Hohen Straße abgeschlossen. Fahrbahn, Gehwege und Beleuchtung sind erneuert; die Umleitung ist aufgehoben.',
    image: IMAGES.baustelle,
    body: [
      p(
        'Nach gut fünf Monaten Bauzeit ist die Hohe Straße seit dem 20. November 2026 wieder für den Verkehr freigegeben. Die Stadt hat Fahrbahn und Gehwege erneuert und die Straßenbeleuchtung auf LED umgestellt. Der Eigenbetrieb Abwasserentsorgung hat in derselben Zeit schadhafte Kanalabschnitte und Hausanschlüsse saniert.',
      ),
      h2('Was sich verbessert hat'),
      ul(
        'breitere Gehwege mit abgesenkten Bordsteinen an den Übergängen',
        'Leitstreifen für blinde und sehbehinderte Menschen an den Querungen',
        'hellere und zugleich sparsamere Beleuchtung',
        'neue Fahrradbügel vor den Geschäften',
      ),
      p(
        'Der Oberbürgermeister dankt den Anwohnerinnen und Anwohnern sowie den Geschäftsleuten für ihre Geduld und den beteiligten Firmen für die zügige Arbeit.',
      ),
      p(
        'Restarbeiten, etwa das Pflanzen der neuen Straßenbäume, folgen im Frühjahr bei passender Witterung. Schäden im Straßenraum melden Sie jederzeit über den ',
        link('/rathaus-verwaltung/buergerservice/maengelmelder/', 'Mängelmelder'),
        '.',
      ),
    ],
  },
  {
    slug: 'winterdienst-ist-einsatzbereit',
    title: 'Winterdienst ist einsatzbereit',
    date: '2026-11-24',
    organisation: ORG.bauwirtschaftshof,
    teaser:
      'Streusalz und Splitt sind eingelagert, die Fahrzeuge vorbereitet: Der Bauwirtschaftshof ist für den Winter gerüstet. Eigentümer und Anlieger müssen ihre Gehwege selbst räumen.',
    body: [
      p(
        'Der Eigenbetrieb Bauwirtschaftshof der Stadt Aschersleben ist bereit für Schnee und Glätte. Die Lager sind gefüllt, Räumfahrzeuge und Streuer gewartet, und die Mitarbeiterinnen und Mitarbeiter stehen ab sofort in Rufbereitschaft.',
      ),
      h2('Wer räumt was?'),
      p(
        'Der Bauwirtschaftshof räumt und streut zuerst die Hauptverkehrsstraßen, Buslinien, Straßen mit starkem Gefälle und wichtige Fußwege, etwa zu Schulen und zum Bahnhof. Danach folgen Nebenstraßen, soweit Zeit bleibt.',
      ),
      p(
        b('Gehwege vor Ihrem Grundstück'),
        ' müssen Eigentümerinnen, Eigentümer und Anlieger selbst räumen und streuen. Die genauen Zeiten und Pflichten regelt die Straßenreinigungssatzung der Stadt, die im ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        ' veröffentlicht ist.',
      ),
      h2('Bitte beachten Sie'),
      ul(
        'Parken Sie so, dass Räumfahrzeuge durchkommen.',
        'Schieben Sie Schnee nicht auf die Fahrbahn.',
        'Streuen Sie Splitt oder Sand statt Salz – das schont Bäume und Pflanzen.',
      ),
      p(
        'Mehr über den Bauwirtschaftshof auf ',
        link('https://www.bauwirtschaftshof-aschersleben.de', 'bauwirtschaftshof-aschersleben.de'),
        '.',
      ),
    ],
  },
];
