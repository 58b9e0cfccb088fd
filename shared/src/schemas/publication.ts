import { z } from 'zod';
import { document, documentId, isoDate, nonBlank, slug } from './common.ts';

/** Kinds of printed product, as the CMS enumeration stores them, with their German names (list order). */
export const PUBLICATION_CATEGORIES = {
  buergerinformation: 'Bürgerinformation',
  stadtfuehrer: 'Stadtführer',
  stadtplan: 'Stadtplan',
  kundenjournal: 'Kundenjournal',
  broschuere: 'Broschüren',
} as const;
export type PublicationCategory = keyof typeof PUBLICATION_CATEGORIES;

/** Language of a document's text (BCP 47 as in `hreflang`), with its German name. */
export const PUBLICATION_LANGUAGES = { de: 'Deutsch', en: 'Englisch' } as const;
export type PublicationLanguage = keyof typeof PUBLICATION_LANGUAGES;

/**
 * A printed product online (Bürgerinformation, city guide, customer journal, brochure): one PDF
 * with its title, date and language. `accessible` says whether the file is an accessible PDF
 * (tagged, PDF/UA): BITV 2.0 asks to say so, and a visitor with a screen reader decides by it.
 * The Amtsblatt is its own type (numbered issues, contents), not a publication.
 */
export const publication = z.strictObject({
  documentId,
  slug,
  title: nonBlank('Titel'),
  category: z.enum(Object.keys(PUBLICATION_CATEGORIES) as [PublicationCategory, ...PublicationCategory[]]),
  /** Day of issue; the list groups by its year. */
  date: isoDate,
  language: z.enum(Object.keys(PUBLICATION_LANGUAGES) as [PublicationLanguage, ...PublicationLanguage[]]),
  accessible: z.boolean(),
  /** documentId of the organisation that publishes it */
  organisation: documentId,
  summary: nonBlank('Kurzbeschreibung').max(300, 'Kurzbeschreibung: höchstens 300 Zeichen').nullable(),
  file: document,
});
export type Publication = z.infer<typeof publication>;
