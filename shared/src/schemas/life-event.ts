import { z } from 'zod';
import { blocks } from './blocks.ts';
import { documentId, nonBlank, slug } from './common.ts';

/** A life event (Lebenslage: Umzug, Geburt, …) that groups the services it needs, in order. */
export const lifeEvent = z.strictObject({
  documentId,
  slug,
  title: nonBlank('Titel'),
  organisation: documentId,
  summary: nonBlank('Kurzbeschreibung').max(300, 'Kurzbeschreibung: höchstens 300 Zeichen'),
  body: blocks,
  /** documentIds of services, in the order a citizen needs them */
  services: z.array(documentId).min(1, 'Eine Lebenslage braucht mindestens eine Leistung'),
});
export type LifeEvent = z.infer<typeof lifeEvent>;
