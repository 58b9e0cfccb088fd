import { z } from 'zod';
import { blocks } from './blocks.ts';
import { documentId, image, isoDateTime, nonBlank, slug } from './common.ts';
import { video } from './video.ts';

/** A content page in the hierarchy. References are documentIds, resolved by the snapshot. */
export const page = z.strictObject({
  documentId,
  slug,
  title: nonBlank('Titel'),
  organisation: documentId,
  parent: documentId.nullable(),
  summary: nonBlank('Zusammenfassung'),
  body: blocks,
  image: image.nullable(),
  /** A video shown after the text (e.g. the page in German Sign Language); absent in older snapshots. */
  video: video.nullable().default(null),
  seoDescription: nonBlank('Beschreibung für Suchmaschinen').max(160, 'Höchstens 160 Zeichen'),
  updatedAt: isoDateTime,
});
export type Page = z.infer<typeof page>;

/** Languages of the site: German is the default (and complete), English where translated. */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';
/** The languages other than the default: their content comes as translations. */
export type TranslationLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;

/**
 * A page's translation (Strapi i18n locale other than de). Only the text is translated: the
 * hierarchy and the owner are the German page's (same documentId), so the structure of the site
 * is kept in one place and a translation can never move a page.
 */
export const pageTranslation = z.strictObject({
  documentId,
  slug,
  title: nonBlank('Titel'),
  summary: nonBlank('Zusammenfassung'),
  body: blocks,
  image: image.nullable(),
  seoDescription: nonBlank('Beschreibung für Suchmaschinen').max(160, 'Höchstens 160 Zeichen'),
  updatedAt: isoDateTime,
});
export type PageTranslation = z.infer<typeof pageTranslation>;
