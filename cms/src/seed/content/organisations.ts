import type { SeedOrganisation } from '../types';
import { TOWN } from './contact';
import { ORG } from './ids';
import { IMAGES } from './images';

/*
 * The town and its institutions. The four bundled ones live under aschersleben.de and keep
 * their former host names (old links must keep working); the subsidiaries keep their own
 * websites, which the portal presents and links. Addresses and numbers of the institutions
 * are demo data.
 */
export const organisations: SeedOrganisation[] = [
  {
    slug: ORG.stadt,
    name: 'Stadt Aschersleben',
    kind: 'stadtverwaltung',
    bundled: true,
    shortDescription:
      'Die Stadtverwaltung der ältesten Stadt Sachsen-Anhalts: Bürgerservice, Stadtrat und Ortschaften, Bauen, Ordnung, Familie und Wirtschaftsförderung für rund 26.700 Einwohnerinnen und Einwohner.',
    logo: IMAGES.logoStadt,
    address: { street: TOWN.street, postalCode: TOWN.postalCode, city: TOWN.city },
    phone: TOWN.phone,
    email: TOWN.email,
    website: 'https://www.aschersleben.de',
    formerDomains: [],
  },
  {
    slug: ORG.kulturanstalt,
    name: 'Aschersleber Kulturanstalt AöR',
    kind: 'anstalt',
    bundled: true,
    shortDescription:
      'Die Anstalt öffentlichen Rechts der Stadt für Kultur: Konzerte, Theater, Lesungen, Ausstellungen und Stadtfeste, dazu Vermietung von Sälen und Räumen für Vereine, Firmen und private Feiern.',
    logo: IMAGES.logoKulturanstalt,
    address: { street: 'Hecknerstraße 6', postalCode: '06449', city: 'Aschersleben' },
    phone: '03473 8409-0',
    email: 'kulturanstalt@aschersleben.de',
    formerDomains: ['kulturanstalt-aschersleben.de', 'www.kulturanstalt-aschersleben.de'],
  },
  {
    slug: ORG.kreativwerkstatt,
    name: 'Kreativwerkstatt Aschersleben',
    kind: 'einrichtung',
    bundled: true,
    shortDescription:
      'Offene Werkstatt für Kinder, Jugendliche und Erwachsene: Malen, Töpfern, Holz- und Textilarbeiten in Kursen, Ferienangeboten und Projekten mit Schulen und Kitas.',
    logo: IMAGES.logoKreativwerkstatt,
    address: { street: 'Breite Straße 42', postalCode: '06449', city: 'Aschersleben' },
    phone: '03473 958-460',
    email: 'kreativwerkstatt@aschersleben.de',
    formerDomains: ['kreativwerkstatt-aschersleben.de', 'www.kreativwerkstatt-aschersleben.de'],
  },
  {
    slug: ORG.feuerwehr,
    name: 'Freiwillige Feuerwehr Aschersleben',
    kind: 'feuerwehr',
    bundled: true,
    shortDescription:
      'Ehrenamtliche Einsatzkräfte der Stadt und ihrer Ortschaften: Brandschutz, technische Hilfe und Brandschutzerziehung, mit Jugend- und Kinderfeuerwehr. Im Notfall immer 112 wählen.',
    logo: IMAGES.logoFeuerwehr,
    address: { street: 'Staßfurter Straße 30', postalCode: '06449', city: 'Aschersleben' },
    phone: '03473 958-370',
    email: 'feuerwehr@aschersleben.de',
    formerDomains: ['feuerwehr-aschersleben.de', 'www.feuerwehr-aschersleben.de'],
  },
  {
    slug: ORG.stadtwerke,
    name: 'Stadtwerke Aschersleben GmbH',
    kind: 'gmbh',
    bundled: false,
    shortDescription:
      'Das kommunale Versorgungsunternehmen: Strom, Erdgas, Wärme und Wasser für Haushalte und Betriebe in Aschersleben und der Region, mit Kundenzentrum und Kundenjournal.',
    address: { street: 'Magdeburger Straße 25', postalCode: '06449', city: 'Aschersleben' },
    phone: '03473 9631-0',
    email: 'info@stadtwerke-aschersleben.de',
    website: 'https://www.stadtwerke-aschersleben.de',
    formerDomains: [],
  },
  {
    slug: ORG.agw,
    name: 'Ascherslebener Gebäude- und Wohnungsgesellschaft mbH',
    kind: 'gmbh',
    bundled: false,
    shortDescription:
      'Die städtische Wohnungsgesellschaft: Mietwohnungen in allen Größen, Gewerberäume, Modernisierung des Bestands und Service für Mieterinnen und Mieter.',
    address: { street: 'Hohe Straße 8', postalCode: '06449', city: 'Aschersleben' },
    phone: '03473 8713-0',
    email: 'info@agw-aschersleben.de',
    website: 'https://www.agw-aschersleben.de',
    formerDomains: [],
  },
  {
    slug: ORG.optimal,
    name: 'OptimAL GmbH',
    kind: 'gmbh',
    bundled: false,
    shortDescription:
      'Eine Gesellschaft im Verbund der städtischen Beteiligungen. Über ihre Leistungen und Ansprechpersonen informiert sie auf ihrer eigenen Website.',
    address: { street: 'Lindenstraße 12', postalCode: '06449', city: 'Aschersleben' },
    phone: '03473 8120-0',
    email: 'info@optimal-aschersleben.de',
    website: 'https://www.optimal-aschersleben.de',
    formerDomains: [],
  },
  {
    slug: ORG.bauwirtschaftshof,
    name: 'Eigenbetrieb Bauwirtschaftshof der Stadt Aschersleben',
    kind: 'eigenbetrieb',
    bundled: false,
    shortDescription:
      'Pflegt Straßen, Wege, Grünanlagen, Spielplätze und Friedhöfe der Stadt, übernimmt Winterdienst und Straßenreinigung und unterstützt Stadtfeste mit Technik und Personal.',
    address: { street: 'Ermslebener Straße 70', postalCode: '06449', city: 'Aschersleben' },
    phone: '03473 9117-0',
    email: 'info@bauwirtschaftshof-aschersleben.de',
    website: 'https://www.bauwirtschaftshof-aschersleben.de',
    formerDomains: [],
  },
  {
    slug: ORG.abwasser,
    name: 'Eigenbetrieb Abwasserentsorgung der Stadt Aschersleben',
    kind: 'eigenbetrieb',
    bundled: false,
    shortDescription:
      'Sammelt und reinigt das Abwasser der Stadt und ihrer Ortschaften, betreibt Kanalnetz und Pumpwerke, berät zu Hausanschlüssen und erhebt die Abwassergebühren.',
    address: { street: 'Güstener Straße 5', postalCode: '06449', city: 'Aschersleben' },
    phone: '03473 9240-0',
    email: 'abwasser@aschersleben.de',
    formerDomains: [],
  },
];
