import type { Core } from '@strapi/strapi';

/*
 * German field labels in the dashboard (docs/adr/0011-editors-desk.md). Strapi 5 keeps the edit
 * and list view of each type in the core store (`strapi_core_store_settings`, key
 * `plugin_content_manager_configuration_content_types::<uid>` resp. `…_components::<uid>`,
 * value `metadatas.<field>.edit.label` / `.list.label`); its default label is the API name.
 *
 * Set at every start, idempotently, and only where the label is still Strapi's default (the API
 * name) or already ours: a label an editor changed under „Ansicht konfigurieren“ is kept — that
 * is a deliberate local choice, and overwriting it on each restart would silently undo it.
 * A new label in this table reaches existing installations as long as nobody changed that field.
 */

/** Labels by field name, shared by all types (a type may override below). */
const COMMON: Record<string, string> = {
  title: 'Titel',
  slug: 'Adresse (Slug)',
  name: 'Name',
  organisation: 'Organisation',
  summary: 'Kurzbeschreibung',
  body: 'Inhalt',
  image: 'Bild',
  description: 'Beschreibung',
  date: 'Datum',
  address: 'Adresse',
  phone: 'Telefon',
  email: 'E-Mail',
  website: 'Website',
  category: 'Kategorie',
  start: 'Beginn',
  end: 'Ende',
  publishAt: 'Veröffentlichen am (geplant)',
  unpublishAt: 'Zurückziehen am (geplant)',
  // Four-eyes publishing (four-eyes.ts): the review state, shown in the list view too.
  freigabe: 'Freigabe',
};

const TYPES: Record<string, Record<string, string>> = {
  'api::organisation.organisation': {
    kind: 'Art der Organisation',
    bundled: 'Im Stadtportal gebündelt',
    shortDescription: 'Kurzbeschreibung',
    logo: 'Logo',
    formerDomains: 'Frühere Domains',
    editors: 'Redakteur:innen',
    vierAugen: 'Vier-Augen-Prinzip (Freigabe durch zweite Person)',
  },
  'api::page.page': {
    parent: 'Übergeordnete Seite',
    children: 'Unterseiten',
    seoDescription: 'Beschreibung für Suchmaschinen',
    video: 'Video (unter dem Inhalt)',
  },
  'api::news-article.news-article': { teaser: 'Anriss' },
  'api::office.office': {
    kind: 'Art',
    room: 'Raum',
    accessibility: 'Barrierefreiheit',
    openingHours: 'Öffnungszeiten',
  },
  'api::service.service': {
    synonyms: 'Synonyme (eins pro Zeile)',
    leikaKey: 'LeiKa-Schlüssel',
    office: 'Zuständiges Amt',
    description: 'Leistungsbeschreibung',
    eligibility: 'Wer kann die Leistung beantragen?',
    requirements: 'Voraussetzungen',
    documents: 'Welche Unterlagen brauche ich?',
    fees: 'Gebühren',
    deadlines: 'Fristen',
    processingTime: 'Bearbeitungsdauer',
    legalBasis: 'Rechtsgrundlagen',
    onlineServices: 'Online-Dienste',
    appointmentUrl: 'Link zur Terminbuchung',
    lifeEvents: 'Lebenslagen',
  },
  'api::life-event.life-event': { services: 'Leistungen' },
  'api::event.event': {
    allDay: 'Ganztägig',
    timeZone: 'Zeitzone',
    venueName: 'Veranstaltungsort',
    venueAddress: 'Adresse des Veranstaltungsorts',
    price: 'Eintritt',
    accessibilityNotes: 'Hinweise zur Barrierefreiheit',
  },
  'api::amtsblatt-issue.amtsblatt-issue': {
    slug: 'Ausgabe (JJJJ-MM)',
    number: 'Nummer',
    contents: 'Inhalt der Ausgabe',
    file: 'PDF-Datei',
  },
  'api::public-notice.public-notice': {
    publishedOn: 'Bekannt gemacht am',
    expiresOn: 'Gültig bis',
    attachment: 'Anhang',
  },
  'api::alert.alert': {
    severity: 'Dringlichkeit',
    text: 'Text',
    link: 'Link',
    linkText: 'Linktext',
    // The alert's own schedule (ADR 0007): shown from start to end, no separate publish dates.
    start: 'Anzeigen ab',
    end: 'Anzeigen bis',
  },
  'api::page-rating.page-rating': {
    rating: 'Bewertung (1 = gar nicht, 5 = sehr gut verständlich)',
    choices: 'Auswahl',
    text: 'Hinweis (Freitext)',
    page: 'Seite',
    ratedType: 'Art der Seite',
    ratedDocument: 'Kennung der Seite',
    receivedAt: 'Eingegangen am',
  },
  'api::barrier-report.barrier-report': {
    caseStatus: 'Status',
    dueDate: 'Frist (Antwort bis)',
    page: 'Seite',
    problem: 'Beschriebenes Problem',
    email: 'E-Mail für die Antwort (nach Abschluss löschen)',
    sourceType: 'Gemeldet von Seite (Art)',
    sourceDocument: 'Gemeldet von Seite (Kennung)',
    receivedAt: 'Eingegangen am',
    answeredAt: 'Beantwortet am',
    note: 'Interne Notiz',
  },
  'api::redirect.redirect': { from: 'Alte Adresse', to: 'Ziel', kind: 'Art', note: 'Notiz' },
  'api::site-setting.site-setting': {
    siteName: 'Name der Website',
    claim: 'Leitspruch',
    accessibilityFeedbackEmail: 'E-Mail für Rückmeldungen zur Barrierefreiheit',
    mainNavigation: 'Hauptnavigation',
    impressum: 'Impressum',
    datenschutz: 'Datenschutzerklärung',
    barrierefreiheit: 'Erklärung zur Barrierefreiheit',
    leichteSprache: 'Leichte Sprache',
    gebaerdensprache: 'Gebärdensprache',
    social: 'Soziale Netzwerke',
    primaryColor: 'Hauptfarbe',
    accentColor: 'Akzentfarbe',
    logo: 'Logo (Stadtzeichen im Kopf)',
    heroImage: 'Bild der Startseite',
    topTasks: 'Häufig gesucht (Startseite)',
    dgsVideo: 'Video in Gebärdensprache (Startseite)',
  },
};

const COMPONENTS: Record<string, Record<string, string>> = {
  'shared.image': { media: 'Bild', alt: 'Alternativtext' },
  'shared.address': { street: 'Straße und Hausnummer', postalCode: 'PLZ', city: 'Ort' },
  'shared.domain': { domain: 'Domain' },
  'shared.link': { label: 'Bezeichnung', url: 'Adresse (URL)' },
  'shared.social-link': { network: 'Netzwerk', handle: 'Name im Netzwerk', url: 'Adresse (URL)' },
  'shared.video': {
    title: 'Titel des Videos',
    speech: 'Mit gesprochener Sprache (dann sind Untertitel Pflicht)',
    duration: 'Dauer in Sekunden',
    mp4: 'Video als MP4 (H.264)',
    webm: 'Video als WebM (freiwillig)',
    captions: 'Untertitel (WebVTT, .vtt)',
    poster: 'Vorschaubild',
    transcript: 'Textfassung (Transkript)',
  },
  'home.top-task': { service: 'Leistung', onlineService: 'Online-Dienst', page: 'Seite' },
  'office.accessibility': {
    stepFree: 'Stufenlos erreichbar',
    accessibleToilet: 'Barrierefreies WC',
    parking: 'Parken',
    notes: 'Hinweise',
  },
  'office.opening-hours': {
    closedOnPublicHolidays: 'An Feiertagen geschlossen',
    weekly: 'Wöchentliche Zeiten',
    exceptions: 'Abweichende Tage',
    closures: 'Schließzeiten',
  },
  'office.opening-slot': { weekday: 'Wochentag', from: 'Von', to: 'Bis', note: 'Hinweis' },
  'office.opening-exception': {
    date: 'Datum',
    closed: 'Geschlossen',
    reason: 'Grund',
    from: 'Von',
    to: 'Bis',
    from2: 'Von (2. Zeitraum)',
    to2: 'Bis (2. Zeitraum)',
  },
  'office.closure': { from: 'Von', to: 'Bis', reason: 'Grund' },
  'editorial.four-eyes': { contentType: 'Inhaltstyp', active: 'Freigabe durch zweite Person nötig' },
};

/** The German label of a field, or undefined (used by the validation messages too). */
export function germanLabel(uid: string, field: string): string | undefined {
  if (uid in COMPONENTS) return COMPONENTS[uid]?.[field];
  if (!(uid in TYPES)) return undefined;
  return TYPES[uid]?.[field] ?? COMMON[field];
}

interface Metadata {
  edit?: { label?: string };
  list?: { label?: string };
}
interface Configuration {
  metadatas?: Record<string, Metadata>;
  settings?: unknown;
  layouts?: unknown;
}
interface ConfigurationService {
  findConfiguration(model: unknown): Promise<Configuration>;
  updateConfiguration(model: unknown, configuration: Configuration): Promise<unknown>;
}

/** The new metadatas with German labels, or null when nothing changes. Exported for tests. */
export function relabel(metadatas: Record<string, Metadata>, label: (field: string) => string | undefined): Record<string, Metadata> | null {
  let changed = false;
  const next: Record<string, Metadata> = {};
  for (const [field, meta] of Object.entries(metadatas)) {
    const german = label(field);
    const copy: Metadata = { ...meta, ...(meta.edit ? { edit: { ...meta.edit } } : {}), ...(meta.list ? { list: { ...meta.list } } : {}) };
    if (german) {
      for (const view of ['edit', 'list'] as const) {
        const current = copy[view]?.label;
        // Strapi's default is the API name; anything else is an editor's choice and stays.
        const untouched = current === undefined || current === field;
        if (copy[view] && untouched && current !== german) {
          copy[view] = { ...copy[view], label: german };
          changed = true;
        }
      }
    }
    next[field] = copy;
  }
  return changed ? next : null;
}

export async function applyGermanLabels(strapi: Core.Strapi): Promise<number> {
  const cm = strapi.plugin('content-manager');
  let updated = 0;
  const targets: { service: ConfigurationService; model: unknown; uid: string }[] = [];
  for (const uid of Object.keys(TYPES)) {
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    if (model) targets.push({ service: cm.service('content-types') as ConfigurationService, model, uid });
  }
  for (const uid of Object.keys(COMPONENTS)) {
    const model = strapi.components[uid as keyof typeof strapi.components];
    if (model) targets.push({ service: cm.service('components') as ConfigurationService, model, uid });
  }
  for (const { service, model, uid } of targets) {
    const configuration = await service.findConfiguration(model);
    const metadatas = relabel(configuration.metadatas ?? {}, (field) => germanLabel(uid, field));
    if (!metadatas) continue;
    // The store merges top-level keys: settings and layouts are passed back unchanged.
    await service.updateConfiguration(model, { settings: configuration.settings, metadatas, layouts: configuration.layouts });
    updated += 1;
  }
  return updated;
}
