import { z } from 'zod';
import { service, type Service } from '../schemas/service.ts';
import { begin, check, linesOf, optionalBlocks, optionalText, relation, reportZod, requiredRelation, type NormalizeRun } from './helpers.ts';

/* Leistung (api::service.service) → contract. */

export const SERVICE_TYPE = 'service';

const rawService = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  office: relation.nullable(),
});

export function normalizeService(run: NormalizeRun, raw: unknown): Service | undefined {
  const e = begin(run, SERVICE_TYPE, raw);
  const parsed = rawService.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, service, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    synonyms: linesOf(r.synonyms),
    leikaKey: optionalText(r.leikaKey),
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    office: requiredRelation(e, 'office', r.office, 'Zuständiges Amt'),
    summary: r.summary,
    description: optionalBlocks(e, 'description', r.description),
    eligibility: optionalBlocks(e, 'eligibility', r.eligibility),
    requirements: optionalBlocks(e, 'requirements', r.requirements),
    documents: optionalBlocks(e, 'documents', r.documents),
    fees: optionalBlocks(e, 'fees', r.fees),
    deadlines: optionalBlocks(e, 'deadlines', r.deadlines),
    processingTime: optionalBlocks(e, 'processingTime', r.processingTime),
    legalBasis: optionalBlocks(e, 'legalBasis', r.legalBasis),
    updatedAt: r.updatedAt,
  });
}
