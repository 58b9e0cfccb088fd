import { b, h2, h3, link, p, ul } from '../../blocks';
import type { SeedPage } from '../../types';
import { TOWN } from '../contact';
import { ORG } from '../ids';

/* Section „Wirtschaft“: economic development, sites, funding, the town's companies. */
export const wirtschaftPages: SeedPage[] = [
  {
    slug: 'wirtschaft',
    title: 'Wirtschaft',
    organisation: ORG.stadt,
    parent: null,
    summary:
      'Gute Verkehrsanbindung, verfügbare Gewerbeflächen und eine Verwaltung, die Unternehmen begleitet: Aschersleben als Standort für Industrie, Handwerk, Handel und Dienstleistung.',
    seoDescription:
      'Wirtschaftsstandort Aschersleben: Wirtschaftsförderung, Gewerbeflächen, Fördermittel und die städtischen Unternehmen im Überblick.',
    body: [
      p(
        'Aschersleben ist ein Mittelzentrum im Salzlandkreis mit einer langen Tradition in Industrie und Handwerk. Heute prägen mittelständische Betriebe aus Industrie, Handwerk, Logistik, Handel und Dienstleistung die Wirtschaft der Stadt.',
      ),
      h2('Der Standort'),
      ul(
        [b('Verkehr'), ': Anschluss an die Autobahn A 36, Nähe zur A 14, Bahnhof mit Regionalverkehr'],
        [b('Lage'), ': am Rand des Harzes, zwischen Magdeburg, Halle und Halberstadt'],
        [b('Flächen'), ': erschlossene Gewerbe- und Industriegebiete in verschiedenen Größen'],
        [b('Lebensqualität'), ': eine sanierte Altstadt, Kitas, Schulen und bezahlbarer Wohnraum für Fachkräfte'],
      ),
      h2('Ihr Weg zu uns'),
      p(
        'Die ',
        link('/wirtschaft/wirtschaftsfoerderung/', 'Wirtschaftsförderung'),
        ' ist Ihre zentrale Ansprechstelle im Rathaus – für Ansiedlung, Erweiterung und Gründung. Sie kennt die freien ',
        link('/wirtschaft/gewerbeflaechen/', 'Gewerbeflächen'),
        ' und berät zu ',
        link('/wirtschaft/foerdermittel/', 'Fördermitteln'),
        '.',
      ),
      h2('Die Unternehmen der Stadt'),
      p(
        'Zur Stadt gehören Gesellschaften und Eigenbetriebe, die Energie und Wasser liefern, Wohnungen vermieten, Abwasser reinigen und Straßen und Grünanlagen pflegen. Eine Übersicht mit Kontaktdaten finden Sie unter ',
        link('/wirtschaft/staedtische-unternehmen/', 'Städtische Unternehmen'),
        '.',
      ),
      h2('Aktuelles für Unternehmen'),
      p(
        'Öffentliche Ausschreibungen der Stadt, Förderaufrufe und Informationen zu Baustellen, die Ihren Betrieb betreffen können, veröffentlichen wir unter ',
        link('/aktuelles/', 'Aktuelles'),
        ' und im ',
        link('/rathaus-verwaltung/amtsblatt/', 'Amtsblatt'),
        '.',
      ),
    ],
  },
  {
    slug: 'wirtschaftsfoerderung',
    title: 'Wirtschaftsförderung',
    organisation: ORG.stadt,
    parent: 'wirtschaft',
    summary:
      'Die Wirtschaftsförderung der Stadt begleitet Unternehmen bei Ansiedlung, Erweiterung und Gründung – vertraulich, unbürokratisch und mit einem festen Ansprechpartner.',
    seoDescription:
      'Wirtschaftsförderung Aschersleben: Beratung für Ansiedlung, Erweiterung und Gründung, Flächensuche, Fördermittel und Kontakte zu Behörden.',
    body: [
      p(
        'Ob Sie ein Unternehmen gründen, Ihren Betrieb erweitern oder mit einem neuen Standort nach Aschersleben kommen wollen: Die Wirtschaftsförderung ist Ihr Lotse durch die Verwaltung. Sie erhalten einen festen Ansprechpartner, der Ihr Vorhaben von der ersten Idee bis zur Eröffnung begleitet.',
      ),
      h2('Unsere Leistungen'),
      h3('Ansiedlung und Erweiterung'),
      ul(
        'Suche nach passenden Grundstücken und Gewerbeimmobilien',
        'Abstimmung mit Bauaufsicht, Umweltbehörden und Versorgern',
        'Begleitung von Genehmigungsverfahren',
      ),
      h3('Gründung'),
      ul(
        'Erstgespräch zu Ihrer Geschäftsidee',
        'Vermittlung an Kammern, Gründungsberatung und Banken',
        'Hinweise zu Gewerbeanmeldung und Erlaubnissen',
      ),
      h3('Bestandspflege'),
      p(
        'Wir besuchen Betriebe vor Ort, hören zu und helfen, wenn es hakt – etwa bei Baustellen vor der Tür, bei der Fachkräftesuche oder bei Fragen zur Verkehrsanbindung.',
      ),
      h2('Innenstadt und Handel'),
      p(
        'Ein City-Management kümmert sich um die Innenstadt: Es bringt Händlerinnen, Gastronomen und Eigentümer zusammen, vermittelt leerstehende Ladenflächen und organisiert gemeinsame Aktionen mit der Stadt.',
      ),
      h2('Netzwerke'),
      p(
        'Die Wirtschaftsförderung arbeitet eng mit der Industrie- und Handelskammer, der Handwerkskammer, der Wirtschaftsförderung des Salzlandkreises und der Investitions- und Marketinggesellschaft des Landes zusammen. Sie lädt regelmäßig zu Unternehmerfrühstücken ein.',
      ),
      h2('Kontakt'),
      p(
        `Wirtschaftsförderung im Rathaus, ${TOWN.street}, ${TOWN.postalCode} ${TOWN.city}. Telefon `,
        link(TOWN.phoneHref, TOWN.phone),
        ', E-Mail ',
        link('mailto:wirtschaft@aschersleben.de', 'wirtschaft@aschersleben.de'),
        '. Wir behandeln Ihre Anfrage vertraulich.',
      ),
    ],
  },
  {
    slug: 'gewerbeflaechen',
    title: 'Gewerbeflächen',
    organisation: ORG.stadt,
    parent: 'wirtschaft',
    summary:
      'Erschlossene Gewerbe- und Industrieflächen mit Autobahnanschluss, dazu Hallen, Büros und Ladenlokale in der Innenstadt: So finden Sie den passenden Standort in Aschersleben.',
    seoDescription:
      'Gewerbeflächen in Aschersleben: Gewerbe- und Industriegebiete, Grundstücke und Immobilien, Erschließung, Preise und Anfrage bei der Wirtschaftsförderung.',
    body: [
      p(
        'Aschersleben verfügt über mehrere Gewerbe- und Industriegebiete. Die meisten sind voll erschlossen und schnell an die Autobahn A 36 angebunden. Dazu kommen Ladenlokale und Büros in der Innenstadt.',
      ),
      h2('Was wir anbieten'),
      ul(
        'Grundstücke für Industrie, Produktion und Logistik, auch größere zusammenhängende Flächen',
        'kleinere Parzellen für Handwerk und Gewerbe',
        'Bestandsimmobilien: Hallen, Werkstätten und Büroflächen',
        'Ladenflächen in der Altstadt',
      ),
      h2('Erschließung'),
      p(
        'Die Flächen sind an Straße, Strom, Erdgas, Trinkwasser und Abwasser angeschlossen. Bei besonderem Bedarf, etwa an Leistung oder Wasser, stimmen wir uns frühzeitig mit den ',
        link('/wirtschaft/staedtische-unternehmen/', 'Stadtwerken und dem Abwasserbetrieb'),
        ' ab. Der Glasfaserausbau in den Gewerbegebieten schreitet voran.',
      ),
      h2('So läuft eine Anfrage'),
      h3('1. Bedarf beschreiben'),
      p('Nennen Sie uns Flächengröße, Nutzung, zeitlichen Rahmen und besondere Anforderungen.'),
      h3('2. Angebote erhalten'),
      p('Wir stellen Ihnen passende städtische und private Flächen mit Lageplan und Konditionen zusammen.'),
      h3('3. Besichtigen und entscheiden'),
      p(
        'Wir zeigen Ihnen die Flächen vor Ort und klären mit Ihnen die nächsten Schritte, vom Kaufvertrag bis zur Baugenehmigung.',
      ),
      h2('Planungsrecht'),
      p(
        'Was auf einer Fläche gebaut werden darf, regelt der Bebauungsplan. Auskunft gibt das ',
        link('/rathaus-verwaltung/aemter/bauamt/', 'Amt für Stadtentwicklung und Bauen'),
        '.',
      ),
      h2('Kontakt'),
      p(
        'Ihre Anfrage richten Sie an die ',
        link('/wirtschaft/wirtschaftsfoerderung/', 'Wirtschaftsförderung'),
        ': ',
        link('mailto:wirtschaft@aschersleben.de', 'wirtschaft@aschersleben.de'),
        '.',
      ),
    ],
  },
  {
    slug: 'foerdermittel',
    title: 'Fördermittel',
    organisation: ORG.stadt,
    parent: 'wirtschaft',
    summary:
      'Zuschüsse, Darlehen und Bürgschaften von Land, Bund und EU: Die Wirtschaftsförderung hilft Ihnen, das passende Programm zu finden und den Antrag rechtzeitig zu stellen.',
    seoDescription:
      'Fördermittel für Unternehmen in Aschersleben: Investitionsförderung, Gründungsförderung, Innovation, Fachkräfte. Beratung durch die Wirtschaftsförderung.',
    body: [
      p(
        'Für Investitionen, Gründungen, Innovationen und die Qualifizierung von Beschäftigten gibt es zahlreiche Förderprogramme. Die Stadt vergibt selbst nur wenige Fördermittel, kennt aber die Programme von Land, Bund und Europäischer Union und hilft beim Zugang.',
      ),
      h2('Wichtige Förderbereiche'),
      h3('Investitionen'),
      p(
        'Für Investitionen, die Arbeitsplätze schaffen oder sichern, gibt es Zuschüsse aus der Gemeinschaftsaufgabe „Verbesserung der regionalen Wirtschaftsstruktur“ sowie Darlehen der Förderbanken.',
      ),
      h3('Gründung und Nachfolge'),
      p('Gründerinnen und Gründer sowie Menschen, die einen Betrieb übernehmen, erhalten Beratung, Zuschüsse und zinsgünstige Darlehen.'),
      h3('Innovation und Digitalisierung'),
      p('Programme unterstützen Forschung und Entwicklung, neue Produkte und die Digitalisierung von Betriebsabläufen.'),
      h3('Energie und Klima'),
      p('Investitionen in Energieeffizienz und erneuerbare Energien werden von Bund und Land gefördert.'),
      h3('Fachkräfte'),
      p('Zuschüsse gibt es auch für Ausbildung, Weiterbildung und die Einarbeitung neuer Beschäftigter.'),
      h2('Wichtig: vor Beginn beantragen'),
      p(
        'Bei den meisten Programmen muss der Antrag gestellt sein, ',
        b('bevor'),
        ' Sie mit dem Vorhaben beginnen oder Aufträge vergeben. Sprechen Sie uns deshalb früh an.',
      ),
      h2('Förderung in der Altstadt'),
      p(
        'Für Gebäude im Sanierungsgebiet der Altstadt gibt es Mittel der Städtebauförderung. Auskunft gibt das ',
        link('/rathaus-verwaltung/aemter/bauamt/', 'Amt für Stadtentwicklung und Bauen'),
        '.',
      ),
      h2('Beratung'),
      p(
        'Die ',
        link('/wirtschaft/wirtschaftsfoerderung/', 'Wirtschaftsförderung'),
        ' prüft mit Ihnen, welche Programme in Frage kommen, und stellt den Kontakt zu den Förderstellen her.',
      ),
    ],
  },
  {
    slug: 'staedtische-unternehmen',
    title: 'Städtische Unternehmen',
    organisation: ORG.stadt,
    parent: 'wirtschaft',
    summary:
      'Stadtwerke, Wohnungsgesellschaft, OptimAL, Bauwirtschaftshof, Abwasserentsorgung und Kulturanstalt: die Unternehmen und Betriebe der Stadt Aschersleben im Überblick.',
    seoDescription:
      'Beteiligungen der Stadt Aschersleben: Stadtwerke, AGW, OptimAL GmbH, Eigenbetriebe Bauwirtschaftshof und Abwasserentsorgung, Aschersleber Kulturanstalt.',
    body: [
      p(
        'Viele Leistungen für die Menschen in Aschersleben erbringen nicht die Ämter im Rathaus, sondern Unternehmen und Betriebe der Stadt. Sie arbeiten eigenständig, gehören aber ganz oder mehrheitlich der Stadt. Der Oberbürgermeister stimmt sich jeden Monat mit ihren Leitungen ab.',
      ),
      h2('Gesellschaften'),
      h3('Stadtwerke Aschersleben GmbH'),
      p(
        'Strom, Erdgas, Wärme und Trinkwasser für Haushalte und Betriebe. Das Kundenjournal der Stadtwerke berichtet auch über die anderen städtischen Unternehmen. ',
        link('https://www.stadtwerke-aschersleben.de', 'Zur Website der Stadtwerke'),
      ),
      h3('Ascherslebener Gebäude- und Wohnungsgesellschaft mbH'),
      p(
        'Die städtische Wohnungsgesellschaft vermietet Wohnungen und Gewerberäume und modernisiert ihren Bestand. ',
        link('https://www.agw-aschersleben.de', 'Zur Website der Wohnungsgesellschaft'),
      ),
      h3('OptimAL GmbH'),
      p(
        'Eine weitere Gesellschaft im Verbund der städtischen Beteiligungen. ',
        link('https://www.optimal-aschersleben.de', 'Zur Website der OptimAL GmbH'),
      ),
      h2('Eigenbetriebe'),
      h3('Bauwirtschaftshof'),
      p(
        'Pflegt Straßen, Grünanlagen, Spielplätze und Friedhöfe, räumt im Winter Schnee und unterstützt Stadtfeste. ',
        link('https://www.bauwirtschaftshof-aschersleben.de', 'Zur Website des Bauwirtschaftshofs'),
      ),
      h3('Abwasserentsorgung'),
      p(
        'Betreibt Kanalnetz, Pumpwerke und die Abwasserreinigung für Stadt und Ortschaften. Kontakt: ',
        link('mailto:abwasser@aschersleben.de', 'abwasser@aschersleben.de'),
      ),
      h2('Anstalt öffentlichen Rechts'),
      h3('Aschersleber Kulturanstalt'),
      p(
        'Veranstaltungen, Konzerte, Theater und Ausstellungen, dazu Räume für Feiern und Tagungen. Ihre Seiten finden Sie hier im Portal unter ',
        link('/tourismus-kultur/kulturanstalt/', 'Aschersleber Kulturanstalt'),
        '.',
      ),
      h2('Alle Einrichtungen'),
      p(
        'Kontaktdaten aller Einrichtungen mit Adressen und Telefonnummern stehen im Verzeichnis ',
        link('/einrichtungen/', 'Einrichtungen'),
        '.',
      ),
    ],
  },
];
