import { z } from 'zod';
import { page, type Page } from '../schemas/page.ts';
import { begin, blocksOf, check, imageComponent, relation, reportZod, requiredRelation, type NormalizeRun } from './helpers.ts';
import { videoComponent } from './video.ts';

/* Seite (api::page.page, locale „de“) → contract. */

export const PAGE_TYPE = 'page';

const rawPage = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  parent: relation.nullable(),
});

export function normalizePage(run: NormalizeRun, raw: unknown): Page | undefined {
  const e = begin(run, PAGE_TYPE, raw);
  const parsed = rawPage.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, page, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    parent: r.parent?.documentId ?? null,
    summary: r.summary,
    body: blocksOf(e, 'body', r.body),
    image: imageComponent(e, 'image', r.image),
    video: videoComponent(e, 'video', r.video),
    seoDescription: r.seoDescription,
    updatedAt: r.updatedAt,
  });
}
