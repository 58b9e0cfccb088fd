import { z } from 'zod';
import { pageTranslation, type PageTranslation } from '../schemas/page.ts';
import { begin, blocksOf, check, imageComponent, reportZod, type NormalizeRun } from './helpers.ts';

export const PAGE_TRANSLATION_TYPE = 'page (en)';

/*
 * Strapi 5 ignores `locale` on a type without i18n and answers with the German entries: they
 * would become „English“ pages with German text. Only an entry that says it is English is one.
 */
const rawPageEn = z.looseObject({
  documentId: z.string().min(1),
  locale: z.literal('en', {
    error: (iss) => `Eintrag in Sprache ${JSON.stringify(iss.input ?? null)} statt „en“: ist „Seite“ im CMS übersetzbar (i18n aktiviert)?`,
  }),
});

/** An English page (Strapi i18n locale „en“): only its text; structure is the German page's. */
export function normalizePageTranslation(run: NormalizeRun, raw: unknown): PageTranslation | undefined {
  const e = begin(run, PAGE_TRANSLATION_TYPE, raw);
  const parsed = rawPageEn.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, pageTranslation, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    body: blocksOf(e, 'body', r.body),
    image: imageComponent(e, 'image', r.image),
    seoDescription: r.seoDescription,
    updatedAt: r.updatedAt,
  });
}
