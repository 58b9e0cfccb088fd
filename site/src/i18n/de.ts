/*
 * Every UI string of the site, in German (the content itself comes from the CMS). Components
 * call t('key', {params}) and never contain text of their own, so wording, typography
 * („…“, –) and a later second language are changed here alone.
 */
export const de = {
  'skipLink.label': 'Zum Inhalt springen',

  'title.page': '{title} – {siteName}',
  'title.home': '{siteName} – {claim}',

  'nav.main': 'Hauptnavigation',
  'nav.news': 'Aktuelles',
  'nav.organisations': 'Einrichtungen',
  'nav.offices': 'Ämter und Öffnungszeiten',
  'nav.services': 'Leistungen A–Z',
  'nav.events': 'Veranstaltungen',
  'nav.notices': 'Bekanntmachungen',
  'nav.breadcrumbs': 'Brotkrümelnavigation',
  'nav.pagination': 'Seiten der Meldungsliste',
  'breadcrumbs.home': 'Startseite',

  'footer.label': 'Fußzeile',
  'footer.legalHeading': 'Rechtliches und Barrierefreiheit',
  'footer.socialHeading': 'Soziale Medien',
  'footer.socialNote': 'Diese Links führen zu den Netzwerken. Erst wenn Sie einem Link folgen, werden dort Daten über Sie erhoben.',
  'footer.social': '{network}: {handle}',
  'legal.impressum': 'Impressum',
  'legal.datenschutz': 'Datenschutz',
  'legal.barrierefreiheit': 'Erklärung zur Barrierefreiheit',
  'legal.leichteSprache': 'Leichte Sprache',
  'legal.gebaerdensprache': 'Gebärdensprache',
  'feedback.link': 'Barriere melden',
  'feedback.subject': 'Barriere gemeldet: {title}',
  'feedback.body': 'Seite: {url}\n\nWas funktioniert nicht? (Bitte beschreiben Sie die Barriere und, wenn möglich, Ihr Gerät und Ihre Hilfsmittel.)\n\n',

  'home.description': '{siteName} – {claim}: Bürgerservice, Aktuelles, Einrichtungen und Unternehmen der Stadt.',
  'home.sections': 'Themen',
  'home.news': 'Aktuelles',
  'home.allNews': 'Alle Meldungen',
  'home.bundled': 'Einrichtungen der Stadt',
  'home.subsidiaries': 'Unternehmen und Eigenbetriebe',
  'home.allOrganisations': 'Alle Einrichtungen und Unternehmen',

  'page.children': 'Weitere Seiten zu diesem Thema',
  'page.owner': 'Verantwortlich für diese Seite:',
  'page.updated': 'Stand:',

  'news.title': 'Aktuelles',
  'news.description': 'Meldungen und Pressemitteilungen von {siteName} und ihren Einrichtungen.',
  'news.pagedTitle': 'Aktuelles – Seite {current} von {total}',
  'news.publishedOn': 'Veröffentlicht am',
  'news.by': 'von',
  'news.readMore': 'Weiterlesen',
  'news.readMoreContext': ': {title}',
  'news.none': 'Zurzeit gibt es keine Meldungen.',

  'feed.subscribe': 'Meldungen als RSS-Feed abonnieren',
  'feed.newsTitle': 'Aktuelles – {siteName}',
  'feed.organisationTitle': 'Meldungen von {name}',
  'feed.organisationDescription': 'Meldungen und Pressemitteilungen von {name}.',

  'pagination.previous': 'Zurück',
  'pagination.next': 'Weiter',
  'pagination.status': 'Seite {current} von {total}',
  'pagination.pagePrefix': 'Seite',
  'pagination.gap': '…',

  'organisations.title': 'Einrichtungen und Unternehmen',
  'organisations.description': 'Einrichtungen unter dem Dach von {siteName} und die städtischen Unternehmen und Eigenbetriebe mit Kontakt und Website.',
  'organisations.bundled': 'Einrichtungen der Stadt',
  'organisations.bundledIntro': 'Diese Einrichtungen finden Sie direkt auf dieser Website.',
  'organisations.subsidiaries': 'Unternehmen und Eigenbetriebe',
  'organisations.subsidiariesIntro': 'Die Unternehmen und Eigenbetriebe der Stadt haben zum Teil eigene Websites.',

  'organisation.kind': 'Art',
  'organisation.contact': 'Kontakt',
  'organisation.address': 'Anschrift',
  'organisation.phone': 'Telefon',
  'organisation.email': 'E-Mail',
  'organisation.website': 'Website',
  'organisation.websiteLink': 'Website von {name}',
  'organisation.pages': 'Seiten von {name}',
  'organisation.news': 'Meldungen von {name}',
  'organisation.noNews': 'Zurzeit gibt es keine Meldungen dieser Einrichtung.',
  'organisation.others': 'Weitere Einrichtungen und Unternehmen',
  'organisation.section': 'Mehr über {name}',

  'offices.title': 'Ämter und Öffnungszeiten',
  'offices.description': 'Ämter, Fachbereiche und Einrichtungen von {siteName} mit Anschrift, Telefon und Öffnungszeiten – und ob heute geöffnet ist.',
  'offices.intro': 'Alle Ämter und Einrichtungen mit Kontakt und Öffnungszeiten. Der Hinweis „heute geöffnet“ berücksichtigt Feiertage in Sachsen-Anhalt und besondere Schließtage.',
  'offices.ofOrganisation': 'Ämter und Öffnungszeiten von {name}',
  'office.contact': 'Kontakt und Anschrift',
  'office.kindOf': '{kind} von',
  'office.room': 'Raum',
  'office.map': 'Auf der Karte anzeigen (OpenStreetMap)',
  'office.accessibility': 'Barrierefreiheit des Gebäudes',
  'office.stepFree': 'Stufenloser Zugang',
  'office.accessibleToilet': 'Barrierefreies WC',
  'office.parking': 'Parken',
  'office.notes': 'Hinweise',
  'office.yes': 'ja',
  'office.no': 'nein',
  'openingHours.heading': 'Öffnungszeiten',
  'openingHours.stand': '(Stand: {time})',
  'openingHours.regular': 'Regelmäßige Öffnungszeiten',
  'openingHours.weekday': 'Wochentag',
  'openingHours.times': 'Uhrzeit',
  'openingHours.closed': 'geschlossen',
  'openingHours.closedReason': 'geschlossen ({reason})',
  'openingHours.timesReason': '{times} ({reason})',
  'openingHours.rangeTo': 'bis',
  'openingHours.holidaysClosed': 'An gesetzlichen Feiertagen in Sachsen-Anhalt geschlossen.',
  'openingHours.deviations': 'Abweichende Öffnungszeiten',

  // ── Leistungen und Lebenslagen (services.*, service.*, lifeEvents.*, lifeEvent.*) ──

  // ── Veranstaltungen (events.*, event.*, calendar.*) ──

  // ── Amtsblatt und Bekanntmachungen (amtsblatt.*, notices.*, notice.*) ──

  // ── Sprachen (language.*) ──

  'notFound.title': 'Seite nicht gefunden',
  'notFound.description': 'Diese Seite gibt es nicht (mehr).',
  'notFound.text': 'Die Adresse, die Sie aufgerufen haben, gibt es auf dieser Website nicht oder nicht mehr. Vielleicht hilft Ihnen die Startseite oder die Übersicht der Einrichtungen weiter.',
  'notFound.home': 'Zur Startseite',

  'search.headerLabel': 'Website durchsuchen',
  'search.pageLabel': 'Suchbegriff',
  'search.pageLandmark': 'Neue Suche',
  'search.submit': 'Suchen',
  'search.title': 'Suche',
  'search.description': 'Alle Seiten, Meldungen und Einrichtungen von {siteName} durchsuchen.',
  'search.noJs': 'Die Suche braucht JavaScript, das in Ihrem Browser ausgeschaltet ist oder nicht unterstützt wird.',
  'search.alternatives': 'Alle Inhalte finden Sie auch über die Hauptnavigation und diese Übersichten:',
  'search.empty': 'Bitte geben Sie einen Suchbegriff ein.',
  'search.loading': 'Suche nach „{query}“ läuft …',
  'search.count': '{count} Treffer für „{query}“',
  'search.none': 'Keine Treffer für „{query}“. Prüfen Sie die Schreibweise oder versuchen Sie ein anderes Wort.',
  'search.failed': 'Die Suche ist gerade nicht verfügbar. Bitte versuchen Sie es später noch einmal.',
  'search.results': 'Suchergebnisse',
  'search.more': 'Weitere Treffer anzeigen',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof de;

/** The {placeholders} of a message, as a union of their names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type Args<K extends MessageKey> = [Placeholders<(typeof de)[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<(typeof de)[K]>, string | number>];

/** The message for `key` with its placeholders filled; the compiler checks key and params. */
export function t<K extends MessageKey>(key: K, ...args: Args<K>): string {
  const message: string = de[key];
  const params: Record<string, string | number> = args[0] ?? {};
  return message.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`i18n: Parameter „${name}“ fehlt für „${key}“`);
    return String(value);
  });
}
