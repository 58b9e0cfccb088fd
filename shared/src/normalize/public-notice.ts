import { z } from 'zod';
import { publicNotice, type PublicNotice } from '../schemas/notice.ts';
import { begin, check, documentOf, optionalBlocks, optionalText, rawDocument, relation, reportZod, requiredRelation, type NormalizeRun } from './helpers.ts';

/* Bekanntmachung (api::public-notice.public-notice) → contract. */

export const PUBLIC_NOTICE_TYPE = 'public-notice';

const rawNotice = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  // As venueAddress: null is „no attachment“, absent is a missing populate.
  attachment: rawDocument.nullable(),
});

export function normalizePublicNotice(run: NormalizeRun, raw: unknown): PublicNotice | undefined {
  const e = begin(run, PUBLIC_NOTICE_TYPE, raw);
  const parsed = rawNotice.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, publicNotice, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    category: r.category,
    publishedOn: r.publishedOn,
    expiresOn: optionalText(r.expiresOn),
    summary: r.summary,
    body: optionalBlocks(e, 'body', r.body),
    attachment: documentOf(e, 'attachment', r.attachment),
  });
}
