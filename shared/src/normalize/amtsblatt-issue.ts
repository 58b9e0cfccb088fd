import { z } from 'zod';
import { amtsblattIssue, type AmtsblattIssue } from '../schemas/notice.ts';
import { begin, check, documentOf, linesOf, rawDocument, relation, report, reportZod, requiredRelation, type NormalizeRun } from './helpers.ts';

/* Amtsblatt-Ausgabe (api::amtsblatt-issue.amtsblatt-issue) → contract. */

export const AMTSBLATT_ISSUE_TYPE = 'amtsblatt-issue';

const rawAmtsblatt = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  file: rawDocument.nullable(),
});

export function normalizeAmtsblattIssue(run: NormalizeRun, raw: unknown): AmtsblattIssue | undefined {
  const e = begin(run, AMTSBLATT_ISSUE_TYPE, raw);
  const parsed = rawAmtsblatt.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  if (r.file === null) report(e, 'file', 'PDF-Datei fehlt (in der Medienbibliothek gelöscht?)');
  return check(e, amtsblattIssue, {
    documentId: r.documentId,
    slug: r.slug,
    number: r.number,
    date: r.date,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    contents: linesOf(r.contents),
    file: documentOf(e, 'file', r.file),
  });
}
