import { z } from 'zod';
import { newsArticle, type NewsArticle } from '../schemas/news-article.ts';
import { begin, blocksOf, check, imageComponent, relation, reportZod, requiredRelation, type NormalizeRun } from './helpers.ts';

/* Meldung (api::news-article.news-article) → contract. */

export const NEWS_ARTICLE_TYPE = 'news-article';

const rawNews = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
});

export function normalizeNewsArticle(run: NormalizeRun, raw: unknown): NewsArticle | undefined {
  const e = begin(run, NEWS_ARTICLE_TYPE, raw);
  const parsed = rawNews.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, newsArticle, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    date: r.date,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    teaser: r.teaser,
    body: blocksOf(e, 'body', r.body),
    image: imageComponent(e, 'image', r.image),
  });
}
