import { z } from 'zod';
import { lifeEvent, type LifeEvent } from '../schemas/life-event.ts';
import { begin, check, missing, optionalBlocks, relation, reportZod, requiredRelation, type NormalizeRun } from './helpers.ts';

/* Lebenslage (api::life-event.life-event) → contract. */

export const LIFE_EVENT_TYPE = 'life-event';

const rawLifeEvent = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  services: z.array(relation, { error: missing('Verknüpfung') }),
});

export function normalizeLifeEvent(run: NormalizeRun, raw: unknown): LifeEvent | undefined {
  const e = begin(run, LIFE_EVENT_TYPE, raw);
  const parsed = rawLifeEvent.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, lifeEvent, {
    documentId: r.documentId,
    slug: r.slug,
    title: r.title,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    summary: r.summary,
    body: optionalBlocks(e, 'body', r.body),
    services: r.services.map((s) => s.documentId),
  });
}
