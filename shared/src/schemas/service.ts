import { z } from 'zod';
import { blocks } from './blocks.ts';
import { documentId, isoDateTime, nonBlank, slug } from './common.ts';

/**
 * The sections of a service card, in the order every card shows them (fixed: citizens find the
 * fees in the same place on every card; the order follows the FIM/LeiKa service description).
 * An empty section stays visible with „Keine Angaben“ rather than disappearing.
 */
export const SERVICE_SECTIONS = ['description', 'eligibility', 'requirements', 'documents', 'fees', 'deadlines', 'processingTime', 'legalBasis'] as const;
export type ServiceSection = (typeof SERVICE_SECTIONS)[number];

/** LeiKa key (Leistungsschlüssel of the Leistungskatalog): 14 digits. */
export const leikaKey = z.string().regex(/^\d{14}$/, 'LeiKa-Schlüssel: 14 Ziffern erwartet');

/**
 * A service (Leistung) of the town: one card of the A–Z. After the text sections come the
 * responsible office (required: a citizen must know where to go) and the service's Online-Dienste
 * (forms, appointment booking, payment: `OnlineService.services` names the services each
 * belongs to, so one booking service can serve many cards).
 */
export const service = z.strictObject({
  documentId,
  slug,
  title: nonBlank('Titel'),
  /** Other words citizens use for it („Ummeldung“ for „Wohnsitz anmelden“): shown and searchable. */
  synonyms: z.array(nonBlank('Synonym')),
  leikaKey: leikaKey.nullable(),
  organisation: documentId,
  /** documentId of the responsible office */
  office: documentId,
  /** One or two sentences for the A–Z list and search results. */
  summary: nonBlank('Kurzbeschreibung').max(300, 'Kurzbeschreibung: höchstens 300 Zeichen'),
  description: blocks.min(1, 'Leistungsbeschreibung darf nicht leer sein'),
  eligibility: blocks,
  requirements: blocks,
  documents: blocks,
  fees: blocks,
  deadlines: blocks,
  processingTime: blocks,
  legalBasis: blocks,
  updatedAt: isoDateTime,
});
export type Service = z.infer<typeof service>;
