import { DEFAULT_LOCALE, EXTRA_LOCALES } from '../bootstrap/locales';
import { toStrapiBlocks } from './body';
import { count, lookup, type SeedContext } from './context';
import type { SeedBlock, SeedImage } from './types';
import { type FieldSpec, type SeedData, upsertPublished } from './upsert';

/**
 * The English version of a German seed page (Strapi i18n locale „en“ of the same document).
 * Only text is translated: where the page sits and who owns it stay the German page's
 * (docs/adr/0005-english-translations.md).
 */
export interface SeedPageTranslation {
  /** slug of the German SeedPage this translates */
  page: string;
  /** English slug: one segment of the English URL /en/<ancestors' slugs>/<slug>/ */
  slug: string;
  title: string;
  summary: string;
  /** ≤ 160 characters */
  seoDescription: string;
  body: SeedBlock[];
  /** The German page's picture with an English alternative text (or none). */
  image?: SeedImage;
}

const LOCALE = EXTRA_LOCALES[0].code;

/*
 * `organisation` is written too: Strapi 5 localizes every relation (the i18n plugin treats
 * relations as localized whatever the schema says), so the English version has its own, and
 * the field is required. It is set to the German page's owner and never read (the snapshot
 * takes the owner from the German page). `parent` is left empty: a relation between two
 * localized types points into the same locale, and the German parent need not be translated.
 */
const TRANSLATION: FieldSpec = {
  plain: ['title', 'slug', 'summary', 'seoDescription', 'body'],
  relations: ['organisation'],
  images: ['image'],
};

interface GermanPage {
  documentId: string;
  organisation?: { documentId: string } | null;
}

export async function seedPageTranslations(ctx: SeedContext, translations: readonly SeedPageTranslation[]): Promise<string> {
  const seen = new Set<string>();
  for (const tr of translations) {
    const where = `Übersetzung (${LOCALE}) der Seite „${tr.page}“`;
    if (seen.has(tr.page)) throw new Error(`Seed: ${where} gibt es zweimal`);
    seen.add(tr.page);
    const documentId = lookup(ctx.pageIds, tr.page, 'Seite', where);
    const german = (await ctx.strapi.documents('api::page.page').findOne({
      documentId,
      locale: DEFAULT_LOCALE.code,
      status: 'draft',
      populate: { organisation: true },
    })) as GermanPage | null;
    const organisation = german?.organisation?.documentId;
    if (organisation === undefined) throw new Error(`Seed: ${where}: die deutsche Seite hat keine Organisation`);
    const data: SeedData = {
      title: tr.title,
      slug: tr.slug,
      summary: tr.summary,
      seoDescription: tr.seoDescription,
      body: await toStrapiBlocks(tr.body, ctx.media),
      organisation,
      image: await ctx.image(tr.image),
    };
    const { outcome } = await upsertPublished(ctx.strapi, 'api::page.page', TRANSLATION, data, { locale: LOCALE, documentId });
    ctx.tally.add(outcome);
  }
  return count(translations.length, 'englische Seite', 'englische Seiten');
}
