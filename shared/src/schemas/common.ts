import { z } from 'zod';
import { isHttpUrl, isSafeHref, isSlug, HTTP_URL_MESSAGE, SAFE_HREF_MESSAGE } from '../rules/index.ts';

/** Strapi 5 documentId: stable across locales, drafts and slug changes — used for references. */
export const documentId = z.string().min(1, 'documentId fehlt');

/** URL path segment: lower case, digits, hyphens (umlauts transliterated by the editor/CMS). */
export const slug = z.string().refine(isSlug, 'Slug darf nur a–z, 0–9 und einzelne Bindestriche enthalten');

/** Calendar date as the CMS stores it (no time zone): YYYY-MM-DD. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT erwartet');

/** Timestamp with offset, as Strapi writes createdAt/updatedAt/publishedAt. */
export const isoDateTime = z.iso.datetime({ offset: true });

const nonBlank = (what: string) => z.string().trim().min(1, `${what} darf nicht leer sein`);
export { nonBlank };

/** Link targets that may reach a page: the rule lives in rules/href.ts (the CMS checks it at save too). */
export { isSafeHref };

export const safeHref = z.string().refine(isSafeHref, { message: SAFE_HREF_MESSAGE });

/** An absolute http(s) URL (external websites of institutions, social profiles). */
export const webUrl = z.string().refine((v) => isHttpUrl(v), HTTP_URL_MESSAGE);

/**
 * An image as the site consumes it: the file was copied into the snapshot's media folder by the
 * snapshot pull, so a build needs no running CMS. Alt text is required: BITV 2.0 / WCAG 1.1.1.
 */
export const image = z.strictObject({
  file: z.string().regex(/^[A-Za-z0-9_.-]+\.(?:jpe?g|png|webp|avif|gif)$/, 'Dateiname eines Bildes erwartet'),
  alt: nonBlank('Alternativtext'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']),
});
export type Image = z.infer<typeof image>;

export const address = z.strictObject({
  street: nonBlank('Straße'),
  postalCode: z.string().regex(/^\d{5}$/, 'Postleitzahl mit fünf Ziffern erwartet'),
  city: nonBlank('Ort'),
});
export type Address = z.infer<typeof address>;

/**
 * A downloadable document (Amtsblatt issue, attachment of a notice). Like images, the file is
 * copied into the snapshot's media folder. Only PDF: the one format every citizen can open and
 * that BITV 2.0 lets us make accessible (PDF/UA). `size` in bytes, shown next to the link.
 */
export const document = z.strictObject({
  file: z.string().regex(/^[A-Za-z0-9_.-]+\.pdf$/, 'Dateiname einer PDF-Datei erwartet'),
  /** The file name the editor uploaded, shown to the visitor (e.g. „Amtsblatt-2026-11.pdf“). */
  name: nonBlank('Dateiname'),
  size: z.number().int().positive('Dateigröße fehlt'),
  mime: z.literal('application/pdf', { error: 'Nur PDF-Dateien sind erlaubt' }),
});
export type Document = z.infer<typeof document>;

/** An IANA time zone name that this runtime knows (e.g. "Europe/Berlin"). */
export const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('de-DE', { timeZone: tz });
      return tz.includes('/') || tz === 'UTC';
    } catch {
      return false;
    }
  },
  { message: 'Zeitzone im IANA-Format erwartet (z. B. Europe/Berlin)' },
);

/** A link to an external web offer with its visible text. */
export const labelledLink = z.strictObject({
  label: nonBlank('Linktext'),
  url: webUrl,
});
export type LabelledLink = z.infer<typeof labelledLink>;
