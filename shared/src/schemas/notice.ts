import { z } from 'zod';
import { blocks } from './blocks.ts';
import { document, documentId, isoDate, nonBlank, slug } from './common.ts';

/** An issue of the Amtsblatt (official gazette): number within its year, date, the PDF. */
export const amtsblattIssue = z.strictObject({
  documentId,
  /** Year of `date` and number: „2026-11“ — unique, and the URL of the issue. */
  slug,
  number: z.number().int().min(1, 'Nummer ab 1').max(99, 'Nummer höchstens 99'),
  date: isoDate,
  organisation: documentId,
  /** What the issue contains, one line per item (shown as a list, and searchable). */
  contents: z.array(nonBlank('Inhaltspunkt')).min(1, 'Inhalt des Amtsblatts fehlt'),
  file: document,
});
export type AmtsblattIssue = z.infer<typeof amtsblattIssue>;

/** Kinds of public notice (Bekanntmachung), as the CMS enumeration stores them. */
export const NOTICE_CATEGORIES = {
  satzung: 'Satzung',
  bauleitplanung: 'Bauleitplanung',
  sitzung: 'Sitzung',
  wahl: 'Wahl',
  ausschreibung: 'Ausschreibung',
  allgemeinverfuegung: 'Allgemeinverfügung',
  sonstiges: 'Sonstiges',
} as const;
export type NoticeCategory = keyof typeof NOTICE_CATEGORIES;

/**
 * A public notice. Published (posted) on `publishedOn`; taken down after `expiresOn` (null: it
 * stays current, e.g. a statute). Expired notices remain in the archive by year.
 */
export const publicNotice = z
  .strictObject({
    documentId,
    slug,
    title: nonBlank('Titel'),
    organisation: documentId,
    category: z.enum(Object.keys(NOTICE_CATEGORIES) as [NoticeCategory, ...NoticeCategory[]]),
    publishedOn: isoDate,
    expiresOn: isoDate.nullable(),
    summary: nonBlank('Kurzbeschreibung').max(300, 'Kurzbeschreibung: höchstens 300 Zeichen'),
    body: blocks,
    attachment: document.nullable(),
  })
  .refine((n) => n.expiresOn === null || n.expiresOn >= n.publishedOn, {
    path: ['expiresOn'],
    message: 'Aushang endet vor der Veröffentlichung',
  });
export type PublicNotice = z.infer<typeof publicNotice>;
