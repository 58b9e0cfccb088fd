import { z } from 'zod';

/*
 * The snapshot's quarantine (shared/src/quarantine.ts): entries a pull refused, each problem with
 * what the snapshot holds instead. One editor's mistake does not stop publishing for everyone;
 * it is listed here for the runner's status page and the dashboard.
 */

/**
 * What the snapshot holds instead of the refused version:
 * - `previous`: the entry's last valid published version, from the previous snapshot;
 * - `omitted`: nothing (it never had a valid version, or that one fails today's rules);
 * - `current`: the current version, without the reference named in `field` (a list reference to
 *   an entry that is not in the snapshot).
 */
export const QUARANTINE_KEPT = ['previous', 'omitted', 'current'] as const;
export type QuarantineKept = (typeof QUARANTINE_KEPT)[number];

/** What the snapshot holds instead, in the words editors read (CLI, status page, dashboard). */
export const QUARANTINE_KEPT_TEXT: Record<QuarantineKept, string> = {
  previous: 'die zuletzt gültige Fassung bleibt online',
  omitted: 'nicht auf der Website',
  current: 'ohne diesen Verweis veröffentlicht',
};

export const quarantineRecord = z.strictObject({
  /** Content type as the CMS names it (organisation, news-article, site-settings …). */
  type: z.string().min(1),
  documentId: z.string().min(1),
  /** Only for translations („en“); the German entries are the default locale. */
  locale: z.string().min(1).optional(),
  /** documentId of the organisation the entry belongs to, where it has one: whose editors must act. */
  organisation: z.string().min(1).optional(),
  field: z.string(),
  message: z.string().min(1),
  kept: z.enum(QUARANTINE_KEPT),
});
export type QuarantineRecord = z.infer<typeof quarantineRecord>;

/** A record as a release keeps it beside itself (scripts/publish/quarantine.ts): with the organisation's name. */
export const namedQuarantineRecord = quarantineRecord.extend({
  /** The organisation's name in that release's snapshot (absent when it is not in it). */
  organisationName: z.string().min(1).optional(),
});
export type NamedQuarantineRecord = z.infer<typeof namedQuarantineRecord>;

/** Content types as editors know them from the dashboard (the type names of the issues). */
export const CONTENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  organisation: 'Organisation',
  page: 'Seite',
  'page (en)': 'Seite (englisch)',
  'news-article': 'Meldung',
  office: 'Amt',
  service: 'Leistung',
  'life-event': 'Lebenslage',
  event: 'Veranstaltung',
  'amtsblatt-issue': 'Amtsblatt',
  'public-notice': 'Bekanntmachung',
  'online-service': 'Online-Dienst',
  alert: 'Eilmeldung',
  redirect: 'Weiterleitung',
  place: 'Ort',
  publication: 'Publikation',
  'site-settings': 'Einstellungen der Website',
  'map-setting': 'Karte',
  'legislative-term': 'Wahlperiode',
  'council-organization': 'Gremium',
  person: 'Person',
  location: 'Sitzungsort',
  meeting: 'Sitzung',
  paper: 'Drucksache',
};

/** The German name of a content type; the technical name where none is known. */
export function contentTypeLabel(type: string): string {
  // Own keys only: `constructor` and friends are not content types.
  return Object.hasOwn(CONTENT_TYPE_LABELS, type) ? (CONTENT_TYPE_LABELS[type] ?? type) : type;
}
