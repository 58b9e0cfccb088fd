import { z } from 'zod';
import { publication, type Publication } from '../schemas/publication.ts';
import { begin, check, documentOf, optionalText, rawDocument, relation, report, reportZod, requiredRelation, type NormalizeRun } from './helpers.ts';

/* Publikation (api::publication.publication): printed products as PDF → contract. */

export const PUBLICATION_TYPE = 'publication';

const rawPublication = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  file: rawDocument.nullable(),
});

export function normalizePublication(run: NormalizeRun, raw: unknown): Publication | undefined {
  const e = begin(run, PUBLICATION_TYPE, raw);
  const parsed = rawPublication.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  if (r.file === null) report(e, 'file', 'PDF-Datei fehlt (in der Medienbibliothek gelöscht?)');
  return check(e, publication, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    category: r.category,
    date: r.date,
    language: r.language,
    // Never set in the CMS means „not checked“: only a file known to be accessible says so.
    accessible: r.accessible ?? false,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    summary: optionalText(r.summary),
    file: documentOf(e, 'file', r.file),
  });
}
