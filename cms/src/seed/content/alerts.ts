import type { SeedAlert } from '../alerts';

/*
 * Demo Eilmeldungen. None is active on a normal day — an alert on every page would be noise in
 * the demo: one is long over (it stays in the CMS as a record), one is scheduled for a planned
 * water outage and appears and disappears on its own at its times.
 */
export const alerts: readonly SeedAlert[] = [
  {
    slug: 'sturm-friedhof-gesperrt',
    severity: 'gefahr',
    title: 'Sturmschäden: Alter Friedhof gesperrt',
    text:
      'Nach dem Sturm der vergangenen Nacht sind mehrere Bäume auf dem Alten Friedhof umgestürzt, weitere drohen zu brechen. ' +
      'Der Friedhof bleibt bis zur Freigabe durch das Ordnungsamt gesperrt. Bitte betreten Sie das Gelände nicht.',
    link: '/aemter/ordnungsamt/',
    linkText: 'Ordnungsamt: Öffnungszeiten und Kontakt',
    start: '2026-02-17T07:30+01:00',
    end: '2026-02-20T18:00+01:00',
  },
  {
    slug: 'trinkwasser-westdorf-unterbrochen',
    severity: 'warnung',
    title: 'Trinkwasser in Westdorf am 14. Januar unterbrochen',
    text:
      'Wegen Arbeiten an der Hauptleitung ist die Trinkwasserversorgung in Westdorf am Donnerstag, 14. Januar 2027, ' +
      'von 8 bis etwa 14 Uhr unterbrochen. Ein Wasserwagen steht am Dorfplatz bereit.',
    link: null,
    linkText: null,
    start: '2027-01-13T12:00+01:00',
    end: '2027-01-14T16:00+01:00',
  },
];
