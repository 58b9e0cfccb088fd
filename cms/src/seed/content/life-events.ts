import { p } from '../blocks';
import type { SeedLifeEvent } from '../services';
import { ORG } from './ids';

/*
 * Life events (Lebenslagen): what a citizen has to do on one occasion, as an ordered list of
 * services (by slug, see ./leistungen/). The body is one or two short paragraphs of orientation.
 */

export const lifeEvents: SeedLifeEvent[] = [
  {
    slug: 'umzug',
    title: 'Umzug',
    organisation: ORG.stadt,
    summary: 'Sie ziehen nach Aschersleben, innerhalb der Stadt oder weg? Das ist zu erledigen – von der Halteverbotszone für den Umzugswagen bis zur Hundemarke.',
    body: [
      p('Planen Sie zwei bis drei Wochen vor dem Umzug: Das Halteverbot braucht Vorlauf. Nach dem Einzug haben Sie zwei Wochen Zeit für die Anmeldung.'),
      p('Vergessen Sie nicht die Stellen, die die Stadt nicht informiert: Bank, Versicherungen, Arbeitgeber, Kfz-Zulassung beim Salzlandkreis und den Nachsendeauftrag bei der Post.'),
    ],
    services: ['halteverbot-fuer-umzug', 'wohnsitz-anmelden', 'wohnsitz-ummelden', 'nebenwohnung-anmelden', 'wohnsitz-abmelden', 'hund-anmelden', 'kita-platz-beantragen', 'bewohnerparkausweis'],
  },
  {
    slug: 'geburt-eines-kindes',
    title: 'Geburt eines Kindes',
    organisation: ORG.stadt,
    summary: 'Herzlichen Glückwunsch! Nach der Geburt braucht Ihr Kind eine Geburtsurkunde – und bald vielleicht einen Kita-Platz und einen eigenen Ausweis.',
    body: [
      p('Die Geburtsurkunde ist der erste Schritt: Mit ihr beantragen Sie Elterngeld und Kindergeld. Die Bescheinigungen dafür stellt das Standesamt kostenlos aus.'),
      p('Sind Sie nicht verheiratet, kann der Vater die Vaterschaft schon vor der Geburt anerkennen; das erleichtert die Beurkundung.'),
    ],
    services: ['vaterschaft-anerkennen', 'geburt-beurkunden', 'namenserklaerung-abgeben', 'ausweis-fuer-ein-kind-beantragen', 'kita-platz-beantragen'],
  },
  {
    slug: 'heirat',
    title: 'Heirat',
    organisation: ORG.stadt,
    summary: 'Vom Wunschtermin im historischen Trauzimmer bis zum neuen Namen im Ausweis: Das brauchen Sie, wenn Sie in Aschersleben heiraten.',
    body: [p('Reservieren Sie Ihren Trautermin früh und melden Sie die Eheschließung frühestens sechs Monate vorher an. Nach der Hochzeit brauchen Sie mit einem neuen Namen neue Ausweise.')],
    services: ['trautermin-reservieren', 'eheschliessung-anmelden', 'ehefaehigkeitszeugnis-beantragen', 'namenserklaerung-abgeben', 'personalausweis-beantragen', 'reisepass-beantragen', 'personenstandsurkunde-beantragen'],
  },
  {
    slug: 'bauen',
    title: 'Bauen und Grundstück',
    organisation: ORG.stadt,
    summary: 'Ein Grundstück kaufen, ein Haus bauen, einen Hausanschluss legen: welche Genehmigungen Sie brauchen und wer sie erteilt – die Stadt oder der Salzlandkreis.',
    body: [
      p('Die Baugenehmigung erteilt der Salzlandkreis. Die Stadt ist trotzdem Ihr erster Ansprechpartner: für den Bebauungsplan, die Bauberatung, die Hausnummer und alles, was Straßen und Gehwege betrifft.'),
    ],
    services: ['bebauungsplan-einsehen', 'vorkaufsrecht-negativattest', 'bauantrag-stellen', 'denkmalrechtliche-genehmigung', 'baum-faellen', 'aufgrabung-beantragen', 'hausnummer-beantragen', 'grundsteuer'],
  },
  {
    slug: 'gewerbe-anmelden',
    title: 'Unternehmen gründen',
    organisation: ORG.stadt,
    summary: 'Sie machen sich in Aschersleben selbstständig? Von der Gründungsberatung über die Gewerbeanmeldung bis zum Freisitz vor dem Café.',
    body: [
      p('Die Wirtschaftsförderung ist Ihre erste Anlaufstelle: Sie klärt, welche Erlaubnisse Sie brauchen, und hilft bei Fördermitteln und der Suche nach Räumen.'),
      p('Die Gewerbeanmeldung informiert Finanzamt und Kammern. Den Fragebogen zur steuerlichen Erfassung schickt Ihnen danach das Finanzamt.'),
    ],
    services: ['gruendungsberatung', 'gewerbeflaeche-finden', 'gewerbe-anmelden', 'gaststaettenerlaubnis-beantragen', 'sondernutzung-beantragen', 'lastschriftmandat-erteilen', 'gewerbesteuer'],
  },
  {
    slug: 'todesfall',
    title: 'Todesfall',
    organisation: ORG.stadt,
    summary: 'Wenn ein Angehöriger stirbt, ist in kurzer Zeit viel zu regeln. Vieles übernimmt das Bestattungsunternehmen; diese Leistungen der Stadt kommen dazu.',
    body: [
      p('Der Sterbefall muss spätestens am dritten Werktag beim Standesamt angezeigt werden. Lassen Sie sich gleich mehrere Sterbeurkunden ausstellen: Rentenversicherung, Krankenkasse, Banken und Versicherungen verlangen sie.'),
    ],
    services: ['sterbefall-beurkunden', 'grabstelle-erwerben', 'personenstandsurkunde-beantragen', 'hund-abmelden', 'gewerbe-abmelden'],
  },
  {
    slug: 'kinderbetreuung-und-schule',
    title: 'Kinderbetreuung und Schule',
    organisation: ORG.stadt,
    summary: 'Krippe, Kindergarten, Hort und Schule: Wie Sie einen Betreuungsplatz bekommen, Ihr Kind einschulen und was es in der Freizeit in Aschersleben erleben kann.',
    body: [p('Jedes Kind hat in Sachsen-Anhalt bis zum Ende der Grundschulzeit Anspruch auf einen Ganztagsplatz. Beantragen Sie ihn möglichst ein halbes Jahr vorher.')],
    services: ['kita-platz-beantragen', 'kind-in-der-grundschule-anmelden', 'schuelerbefoerderung', 'bibliotheksausweis', 'kurs-in-der-kreativwerkstatt', 'jugendfeuerwehr', 'brandschutzerziehung'],
  },
  {
    slug: 'hund-halten',
    title: 'Hund halten',
    organisation: ORG.stadt,
    summary: 'Ein Hund zieht ein: Anmeldung zur Hundesteuer, Hundemarke und – bei manchen Hunden – eine Erlaubnis. Und was tun, wenn der Hund entlaufen ist?',
    body: [
      p('In Sachsen-Anhalt muss jeder Hund gechippt, haftpflichtversichert und im zentralen Hunderegister gemeldet sein. Zusätzlich melden Sie ihn bei der Stadt zur Hundesteuer an.'),
    ],
    services: ['hund-anmelden', 'gefaehrlichen-hund-halten', 'lastschriftmandat-erteilen', 'fundsache', 'hund-abmelden'],
  },
  {
    slug: 'veranstaltung-planen',
    title: 'Veranstaltung planen',
    organisation: ORG.stadt,
    summary: 'Straßenfest, Vereinsjubiläum oder Konzert: welche Anzeigen und Erlaubnisse Sie brauchen – und wo Sie einen Saal finden.',
    body: [p('Melden Sie sich mindestens sechs Wochen vorher beim Ordnungsamt. Wir bündeln Ihre Anträge und beteiligen Feuerwehr und Polizei.')],
    services: ['veranstaltung-anzeigen', 'sondernutzung-beantragen', 'ausschank-bei-festen', 'brauchtumsfeuer-anzeigen', 'saal-mieten'],
  },
  {
    slug: 'reisen-ins-ausland',
    title: 'Reisen ins Ausland',
    organisation: ORG.stadt,
    summary: 'Vor dem Urlaub: Sind Ausweis und Pass noch gültig? Was brauchen Kinder? Und was tun, wenn der Ausweis kurz vor der Abreise verloren geht?',
    body: [p('Prüfen Sie die Gültigkeit Ihrer Dokumente mindestens sechs Wochen vor der Reise. Manche Länder verlangen, dass der Pass noch sechs Monate über das Reiseende hinaus gilt.')],
    services: ['reisepass-beantragen', 'personalausweis-beantragen', 'ausweis-fuer-ein-kind-beantragen', 'vorlaeufigen-personalausweis-beantragen', 'ausweis-verloren-melden', 'briefwahl-beantragen'],
  },
];
