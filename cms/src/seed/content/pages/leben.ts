import { b, h2, h3, img, link, p, ul } from '../../blocks';
import type { SeedPage } from '../../types';
import { TOWN } from '../contact';
import { ORG } from '../ids';
import { IMAGES } from '../images';

/* Section „Leben in Aschersleben“: families, schools, housing, sport, seniors, fire brigade. */
export const lebenPages: SeedPage[] = [
  {
    slug: 'leben-in-aschersleben',
    title: 'Leben in Aschersleben',
    organisation: ORG.stadt,
    parent: null,
    summary:
      'Kinderbetreuung und Schulen, Wohnen, Sport und Angebote für ältere Menschen: Was Aschersleben als Wohnort ausmacht und wo Sie Hilfe und Ansprechpartner finden.',
    seoDescription:
      'Leben in Aschersleben: Kitas und Schulen, Wohnen, Sport, Senioren und die Freiwillige Feuerwehr. Informationen für Einwohner und Neubürger.',
    image: IMAGES.park,
    body: [
      p(
        'Aschersleben liegt am Nordostrand des Harzes, an der Eine, im Salzlandkreis. Die Stadt verbindet eine gut erhaltene Altstadt mit viel Grün: Parks, die Promenade auf dem ehemaligen Stadtgraben und die Landschaft rund um die elf Ortschaften. Rund 26.700 Menschen leben hier auf gut 156 Quadratkilometern.',
      ),
      h2('Für Familien'),
      p(
        'Kitas, Horte und Schulen gibt es in der Kernstadt und in mehreren Ortschaften. Alles zu Betreuungsplätzen und Anmeldung finden Sie unter ',
        link('/leben-in-aschersleben/familie-kinderbetreuung/', 'Familie und Kinderbetreuung'),
        ' und ',
        link('/leben-in-aschersleben/schulen/', 'Schulen'),
        '.',
      ),
      h2('Wohnen und Ankommen'),
      p(
        'Ob Mietwohnung in der Innenstadt, Einfamilienhaus im Grünen oder sanierter Altbau: Unter ',
        link('/leben-in-aschersleben/wohnen/', 'Wohnen'),
        ' zeigen wir, wo Sie suchen können. Wer neu in die Stadt zieht, meldet sich innerhalb von zwei Wochen im ',
        link('/rathaus-verwaltung/buergerservice/', 'Bürgerservice'),
        ' an.',
      ),
      h2('Freizeit und Gemeinschaft'),
      ul(
        [link('/leben-in-aschersleben/sport/', 'Sport und Vereine'), ': Sportstätten, Vereinsleben, Sportförderung'],
        [link('/leben-in-aschersleben/senioren/', 'Senioren'), ': Begegnung, Beratung und Hilfe im Alltag'],
        [link('/tourismus-kultur/kreativwerkstatt/', 'Kreativwerkstatt'), ': Kurse für Kinder und Erwachsene'],
        [link('/tourismus-kultur/kulturanstalt/veranstaltungen/', 'Veranstaltungen'), ': Konzerte, Theater und Feste'],
      ),
      h2('Sicherheit'),
      p(
        'Die ',
        link('/leben-in-aschersleben/feuerwehr/', 'Freiwillige Feuerwehr Aschersleben'),
        ' ist rund um die Uhr einsatzbereit – getragen von Ehrenamtlichen aus der Stadt und den Ortschaften. Im Notfall wählen Sie immer 112.',
      ),
    ],
  },
  {
    slug: 'familie-kinderbetreuung',
    title: 'Familie und Kinderbetreuung',
    organisation: ORG.stadt,
    parent: 'leben-in-aschersleben',
    summary:
      'Krippe, Kindergarten und Hort: So finden Sie einen Betreuungsplatz in Aschersleben, so melden Sie Ihr Kind an und so werden die Elternbeiträge berechnet.',
    seoDescription:
      'Kinderbetreuung in Aschersleben: Krippe, Kindergarten, Hort. Anmeldung, Anspruch auf einen Platz, Elternbeiträge und Angebote für Familien.',
    body: [
      p(
        'In Sachsen-Anhalt hat jedes Kind Anspruch auf einen Platz in einer Kindertageseinrichtung – von der Krippe über den Kindergarten bis zum Hort. In Aschersleben gibt es Einrichtungen der Stadt und freier Träger, in der Kernstadt und in den Ortschaften.',
      ),
      h2('So finden Sie einen Platz'),
      h3('1. Einrichtung auswählen'),
      p(
        'Schauen Sie sich die Kitas in Ruhe an. Viele Einrichtungen laden zu Tagen der offenen Tür ein oder vereinbaren einen Besuchstermin mit Ihnen. Fragen Sie nach dem pädagogischen Konzept, den Öffnungszeiten und der Eingewöhnung.',
      ),
      h3('2. Anmelden'),
      p(
        'Melden Sie Ihr Kind möglichst sechs Monate vor dem gewünschten Beginn direkt bei der Einrichtung an. Sie können mehrere Wunsch-Kitas angeben.',
      ),
      h3('3. Vertrag schließen'),
      p(
        'Wenn ein Platz frei ist, schließen Sie mit dem Träger einen Betreuungsvertrag. Darin stehen Betreuungszeit, Beginn und Elternbeitrag.',
      ),
      h2('Elternbeiträge'),
      p(
        'Die Höhe der Beiträge richtet sich nach der Betreuungszeit und dem Alter des Kindes. Sie ist in der Kostenbeitragssatzung geregelt, die im ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        ' bekannt gemacht ist. Familien mit geringem Einkommen können beim Jugendamt des Salzlandkreises beantragen, dass der Beitrag ganz oder teilweise übernommen wird.',
      ),
      h2('Weitere Angebote für Familien'),
      ul(
        'Spielplätze in allen Stadtteilen und Ortschaften',
        'Ferienkurse in der Kreativwerkstatt',
        'Kinderveranstaltungen der Kulturanstalt',
        'Kinderfeuerwehr und Jugendfeuerwehr',
      ),
      p(
        'Mehr dazu unter ',
        link('/tourismus-kultur/kreativwerkstatt/ferienangebote/', 'Ferienangebote der Kreativwerkstatt'),
        ' und ',
        link('/leben-in-aschersleben/feuerwehr/jugendfeuerwehr/', 'Jugendfeuerwehr'),
        '.',
      ),
      h2('Beratung'),
      p(
        'Fragen zu Kita-Plätzen beantwortet das Amt für Bildung, Soziales und Kultur. Sie erreichen es über die Zentrale unter ',
        link(TOWN.phoneHref, TOWN.phone),
        '.',
      ),
    ],
  },
  {
    slug: 'schulen',
    title: 'Schulen',
    organisation: ORG.stadt,
    parent: 'leben-in-aschersleben',
    summary:
      'Grundschulen in städtischer Trägerschaft, weiterführende und berufsbildende Schulen des Landkreises: ein Überblick über die Schullandschaft und die Einschulung in Aschersleben.',
    seoDescription:
      'Schulen in Aschersleben: Grundschulen, Einschulung, Schuleinzugsbereiche, weiterführende Schulen, Schülerbeförderung und digitale Ausstattung.',
    body: [
      p(
        'Aschersleben ist ein Schulstandort für die ganze Region. Die Stadt ist Trägerin der Grundschulen. Für die weiterführenden Schulen und die berufsbildenden Schulen ist der Salzlandkreis zuständig.',
      ),
      h2('Einschulung'),
      p(
        'Kinder, die bis zum Stichtag sechs Jahre alt werden, sind schulpflichtig. Die Eltern erhalten rechtzeitig eine Einladung zur Schulanmeldung an der zuständigen Grundschule. Welche Schule das ist, legt der Schuleinzugsbereich fest; er richtet sich nach der Wohnadresse.',
      ),
      h3('Schuleingangsuntersuchung'),
      p(
        'Vor der Einschulung werden alle Kinder vom Gesundheitsamt des Landkreises untersucht. Die Einladung kommt per Post.',
      ),
      h2('Ganztag und Hort'),
      p(
        'Nach dem Unterricht betreuen die Horte Grundschulkinder bis in den Nachmittag. Die Anmeldung ist unter ',
        link('/leben-in-aschersleben/familie-kinderbetreuung/', 'Familie und Kinderbetreuung'),
        ' beschrieben.',
      ),
      h2('Digitale Schule'),
      p(
        'Die Stadt stattet ihre Schulen Schritt für Schritt mit schnellem Internet, WLAN und digitalen Tafeln aus. Lehrkräfte und Schülerinnen und Schüler erhalten Geräte, die die Schulen verwalten. Diesen Ausbau setzen wir in den kommenden Jahren fort.',
      ),
      h2('Weiterführende Schulen'),
      p(
        'Für Sekundarschulen, Gymnasien, Förderschulen und berufsbildende Schulen ist der Salzlandkreis Schulträger. Er gibt Auskunft zu Anmeldung, Schulformen und Schulwegen. Den Übergang nach der vierten Klasse bereiten die Grundschulen mit Beratungsgesprächen für die Eltern vor.',
      ),
      h2('Schülerbeförderung'),
      p(
        'Wer weiter von der Schule entfernt wohnt, etwa in einer Ortschaft, hat unter bestimmten Bedingungen Anspruch auf eine kostenlose Schülerbeförderung. Die Beförderung organisiert der Landkreis.',
      ),
      h2('Kontakt'),
      p(
        'Amt für Bildung, Soziales und Kultur, Rathaus, ',
        `${TOWN.street}, ${TOWN.postalCode} ${TOWN.city}. Telefon `,
        link(TOWN.phoneHref, TOWN.phone),
        '.',
      ),
    ],
  },
  {
    slug: 'wohnen',
    title: 'Wohnen',
    organisation: ORG.stadt,
    parent: 'leben-in-aschersleben',
    summary:
      'Mietwohnung, Baugrundstück oder sanierter Altbau: Wo Sie in Aschersleben Wohnraum finden, welche Förderung es für Altstadthäuser gibt und was beim Umzug zu erledigen ist.',
    seoDescription:
      'Wohnen in Aschersleben: Mietwohnungen, Baugrundstücke, Sanierung in der Altstadt, Umzug und Anmeldung. Tipps für Neubürgerinnen und Neubürger.',
    body: [
      p(
        'In Aschersleben wohnen Sie zu fairen Preisen, mit kurzen Wegen in der Stadt und schneller Verbindung in den Harz und in die großen Städte der Region. Das Angebot reicht von der Altstadtwohnung bis zum Haus mit Garten in einer der Ortschaften.',
      ),
      h2('Mietwohnungen'),
      p(
        'Die größte Vermieterin der Stadt ist die städtische Ascherslebener Gebäude- und Wohnungsgesellschaft mbH. Sie bietet Wohnungen in allen Größen, auch barrierearme Wohnungen mit Aufzug. Freie Wohnungen finden Sie auf ihrer Website: ',
        link('https://www.agw-aschersleben.de', 'agw-aschersleben.de'),
        '. Daneben vermieten Genossenschaften und private Eigentümer.',
      ),
      h2('Bauen und Kaufen'),
      p(
        'Für Einfamilienhäuser gibt es Baugrundstücke in Wohngebieten der Kernstadt und der Ortschaften. Über freie städtische Grundstücke informiert das ',
        link('/rathaus-verwaltung/aemter/bauamt/', 'Amt für Stadtentwicklung und Bauen'),
        '.',
      ),
      h3('Altbau sanieren'),
      p(
        'Viele Häuser in der Altstadt stehen unter Denkmalschutz. Wer eines saniert, kann oft Fördermittel und steuerliche Vorteile nutzen. Sprechen Sie uns an, bevor Sie mit den Arbeiten beginnen – einige Förderungen sind danach nicht mehr möglich.',
      ),
      h2('Umzug: Ihre Checkliste'),
      ul(
        [b('Anmelden'), ': innerhalb von zwei Wochen im ', link('/rathaus-verwaltung/buergerservice/', 'Bürgerservice')],
        [b('Strom, Gas, Wasser'), ': Zählerstände notieren und den Versorger informieren'],
        [b('Kinder'), ': Kita oder Schule rechtzeitig anmelden'],
        [b('Hund'), ': bei der Stadt anmelden'],
        [b('Fahrzeug'), ': Adresse bei der Zulassungsstelle des Landkreises ändern'],
      ),
      h2('Willkommen'),
      p(
        'Neue Einwohnerinnen und Einwohner erhalten bei der Anmeldung die Bürgerinformation mit allen wichtigen Adressen. Mehr dazu unter ',
        link('/rathaus-verwaltung/stadtplan-und-broschueren/', 'Stadtplan und Broschüren'),
        '.',
      ),
    ],
  },
  {
    slug: 'sport',
    title: 'Sport und Vereine',
    organisation: ORG.stadt,
    parent: 'leben-in-aschersleben',
    summary:
      'Sporthallen, Sportplätze und eine lebendige Vereinslandschaft: So nutzen Vereine die städtischen Sportstätten, und so unterstützt die Stadt den Sport in Aschersleben.',
    seoDescription:
      'Sport in Aschersleben: Sportstätten, Hallenzeiten für Vereine, Sportförderung, Sportlerehrung und Bewegung im Freien.',
    body: [
      p(
        'In Aschersleben treiben viele Menschen Sport – im Verein, in der Schule oder einfach draußen. Die Stadt stellt Sporthallen und Sportplätze bereit und fördert die Arbeit der Vereine, besonders mit Kindern und Jugendlichen.',
      ),
      h2('Sportstätten'),
      p(
        'Die städtischen Sporthallen werden vormittags von den Schulen und nachmittags und abends von Vereinen genutzt. Die Hallenzeiten vergibt die Stadt einmal im Jahr. Vereine, die eine Halle oder einen Platz nutzen möchten, stellen einen Antrag beim Amt für Bildung, Soziales und Kultur.',
      ),
      h2('Sportförderung'),
      p('Die Stadt unterstützt Sportvereine nach ihrer Sportförderrichtlinie, zum Beispiel:'),
      ul(
        'mit Zuschüssen für die Kinder- und Jugendarbeit',
        'durch die kostenlose oder ermäßigte Nutzung städtischer Sportstätten',
        'mit Zuschüssen für Sportveranstaltungen mit überregionaler Bedeutung',
      ),
      p(
        'Anträge sind jeweils bis zum Ende des Vorjahres einzureichen. Die Richtlinie ist im ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        ' veröffentlicht.',
      ),
      h2('Sportlerehrung'),
      p(
        'Einmal im Jahr ehrt die Stadt erfolgreiche Sportlerinnen und Sportler sowie Menschen, die sich ehrenamtlich für den Sport einsetzen. Vorschläge können Vereine und Bürgerinnen und Bürger einreichen.',
      ),
      h2('Bewegung im Freien'),
      p(
        'Laufen, Radfahren, Spazierengehen: Die Promenade entlang der ',
        link('/tourismus-kultur/stadtbefestigung/', 'Stadtbefestigung'),
        ' und die Parks der ',
        link('/tourismus-kultur/landesgartenschau-iba-2010/', 'Landesgartenschau'),
        ' sind beliebte Strecken. Radwege führen in die Ortschaften und ins Harzvorland.',
      ),
    ],
  },
  {
    slug: 'senioren',
    title: 'Seniorinnen und Senioren',
    organisation: ORG.stadt,
    parent: 'leben-in-aschersleben',
    summary:
      'Begegnung, Beratung, Hilfe im Alltag und ehrenamtliches Engagement: Angebote für ältere Menschen in Aschersleben und ihre Angehörigen.',
    seoDescription:
      'Angebote für Senioren in Aschersleben: Begegnungsstätten, Beratung zu Pflege und Wohnen, Hilfe im Alltag, Ehrenamt und Glückwünsche der Stadt.',
    body: [
      p(
        'Viele ältere Menschen in Aschersleben sind aktiv, engagieren sich in Vereinen und Nachbarschaften und prägen das Leben in der Stadt. Andere brauchen Unterstützung im Alltag. Für beide gibt es Angebote.',
      ),
      h2('Begegnung'),
      p(
        'In Begegnungsstätten in der Stadt und in den Ortschaften treffen sich ältere Menschen zum Erzählen, Spielen, Singen oder zu Vorträgen. Viele Angebote organisieren Vereine, Kirchengemeinden und Wohlfahrtsverbände. Auch die ',
        link('/tourismus-kultur/kreativwerkstatt/kurse-und-workshops/', 'Kreativwerkstatt'),
        ' hat Kurse am Vormittag, die sich an Menschen im Ruhestand richten.',
      ),
      h2('Beratung'),
      h3('Pflege'),
      p(
        'Wenn Sie oder Angehörige pflegebedürftig werden, helfen Pflegeberatungsstellen beim Antrag auf einen Pflegegrad und bei der Suche nach einem Pflegedienst. Erste Ansprechpartnerin ist Ihre Pflegekasse.',
      ),
      h3('Wohnen im Alter'),
      p(
        'Barrierearme Wohnungen bietet unter anderem die städtische Wohnungsgesellschaft an. Mehr unter ',
        link('/leben-in-aschersleben/wohnen/', 'Wohnen'),
        '.',
      ),
      h2('Sicher im Alltag'),
      ul(
        'Seien Sie misstrauisch bei Anrufen von angeblichen Verwandten oder Amtspersonen, die Geld verlangen.',
        'Die Stadt fordert niemals am Telefon oder an der Haustür Bargeld.',
        'Rauchmelder retten Leben – die Feuerwehr berät Sie gern.',
      ),
      p(
        'Tipps zum Brandschutz zu Hause gibt die Feuerwehr unter ',
        link('/leben-in-aschersleben/feuerwehr/brandschutz/', 'Brandschutz zu Hause'),
        '.',
      ),
      h2('Glückwünsche der Stadt'),
      p(
        'Zu hohen Geburtstagen und Ehejubiläen gratuliert der Oberbürgermeister im Namen der Stadt. Wenn Sie das nicht wünschen, teilen Sie es bitte dem ',
        link('/rathaus-verwaltung/buergerservice/', 'Bürgerservice'),
        ' mit.',
      ),
    ],
  },
  {
    slug: 'feuerwehr',
    title: 'Freiwillige Feuerwehr Aschersleben',
    organisation: ORG.feuerwehr,
    parent: 'leben-in-aschersleben',
    summary:
      'Die Freiwillige Feuerwehr Aschersleben löscht Brände, rettet Menschen und hilft bei Unfällen und Unwettern – rund um die Uhr und ehrenamtlich, in der Stadt und in den Ortschaften.',
    seoDescription:
      'Freiwillige Feuerwehr Aschersleben: Aufgaben, Ortsfeuerwehren, Einsätze, Jugendfeuerwehr, Brandschutz und wie Sie mitmachen können. Notruf 112.',
    image: IMAGES.feuerwehrauto,
    body: [
      p(
        b('Im Notfall wählen Sie immer den Notruf 112.'),
        ' Die Leitstelle alarmiert die Feuerwehr und den Rettungsdienst. Die Telefonnummern auf dieser Seite sind nur für Verwaltungsfragen.',
      ),
      h2('Wer wir sind'),
      p(
        'Die Freiwillige Feuerwehr Aschersleben ist die Feuerwehr der Stadt. Sie besteht aus der Ortsfeuerwehr in der Kernstadt und den Ortsfeuerwehren in den Ortschaften. Fast alle Einsatzkräfte arbeiten ehrenamtlich: Sie haben einen Beruf und lassen bei einer Alarmierung alles stehen und liegen.',
      ),
      h2('Unsere Aufgaben'),
      ul(
        'Brände löschen und Menschen, Tiere und Sachwerte retten',
        'technische Hilfe bei Verkehrsunfällen, Unwettern und Hochwasser',
        'Hilfe bei Unfällen mit gefährlichen Stoffen',
        'Brandsicherheitswachen bei Veranstaltungen',
        'Brandschutzerziehung in Kitas und Schulen',
      ),
      h2('Ausbildung und Technik'),
      p(
        'Unsere Mitglieder üben regelmäßig an den Dienstabenden und bilden sich in Lehrgängen auf Kreis- und Landesebene weiter. Die Stadt sorgt als Trägerin des Brandschutzes für Fahrzeuge, Gerätehäuser und Schutzausrüstung.',
      ),
      img(IMAGES.feuerwehrauto),
      h2('Mitmachen'),
      p(
        'Wir suchen Menschen, die helfen wollen – mit und ohne Vorkenntnisse. Wie das geht, steht unter ',
        link('/leben-in-aschersleben/feuerwehr/mitmachen/', 'Mitglied werden'),
        '. Für Kinder und Jugendliche gibt es die ',
        link('/leben-in-aschersleben/feuerwehr/jugendfeuerwehr/', 'Kinder- und Jugendfeuerwehr'),
        '.',
      ),
      h2('Brandschutz zu Hause'),
      p(
        'Rauchmelder, Feuerlöscher, Verhalten im Brandfall: Unsere Tipps finden Sie unter ',
        link('/leben-in-aschersleben/feuerwehr/brandschutz/', 'Brandschutz zu Hause'),
        '.',
      ),
    ],
  },
  {
    slug: 'mitmachen',
    title: 'Mitglied werden',
    organisation: ORG.feuerwehr,
    parent: 'feuerwehr',
    summary:
      'Helfen, wenn andere in Not sind: In der Freiwilligen Feuerwehr Aschersleben ist jede und jeder ab 16 Jahren willkommen. Die Ausbildung ist kostenlos, Vorkenntnisse sind nicht nötig.',
    seoDescription:
      'Mitglied in der Freiwilligen Feuerwehr Aschersleben werden: Voraussetzungen, Ausbildung, Dienstabende und Ansprechpartner.',
    body: [
      p(
        'Eine Freiwillige Feuerwehr lebt von Menschen, die ihre Freizeit für andere einsetzen. Wir freuen uns über jede neue Kameradin und jeden neuen Kameraden – ob Handwerkerin, Student oder Verwaltungsangestellter.',
      ),
      h2('Voraussetzungen'),
      ul(
        'Sie sind mindestens 16 Jahre alt.',
        'Sie sind gesund und körperlich belastbar; das prüft eine ärztliche Untersuchung.',
        'Sie wohnen oder arbeiten in Aschersleben oder einer Ortschaft.',
        'Sie haben Lust auf Teamarbeit und Verantwortung.',
      ),
      h2('So läuft es ab'),
      h3('Schnuppern'),
      p(
        'Kommen Sie zu einem Dienstabend in Ihrer Ortsfeuerwehr und lernen Sie die Mannschaft kennen. Eine kurze Nachricht vorher genügt.',
      ),
      h3('Grundausbildung'),
      p(
        'In der Truppmannausbildung lernen Sie die Grundlagen: Fahrzeuge und Geräte, Löscheinsatz, technische Hilfe, Erste Hilfe. Die Ausbildung ist kostenlos und findet meist an Abenden und Wochenenden statt.',
      ),
      h3('Einsatzdienst'),
      p(
        'Nach der Grundausbildung fahren Sie mit zu Einsätzen. Später können Sie sich zum Atemschutzgeräteträger, Maschinisten oder zur Führungskraft weiterbilden.',
      ),
      h2('Was Ihnen zusteht'),
      p(
        'Für Einsätze und Lehrgänge werden Sie von der Arbeit freigestellt; Ihr Arbeitgeber erhält auf Antrag einen Ausgleich. Während des Dienstes sind Sie gesetzlich unfallversichert. Schutzkleidung stellt die Stadt.',
      ),
      h2('Kontakt'),
      p(
        'Schreiben Sie an ',
        link('mailto:feuerwehr@aschersleben.de', 'feuerwehr@aschersleben.de'),
        ' oder rufen Sie an: ',
        link('tel:+493473958370', '03473 958-370'),
        '. Wir melden uns und nennen Ihnen den nächsten Dienstabend in Ihrer Nähe.',
      ),
    ],
  },
  {
    slug: 'jugendfeuerwehr',
    title: 'Kinder- und Jugendfeuerwehr',
    organisation: ORG.feuerwehr,
    parent: 'feuerwehr',
    summary:
      'Spielen, lernen, helfen: In der Kinderfeuerwehr ab 6 Jahren und der Jugendfeuerwehr ab 10 Jahren entdecken junge Menschen die Feuerwehr – mit Technik, Teamgeist und viel Spaß.',
    seoDescription:
      'Kinderfeuerwehr und Jugendfeuerwehr Aschersleben: Angebote für 6- bis 16-Jährige, Übungen, Zeltlager, Wettkämpfe und Anmeldung.',
    body: [
      p(
        'Viele unserer Einsatzkräfte haben als Kinder bei der Feuerwehr angefangen. Die Kinder- und Jugendfeuerwehr ist aber mehr als Nachwuchsarbeit: Hier finden junge Menschen Freunde, lernen Verantwortung und erleben Gemeinschaft.',
      ),
      h2('Kinderfeuerwehr (6 bis 10 Jahre)'),
      p(
        'In der Kinderfeuerwehr lernen Kinder spielerisch, wie man einen Notruf absetzt, was bei einem Brand zu tun ist und wie die Feuerwehr arbeitet. Dazu wird gebastelt, gespielt und viel draußen unternommen.',
      ),
      h2('Jugendfeuerwehr (10 bis 16 Jahre)'),
      p(
        'In der Jugendfeuerwehr geht es auch an die Technik: Schläuche kuppeln, Knoten binden, eine Wasserversorgung aufbauen. Dazu kommen Sport, Ausflüge und Wettbewerbe mit anderen Jugendfeuerwehren.',
      ),
      h3('Höhepunkte im Jahr'),
      ul(
        'das Zeltlager der Jugendfeuerwehren im Sommer',
        'der Berufsfeuerwehrtag, an dem die Jugendlichen einen Tag lang Einsätze üben',
        'Leistungsvergleiche auf Kreisebene',
        'der Tag der offenen Tür der Feuerwehr',
      ),
      h2('Treffen'),
      p(
        'Die Gruppen treffen sich in der Regel alle zwei Wochen in den Gerätehäusern. Die Teilnahme ist kostenlos. Eine Uniform und Schutzkleidung stellen wir.',
      ),
      h2('Anmeldung'),
      p(
        'Kinder und Jugendliche können jederzeit zum Schnuppern vorbeikommen. Für die Aufnahme brauchen wir das Einverständnis der Eltern. Melden Sie sich unter ',
        link('mailto:feuerwehr@aschersleben.de', 'feuerwehr@aschersleben.de'),
        '. Mit 16 Jahren ist der Wechsel in die ',
        link('/leben-in-aschersleben/feuerwehr/mitmachen/', 'Einsatzabteilung'),
        ' möglich.',
      ),
    ],
  },
  {
    slug: 'brandschutz',
    title: 'Brandschutz zu Hause',
    organisation: ORG.feuerwehr,
    parent: 'feuerwehr',
    summary:
      'Rauchmelder, richtiges Verhalten im Brandfall und ein freier Rettungsweg: Mit wenigen Handgriffen machen Sie Ihre Wohnung sicherer. Tipps der Freiwilligen Feuerwehr Aschersleben.',
    seoDescription:
      'Brandschutz-Tipps der Feuerwehr Aschersleben: Rauchmelder, Verhalten im Brandfall, Notruf 112 richtig absetzen, Brandschutzerziehung in Kitas.',
    body: [
      p(
        'Die meisten Brandtoten sterben nicht am Feuer, sondern am Rauch – oft nachts im Schlaf. Ein paar einfache Vorkehrungen schützen Sie und Ihre Familie.',
      ),
      h2('Rauchmelder'),
      p(
        'In Sachsen-Anhalt müssen in Wohnungen Schlafräume, Kinderzimmer und Flure, über die Rettungswege von Aufenthaltsräumen führen, mit Rauchmeldern ausgestattet sein. Prüfen Sie die Geräte einmal im Jahr mit der Prüftaste und tauschen Sie sie nach etwa zehn Jahren aus.',
      ),
      h2('Wenn es brennt'),
      ul(
        [b('Ruhe bewahren'), ' und alle Menschen in der Wohnung warnen.'],
        [b('Türen schließen'), ', damit sich Feuer und Rauch nicht ausbreiten.'],
        [b('Raus aus der Wohnung'), ' – nicht den Aufzug benutzen.'],
        [b('Notruf 112 wählen'), ' und draußen auf die Feuerwehr warten.'],
      ),
      p(
        'Ist das Treppenhaus verraucht, bleiben Sie in der Wohnung, schließen Sie die Tür, dichten Sie sie mit feuchten Tüchern ab und machen Sie sich am Fenster bemerkbar.',
      ),
      h2('Den Notruf richtig absetzen'),
      p('Sagen Sie der Leitstelle:'),
      ul(
        'Wo ist es passiert? Ort, Straße, Hausnummer, Stockwerk',
        'Was ist passiert?',
        'Wie viele Menschen sind betroffen oder verletzt?',
        'Warten Sie auf Rückfragen – die Leitstelle beendet das Gespräch.',
      ),
      h2('Brandschutzerziehung'),
      p(
        'Unsere Brandschutzerzieherinnen und -erzieher besuchen Kitas und Grundschulen. Die Kinder lernen, wie man einen Notruf absetzt und warum man mit Feuer vorsichtig sein muss. Einrichtungen melden sich bitte unter ',
        link('mailto:feuerwehr@aschersleben.de', 'feuerwehr@aschersleben.de'),
        '.',
      ),
    ],
  },
];
